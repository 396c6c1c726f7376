import {
  createFamilyId,
  createPolcaLoopId,
  createProjectId,
  createRoleId,
  createScenarioId,
  createTaskId,
  createTeamId,
  createUnitId,
  createWorkstationId,
  type ScenarioId,
  type UnitId,
} from './ids';
import {
  DEFAULT_ANALYSIS_SETTINGS,
  type Family,
  type PolcaLoop,
  type Project,
  type Role,
  type Scenario,
  type Task,
  type Team,
  type Unit,
  type Workstation,
} from './types';

export function createScenario(name: string, order = 0, id: ScenarioId = createScenarioId()): Scenario {
  return { id, name, order, units: {}, workstations: {}, families: {}, teams: {}, roles: {}, tasks: {}, polcaLoops: {}, layout: {} };
}

export function createProject(name: string, now = new Date().toISOString(), firstScenarioName = 'As-is'): Project {
  const scenario = createScenario(firstScenarioName);
  return {
    id: createProjectId(),
    name,
    description: '',
    createdAt: now,
    updatedAt: now,
    scenarios: { [scenario.id]: scenario },
    settings: { ...DEFAULT_ANALYSIS_SETTINGS },
    story: {},
    impactNotes: {},
  };
}

export const createUnit = (fields: Partial<Omit<Unit, 'id'>> = {}): Unit => ({
  id: createUnitId(),
  name: 'Unit',
  kind: 'functional',
  ...fields,
});

export const createWorkstation = (fields: Partial<Omit<Workstation, 'id'>> = {}): Workstation => ({
  id: createWorkstationId(),
  name: 'Workstation',
  processType: '',
  unitId: null,
  monument: false,
  ...fields,
});

export const createFamily = (fields: Partial<Omit<Family, 'id'>> = {}): Family => ({
  id: createFamilyId(),
  name: 'Family',
  kind: 'product-family',
  route: [],
  demand: null,
  ftms: '',
  mct: null,
  ...fields,
});

export const createTeam = (fields: Partial<Omit<Team, 'id'>> = {}): Team => ({
  id: createTeamId(),
  name: 'Team',
  unitId: null,
  ...fields,
});

export const createRole = (fields: Partial<Omit<Role, 'id'>> = {}): Role => ({
  id: createRoleId(),
  name: 'Role',
  unitId: null,
  teamId: null,
  headcount: 1,
  hoursPerWeek: 40,
  qualifications: {},
  questionnaire: null,
  ...fields,
});

export const createTask = (fields: Partial<Omit<Task, 'id'>> = {}): Task => ({
  id: createTaskId(),
  name: 'Task',
  kind: 'make',
  control: null,
  typeLabel: '',
  scope: [],
  load: 0,
  cycleMin: null,
  disturbancesPerDay: 0,
  difficulty: null,
  assignments: {},
  ...fields,
});

export const createPolcaLoop = (fromUnitId: UnitId, toUnitId: UnitId, fields: Partial<Omit<PolcaLoop, 'id'>> = {}): PolcaLoop => ({
  id: createPolcaLoopId(),
  fromUnitId,
  toUnitId,
  leadTimeFrom: 1,
  transit: 0,
  leadTimeTo: 1,
  returnTime: 0,
  jobs: 20,
  periodDays: 20,
  safety: 0.1,
  ...fields,
});

/** Scenarios in tab order. */
export function scenariosInOrder(project: Project): Scenario[] {
  return Object.values(project.scenarios).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}
