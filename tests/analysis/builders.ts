import type { FamilyId, RoleId, ScenarioId, TaskId, TeamId, UnitId, WorkstationId } from '../../src/model/ids';
import {
  createFamily,
  createRole,
  createScenario,
  createTask,
  createTeam,
  createUnit,
  createWorkstation,
} from '../../src/model/factories';
import {
  DEFAULT_ANALYSIS_SETTINGS,
  type AnalysisSettings,
  type ControlAspect,
  type ControlLevel,
  type Difficulty,
  type QualificationLevel,
  type Scenario,
  type TaskKind,
  type UnitKind,
} from '../../src/model/types';

export interface TaskSpec {
  kind?: TaskKind;
  control?: [ControlLevel, ControlAspect];
  typeLabel?: string;
  scope?: string[];
  load?: number;
  cycle?: number | null;
  dist?: number;
  difficulty?: Difficulty | null;
  /** Role keys → share. */
  holders?: Record<string, number>;
}

export interface RoleSpec {
  unit?: string | null;
  team?: string | null;
  headcount?: number;
  hours?: number;
  quals?: Record<string, QualificationLevel>;
}

/** Small hand-made scenarios with readable ids (`ws:a`, `role:op`) for table-driven tests. */
export class ScenarioBuilder {
  readonly scenario: Scenario;

  constructor(id: ScenarioId = 'scenario:test') {
    this.scenario = createScenario('Test', 0, id);
  }

  unit(key: string, kind: UnitKind = 'functional'): this {
    const id: UnitId = `unit:${key}`;
    this.scenario.units[id] = { ...createUnit({ name: key, kind }), id };
    return this;
  }

  ws(key: string, processType: string, unit: string | null = null, monument = false): this {
    const id: WorkstationId = `ws:${key}`;
    const unitId: UnitId | null = unit ? `unit:${unit}` : null;
    this.scenario.workstations[id] = { ...createWorkstation({ name: key, processType, unitId, monument }), id };
    return this;
  }

  /** A route as a list of steps, each a list of eligible workstation keys. */
  family(key: string, steps: string[][], ftms = ''): this {
    const id: FamilyId = `family:${key}`;
    const route = steps.map((ws, i) => ({
      id: `step:${key}-${i + 1}` as const,
      workstations: ws.map((w) => `ws:${w}` as const),
    }));
    this.scenario.families[id] = { ...createFamily({ name: key, route, ftms }), id };
    return this;
  }

  team(key: string, unit: string | null): this {
    const id: TeamId = `team:${key}`;
    this.scenario.teams[id] = { ...createTeam({ name: key, unitId: unit ? `unit:${unit}` : null }), id };
    return this;
  }

  role(key: string, spec: RoleSpec = {}): this {
    const id: RoleId = `role:${key}`;
    const teamId: TeamId | null = spec.team ? `team:${spec.team}` : null;
    const unitId: UnitId | null = teamId
      ? (this.scenario.teams[teamId]?.unitId ?? null)
      : spec.unit
        ? `unit:${spec.unit}`
        : null;
    const qualifications: Partial<Record<WorkstationId, QualificationLevel>> = {};
    for (const [w, level] of Object.entries(spec.quals ?? {})) qualifications[`ws:${w}`] = level;
    this.scenario.roles[id] = {
      ...createRole({
        name: key,
        unitId,
        teamId,
        headcount: spec.headcount ?? 1,
        hoursPerWeek: spec.hours ?? 40,
        qualifications,
      }),
      id,
    };
    return this;
  }

  task(key: string, spec: TaskSpec = {}): this {
    const id: TaskId = `task:${key}`;
    const kind = spec.control ? 'control' : (spec.kind ?? 'make');
    const assignments: Partial<Record<RoleId, number>> = {};
    for (const [r, share] of Object.entries(spec.holders ?? {})) assignments[`role:${r}`] = share;
    this.scenario.tasks[id] = {
      ...createTask({
        name: key,
        kind,
        control: spec.control ? { level: spec.control[0], aspect: spec.control[1] } : null,
        typeLabel: spec.typeLabel ?? '',
        scope: (spec.scope ?? []).map((w) => `ws:${w}` as const),
        load: spec.load ?? 0,
        cycleMin: spec.cycle ?? null,
        disturbancesPerDay: spec.dist ?? 0,
        difficulty: spec.difficulty ?? null,
        assignments,
      }),
      id,
    };
    return this;
  }
}

export const settings = (patch: Partial<AnalysisSettings> = {}): AnalysisSettings => ({
  ...DEFAULT_ANALYSIS_SETTINGS,
  ...patch,
});
