import type { Scenario, Task } from '../../model';
import { sameAssignments, sameScope, writeHolders, writeScope } from './lists';
import type { TaskValues } from './tasks';
import type { CsvChange, CsvStyle } from './types';
import { formatOptionalNumber } from './values';

type Field = Exclude<keyof TaskValues, 'name' | 'control'>;

/** Each compared field: its column, equality and how its value reads in the file. */
const FIELDS: readonly { field: Field; column: string }[] = [
  { field: 'kind', column: 'kind' },
  { field: 'typeLabel', column: 'type_label' },
  { field: 'scope', column: 'scope' },
  { field: 'load', column: 'load' },
  { field: 'cycleMin', column: 'cycle_min' },
  { field: 'disturbancesPerDay', column: 'disturbances_per_day' },
  { field: 'difficulty', column: 'difficulty' },
  { field: 'assignments', column: 'holders' },
];

function same(field: Field, a: Task[Field], b: Task[Field]): boolean {
  if (field === 'scope') return sameScope(a as Task['scope'], b as Task['scope']);
  if (field === 'assignments') return sameAssignments(a as Task['assignments'], b as Task['assignments']);
  return a === b;
}

function show(field: Field, value: Task[Field], s: Scenario, style: CsvStyle): string {
  if (field === 'scope') return writeScope(value as Task['scope'], s);
  if (field === 'assignments') return writeHolders(value as Task['assignments'], s, style);
  if (typeof value === 'number' || value === null) return formatOptionalNumber(value, style);
  return String(value);
}

/** The fields of `existing` the row changes, as a patch for updateTask, and how they read before and after. */
export function taskPatch(
  existing: Task,
  v: TaskValues,
  s: Scenario,
  style: CsvStyle,
): { patch: Partial<Task>; changes: CsvChange[] } {
  const patch: Partial<Record<keyof Task, unknown>> = {};
  const changes: CsvChange[] = [];
  for (const { field, column } of FIELDS) {
    const value = v[field];
    if (value === undefined || same(field, existing[field], value)) continue;
    patch[field] = value;
    changes.push({ column, from: show(field, existing[field], s, style), to: show(field, value, s, style) });
  }
  if (v.control !== undefined) {
    const before = existing.control;
    const after = v.control;
    if (before?.level !== after?.level)
      changes.push({ column: 'control_level', from: before?.level ?? '', to: after?.level ?? '' });
    if (before?.aspect !== after?.aspect)
      changes.push({ column: 'control_aspect', from: before?.aspect ?? '', to: after?.aspect ?? '' });
    if (before?.level !== after?.level || before?.aspect !== after?.aspect) patch.control = after;
  }
  return { patch: patch as Partial<Task>, changes };
}
