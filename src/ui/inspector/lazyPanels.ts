import { lazyPart } from '../lazyPart';

/**
 * The panels for a selected item, loaded on first use: with nothing selected the inspector
 * shows the project panel only, and the role, family and task panels bring the MCT editor,
 * the questionnaire and the assignment dialog with them. Render them inside a Suspense boundary.
 */
export const UnitPanel = lazyPart(() => import('./UnitPanel'), 'UnitPanel');
export const WorkstationPanel = lazyPart(() => import('./WorkstationPanel'), 'WorkstationPanel');
export const FamilyPanel = lazyPart(() => import('./FamilyPanel'), 'FamilyPanel');
export const TeamPanel = lazyPart(() => import('./TeamPanel'), 'TeamPanel');
export const RolePanel = lazyPart(() => import('./RolePanel'), 'RolePanel');
export const TaskPanel = lazyPart(() => import('./TaskPanel'), 'TaskPanel');
export const PolcaLoopPanel = lazyPart(() => import('./PolcaLoopPanel'), 'PolcaLoopPanel');
export const MultiPanel = lazyPart(() => import('./MultiPanel'), 'MultiPanel');
