/**
 * Automatic layout ("Tidy up"). Loaded with `import()` when the user asks for it, so dagre
 * stays out of the initial bundle.
 */
export { tidyLayout, selectedTopLevel } from './tidy';
export type { LayoutMove, TidyOptions } from './types';
