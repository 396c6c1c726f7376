import { lazyPart } from '../ui/lazyPart';

/**
 * What the first screen (top bar, palette, canvas, inspector) does not show, loaded on
 * first use so the start of the app downloads and parses less, each with the messages the
 * first screen leaves out (withAllMessages). Render them inside a Suspense boundary;
 * prefetch.ts fetches them in idle time once the canvas shows.
 */
export const TaskTable = lazyPart(() => import('../ui/TaskTable'), 'TaskTable');
export const SkillsMatrixView = lazyPart(() => import('../ui/skills/SkillsMatrixView'), 'SkillsMatrixView');
export const AnalysisView = lazyPart(() => import('../ui/analysis/AnalysisView'), 'AnalysisView');
export const CompareView = lazyPart(() => import('../ui/compare/CompareView'), 'CompareView');
export const ShortcutsDialog = lazyPart(() => import('../ui/ShortcutsDialog'), 'ShortcutsDialog');
export const ProjectsDialog = lazyPart(() => import('../ui/ProjectsDialog'), 'ProjectsDialog');
export const StorageDialog = lazyPart(() => import('../ui/storage/StorageDialog'), 'StorageDialog');
export const VersionHistoryDialog = lazyPart(
  () => import('../ui/history/VersionHistoryDialog'),
  'VersionHistoryDialog',
);
export const ImportErrorDialog = lazyPart(() => import('../ui/ImportErrorDialog'), 'ImportErrorDialog');
