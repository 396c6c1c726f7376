import {
  createFamilyId,
  createPolcaLoopId,
  createRoleId,
  createStepId,
  createTaskId,
  createTeamId,
  createUnitId,
  createWorkstationId,
  type NodeEntityId,
  type RoleId,
  type ScenarioId,
  type UnitId,
  type WorkstationId,
  type TeamId,
} from '../ids';
import type { Family, NodeLayout, PolcaLoop, Role, Scenario, Task, Team, Unit, Workstation } from '../types';

/** A self-contained piece of a scenario: what the clipboard holds. */
export interface ScenarioFragment {
  units: Unit[];
  workstations: Workstation[];
  families: Family[];
  teams: Team[];
  roles: Role[];
  tasks: Task[];
  /** Loops whose two cells are both in the fragment. */
  polcaLoops: PolcaLoop[];
  layout: Partial<Record<NodeEntityId, NodeLayout>>;
}

type IdMap = Map<string, string>;

/** Deep copy that also works on immer drafts (structuredClone rejects proxies). */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function freshIds(fragment: ScenarioFragment): IdMap {
  const map: IdMap = new Map();
  for (const u of fragment.units) map.set(u.id, createUnitId());
  for (const w of fragment.workstations) map.set(w.id, createWorkstationId());
  for (const f of fragment.families) map.set(f.id, createFamilyId());
  for (const t of fragment.teams) map.set(t.id, createTeamId());
  for (const r of fragment.roles) map.set(r.id, createRoleId());
  for (const t of fragment.tasks) map.set(t.id, createTaskId());
  return map;
}

/**
 * Gives every entity of the fragment a new id. A reference to an entity inside the
 * fragment follows it; a reference outside is kept only when `keepOutside` says the
 * target still exists there, otherwise it is dropped.
 */
export function remapFragment(fragment: ScenarioFragment, keepOutside: (id: string) => boolean): ScenarioFragment {
  const map = freshIds(fragment);
  const ref = <T extends string>(id: T): T | null => {
    const mapped = map.get(id);
    if (mapped) return mapped as T;
    return keepOutside(id) ? id : null;
  };
  const refs = <T extends string>(ids: T[]): T[] => ids.map((id) => ref(id)).filter((id): id is T => id !== null);

  const units = fragment.units.map((u) => ({ ...u, id: map.get(u.id) as UnitId }));
  const workstations = fragment.workstations.map((w) => ({
    ...w,
    id: map.get(w.id) as WorkstationId,
    unitId: w.unitId ? ref(w.unitId) : null,
  }));
  const families = fragment.families.map((f) => ({
    ...f,
    id: map.get(f.id) as Family['id'],
    route: f.route
      .map((step) => ({ id: createStepId(), workstations: refs(step.workstations) }))
      .filter((step) => step.workstations.length > 0),
  }));
  const teams = fragment.teams.map((t) => ({ ...t, id: map.get(t.id) as TeamId, unitId: t.unitId ? ref(t.unitId) : null }));
  const roles = fragment.roles.map((r) => {
    const qualifications: Role['qualifications'] = {};
    for (const [w, level] of Object.entries(r.qualifications)) {
      const target = ref(w as WorkstationId);
      if (target && level !== undefined) qualifications[target] = level;
    }
    const unitId = r.unitId ? ref(r.unitId) : null;
    const teamId = r.teamId ? ref(r.teamId) : null;
    return { ...r, id: map.get(r.id) as RoleId, unitId, teamId, qualifications };
  });
  const tasks = fragment.tasks.map((t) => {
    const assignments: Task['assignments'] = {};
    for (const [r, share] of Object.entries(t.assignments)) {
      const target = ref(r as RoleId);
      if (target && share !== undefined) assignments[target] = share;
    }
    return { ...t, id: map.get(t.id) as Task['id'], scope: refs(t.scope), assignments };
  });
  const polcaLoops = (fragment.polcaLoops ?? []).flatMap((loop) => {
    const fromUnitId = ref(loop.fromUnitId);
    const toUnitId = ref(loop.toUnitId);
    return fromUnitId && toUnitId ? [{ ...loop, id: createPolcaLoopId(), fromUnitId, toUnitId }] : [];
  });
  const layout: ScenarioFragment['layout'] = {};
  for (const [id, pos] of Object.entries(fragment.layout)) {
    const target = map.get(id);
    if (target && pos) layout[target as NodeEntityId] = { ...pos };
  }
  return { units, workstations, families, teams, roles, tasks, polcaLoops, layout };
}

export function fragmentOfScenario(s: Scenario): ScenarioFragment {
  return {
    units: Object.values(s.units),
    workstations: Object.values(s.workstations),
    families: Object.values(s.families),
    teams: Object.values(s.teams),
    roles: Object.values(s.roles),
    tasks: Object.values(s.tasks),
    polcaLoops: Object.values(s.polcaLoops),
    layout: plainCopy(s.layout),
  };
}

export function cloneScenarioWithNewIds(source: Scenario, id: ScenarioId): Scenario {
  const f = remapFragment(plainCopy(fragmentOfScenario(source)), () => false);
  const byId = <T extends { id: string }>(items: T[]) => Object.fromEntries(items.map((i) => [i.id, i])) as Record<T['id'], T>;
  return {
    id,
    name: source.name,
    order: source.order,
    units: byId(f.units),
    workstations: byId(f.workstations),
    families: byId(f.families),
    teams: byId(f.teams),
    roles: byId(f.roles),
    tasks: byId(f.tasks),
    polcaLoops: byId(f.polcaLoops),
    layout: f.layout,
  };
}
