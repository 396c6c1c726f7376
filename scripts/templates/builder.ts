import type {
  FamilyId,
  PolcaLoopId,
  RoleId,
  ScenarioId,
  StepId,
  TaskId,
  TeamId,
  UnitId,
  WorkstationId,
} from '../../src/model/ids';
import {
  DEFAULT_ANALYSIS_SETTINGS,
  type ControlAspect,
  type ControlLevel,
  type Difficulty,
  type FamilyKind,
  type MctMap,
  type MctSegmentKind,
  type PolcaLoop,
  type Project,
  type QualificationLevel,
  type Scenario,
  type TaskKind,
  type UnitKind,
} from '../../src/model/types';
import { createProject } from '../../src/model/factories';
import { applyLayout, type LayoutPlan } from './layout';

/**
 * A small vocabulary for writing example organisations as data: short keys become readable,
 * deterministic ids (`role:nurse-oost`), and every task names its holders by role key.
 */

/** Fixed so that regenerating the templates gives byte-identical files. */
export const TEMPLATE_DATE = '2025-03-01T08:00:00.000Z';

export interface TaskOptions {
  load: number;
  /** Role key → share; shares must sum to 1. */
  by: Record<string, number>;
  cycle?: number;
  dist?: number;
  difficulty?: Difficulty;
  /** Type label for variety and P7; defaults to `<kind>:<id>` (control: `ctl:<level>:<aspect>`). */
  type?: string;
}

export interface RoleOptions {
  headcount?: number;
  hours?: number;
  team?: string;
  /** Workstation key → skills-matrix level. */
  quals?: Record<string, QualificationLevel>;
}

export interface FamilyOptions {
  kind?: FamilyKind;
  demand?: number;
  ftms?: string;
  mct?: MctMap;
}

export type ControlKey = `${ControlLevel}:${ControlAspect}`;

const KIND_PREFIX: Record<Exclude<TaskKind, 'control'>, string> = { make: 'make', prepare: 'prep', support: 'sup' };

export class ScenarioBuilder {
  readonly s: Scenario;

  constructor(key: string, name: string, order: number) {
    this.s = {
      id: `scenario:${key}` as ScenarioId,
      name,
      order,
      units: {},
      workstations: {},
      families: {},
      teams: {},
      roles: {},
      tasks: {},
      polcaLoops: {},
      layout: {},
    };
  }

  private need<T>(record: Record<string, T>, id: string): string {
    if (!record[id]) throw new Error(`${this.s.id}: unknown ${id}`);
    return id;
  }

  private fresh<T>(record: Record<string, T>, id: string): void {
    if (record[id]) throw new Error(`${this.s.id}: duplicate ${id}`);
  }

  unit(key: string, name: string, kind: UnitKind): this {
    const id = `unit:${key}` as UnitId;
    this.fresh(this.s.units, id);
    this.s.units[id] = { id, name, kind };
    return this;
  }

  ws(key: string, name: string, processType: string, unit: string, monument = false): this {
    const id = `ws:${key}` as WorkstationId;
    this.fresh(this.s.workstations, id);
    const unitId = this.need(this.s.units, `unit:${unit}`) as UnitId;
    this.s.workstations[id] = { id, name, processType, unitId, monument };
    return this;
  }

  /** Route: one entry per step, each the workstation keys any of which can do it. */
  family(key: string, name: string, route: string[][], options: FamilyOptions = {}): this {
    const id = `family:${key}` as FamilyId;
    this.fresh(this.s.families, id);
    this.s.families[id] = {
      id,
      name,
      kind: options.kind ?? 'product-family',
      route: route.map((step, i) => ({
        id: `step:${key}-${i + 1}` as StepId,
        workstations: step.map((w) => this.need(this.s.workstations, `ws:${w}`) as WorkstationId),
      })),
      demand: options.demand ?? null,
      ftms: options.ftms ?? '',
      mct: options.mct ?? null,
    };
    return this;
  }

  team(key: string, name: string, unit: string): this {
    const id = `team:${key}` as TeamId;
    this.fresh(this.s.teams, id);
    this.s.teams[id] = { id, name, unitId: this.need(this.s.units, `unit:${unit}`) as UnitId };
    return this;
  }

  role(key: string, name: string, unit: string, options: RoleOptions = {}): this {
    const id = `role:${key}` as RoleId;
    this.fresh(this.s.roles, id);
    const qualifications: Record<string, QualificationLevel> = {};
    for (const [w, level] of Object.entries(options.quals ?? {}))
      qualifications[this.need(this.s.workstations, `ws:${w}`)] = level;
    this.s.roles[id] = {
      id,
      name,
      unitId: this.need(this.s.units, `unit:${unit}`) as UnitId,
      teamId: options.team ? (this.need(this.s.teams, `team:${options.team}`) as TeamId) : null,
      headcount: options.headcount ?? 1,
      hoursPerWeek: options.hours ?? 40,
      qualifications,
      questionnaire: null,
    };
    return this;
  }

  make(key: string, name: string, scope: string[], o: TaskOptions): this {
    return this.task('make', null, key, name, scope, o);
  }

  prepare(key: string, name: string, scope: string[], o: TaskOptions): this {
    return this.task('prepare', null, key, name, scope, o);
  }

  support(key: string, name: string, scope: string[], o: TaskOptions): this {
    return this.task('support', null, key, name, scope, o);
  }

  control(key: string, name: string, control: ControlKey, scope: string[], o: TaskOptions): this {
    return this.task('control', control, key, name, scope, o);
  }

  private task(
    kind: TaskKind,
    control: ControlKey | null,
    key: string,
    name: string,
    scope: string[],
    o: TaskOptions,
  ): this {
    const id = `task:${key}` as TaskId;
    this.fresh(this.s.tasks, id);
    const [level, aspect] = (control?.split(':') ?? []) as [ControlLevel, ControlAspect];
    const assignments: Record<string, number> = {};
    for (const [r, share] of Object.entries(o.by)) assignments[this.need(this.s.roles, `role:${r}`)] = share;
    const sum = Object.values(assignments).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-9) throw new Error(`${this.s.id}: shares of ${id} sum to ${sum}`);
    const defaultType = kind === 'control' ? `ctl:${level}:${aspect}` : `${KIND_PREFIX[kind]}:${key}`;
    this.s.tasks[id] = {
      id,
      name,
      kind,
      control: control ? { level, aspect } : null,
      typeLabel: o.type ?? defaultType,
      scope: scope.map((w) => this.need(this.s.workstations, `ws:${w}`) as WorkstationId),
      load: o.load,
      cycleMin: o.cycle ?? null,
      disturbancesPerDay: o.dist ?? 0,
      difficulty: o.difficulty ?? null,
      assignments,
    };
    return this;
  }

  polca(key: string, from: string, to: string, loop: Omit<PolcaLoop, 'id' | 'fromUnitId' | 'toUnitId'>): this {
    const id = `polca:${key}` as PolcaLoopId;
    this.fresh(this.s.polcaLoops, id);
    const fromUnitId = this.need(this.s.units, `unit:${from}`) as UnitId;
    const toUnitId = this.need(this.s.units, `unit:${to}`) as UnitId;
    this.s.polcaLoops[id] = { id, fromUnitId, toUnitId, ...loop };
    return this;
  }

  /** Workstation keys of the given units (all workstations when none are given), in insertion order. */
  wsOf(...units: string[]): string[] {
    return Object.values(this.s.workstations)
      .filter((w) => units.length === 0 || units.some((u) => w.unitId === `unit:${u}`))
      .map((w) => w.id.slice('ws:'.length));
  }

  /** The same level on each workstation: a row of the skills matrix. */
  static quals(keys: string[], level: QualificationLevel): Record<string, QualificationLevel> {
    return Object.fromEntries(keys.map((k) => [k, level]));
  }

  build(plan: LayoutPlan): Scenario {
    applyLayout(this.s, plan);
    return this.s;
  }
}

/** A linear MCT map: each segment feeds the next. Segments: [id, name, kind, touch, wait] in days. */
export function mctChain(segments: [string, string, MctSegmentKind, number, number][], weeklyHours = 40): MctMap {
  return {
    weeklyHours,
    segments: segments.map(([id, name, kind, touch, wait]) => ({ id, name, kind, touch, wait, timeUnit: 'days' })),
    edges: segments.slice(1).map(([id], i) => ({ from: segments[i]?.[0] ?? '', to: id })),
  };
}

/** A project around the scenarios; the factory supplies every other field at its default. */
export function project(key: string, name: string, description: string, scenarios: Scenario[]): Project {
  return {
    ...createProject(name, TEMPLATE_DATE),
    id: `project:${key}`,
    description,
    scenarios: Object.fromEntries(scenarios.map((s) => [s.id, s])),
    settings: { ...DEFAULT_ANALYSIS_SETTINGS },
  };
}
