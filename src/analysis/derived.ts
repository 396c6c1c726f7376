import type { FamilyId, RoleId, TaskId, TeamId, UnitId, WorkstationId } from '../model/ids';
import { CONTROL_ASPECTS, CONTROL_LEVELS } from '../model/types';
import type { Family, Role, RouteStep, Scenario, Task, Team, Unit, Workstation } from '../model/types';

/**
 * Derived facts of a scenario (domain.md §2), computed once per analysis so that every
 * parameter and score reads indexes instead of scanning roles × tasks.
 */

/** Holder group g(r): the role's team, else its unit, else the role itself. */
export type GroupId = TeamId | UnitId | RoleId;

/** One holder of a task, with what the hot loops need about the role. */
export interface Holder {
  roleId: RoleId;
  share: number;
  teamId: TeamId | null;
  group: GroupId;
  groupIdx: number;
}

/** A task with its integer index and valid holders (largest share first). */
export interface TaskEntry {
  task: Task;
  idx: number;
  holders: Holder[];
  /** level × aspect slot for control tasks (see controlSlot), -1 otherwise. */
  slot: number;
}

/** A task held by a role with the role's share of it. */
export interface Holding {
  task: Task;
  share: number;
}

export interface RoleFacts {
  role: Role;
  idx: number;
  group: GroupId;
  groupIdx: number;
  holdings: Holding[];
  /** EX(r): workstations where r has make work. */
  ex: Set<WorkstationId>;
  /** OPW(r): workstations where r has make, prepare or support work. */
  opw: Set<WorkstationId>;
  /** scope(r): OPW(r), else the workstations of r's control tasks. */
  scope: Set<WorkstationId>;
  famEx: Set<FamilyId>;
  famOpw: Set<FamilyId>;
  /** People in r's support group: its team, else the team-less roles of its unit, else r alone. */
  groupPeople: number;
}

export interface ScenarioIndex {
  scenario: Scenario;
  units: Unit[];
  teams: Team[];
  roles: Role[];
  tasks: Task[];
  workstations: Workstation[];
  families: Family[];
  facts: Map<RoleId, RoleFacts>;
  processType: Map<WorkstationId, string>;
  /** Families whose route includes the workstation (in any step, as an eligible workstation). */
  familiesByWs: Map<WorkstationId, Set<FamilyId>>;
  /** routing(f): the process types of f's steps. */
  routing: Map<FamilyId, Set<string>>;
  entries: TaskEntries;
  /** Tasks whose scope includes the workstation. */
  tasksByWs: Map<WorkstationId, TaskEntry[]>;
  /** Make, prepare and control tasks whose scope includes the workstation (the hot lookups). */
  makeByWs: Map<WorkstationId, TaskEntry[]>;
  prepareByWs: Map<WorkstationId, TaskEntry[]>;
  controlByWs: Map<WorkstationId, TaskEntry[]>;
  groupCount: number;
  /** Headcount per support group (see supportKey). */
  people: Map<string, number>;
  /** Scratch marks for de-duplicating tasks and groups in hot loops; see `nextMark`. */
  marks: { tasks: Int32Array; groups: Int32Array; last: number };
}

/** A fresh mark: an entry of `marks.tasks` / `marks.groups` equal to it was seen in the current pass. */
export const nextMark = (ix: ScenarioIndex): number => ++ix.marks.last;

const EMPTY_SET: ReadonlySet<never> = new Set<never>();
const NO_HOLDERS: Holder[] = [];

/** Number of control slots: one per (level, aspect). */
export const CONTROL_SLOTS = CONTROL_LEVELS.length * CONTROL_ASPECTS.length;
export const controlSlot = (task: Task): number =>
  task.control
    ? CONTROL_LEVELS.indexOf(task.control.level) * CONTROL_ASPECTS.length + CONTROL_ASPECTS.indexOf(task.control.aspect)
    : -1;

/**
 * Process type of a workstation; an unnamed type falls back to the workstation's own id so
 * that two unlabelled machines never count as the same process.
 */
export const processTypeOf = (ws: Workstation): string => ws.processType.trim() || ws.id;

/**
 * Process types of a step. A step with several eligible workstations takes the process types
 * of all of them (normally one: L1 or L2 both cut). Unknown workstations are skipped.
 */
export function stepTypes(step: RouteStep, processType: Map<WorkstationId, string>): Set<string> {
  const out = new Set<string>();
  for (const w of step.workstations) {
    const t = processType.get(w);
    if (t !== undefined) out.add(t);
  }
  return out;
}

/** Task type for variety and P7: the type label, else the task name. */
export const taskTypeOf = (task: Task): string => task.typeLabel.trim() || task.name.trim();

export function groupOf(role: Role): GroupId {
  return role.teamId ?? role.unitId ?? role.id;
}

export function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/** Fam(W): families through any of the workstations. */
export function familiesOf(index: Pick<ScenarioIndex, 'familiesByWs'>, ws: Iterable<WorkstationId>): Set<FamilyId> {
  const out = new Set<FamilyId>();
  for (const w of ws) for (const f of index.familiesByWs.get(w) ?? EMPTY_SET) out.add(f);
  return out;
}

export const holdersOf = (ix: ScenarioIndex, id: TaskId): Holder[] => ix.entries.get(id)?.holders ?? NO_HOLDERS;

/** Whether Fam(scope) is not empty: some family passes one of the workstations. */
export const scopeHasFamilies = (ix: Pick<ScenarioIndex, 'familiesByWs'>, scope: readonly WorkstationId[]): boolean =>
  scope.some((w) => ix.familiesByWs.has(w));

/** Whether Fam(scope) meets the given family set, without building Fam(scope). */
export function scopeMeetsFamilies(
  ix: Pick<ScenarioIndex, 'familiesByWs'>,
  scope: readonly WorkstationId[],
  families: ReadonlySet<FamilyId>,
): boolean {
  if (families.size === 0) return false;
  for (const w of scope) {
    const fams = ix.familiesByWs.get(w);
    if (fams) for (const f of fams) if (families.has(f)) return true;
  }
  return false;
}

/** The scope without repeated workstations (the schema refuses repeats; a total function still copes). */
export function distinct(scope: WorkstationId[]): Iterable<WorkstationId> {
  if (scope.length < 2) return scope;
  if (scope.length > 16) return new Set(scope);
  for (let i = 1; i < scope.length; i++)
    if (scope.lastIndexOf(scope[i] as WorkstationId, i - 1) >= 0) return new Set(scope);
  return scope;
}

function indexFamilies(families: Family[], processType: Map<WorkstationId, string>) {
  const familiesByWs = new Map<WorkstationId, Set<FamilyId>>();
  const routing = new Map<FamilyId, Set<string>>();
  for (const f of families) {
    const types = new Set<string>();
    for (const step of f.route) {
      for (const t of stepTypes(step, processType)) types.add(t);
      for (const w of step.workstations) {
        let set = familiesByWs.get(w);
        if (!set) familiesByWs.set(w, (set = new Set()));
        set.add(f.id);
      }
    }
    routing.set(f.id, types);
  }
  return { familiesByWs, routing };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What the task loop needs about a role, looked up once per holder. */
export interface RoleRef {
  role: Role;
  group: GroupId;
  groupIdx: number;
  holdings: Holding[];
}

/** The valid holders of a task (a known role, a positive share), largest share first. */
export function holdersOfTask(task: Task, refs: ReadonlyMap<string, Omit<RoleRef, 'holdings'>>): Holder[] {
  const holders: Holder[] = [];
  for (const r in task.assignments) {
    const share = task.assignments[r as RoleId];
    const ref = refs.get(r);
    if (share === undefined || !(share > 0) || !ref) continue;
    const { role, group, groupIdx } = ref;
    holders.push({ roleId: role.id, share, teamId: role.teamId, group, groupIdx });
  }
  if (holders.length > 1) holders.sort((a, b) => b.share - a.share || (a.roleId < b.roleId ? -1 : 1));
  return holders;
}

/** The task entries by workstation of their scope, all and per kind; lists in task order. */
export type WorkstationLists = Pick<ScenarioIndex, 'tasksByWs' | 'makeByWs' | 'prepareByWs' | 'controlByWs'>;

/** Lists the entries (in task order) under each workstation of their scope. */
export function listByWorkstation(entries: Iterable<TaskEntry>): WorkstationLists {
  const lists: WorkstationLists = {
    tasksByWs: new Map(),
    makeByWs: new Map(),
    prepareByWs: new Map(),
    controlByWs: new Map(),
  };
  for (const entry of entries) {
    const kindMap = kindList(lists, entry.task.kind);
    for (const w of distinct(entry.task.scope)) {
      push(lists.tasksByWs, w, entry);
      if (kindMap) push(kindMap, w, entry);
    }
  }
  return lists;
}

/** The per-kind list of a task kind; support tasks have none. */
export function kindList(lists: WorkstationLists, kind: Task['kind']): Map<WorkstationId, TaskEntry[]> | null {
  return kind === 'make'
    ? lists.makeByWs
    : kind === 'prepare'
      ? lists.prepareByWs
      : kind === 'control'
        ? lists.controlByWs
        : null;
}

/**
 * The task entries in task order with a lookup by id. The lookup is shared by every index
 * whose tasks have the same ids in the same order, so an incremental re-analysis copies an
 * array of references instead of rebuilding a map of thousands of tasks.
 */
export class TaskEntries {
  constructor(
    /** Entry `idx` at index `idx`. */
    readonly list: readonly TaskEntry[],
    private readonly idxOf: ReadonlyMap<string, number>,
  ) {}

  get(id: TaskId): TaskEntry | undefined {
    const idx = this.idxOf.get(id);
    return idx === undefined ? undefined : this.list[idx];
  }

  /** These entries with some replaced by entries for the same tasks (same ids and indexes). */
  replaced(changed: readonly TaskEntry[]): TaskEntries {
    const list = this.list.slice();
    for (const e of changed) list[e.idx] = e;
    return new TaskEntries(list, this.idxOf);
  }
}

function indexTasks(tasks: Task[], refs: Map<string, RoleRef>) {
  const list: TaskEntry[] = [];
  const idxOf = new Map<string, number>();
  tasks.forEach((task, idx) => {
    const holders = holdersOfTask(task, refs);
    for (const h of holders) (refs.get(h.roleId) as RoleRef).holdings.push({ task, share: h.share });
    idxOf.set(task.id, idx);
    list.push({ task, idx, holders, slot: controlSlot(task) });
  });
  return { entries: new TaskEntries(list, idxOf), ...listByWorkstation(list) };
}

/** People per support group: team headcount, team-less headcount per unit. */
export const supportKey = (r: Role): string => r.teamId ?? (r.unitId ? `teamless:${r.unitId}` : r.id);

/** People per support group, summed in role order. */
export function supportHeadcounts(roles: readonly Role[]): Map<string, number> {
  const people = new Map<string, number>();
  for (const role of roles) people.set(supportKey(role), (people.get(supportKey(role)) ?? 0) + role.headcount);
  return people;
}

export function roleFacts(
  ref: RoleRef,
  idx: number,
  ix: Pick<ScenarioIndex, 'familiesByWs'>,
  people: Map<string, number>,
): RoleFacts {
  const { role, holdings } = ref;
  const ex = new Set<WorkstationId>();
  const opw = new Set<WorkstationId>();
  const controlWs = new Set<WorkstationId>();
  for (const { task } of holdings) {
    const target = task.kind === 'control' ? controlWs : opw;
    for (const w of task.scope) {
      target.add(w);
      if (task.kind === 'make') ex.add(w);
    }
  }
  return {
    role,
    idx,
    group: ref.group,
    groupIdx: ref.groupIdx,
    holdings,
    ex,
    opw,
    scope: opw.size > 0 ? opw : controlWs,
    famEx: familiesOf(ix, ex),
    famOpw: familiesOf(ix, opw),
    groupPeople: people.get(supportKey(role)) ?? role.headcount,
  };
}

/**
 * A record's entities in key order, as `Object.values` gives them: a for-in walk, several
 * times cheaper on the large frozen records immer produces.
 */
export function valuesOf<T>(record: Partial<Record<string, T>>): T[] {
  const out: T[] = [];
  for (const key in record) out.push(record[key] as T);
  return out;
}

export function buildIndex(scenario: Scenario): ScenarioIndex {
  const workstations = valuesOf(scenario.workstations);
  const families = valuesOf(scenario.families);
  const roles = valuesOf(scenario.roles);
  const tasks = valuesOf(scenario.tasks);
  const processType = new Map(workstations.map((w) => [w.id, processTypeOf(w)] as const));
  const { familiesByWs, routing } = indexFamilies(families, processType);
  const groupIdx = new Map<GroupId, number>();
  const people = supportHeadcounts(roles);
  const refs = new Map<string, RoleRef>();
  for (const role of roles) {
    const group = groupOf(role);
    if (!groupIdx.has(group)) groupIdx.set(group, groupIdx.size);
    refs.set(role.id, { role, group, groupIdx: groupIdx.get(group) ?? -1, holdings: [] });
  }
  const { entries, tasksByWs, makeByWs, prepareByWs, controlByWs } = indexTasks(tasks, refs);
  const facts = new Map<RoleId, RoleFacts>();
  roles.forEach((role, i) => {
    const ref = refs.get(role.id);
    if (ref) facts.set(role.id, roleFacts(ref, i, { familiesByWs }, people));
  });
  return {
    scenario,
    units: valuesOf(scenario.units),
    teams: valuesOf(scenario.teams),
    roles,
    tasks,
    workstations,
    families,
    facts,
    processType,
    familiesByWs,
    routing,
    entries,
    tasksByWs,
    makeByWs,
    prepareByWs,
    controlByWs,
    groupCount: groupIdx.size,
    people,
    marks: { tasks: new Int32Array(tasks.length), groups: new Int32Array(groupIdx.size), last: 0 },
  };
}
