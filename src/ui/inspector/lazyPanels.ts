import { withAllMessages } from '../../i18n';
import { lazy } from 'react';

/**
 * The panels for a selected item, loaded on first use: with nothing selected the inspector
 * shows the project panel only, and the role, family and task panels bring the MCT editor,
 * the questionnaire and the assignment dialog with them. Render them inside a Suspense boundary.
 */
export const UnitPanel = lazy(() =>
  withAllMessages(() => import('./UnitPanel')).then((m) => ({ default: m.UnitPanel })),
);
export const WorkstationPanel = lazy(() =>
  withAllMessages(() => import('./WorkstationPanel')).then((m) => ({ default: m.WorkstationPanel })),
);
export const FamilyPanel = lazy(() =>
  withAllMessages(() => import('./FamilyPanel')).then((m) => ({ default: m.FamilyPanel })),
);
export const TeamPanel = lazy(() =>
  withAllMessages(() => import('./TeamPanel')).then((m) => ({ default: m.TeamPanel })),
);
export const RolePanel = lazy(() =>
  withAllMessages(() => import('./RolePanel')).then((m) => ({ default: m.RolePanel })),
);
export const TaskPanel = lazy(() =>
  withAllMessages(() => import('./TaskPanel')).then((m) => ({ default: m.TaskPanel })),
);
export const PolcaLoopPanel = lazy(() =>
  withAllMessages(() => import('./PolcaLoopPanel')).then((m) => ({ default: m.PolcaLoopPanel })),
);
export const MultiPanel = lazy(() =>
  withAllMessages(() => import('./MultiPanel')).then((m) => ({ default: m.MultiPanel })),
);
