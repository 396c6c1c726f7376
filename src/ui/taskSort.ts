import { CONTROL_ASPECTS, CONTROL_LEVELS, TASK_KINDS, type RoleId, type Task, type WorkstationId } from '../model';

/** Columns of the task table, in display order; also the keys a user can sort by. */
export const TASK_COLUMNS = [
  'name',
  'kind',
  'level',
  'aspect',
  'typeLabel',
  'scope',
  'load',
  'cycleMin',
  'disturbancesPerDay',
  'difficulty',
  'assignments',
] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

export type SortDirection = 'asc' | 'desc';

export interface TaskSort {
  column: TaskColumn;
  direction: SortDirection;
}

/** Names to sort references by; ids would sort in random order. */
export interface SortNames {
  workstation: (id: WorkstationId) => string;
  role: (id: RoleId) => string;
}

type SortValue = string | number | null;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function sortValue(task: Task, column: TaskColumn, names: SortNames): SortValue {
  switch (column) {
    case 'name':
      return task.name;
    case 'kind':
      return TASK_KINDS.indexOf(task.kind);
    case 'level':
      return task.control ? CONTROL_LEVELS.indexOf(task.control.level) : null;
    case 'aspect':
      return task.control ? CONTROL_ASPECTS.indexOf(task.control.aspect) : null;
    case 'typeLabel':
      return task.typeLabel || null;
    case 'scope':
      return task.scope.length ? task.scope.map(names.workstation).sort(collator.compare).join(', ') : null;
    case 'assignments':
      return mainHolderName(task, names);
    case 'load':
    case 'cycleMin':
    case 'disturbancesPerDay':
    case 'difficulty':
      return task[column];
  }
}

/** The holder with the largest share: the role a reader looks for first. */
function mainHolderName(task: Task, names: SortNames): string | null {
  let best: [RoleId, number] | null = null;
  for (const [role, share] of Object.entries(task.assignments) as [RoleId, number][])
    if (!best || share > best[1]) best = [role, share];
  return best ? names.role(best[0]) : null;
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Tasks in table order. Empty values go last in both directions so that unfilled cells
 * collect at the bottom; ties fall back to the name, then the id, for a stable order.
 */
export function sortTasks(tasks: readonly Task[], sort: TaskSort, names: SortNames): Task[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = tasks.map((task) => ({ task, key: sortValue(task, sort.column, names) }));
  keyed.sort((x, y) => {
    if (x.key === null || y.key === null) {
      if (x.key !== y.key) return x.key === null ? 1 : -1;
    } else {
      const c = compareValues(x.key, y.key);
      if (c !== 0) return sign * c;
    }
    return collator.compare(x.task.name, y.task.name) || (x.task.id < y.task.id ? -1 : x.task.id > y.task.id ? 1 : 0);
  });
  return keyed.map((k) => k.task);
}
