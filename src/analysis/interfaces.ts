import type { FamilyId, RoleId, StepId, UnitId, WorkstationId } from '../model/ids';
import type { Family, RouteStep } from '../model/types';
import { nextMark, type GroupId, type RoleFacts, type ScenarioIndex, type TaskEntry } from './derived';

/** Who does the make work at one route step. */
export interface StepHolder {
  stepId: StepId;
  /** Main holder of the make work on the step's workstations; null when no make task covers the step. */
  holderId: RoleId | null;
  groupId: GroupId | null;
}

export interface FamilyHandoffs {
  familyId: FamilyId;
  /** H(f): changes of holder group along the route, skipping steps without a make holder. */
  count: number;
  steps: StepHolder[];
  /** Distinct units of the workstations on the route. */
  unitsCrossed: number;
}

export interface RoleInterfaces {
  /** I(r): other holder groups holding any task on r's scope workstations. */
  count: number;
  groups: GroupId[];
}

function makeTasksOn(ix: ScenarioIndex, step: RouteStep): TaskEntry[] {
  const mark = nextMark(ix);
  const out: TaskEntry[] = [];
  for (const w of step.workstations)
    for (const e of ix.makeByWs.get(w) ?? []) {
      if (ix.marks.tasks[e.idx] === mark) continue;
      ix.marks.tasks[e.idx] = mark;
      out.push(e);
    }
  return out;
}

/**
 * The step's main holder: the role with the most make load (load × share) on the step's
 * workstations; when all loads are zero, the largest summed share. Ties go to the smaller id.
 */
export function stepHolder(ix: ScenarioIndex, step: RouteStep): RoleId | null {
  const byLoad = new Map<RoleId, number>();
  const byShare = new Map<RoleId, number>();
  for (const e of makeTasksOn(ix, step))
    for (const h of e.holders) {
      byLoad.set(h.roleId, (byLoad.get(h.roleId) ?? 0) + e.task.load * h.share);
      byShare.set(h.roleId, (byShare.get(h.roleId) ?? 0) + h.share);
    }
  const anyLoad = [...byLoad.values()].some((v) => v > 0);
  let best: RoleId | null = null;
  let bestValue = -1;
  for (const [r, v] of anyLoad ? byLoad : byShare)
    if (v > bestValue || (v === bestValue && best !== null && r < best)) {
      best = r;
      bestValue = v;
    }
  return best;
}

export function familyHandoffs(ix: ScenarioIndex, family: Family): FamilyHandoffs {
  const steps: StepHolder[] = family.route.map((step) => {
    const holderId = stepHolder(ix, step);
    return { stepId: step.id, holderId, groupId: holderId ? (ix.facts.get(holderId)?.group ?? null) : null };
  });
  let count = 0;
  let previous: GroupId | null = null;
  for (const { groupId } of steps) {
    if (groupId === null) continue;
    if (previous !== null && groupId !== previous) count++;
    previous = groupId;
  }
  const units = new Set<UnitId>();
  for (const step of family.route)
    for (const w of step.workstations) {
      const unit = ix.scenario.workstations[w]?.unitId;
      if (unit) units.add(unit);
    }
  return { familyId: family.id, count, steps, unitsCrossed: units.size };
}

/** Distinct holder-group indexes of the tasks on a workstation, in task order. */
export function groupsOnWorkstation(ix: ScenarioIndex, entries: readonly TaskEntry[]): number[] {
  const seen = ix.marks.groups;
  const mark = nextMark(ix);
  const groups: number[] = [];
  for (const e of entries)
    for (const h of e.holders)
      if (h.groupIdx >= 0 && seen[h.groupIdx] !== mark) {
        seen[h.groupIdx] = mark;
        groups.push(h.groupIdx);
      }
  return groups;
}

/** The group id of each group index. */
export function groupIdsOf(ix: ScenarioIndex): GroupId[] {
  const groupIds: GroupId[] = new Array<GroupId>(ix.groupCount);
  for (const f of ix.facts.values()) groupIds[f.groupIdx] = f.group;
  return groupIds;
}

/** I(r) from the groups on each workstation of the role's scope. */
export function interfacesOfRole(
  ix: ScenarioIndex,
  f: RoleFacts,
  groupsOn: (w: WorkstationId) => readonly number[] | undefined,
  groupIds: readonly GroupId[],
): RoleInterfaces {
  // Looked up before marking: a lookup may compute its list, which takes marks of its own.
  const lists: (readonly number[] | undefined)[] = [];
  for (const w of f.scope) lists.push(groupsOn(w));
  const seen = ix.marks.groups;
  const mark = nextMark(ix);
  if (f.groupIdx >= 0) seen[f.groupIdx] = mark;
  const found: number[] = [];
  for (const list of lists)
    for (const g of list ?? [])
      if (seen[g] !== mark) {
        seen[g] = mark;
        found.push(g);
      }
  // In the order found (scope, then task order): stable between runs, and no sort per role.
  const groups = found.map((g) => groupIds[g] as GroupId);
  return { count: groups.length, groups };
}

export function roleInterfaces(ix: ScenarioIndex): Map<RoleId, RoleInterfaces> {
  const byWs = new Map<WorkstationId, number[]>();
  for (const [w, entries] of ix.tasksByWs) byWs.set(w, groupsOnWorkstation(ix, entries));
  const groupIds = groupIdsOf(ix);
  const out = new Map<RoleId, RoleInterfaces>();
  for (const f of ix.facts.values())
    out.set(
      f.role.id,
      interfacesOfRole(ix, f, (w) => byWs.get(w), groupIds),
    );
  return out;
}
