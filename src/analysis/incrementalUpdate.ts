import type { RoleId, TaskId, WorkstationId } from '../model/ids';
import type { Family, Role, Scenario, Task } from '../model/types';
import { coverageOf, type CoverageResult } from './coverage';
import {
  controlSlot,
  distinct,
  holdersOfTask,
  kindList,
  listByWorkstation,
  roleFacts,
  supportHeadcounts,
  supportKey,
  type GroupId,
  type Holding,
  type RoleFacts,
  type ScenarioIndex,
  type TaskEntries,
  type TaskEntry,
  type WorkstationLists,
} from './derived';
import {
  familyHandoffs,
  groupIdsOf,
  groupsOnWorkstation,
  interfacesOfRole,
  type FamilyHandoffs,
  type RoleInterfaces,
} from './interfaces';
import { cellUnits, ftmsCompleteness, ftmsGroups, polcaOf, type FtmsCompleteness } from './qrm';
import { analyseRole, assembleAnalysis, type AnalysisState, type RoleAnalysis } from './scenarioAnalysis';
import { opControlByWs, p2, p3, p4, p5, p6, p7, type StructureParameters } from './structureParameters';

/*
 * The phases of an incremental re-analysis (see incremental.ts). Each takes over what the
 * change left alone from the last state and recomputes the rest with the functions of a
 * from-scratch analysis, in the same order, so every figure and list comes out the same.
 * Nothing reachable from the last state is modified: its analysis may still be read.
 */

/** A small edit: the same tasks and roles in the same order, some of them changed. */
export interface Change {
  tasks: Task[];
  roles: Role[];
  /** The changed tasks by index, ascending, with their versions before and after. */
  changedTasks: { idx: number; before: Task; after: Task }[];
  changedRoles: { idx: number; before: Role; after: Role }[];
}

interface Replaced {
  before: TaskEntry;
  after: TaskEntry;
}

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function meets<T>(a: Iterable<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Whether two entries have the same holders in the same order, with the same shares when asked. */
function sameHolders(a: TaskEntry, b: TaskEntry, shares: boolean): boolean {
  if (a.holders.length !== b.holders.length) return false;
  return a.holders.every((h, i) => {
    const other = b.holders[i] as (typeof b.holders)[number];
    return h.roleId === other.roleId && (!shares || h.share === other.share);
  });
}

/** Whether a task still lies in the same workstation lists (kind, control slot and scope). */
const sameListing = (a: Task, b: Task): boolean =>
  a.kind === b.kind && controlSlot(a) === controlSlot(b) && sameList([...distinct(a.scope)], [...distinct(b.scope)]);

/** A change of the work a task stands for: its load, kind, control, scope or holders (not its name, say). */
const workChanged = ({ before: b, after: a }: Replaced): boolean =>
  b.task.load !== a.task.load ||
  b.task.kind !== a.task.kind ||
  b.slot !== a.slot ||
  !sameList(b.task.scope, a.task.scope) ||
  !sameHolders(b, a, true);

/** The workstations of the tasks before and after that satisfy `pred`. */
function workstationsOf(replaced: readonly Replaced[], pred: (t: Task) => boolean): Set<WorkstationId> {
  const out = new Set<WorkstationId>();
  for (const { before, after } of replaced)
    for (const t of [before.task, after.task]) if (pred(t)) for (const w of t.scope) out.add(w);
  return out;
}

/* ---------- Task entries and the workstation lists ---------- */

interface EntriesUpdate {
  entries: TaskEntries;
  replaced: Replaced[];
  /** A task changed kind, control slot or scope: the workstation lists were built again. */
  relisted: boolean;
  lists: WorkstationLists;
}

function updateEntries(old: ScenarioIndex, changedTasks: Change['changedTasks']): EntriesUpdate {
  const replaced: Replaced[] = [];
  let relisted = false;
  for (const { idx, before, after } of changedTasks) {
    const entry: TaskEntry = { task: after, idx, holders: holdersOfTask(after, old.facts), slot: controlSlot(after) };
    replaced.push({ before: old.entries.list[idx] as TaskEntry, after: entry });
    if (!sameListing(before, after)) relisted = true;
  }
  if (replaced.length === 0) return { entries: old.entries, replaced, relisted, lists: old };
  const entries = old.entries.replaced(replaced.map((r) => r.after));
  const lists = relisted ? listByWorkstation(entries.list) : replacedInLists(old, replaced);
  return { entries, replaced, relisted, lists };
}

/** Copies of the workstation lists with each changed entry in its old entry's place. */
function replacedInLists(lists: WorkstationLists, replaced: readonly Replaced[]): WorkstationLists {
  const out: WorkstationLists = {
    tasksByWs: new Map(lists.tasksByWs),
    makeByWs: new Map(lists.makeByWs),
    prepareByWs: new Map(lists.prepareByWs),
    controlByWs: new Map(lists.controlByWs),
  };
  const copied = new Set<TaskEntry[]>();
  const replace = (map: Map<WorkstationId, TaskEntry[]> | null, w: WorkstationId, { before, after }: Replaced) => {
    const list = map?.get(w);
    if (!map || !list) return;
    let copy = list;
    if (!copied.has(list)) {
      copy = [...list];
      copied.add(copy);
      map.set(w, copy);
    }
    const at = copy.indexOf(before);
    if (at >= 0) copy[at] = after;
  };
  for (const r of replaced)
    for (const w of distinct(r.after.task.scope)) {
      replace(out.tasksByWs, w, r);
      replace(kindList(out, r.after.task.kind), w, r);
    }
  return out;
}

/* ---------- Role facts ---------- */

interface FactsUpdate {
  facts: Map<RoleId, RoleFacts>;
  people: Map<string, number>;
  /** Roles whose facts were built again. */
  refacts: Set<RoleId>;
  /** Some role's EX or Fam(EX) changed (P2, P3, P6, coverage). */
  exChanged: boolean;
  /** Some role's Fam(OPW) changed (P4). */
  famOpwChanged: boolean;
}

/** Facts again for the holders of changed tasks (before and after), changed roles and their support groups. */
function updateFacts(old: ScenarioIndex, change: Change, { entries, replaced }: EntriesUpdate): FactsUpdate {
  const { roles, changedRoles } = change;
  const people = changedRoles.some((c) => c.before.headcount !== c.after.headcount)
    ? supportHeadcounts(roles)
    : old.people;
  const refacts = new Set<RoleId>();
  for (const { before, after } of replaced)
    for (const h of [...before.holders, ...after.holders]) refacts.add(h.roleId);
  for (const { after } of changedRoles) refacts.add(after.id);
  if (people !== old.people)
    for (const f of old.facts.values())
      if ((people.get(supportKey(f.role)) ?? f.role.headcount) !== f.groupPeople) refacts.add(f.role.id);
  const facts = refacts.size ? new Map(old.facts) : old.facts;
  const changedEntries = replaced.map((r) => r.after);
  let exChanged = false;
  let famOpwChanged = false;
  for (const id of refacts) {
    const was = old.facts.get(id) as RoleFacts;
    const holdings = updatedHoldings(was.holdings, entries, changedEntries, id);
    const ref = { role: roles[was.idx] as Role, group: was.group, groupIdx: was.groupIdx, holdings };
    const f = roleFacts(ref, was.idx, old, people);
    facts.set(id, f);
    if (!sameSet(f.ex, was.ex) || !sameSet(f.famEx, was.famEx)) exChanged = true;
    if (!sameSet(f.famOpw, was.famOpw)) famOpwChanged = true;
  }
  return { facts, people, refacts, exChanged, famOpwChanged };
}

/** A role's holdings with the changed entries (ascending indexes) in place of their old versions, in task order. */
function updatedHoldings(before: Holding[], entries: TaskEntries, changed: TaskEntry[], roleId: RoleId): Holding[] {
  const replaced = new Set<TaskId>(changed.map((e) => e.task.id));
  const out: Holding[] = [];
  let next = 0;
  const addChangedBefore = (idx: number) => {
    for (; next < changed.length && (changed[next] as TaskEntry).idx < idx; next++) {
      const e = changed[next] as TaskEntry;
      const mine = e.holders.find((h) => h.roleId === roleId);
      if (mine) out.push({ task: e.task, share: mine.share });
    }
  };
  for (const h of before) {
    if (replaced.has(h.task.id)) continue;
    addChangedBefore((entries.get(h.task.id) as TaskEntry).idx);
    out.push(h);
  }
  addChangedBefore(Infinity);
  return out;
}

/* ---------- Interfaces and role results ---------- */

/** I(r) again for re-facted roles and the roles whose scope meets a task whose holders or scope changed. */
function updateInterfaces(
  prev: AnalysisState,
  ix: ScenarioIndex,
  refacts: ReadonlySet<RoleId>,
  replaced: readonly Replaced[],
): Map<RoleId, RoleInterfaces> {
  const moved = replaced.filter(
    ({ before: b, after: a }) => !sameList(b.task.scope, a.task.scope) || !sameHolders(b, a, true),
  );
  const taskWs = workstationsOf(moved, () => true);
  if (refacts.size === 0 && taskWs.size === 0) return prev.interfaces;
  const interfaces = new Map(prev.interfaces);
  const groupsByWs = new Map<WorkstationId, number[]>();
  const groupsOn = (w: WorkstationId) => {
    let groups = groupsByWs.get(w);
    const entries = ix.tasksByWs.get(w);
    if (!groups && entries) groupsByWs.set(w, (groups = groupsOnWorkstation(ix, entries)));
    return groups;
  };
  let groupIds: GroupId[] | null = null;
  for (const f of ix.facts.values())
    if (refacts.has(f.role.id) || (taskWs.size > 0 && meets(f.scope, taskWs)))
      interfaces.set(f.role.id, interfacesOfRole(ix, f, groupsOn, (groupIds ??= groupIdsOf(ix))));
  return interfaces;
}

const sameInterfaces = (a: RoleInterfaces | undefined, b: RoleInterfaces | undefined): boolean =>
  a === b || (!!a && !!b && a.count === b.count && sameList(a.groups, b.groups));

/** Roles rescored when their facts, their interfaces or the control work on their scope changed. */
function updateRoles(
  prev: AnalysisState,
  ix: ScenarioIndex,
  interfaces: Map<RoleId, RoleInterfaces>,
  refacts: ReadonlySet<RoleId>,
  work: readonly Replaced[],
): RoleAnalysis[] {
  const controlWs = workstationsOf(work, (t) => t.kind === 'control');
  const out: RoleAnalysis[] = [];
  for (const f of ix.facts.values()) {
    const own = interfaces.get(f.role.id);
    const dirty =
      refacts.has(f.role.id) ||
      (interfaces !== prev.interfaces && !sameInterfaces(own, prev.interfaces.get(f.role.id))) ||
      (controlWs.size > 0 && meets(f.scope, controlWs));
    out.push(dirty ? analyseRole(ix, f, own, prev.settings) : (prev.analysis.roles[f.idx] as RoleAnalysis));
  }
  return out;
}

/* ---------- Structure parameters, flows, coverage ---------- */

const isOpControl = (t: Task) => t.control?.level === 'op';
const isTacControl = (t: Task) => t.control?.level === 'tac';
const isSupportWork = (t: Task) => t.kind === 'prepare' || t.kind === 'support';

/** Each parameter again when a task it reads or a family set of a holder changed. */
function updateParameters(
  prev: AnalysisState,
  ix: ScenarioIndex,
  change: Change,
  { replaced, relisted }: EntriesUpdate,
  { exChanged, famOpwChanged }: FactsUpdate,
): StructureParameters {
  const last = prev.analysis.parameters;
  const { memo } = prev;
  // A separation parameter reads a task's class, load, scope and holders with their shares.
  const separationChanged = (inClass: (t: Task) => boolean) =>
    replaced.some(
      ({ before: b, after: a }) =>
        (inClass(b.task) || inClass(a.task)) &&
        (inClass(b.task) !== inClass(a.task) ||
          b.task.load !== a.task.load ||
          !sameList(b.task.scope, a.task.scope) ||
          !sameHolders(b, a, true)),
    );
  // P5 and P7 read where op-level control lies, its aspects and who holds it (not loads or shares).
  const opChanged =
    relisted ||
    replaced.some(
      ({ before: b, after: a }) => (isOpControl(b.task) || isOpControl(a.task)) && !sameHolders(b, a, false),
    );
  const opByWs = opChanged ? opControlByWs(ix) : null;
  const headcountChanged = change.changedRoles.some((c) => c.before.headcount !== c.after.headcount);
  return {
    P1: last.P1,
    P2: exChanged || separationChanged(isSupportWork) ? p2(ix, memo) : last.P2,
    P3: exChanged || headcountChanged ? p3(ix) : last.P3,
    P4: famOpwChanged || separationChanged(isOpControl) ? p4(ix, memo) : last.P4,
    P5: opByWs ? p5(opByWs) : last.P5,
    P6: exChanged || separationChanged(isTacControl) ? p6(ix, memo) : last.P6,
    P7: opByWs ? p7(opByWs) : last.P7,
  };
}

/** Handoffs of the families whose steps lie on a changed make task's scope, and their FTMS groups' cells. */
function updateFlows(prev: AnalysisState, ix: ScenarioIndex, work: readonly Replaced[]) {
  const flowWs = workstationsOf(work, (t) => t.kind === 'make');
  const { handoffs: lastHandoffs, cells: lastCells } = prev.analysis;
  if (flowWs.size === 0) return { handoffs: lastHandoffs, cells: lastCells };
  const flowed = new Set<Family>();
  const handoffs = ix.families.map((family, i) => {
    if (!family.route.some((step) => step.workstations.some((w) => flowWs.has(w))))
      return lastHandoffs[i] as FamilyHandoffs;
    flowed.add(family);
    return familyHandoffs(ix, family);
  });
  if (flowed.size === 0) return { handoffs, cells: lastCells };
  // The cells' holder teams come from the step holders; FTMS groups follow the (unchanged) families.
  const cellIds = cellUnits(ix);
  const cells = [...ftmsGroups(ix.families)].map(([ftms, families], i) =>
    families.some((f) => flowed.has(f))
      ? ftmsCompleteness(ix, ftms, families, cellIds)
      : (lastCells[i] as FtmsCompleteness),
  );
  return { handoffs, cells };
}

/** Coverage reads qualifications, headcounts, the make workstations of roles and where make work lies. */
function updateCoverage(
  prev: AnalysisState,
  ix: ScenarioIndex,
  change: Change,
  relisted: boolean,
  exChanged: boolean,
): CoverageResult {
  const rolesChanged = change.changedRoles.some(
    (c) => c.before.qualifications !== c.after.qualifications || c.before.headcount !== c.after.headcount,
  );
  return relisted || exChanged || rolesChanged ? coverageOf(ix, prev.settings) : prev.analysis.coverage;
}

/** The analysis state after a small edit of tasks and roles. */
export function updateAnalysis(prev: AnalysisState, scenario: Scenario, change: Change): AnalysisState {
  const old = prev.ix;
  const entriesUpdate = updateEntries(old, change.changedTasks);
  const factsUpdate = updateFacts(old, change, entriesUpdate);
  const { entries, replaced, relisted, lists } = entriesUpdate;
  const { facts, people, refacts, exChanged } = factsUpdate;
  const { tasksByWs, makeByWs, prepareByWs, controlByWs } = lists;
  const ix: ScenarioIndex = {
    ...old,
    ...{ scenario, roles: change.roles, tasks: change.tasks, facts, entries, people },
    ...{ tasksByWs, makeByWs, prepareByWs, controlByWs },
  };
  const interfaces = updateInterfaces(prev, ix, refacts, replaced);
  const work = replaced.filter(workChanged);
  const { handoffs, cells } = updateFlows(prev, ix, work);
  const polca =
    scenario.polcaLoops === prev.scenario.polcaLoops
      ? prev.analysis.polca
      : Object.values(scenario.polcaLoops).map(polcaOf);
  const analysis = assembleAnalysis(ix, prev.settings, {
    parameters: updateParameters(prev, ix, change, entriesUpdate, factsUpdate),
    handoffs,
    roles: updateRoles(prev, ix, interfaces, refacts, work),
    coverage: updateCoverage(prev, ix, change, relisted, exChanged),
    cells,
    mct: prev.analysis.mct,
    polca,
  });
  return { scenario, settings: prev.settings, ix, interfaces, analysis, memo: prev.memo };
}
