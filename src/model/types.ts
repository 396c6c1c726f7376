import type {
  FamilyId,
  NodeEntityId,
  PolcaLoopId,
  ProjectId,
  RoleId,
  StoryStepId,
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

/**
 * Keys of the JCQ items the scales are computed from (domain.md §4). The item texts are
 * copyrighted and never part of Latitude: users bring their own questionnaire.
 */
export const JCQ_ITEM_KEYS = [
  'learn_new',
  'repetitive',
  'creative',
  'high_skill',
  'variety',
  'develop_abilities',
  'own_decisions',
  'little_freedom',
  'a_lot_of_say',
  'work_fast',
  'work_hard',
  'not_excessive',
  'enough_time',
  'free_from_conflict',
] as const;
export type JcqItemKey = (typeof JCQ_ITEM_KEYS)[number];

/** One respondent's answers, 1–4 per item. */
export type JcqAnswerSet = Partial<Record<JcqItemKey, number>>;

/** Questionnaire results for a role: raw answer sets, or scale scores computed elsewhere. */
export interface RoleQuestionnaire {
  answerSets: JcqAnswerSet[];
  /** Group means on the JCQ scales (SD, DA, PD 12–48) with the respondents behind them. */
  scaleScores: { sd: number; da: number; pd: number; respondents: number } | null;
}

export const MCT_SEGMENT_KINDS = ['office', 'material', 'workstation', 'shipping', 'other'] as const;
export type MctSegmentKind = (typeof MCT_SEGMENT_KINDS)[number];

/** A segment of a family's MCT map: touch (grey) and waiting (white) time. */
export interface MctSegment {
  id: string;
  name: string;
  kind: MctSegmentKind;
  touch: number;
  wait: number;
  /** Hours are working hours, converted with days = hours × 7 / weeklyHours. */
  timeUnit: 'days' | 'hours';
}

/** The critical-path map of a family: segments, and edges `from` → `to` (parallel branches merge). */
export interface MctMap {
  segments: MctSegment[];
  edges: { from: string; to: string }[];
  weeklyHours: number;
}

/** A POLCA loop between two cells A → B (domain.md §5); times in days. */
export interface PolcaLoop {
  id: PolcaLoopId;
  fromUnitId: UnitId;
  toUnitId: UnitId;
  /** LT_A: lead time in the upstream cell. */
  leadTimeFrom: number;
  /** MT_AB: transit from A to B. */
  transit: number;
  /** LT_B: lead time in the downstream cell. */
  leadTimeTo: number;
  /** RT_BA: time for a card to return from B to A. */
  returnTime: number;
  /** NUM: jobs through the loop in the planning period D. */
  jobs: number;
  periodDays: number;
  /** S: safety factor, e.g. 0.1. */
  safety: number;
}

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
  /** QRM critical-path map for MCT; null until the user draws one. */
  mct: MctMap | null;
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
  /** Questionnaire mode: overrides the proxy scores when enough people answered. */
  questionnaire: RoleQuestionnaire | null;
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
  polcaLoops: Record<PolcaLoopId, PolcaLoop>;
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

/** A saved viewpoint on the canvas: where a presentation step looks. */
export interface Viewpoint {
  x: number;
  y: number;
  zoom: number;
}

/** One step of a workshop story: a scenario, optionally a saved viewpoint, a title and a note. */
export interface StoryStep {
  id: StoryStepId;
  /** Position in the story; a field so reordering does not move records. */
  order: number;
  scenarioId: ScenarioId;
  title: string;
  viewpoint: Viewpoint | null;
  note: string;
}

/** Headings of the change impact assessment (the checklist works councils use). */
export const IMPACT_HEADINGS = ['workload', 'jobContent', 'workOrganisation', 'qualityOfWork', 'employment', 'skills'] as const;
export type ImpactHeading = (typeof IMPACT_HEADINGS)[number];

/** The user's notes on an assessment of one scenario pair, keyed `before>after`. */
export type ImpactNotes = Partial<Record<ImpactHeading, string>>;

export interface Project {
  id: ProjectId;
  name: string;
  description: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  scenarios: Record<ScenarioId, Scenario>;
  settings: AnalysisSettings;
  /** The presentation: scenarios and viewpoints in order. Empty means "every scenario in tab order". */
  story: Record<StoryStepId, StoryStep>;
  /** Notes per scenario pair (`${before}>${after}`) for the change impact assessment. */
  impactNotes: Record<string, ImpactNotes>;
}

export const PROJECT_FORMAT = 'latitude-project';
export const CURRENT_FORMAT_VERSION = 3;

/** What a `*.latitude.json` file holds. */
export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  project: Project;
}
