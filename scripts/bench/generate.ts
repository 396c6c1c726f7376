import type { FamilyId, NodeEntityId, RoleId, ScenarioId, TaskId, TeamId, UnitId, WorkstationId } from '../../src/model/ids';
import { createProject, createScenario } from '../../src/model/factories';
import {
  CONTROL_ASPECTS,
  type ControlLevel,
  type Family,
  type NodeLayout,
  type Project,
  type QualificationLevel,
  type Role,
  type Scenario,
  type Task,
  type TaskKind,
  type Team,
  type Unit,
  type Workstation,
} from '../../src/model/types';

/**
 * Synthetic plants for the benchmark (`npm run bench`) and its tests: deterministic for a
 * seed, valid under the import pipeline, laid out as a tidy grid of units so the canvas
 * shows them the way a user's tidied model looks. Every unit holds the same number of
 * workstations, teams and roles, so density stays the same as the plant grows.
 */

export interface GeneratorSpec {
  roles: number;
  tasks: number;
  /** Product families with a route; default 15 % of the roles (≈ 1.5 canvas edges per node). */
  families?: number;
  seed?: number;
  rolesPerUnit?: number;
  workstationsPerUnit?: number;
  teamsPerUnit?: number;
  stepsPerRoute?: number;
}

/** What a spec makes, by kind; `nodes` and `edges` are what the canvas draws. */
export interface GeneratedCounts {
  units: number;
  workstations: number;
  teams: number;
  roles: number;
  families: number;
  tasks: number;
  nodes: number;
  edges: number;
}

const DEFAULTS = { seed: 1, rolesPerUnit: 10, workstationsPerUnit: 4, teamsPerUnit: 2, stepsPerRoute: 7 };

/** Fixed so the same seed gives the same file byte for byte. */
export const GENERATED_AT = '2026-01-01T00:00:00.000Z';

const SCENARIO_ID: ScenarioId = 'scenario:as-is';

/* Layout, in canvas pixels (the sizes of src/canvas/geometry.ts). */
const SLOT = { width: 176, height: 104 };
const UNIT_PADDING = 12;
const UNIT_HEADER = 44;
const UNIT_GAP = 48;
const NODE_GAP = 16;
const FAMILY_SLOT = { width: 208, height: 128 };

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(5, '0');

function resolve(spec: GeneratorSpec) {
  const s = { ...DEFAULTS, ...spec };
  const roles = Math.max(1, Math.floor(s.roles));
  const units = Math.ceil(roles / s.rolesPerUnit);
  const families = Math.max(0, Math.floor(spec.families ?? Math.round(roles * 0.15)));
  return { ...s, roles, units, families, tasks: Math.max(0, Math.floor(s.tasks)) };
}

/** Nodes the canvas draws for a spec: units, workstations, teams, families and roles. */
export function nodeCount(spec: GeneratorSpec): number {
  const r = resolve(spec);
  return r.units * (1 + r.workstationsPerUnit + r.teamsPerUnit) + r.families + r.roles;
}

/**
 * A spec with exactly `nodes` canvas nodes (at least 30) and five tasks per role: the
 * families absorb the rounding, so edges stay near 1.5 per node.
 */
export function specForNodes(nodes: number, seed = 1): GeneratorSpec {
  const perUnit = 1 + DEFAULTS.workstationsPerUnit + DEFAULTS.teamsPerUnit;
  const wanted = Math.max(30, Math.floor(nodes));
  let roles = Math.max(1, Math.floor(wanted / 1.86));
  while (roles > 1 && wanted - roles - Math.ceil(roles / DEFAULTS.rolesPerUnit) * perUnit < 1) roles--;
  const families = wanted - roles - Math.ceil(roles / DEFAULTS.rolesPerUnit) * perUnit;
  return { roles, tasks: roles * 5, families, seed };
}

interface Builder {
  rand: () => number;
  scenario: Scenario;
  unitIds: UnitId[];
  wsOfUnit: WorkstationId[][];
  wsOfType: Map<string, WorkstationId[]>;
  rolesOfUnit: RoleId[][];
  unitOfRole: Map<RoleId, number>;
}

function addUnits(b: Builder, r: ReturnType<typeof resolve>): void {
  const types = Math.max(2, Math.min(40, Math.floor((r.units * r.workstationsPerUnit) / 2)));
  for (let u = 0; u < r.units; u++) {
    const unitId: UnitId = `unit:u${pad(u)}`;
    const unit: Unit = { id: unitId, name: `${u % 5 === 0 ? 'Support' : 'Cell'} ${u + 1}`, kind: u % 5 === 0 ? 'functional' : 'cell' };
    b.scenario.units[unitId] = unit;
    b.unitIds.push(unitId);
    const list: WorkstationId[] = [];
    for (let k = 0; k < r.workstationsPerUnit; k++) {
      const id: WorkstationId = `ws:u${pad(u)}w${k}`;
      const processType = `process ${((u * r.workstationsPerUnit + k) % types) + 1}`;
      const ws: Workstation = { id, name: `WS ${u + 1}.${k + 1}`, processType, unitId, monument: k === 0 && u % 9 === 4 };
      b.scenario.workstations[id] = ws;
      list.push(id);
      const same = b.wsOfType.get(processType);
      if (same) same.push(id);
      else b.wsOfType.set(processType, [id]);
    }
    b.wsOfUnit.push(list);
    for (let k = 0; k < r.teamsPerUnit; k++) {
      const team: Team = { id: `team:u${pad(u)}t${k}`, name: `Team ${u + 1}${String.fromCharCode(65 + (k % 26))}`, unitId };
      b.scenario.teams[team.id] = team;
    }
    b.rolesOfUnit.push([]);
  }
}

function addRoles(b: Builder, r: ReturnType<typeof resolve>): void {
  for (let i = 0; i < r.roles; i++) {
    const u = Math.floor(i / r.rolesPerUnit);
    const unitId = b.unitIds[u] as UnitId;
    const teamId: TeamId | null = r.teamsPerUnit > 0 ? `team:u${pad(u)}t${i % r.teamsPerUnit}` : null;
    const qualifications: Partial<Record<WorkstationId, QualificationLevel>> = {};
    for (const w of b.wsOfUnit[u] ?? []) {
      const level = Math.floor(b.rand() * 5) as QualificationLevel;
      if (level > 0) qualifications[w] = level;
    }
    const role: Role = {
      id: `role:r${pad(i)}`,
      name: `Operator ${i + 1}`,
      unitId,
      teamId,
      headcount: 1 + Math.floor(b.rand() * 4),
      hoursPerWeek: b.rand() < 0.8 ? 40 : 32,
      qualifications,
      questionnaire: null,
    };
    b.scenario.roles[role.id] = role;
    b.rolesOfUnit[u]?.push(role.id);
    b.unitOfRole.set(role.id, u);
  }
}

function addFamilies(b: Builder, r: ReturnType<typeof resolve>): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(b.rand() * xs.length)] as T;
  const types = [...b.wsOfType.keys()];
  for (let f = 0; f < r.families; f++) {
    const route = Array.from({ length: r.stepsPerRoute }, (_, i) => {
      const candidates = b.wsOfType.get(pick(types)) ?? [];
      const first = pick(candidates);
      const second = b.rand() < 0.3 ? pick(candidates) : first;
      return { id: `step:f${pad(f)}s${i}` as const, workstations: second === first ? [first] : [first, second] };
    });
    const family: Family = {
      id: `family:f${pad(f)}`,
      name: `Family ${f + 1}`,
      kind: 'product-family',
      route,
      demand: 5 + Math.floor(b.rand() * 50),
      ftms: `Market ${(f % 8) + 1}`,
      mct: null,
    };
    b.scenario.families[family.id] = family;
  }
}

function addTasks(b: Builder, r: ReturnType<typeof resolve>): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(b.rand() * xs.length)] as T;
  const allRoles = Object.keys(b.scenario.roles) as RoleId[];
  const allWs = b.wsOfUnit.flat();
  const department = (u: number) => b.wsOfUnit.slice(Math.floor(u / 5) * 5, Math.floor(u / 5) * 5 + 5).flat();
  let wide = 0;
  for (let t = 0; t < r.tasks; t++) {
    const holder = allRoles[t % allRoles.length] as RoleId;
    const u = b.unitOfRole.get(holder) ?? 0;
    const colleagues = b.rolesOfUnit[u] ?? allRoles;
    const other = b.rand() < 0.8 ? pick(colleagues) : pick(allRoles);
    const assignments: Partial<Record<RoleId, number>> =
      b.rand() < 0.7 || other === holder ? { [holder]: 1 } : { [holder]: 0.6, [other]: 0.4 };
    const x = b.rand();
    const kind: TaskKind = t < allRoles.length ? 'make' : x < 0.3 ? 'prepare' : x < 0.45 ? 'support' : 'control';
    const level: ControlLevel = x < 0.9 ? 'op' : x < 0.98 ? 'tac' : 'str';
    const unitWs = b.wsOfUnit[u] ?? [];
    let scope = unitWs.filter(() => b.rand() < 0.6);
    if (scope.length === 0 && unitWs.length > 0) scope = [pick(unitWs)];
    if (kind === 'control' && level !== 'op') scope = level === 'str' && wide++ < 8 ? allWs : department(u);
    const id: TaskId = `task:t${pad(t)}`;
    const task: Task = {
      id,
      name: `${kind[0]?.toUpperCase()}${kind.slice(1)} ${t + 1}`,
      kind,
      control: kind === 'control' ? { level, aspect: pick(CONTROL_ASPECTS) } : null,
      typeLabel: `${kind}:${Math.floor(b.rand() * 12)}`,
      scope,
      load: Math.round(b.rand() * 40),
      cycleMin: kind === 'make' ? Math.round((0.5 + b.rand() * 40) * 10) / 10 : null,
      disturbancesPerDay: Math.round(b.rand() * 10),
      difficulty: pick([null, 1, 2, 3] as const),
      assignments,
    };
    b.scenario.tasks[id] = task;
  }
}

/** Units in a near-square grid below a band of families; children in rows inside their unit. */
function addLayout(b: Builder, r: ReturnType<typeof resolve>): void {
  const layout: Partial<Record<NodeEntityId, NodeLayout>> = b.scenario.layout;
  const children = r.workstationsPerUnit + r.teamsPerUnit + r.rolesPerUnit;
  const columns = Math.max(1, Math.min(4, Math.ceil(Math.sqrt(children))));
  const rows = Math.ceil(children / columns);
  const width = 2 * UNIT_PADDING + columns * SLOT.width - NODE_GAP;
  const height = UNIT_HEADER + 2 * UNIT_PADDING + rows * SLOT.height - NODE_GAP;
  const unitColumns = Math.max(1, Math.ceil(Math.sqrt(r.units)));
  const familyColumns = Math.max(1, Math.floor((unitColumns * (width + UNIT_GAP)) / FAMILY_SLOT.width));
  Object.keys(b.scenario.families).forEach((id, i) => {
    layout[id as FamilyId] = { x: (i % familyColumns) * FAMILY_SLOT.width, y: Math.floor(i / familyColumns) * FAMILY_SLOT.height };
  });
  const top = Math.ceil(r.families / familyColumns) * FAMILY_SLOT.height + (r.families > 0 ? UNIT_GAP : 0);
  b.unitIds.forEach((unitId, u) => {
    layout[unitId] = { x: (u % unitColumns) * (width + UNIT_GAP), y: top + Math.floor(u / unitColumns) * (height + UNIT_GAP), width, height };
    const members: NodeEntityId[] = [
      ...(b.wsOfUnit[u] ?? []),
      ...Object.values(b.scenario.teams)
        .filter((team) => team.unitId === unitId)
        .map((team) => team.id),
      ...(b.rolesOfUnit[u] ?? []),
    ];
    members.forEach((id, i) => {
      layout[id] = { x: UNIT_PADDING + (i % columns) * SLOT.width, y: UNIT_HEADER + UNIT_PADDING + Math.floor(i / columns) * SLOT.height };
    });
  });
}

/** A whole project with one scenario, the same for the same spec. */
export function generateProject(spec: GeneratorSpec): Project {
  const r = resolve(spec);
  // From the factories, so fields the model gains later get their defaults here too.
  const scenario: Scenario = createScenario('As-is', 0, SCENARIO_ID);
  const b: Builder = {
    rand: rng(r.seed),
    scenario,
    unitIds: [],
    wsOfUnit: [],
    wsOfType: new Map(),
    rolesOfUnit: [],
    unitOfRole: new Map(),
  };
  addUnits(b, r);
  addRoles(b, r);
  addFamilies(b, r);
  addTasks(b, r);
  addLayout(b, r);
  const name = `Synthetic plant, ${r.roles} roles, ${r.tasks} tasks`;
  return {
    ...createProject(name, GENERATED_AT),
    id: `project:synthetic-${r.roles}-${r.tasks}-${r.seed}`,
    description: 'Generated by scripts/bench/generate.ts for the performance benchmark.',
    scenarios: { [SCENARIO_ID]: scenario },
  };
}

/** The scenario a generated project holds. */
export const generatedScenario = (project: Project): Scenario => project.scenarios[SCENARIO_ID] as Scenario;

/** Entities of a generated scenario, and the nodes and edges the canvas draws for it. */
export function countsOf(scenario: Scenario): GeneratedCounts {
  const n = (r: object) => Object.keys(r).length;
  let edges = 0;
  for (const role of Object.values(scenario.roles)) if (role.teamId && scenario.teams[role.teamId]) edges++;
  for (const family of Object.values(scenario.families)) {
    let previous = 1;
    for (const step of family.route) {
      edges += previous * step.workstations.length;
      previous = step.workstations.length;
    }
  }
  const counts = {
    units: n(scenario.units),
    workstations: n(scenario.workstations),
    teams: n(scenario.teams),
    roles: n(scenario.roles),
    families: n(scenario.families),
    tasks: n(scenario.tasks),
  };
  return { ...counts, nodes: counts.units + counts.workstations + counts.teams + counts.roles + counts.families, edges };
}
