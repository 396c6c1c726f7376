import type {
  FamilyId,
  NodeEntityId,
  ProjectId,
  RoleId,
  ScenarioId,
  StepId,
  TaskId,
  TeamId,
  UnitId,
  WorkstationId,
} from './ids';

/** Organisational kind of a unit; drives its colour and which holder group it forms. */
export const UNIT_KINDS = ['cell', 'segment', 'functional', 'staff', 'support', 'management'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const FAMILY_KINDS = ['product-family', 'order-stream', 'client-group'] as const;
export type FamilyKind = (typeof FAMILY_KINDS)[number];

export const TASK_KINDS = ['make', 'prepare', 'support', 'control'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const CONTROL_LEVELS = ['op', 'tac', 'str'] as const;
export type ControlLevel = (typeof CONTROL_LEVELS)[number];

export const CONTROL_ASPECTS = ['quality', 'maintenance', 'logistics', 'personnel', 'general'] as const;
export type ControlAspect = (typeof CONTROL_ASPECTS)[number];

/** Skills-matrix level: 0 not trained, 1 in training, 2 qualified, 3 proficient, 4 trainer. */
export type QualificationLevel = 0 | 1 | 2 | 3 | 4;
export const QUALIFICATION_LEVELS: readonly QualificationLevel[] = [0, 1, 2, 3, 4];

export type Difficulty = 1 | 2 | 3;

export interface Unit {
  id: UnitId;
  name: string;
  kind: UnitKind;
}

export interface Workstation {
  id: WorkstationId;
  name: string;
  /** Process type ("cut", "weld"): families are compared by the process types they need (P1, P3). */
  processType: string;
  /** Null while the workstation is not yet placed in a unit. */
  unitId: UnitId | null;
  /** A shared resource deliberately left outside cells; excepted from cell completeness. */
  monument: boolean;
}

/** One step of a route: the set of workstations any of which can do it (L1 *or* L2). */
export interface RouteStep {
  id: StepId;
  workstations: WorkstationId[];
}

export interface Family {
  id: FamilyId;
  name: string;
  kind: FamilyKind;
  /** Ordered: the route is a sequence, replaced as a whole value by the route commands. */
  route: RouteStep[];
  /** Orders per week; optional context for QRM figures. */
  demand: number | null;
  /** Focused target market segment this family belongs to (QRM cell completeness). */
  ftms: string;
}

export interface Team {
  id: TeamId;
  name: string;
  unitId: UnitId | null;
}

export interface Role {
  id: RoleId;
  name: string;
  unitId: UnitId | null;
  /** When set, the team must lie in the role's unit. */
  teamId: TeamId | null;
  /** People holding this job; loads and disturbances are divided by it. */
  headcount: number;
  hoursPerWeek: number;
  /** Skills matrix row; a missing workstation means level 0. */
  qualifications: Partial<Record<WorkstationId, QualificationLevel>>;
}

export interface ControlInfo {
  level: ControlLevel;
  aspect: ControlAspect;
}

export interface Task {
  id: TaskId;
  name: string;
  kind: TaskKind;
  /** Present exactly when kind is 'control'. */
  control: ControlInfo | null;
  /** Groups tasks for variety (V) and P7, e.g. "prep:setup" or "ctl:op:quality"; empty means the name. */
  typeLabel: string;
  /** Workstations the task acts on. */
  scope: WorkstationId[];
  /** Hours per week, all holders together. */
  load: number;
  /** Minutes per cycle; meaningful for make tasks (short-cycle work). */
  cycleMin: number | null;
  disturbancesPerDay: number;
  difficulty: Difficulty | null;
  /**
   * Share of the task held by each role, 0 < share ≤ 1, summing to 1. Empty while the task
   * is not assigned yet: an unassigned task is allowed but reported.
   */
  assignments: Partial<Record<RoleId, number>>;
}

/** Position relative to the parent unit's node (or the canvas when none); size for units. */
export interface NodeLayout {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

export interface Scenario {
  id: ScenarioId;
  name: string;
  /** Tab order; kept as a field so reordering does not move records. */
  order: number;
  units: Record<UnitId, Unit>;
  workstations: Record<WorkstationId, Workstation>;
  families: Record<FamilyId, Family>;
  teams: Record<TeamId, Team>;
  roles: Record<RoleId, Role>;
  tasks: Record<TaskId, Task>;
  layout: Partial<Record<NodeEntityId, NodeLayout>>;
}

/** The tunable constants of domain.md, one object per project. */
export interface AnalysisSettings {
  varietyTypes: number;
  teamMateWeight: number;
  disturbanceNorm: number;
  interfaceNorm: number;
  highDemandCut: number;
  lowLatitudeCut: number;
  coveragePeoplePerWorkstation: number;
  coverageWorkstationsPerPerson: number;
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
  varietyTypes: 6,
  teamMateWeight: 0.5,
  disturbanceNorm: 10,
  interfaceNorm: 8,
  highDemandCut: 30,
  lowLatitudeCut: 60,
  coveragePeoplePerWorkstation: 3,
  coverageWorkstationsPerPerson: 3,
};

export interface Project {
  id: ProjectId;
  name: string;
  description: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  scenarios: Record<ScenarioId, Scenario>;
  settings: AnalysisSettings;
}

export const PROJECT_FORMAT = 'latitude-project';
export const CURRENT_FORMAT_VERSION = 1;

/** What a `*.latitude.json` file holds. */
export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  project: Project;
}
