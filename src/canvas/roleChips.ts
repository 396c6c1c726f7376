import { TASK_KINDS, type RoleId, type Scenario, type Task, type TaskId, type TaskKind } from '../model';
import type { TaskChip } from './types';

const KIND_RANK = Object.fromEntries(TASK_KINDS.map((k, i) => [k, i])) as Record<TaskKind, number>;

type Tasks = Scenario['tasks'];
export type ChipIndex = ReadonlyMap<RoleId, readonly TaskChip[]>;

/** Card order: by kind, then by name; equal names by id, so the order never depends on how the list was built. */
export function compareCardOrder(a: Task, b: Task): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The tasks each role holds, in card order. */
export function heldTasksByRole(tasks: Tasks): Map<RoleId, Task[]> {
  const held = new Map<RoleId, Task[]>();
  for (const task of Object.values(tasks)) {
    for (const roleId of Object.keys(task.assignments) as RoleId[]) {
      const list = held.get(roleId);
      if (list) list.push(task);
      else held.set(roleId, [task]);
    }
  }
  for (const list of held.values()) list.sort(compareCardOrder);
  return held;
}

const NO_CHIPS: readonly TaskChip[] = Object.freeze([]);

const toChip = (task: Task, roleId: RoleId): TaskChip => ({
  taskId: task.id,
  name: task.name,
  kind: task.kind,
  level: task.control?.level ?? null,
  share: task.assignments[roleId] ?? 0,
});

const sameChip = (a: TaskChip, b: TaskChip) =>
  a.taskId === b.taskId && a.name === b.name && a.kind === b.kind && a.level === b.level && a.share === b.share;

const sameChips = (a: readonly TaskChip[], b: readonly TaskChip[]) =>
  a.length === b.length && a.every((chip, i) => sameChip(chip, b[i] as TaskChip));

/** Beyond this many changed tasks, building everything again is as cheap as patching. */
const MAX_PATCHED_TASKS = 64;

interface Built {
  tasks: Tasks;
  /** The record's tasks in its own order, for finding what the next record changed. */
  list: Task[];
  held: Map<RoleId, Task[]>;
  chips: Map<RoleId, readonly TaskChip[]>;
}

/**
 * Ids of the tasks changed from `last` to `tasks` when `tasks` holds the same ids in the
 * same order; null when tasks were added, deleted or reordered, or too many changed.
 * One for-in walk with no lookups by id: on 5,000 tasks that is well under a millisecond.
 */
function changedTasks(last: Built, tasks: Tasks): { ids: Set<TaskId>; list: Task[] } | null {
  const ids = new Set<TaskId>();
  let list: Task[] | null = null;
  let i = 0;
  for (const id in tasks) {
    const was = last.list[i];
    if (was === undefined || was.id !== id) return null;
    const task = tasks[id as TaskId] as Task;
    if (task !== was) {
      ids.add(task.id);
      if (ids.size > MAX_PATCHED_TASKS) return null;
      (list ??= last.list.slice())[i] = task;
    }
    i++;
  }
  return i === last.list.length ? { ids, list: list ?? last.list } : null;
}

/** The role's chips for its tasks; `before` itself when they show the same, so its card need not re-render. */
function chipsFor(
  roleId: RoleId,
  tasks: readonly Task[],
  before: readonly TaskChip[] | undefined,
): readonly TaskChip[] {
  const chips = tasks.map((task) => toChip(task, roleId));
  return before && sameChips(before, chips) ? before : chips;
}

/** `last` brought up to `tasks` by re-sorting only the roles that hold a changed task, before or after. */
function patch(
  last: Built,
  tasks: Tasks,
  { ids: changed, list: taskList }: { ids: ReadonlySet<TaskId>; list: Task[] },
): Built {
  const roles = new Set<RoleId>();
  for (const id of changed) {
    for (const version of [last.tasks[id], tasks[id]])
      if (version) for (const roleId of Object.keys(version.assignments) as RoleId[]) roles.add(roleId);
  }
  const held = new Map(last.held);
  const chips = new Map(last.chips);
  for (const roleId of roles) {
    const list = (held.get(roleId) ?? []).filter((task) => !changed.has(task.id));
    for (const id of changed) {
      const task = tasks[id];
      if (task && roleId in task.assignments) list.push(task);
    }
    list.sort(compareCardOrder);
    if (list.length === 0) {
      held.delete(roleId);
      chips.delete(roleId);
    } else {
      held.set(roleId, list);
      chips.set(roleId, chipsFor(roleId, list, last.chips.get(roleId)));
    }
  }
  return { tasks, list: taskList, held, chips };
}

function build(tasks: Tasks, last: Built | null): Built {
  const held = heldTasksByRole(tasks);
  const chips = new Map<RoleId, readonly TaskChip[]>();
  for (const [roleId, list] of held) chips.set(roleId, chipsFor(roleId, list, last?.chips.get(roleId)));
  return { tasks, list: Object.values(tasks), held, chips };
}

/**
 * The chips of every role for a tasks record, kept for the last one. A role card reads its own entry, so
 * an edit of a task's figures (load, variance, …), which changes no chip, re-renders no
 * card and hands React Flow no new node. A role whose chips are equal to those of the
 * previous record keeps that array, so only cards whose chips changed re-render. An edit
 * of a few tasks re-sorts only the roles holding them.
 */
export function createChipIndex(): (tasks: Tasks) => ChipIndex {
  let last: Built | null = null;
  return (tasks) => {
    if (last?.tasks === tasks) return last.chips;
    const changed = last && changedTasks(last, tasks);
    last = last && changed ? patch(last, tasks, changed) : build(tasks, last);
    return last.chips;
  };
}

export const chipsOf = (index: ChipIndex, roleId: RoleId): readonly TaskChip[] => index.get(roleId) ?? NO_CHIPS;

interface TasksSource {
  subscribe(listener: () => void): () => void;
  /** The tasks of the scenario on screen; undefined while there is none. */
  tasks(): Tasks | undefined;
}

/**
 * The chips of every role card through one subscription to the editor store: after a
 * change, only the cards whose chips changed hear of it. A thousand cards subscribing to
 * the store themselves would each be asked after every edit.
 */
export class RoleChipsFeed {
  private readonly indexOf = createChipIndex();
  private readonly listeners = new Map<RoleId, Set<() => void>>();
  private tasks: Tasks | undefined;
  private index: ChipIndex = new Map();
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly source: TasksSource) {}

  /** The role's chips; undefined while no scenario is on screen. */
  chips(roleId: RoleId): readonly TaskChip[] | undefined {
    this.refresh();
    return this.tasks ? chipsOf(this.index, roleId) : undefined;
  }

  subscribe(roleId: RoleId, listener: () => void): () => void {
    let forRole = this.listeners.get(roleId);
    if (!forRole) this.listeners.set(roleId, (forRole = new Set()));
    forRole.add(listener);
    this.unsubscribe ??= this.source.subscribe(this.changed);
    return () => {
      forRole.delete(listener);
      if (forRole.size === 0) this.listeners.delete(roleId);
      if (this.listeners.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = null;
      }
    };
  }

  /** Takes in the source's tasks; true when they are another record than before. */
  private refresh(): boolean {
    const tasks = this.source.tasks();
    if (tasks === this.tasks) return false;
    this.tasks = tasks;
    this.index = tasks ? this.indexOf(tasks) : new Map();
    return true;
  }

  private readonly changed = (): void => {
    const before = this.index;
    const hadTasks = this.tasks !== undefined;
    if (!this.refresh()) return;
    const all = !hadTasks || this.tasks === undefined;
    for (const [roleId, forRole] of this.listeners)
      if (all || before.get(roleId) !== this.index.get(roleId)) for (const listener of forRole) listener();
  };
}
