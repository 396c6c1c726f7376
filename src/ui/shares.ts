import type { RoleId } from '../model';
import { formatNumber, isHundredPercent, percentSum } from './format';
import { percentRule, type FieldError } from './validation';

/** One line of the assignments editor: a role and the share typed for it, in percent. */
export interface ShareRow {
  roleId: RoleId;
  text: string;
  /**
   * The exact percentage behind the text. Kept apart from the text so that shares like
   * 1/3, shown rounded as "33,33", still sum to exactly 100 when saved unchanged.
   */
  percent: number | null;
  error: FieldError | null;
}

export function shareRow(roleId: RoleId, percent: number, language: string): ShareRow {
  return { roleId, text: formatNumber(percent, language, 2), percent, error: null };
}

/** Rows for a task's current holders, largest share first. */
export function rowsFromAssignments(assignments: Partial<Record<RoleId, number>>, language: string): ShareRow[] {
  return (Object.entries(assignments) as [RoleId, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([roleId, share]) => shareRow(roleId, share * 100, language));
}

/** The row after the user typed `text`: its value, or why it is not a share. */
export function editRow(row: ShareRow, text: string): ShareRow {
  const checked = percentRule(text);
  return checked.ok
    ? { ...row, text, percent: checked.value, error: null }
    : { ...row, text, percent: null, error: checked.error };
}

export function rowsSum(rows: readonly ShareRow[]): number {
  return percentSum(rows.map((r) => r.percent ?? 0));
}

export type ShareCheck =
  | { ok: true; assignments: Partial<Record<RoleId, number>> }
  | { ok: false; reason: 'invalid-row' }
  | { ok: false; reason: 'sum'; percent: number };

/**
 * Whether the rows can be saved, and the model's assignments (fractions) if so. No rows
 * is allowed: the task is then unassigned.
 */
export function checkRows(rows: readonly ShareRow[]): ShareCheck {
  if (rows.some((r) => r.percent === null)) return { ok: false, reason: 'invalid-row' };
  const percents = rows.map((r) => r.percent ?? 0);
  if (rows.length > 0 && !isHundredPercent(percents))
    return { ok: false, reason: 'sum', percent: percentSum(percents) };
  const assignments: Partial<Record<RoleId, number>> = {};
  for (const r of rows) assignments[r.roleId] = (r.percent ?? 0) / 100;
  return { ok: true, assignments };
}

/** What a newly added holder should get: whatever is still missing to 100 %, if anything. */
export function remainingPercent(rows: readonly ShareRow[]): number {
  const rest = 100 - rowsSum(rows);
  return rest > 1e-9 ? rest : 0;
}
