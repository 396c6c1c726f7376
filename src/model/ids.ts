/**
 * Entity ids carry their kind as a prefix (`role:…`) so a stray id in a file or a log
 * says what it points at, and so references of the wrong kind fail validation.
 */
export type ProjectId = `project:${string}`;
export type ScenarioId = `scenario:${string}`;
export type UnitId = `unit:${string}`;
export type WorkstationId = `ws:${string}`;
export type FamilyId = `family:${string}`;
export type TeamId = `team:${string}`;
export type RoleId = `role:${string}`;
export type TaskId = `task:${string}`;
export type StepId = `step:${string}`;
export type PolcaLoopId = `polca:${string}`;
export type StoryStepId = `story:${string}`;

/** Ids of the entities that appear as nodes on the canvas. */
export type NodeEntityId = UnitId | WorkstationId | FamilyId | TeamId | RoleId;
export type EntityId = NodeEntityId | TaskId | PolcaLoopId;

export const ID_PREFIX = {
  project: 'project',
  scenario: 'scenario',
  unit: 'unit',
  workstation: 'ws',
  family: 'family',
  team: 'team',
  role: 'role',
  task: 'task',
  step: 'step',
  polcaLoop: 'polca',
  storyStep: 'story',
} as const;

export type IdKind = keyof typeof ID_PREFIX;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Random suffix; injectable so tests and generators can be deterministic. */
export type RandomSource = () => number;

let randomSource: RandomSource = Math.random;

export function setRandomSource(source: RandomSource): void {
  randomSource = source;
}

function randomSuffix(length = 10): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(randomSource() * ALPHABET.length)];
  return out;
}

export const createProjectId = (): ProjectId => `project:${randomSuffix()}`;
export const createScenarioId = (): ScenarioId => `scenario:${randomSuffix()}`;
export const createUnitId = (): UnitId => `unit:${randomSuffix()}`;
export const createWorkstationId = (): WorkstationId => `ws:${randomSuffix()}`;
export const createFamilyId = (): FamilyId => `family:${randomSuffix()}`;
export const createTeamId = (): TeamId => `team:${randomSuffix()}`;
export const createRoleId = (): RoleId => `role:${randomSuffix()}`;
export const createTaskId = (): TaskId => `task:${randomSuffix()}`;
export const createStepId = (): StepId => `step:${randomSuffix()}`;
export const createPolcaLoopId = (): PolcaLoopId => `polca:${randomSuffix()}`;
export const createStoryStepId = (): StoryStepId => `story:${randomSuffix()}`;

export function idKindOf(id: string): IdKind | null {
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const prefix = id.slice(0, colon);
  for (const [kind, p] of Object.entries(ID_PREFIX)) if (p === prefix) return kind as IdKind;
  return null;
}

export const isUnitId = (id: string): id is UnitId => id.startsWith('unit:');
export const isWorkstationId = (id: string): id is WorkstationId => id.startsWith('ws:');
export const isFamilyId = (id: string): id is FamilyId => id.startsWith('family:');
export const isTeamId = (id: string): id is TeamId => id.startsWith('team:');
export const isRoleId = (id: string): id is RoleId => id.startsWith('role:');
export const isTaskId = (id: string): id is TaskId => id.startsWith('task:');
export const isPolcaLoopId = (id: string): id is PolcaLoopId => id.startsWith('polca:');
