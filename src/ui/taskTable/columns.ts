import { TASK_COLUMNS, type TaskColumn } from '../taskSort';

/** Column index of each cell for keyboard navigation; the delete button comes last. */
export const COL = {
  ...(Object.fromEntries(TASK_COLUMNS.map((c, i) => [c, i])) as Record<TaskColumn, number>),
  delete: TASK_COLUMNS.length,
};

export const COLUMN_COUNT = TASK_COLUMNS.length + 1;

/** Columns typed as numbers, right-aligned like their values (difficulty is a choice). */
export const NUMERIC_COLUMNS: ReadonlySet<TaskColumn> = new Set(['load', 'cycleMin', 'disturbancesPerDay']);
