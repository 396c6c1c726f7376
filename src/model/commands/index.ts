import * as entities from './entities';
import * as project from './project';
import * as routes from './routes';
import * as structure from './structure';
import * as clipboard from './clipboard';
import * as qrm from './qrm';
import * as story from './story';

/**
 * Every change to a project is one of these named commands `(draft, args) => void`,
 * applied by the store with immer. Toolbar, shortcuts, inspector and tests call the same.
 */
export const commands = {
  renameProject: project.renameProject,
  setProjectDescription: project.setProjectDescription,
  updateSettings: project.updateSettings,
  addScenario: project.addScenario,
  duplicateScenario: project.duplicateScenario,
  renameScenario: project.renameScenario,
  deleteScenario: project.deleteScenario,
  reorderScenario: project.reorderScenario,
  addUnit: entities.addUnit,
  addWorkstation: entities.addWorkstation,
  addFamily: entities.addFamily,
  addTeam: entities.addTeam,
  addRole: entities.addRole,
  addTask: entities.addTask,
  updateUnit: entities.updateUnit,
  updateWorkstation: entities.updateWorkstation,
  updateFamily: entities.updateFamily,
  updateTeam: entities.updateTeam,
  updateRole: entities.updateRole,
  updateTask: entities.updateTask,
  setAssignments: entities.setAssignments,
  setQualification: entities.setQualification,
  insertRouteStep: routes.insertRouteStep,
  removeRouteStep: routes.removeRouteStep,
  moveRouteStep: routes.moveRouteStep,
  setRouteStepWorkstations: routes.setRouteStepWorkstations,
  connectRoute: routes.connectRoute,
  deleteEntities: structure.deleteEntities,
  moveNodes: structure.moveNodes,
  moveToUnit: structure.moveToUnit,
  pasteFragment: clipboard.pasteFragment,
  setQuestionnaire: qrm.setQuestionnaire,
  setFamilyMct: qrm.setFamilyMct,
  addPolcaLoop: qrm.addPolcaLoop,
  updatePolcaLoop: qrm.updatePolcaLoop,
  addStoryStep: story.addStoryStep,
  updateStoryStep: story.updateStoryStep,
  deleteStoryStep: story.deleteStoryStep,
  reorderStoryStep: story.reorderStoryStep,
  setImpactNote: story.setImpactNote,
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandArgs<K extends CommandName> = Parameters<Commands[K]>[1];

export { CommandError, isCommandError, type CommandErrorCode } from './errors';
export { extractFragment } from './clipboard';
export { impactPairKey } from './story';
export { cloneScenarioWithNewIds, type ScenarioFragment } from './clone';
