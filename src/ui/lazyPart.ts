import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { withAllMessages } from '../i18n';

const registered: (() => Promise<unknown>)[] = [];

/**
 * A component the first screen does not show (a view, a dialog, an inspector panel): loaded
 * on first use together with the rest of the active language's messages, so it never renders
 * a key in place of a message. Render it inside a Suspense boundary. Every part made here is
 * listed for `deferredParts`, which prefetch.ts fetches in idle time once the canvas shows.
 */
// `any` props, as React's own `lazy` bounds its component: each part keeps its real props type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPart<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  const loadWithMessages = () => withAllMessages(load);
  registered.push(loadWithMessages);
  return lazy(() => loadWithMessages().then((m) => ({ default: m[name] })));
}

/** The loaders of every part made with `lazyPart` so far, in the order they were made. */
export const deferredParts = (): readonly (() => Promise<unknown>)[] => registered;
