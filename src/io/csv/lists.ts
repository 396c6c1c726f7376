import type { Role, RoleId, Scenario, Task, Workstation, WorkstationId } from '../../model';
import { parseDecimal } from '../decimal';
import { byName, nameOf } from './order';
import type { NameIndex } from './table';
import type { CsvIssueCode, CsvParams, CsvStyle } from './types';
import { formatCsvNumber, joinList, listItems } from './values';

/**
 * The two list cells of tasks.csv: scope ("Laser 1 | Laser 2") and holders
 * ("Laser operator: 60 % | Setter: 40 %"). Every bad item is reported, not just the first.
 */

export interface ItemIssue {
  code: CsvIssueCode;
  params: CsvParams;
}

export type ListResult<T> = { ok: true; value: T } | { ok: false; issues: ItemIssue[] };

/** Shares are written to 4 decimals of a percent; sums within this of 100 % are rounding. */
export const SUM_TOLERANCE_PERCENT = 0.01;
/** Two shares closer than this are the same (the 4 written decimals of a percent). */
export const SHARE_TOLERANCE = 1e-6;

export function readScope(text: string, workstations: NameIndex<Workstation>): ListResult<WorkstationId[]> {
  const issues: ItemIssue[] = [];
  const ids: WorkstationId[] = [];
  for (const name of listItems(text)) {
    const ws = workstations.require(name);
    if (!ws.ok) issues.push({ code: ws.code, params: ws.params ?? {} });
    else if (ids.includes(ws.value.id)) issues.push({ code: 'duplicate-in-list', params: { name } });
    else ids.push(ws.value.id);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: ids };
}

export function writeScope(scope: readonly WorkstationId[], s: Scenario): string {
  return joinList(scope.map((id) => nameOf(s.workstations, id)));
}

/** "Name: 60 %" → name and percent; a lone holder without a share holds 100 %. */
function splitHolder(item: string, alone: boolean): { name: string; percent: number } | null {
  const colon = item.lastIndexOf(':');
  if (colon < 0) return alone ? { name: item, percent: 100 } : null;
  const percent = parseDecimal(item.slice(colon + 1).replace(/%\s*$/, ''));
  const name = item.slice(0, colon).trim();
  return percent === null || name === '' ? null : { name, percent };
}

export function readHolders(text: string, roles: NameIndex<Role>): ListResult<Task['assignments']> {
  const issues: ItemIssue[] = [];
  const percents = new Map<RoleId, number>();
  const items = listItems(text);
  for (const item of items) {
    const holder = splitHolder(item, items.length === 1);
    if (!holder) {
      issues.push({ code: 'holder-format', params: { text: item } });
      continue;
    }
    const role = roles.require(holder.name);
    if (!role.ok) issues.push({ code: role.code, params: role.params ?? {} });
    else if (percents.has(role.value.id)) issues.push({ code: 'duplicate-in-list', params: { name: holder.name } });
    else if (!(holder.percent > 0 && holder.percent <= 100))
      issues.push({ code: 'share-range', params: { name: holder.name, percent: holder.percent } });
    else percents.set(role.value.id, holder.percent);
  }
  if (issues.length > 0) return { ok: false, issues };
  const sum = [...percents.values()].reduce((a, p) => a + p, 0);
  if (percents.size > 0 && Math.abs(sum - 100) > SUM_TOLERANCE_PERCENT)
    return { ok: false, issues: [{ code: 'shares-sum', params: { percent: Math.round(sum * 100) / 100 } }] };
  // Scaled to sum to exactly 1: "33,33 %" three times is a third each.
  const assignments: Task['assignments'] = {};
  for (const [id, p] of percents) assignments[id] = p / sum;
  return { ok: true, value: assignments };
}

/** Holders by share, largest first, then by name. */
export function writeHolders(assignments: Task['assignments'], s: Scenario, style: Pick<CsvStyle, 'decimal'>): string {
  const holders = (Object.entries(assignments) as [RoleId, number][])
    .map(([id, share]) => ({ name: nameOf(s.roles, id), share }))
    .sort((a, b) => b.share - a.share || byName(a, b));
  return joinList(holders.map((h) => `${h.name}: ${formatCsvNumber(Math.round(h.share * 1e6) / 1e4, style)} %`));
}

export function sameAssignments(a: Task['assignments'], b: Task['assignments']): boolean {
  const keys = Object.keys(a) as RoleId[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => b[k] !== undefined && Math.abs((a[k] ?? 0) - b[k]) <= SHARE_TOLERANCE);
}

export const sameScope = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);
