import type { Quadrant, RoleAnalysis, RoleFlag, WebaCriterion } from '../../analysis';
import type { RoleId, Scenario } from '../../model';
import { QUADRANT_ORDER } from './visuals';

/** One line of the role table and one point of the quadrant chart. */
export interface RoleRow {
  roleId: RoleId;
  name: string;
  headcount: number;
  SD: number;
  DA: number;
  DL: number;
  PD: number;
  ratio: number;
  quadrant: Quadrant;
  webaFailures: WebaCriterion[];
  flags: RoleFlag[];
  fromQuestionnaire: boolean;
}

export const SORT_COLUMNS = [
  'role',
  'headcount',
  'SD',
  'DA',
  'DL',
  'PD',
  'ratio',
  'quadrant',
  'weba',
  'flags',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface RoleSort {
  column: SortColumn;
  descending: boolean;
}

/** Worst strain first: what a process engineer looks for first. */
export const DEFAULT_ROLE_SORT: RoleSort = { column: 'ratio', descending: true };

export function roleRows(roles: readonly RoleAnalysis[], scenario: Scenario): RoleRow[] {
  return roles.flatMap((r) => {
    const role = scenario.roles[r.roleId];
    if (!role) return [];
    return [
      {
        roleId: r.roleId,
        name: role.name,
        headcount: role.headcount,
        ...r.scores,
        ratio: r.strainRatio,
        quadrant: r.quadrant,
        webaFailures: r.weba.failures,
        flags: r.flags,
        fromQuestionnaire: r.source === 'questionnaire',
      },
    ];
  });
}

const QUADRANT_RANK = new Map(QUADRANT_ORDER.map((q, i) => [q, i]));

/** Sort value per column; text sorts by the collator, everything else by number. */
function key(row: RoleRow, column: SortColumn): number {
  switch (column) {
    case 'quadrant':
      // Worst quadrant counts highest, so "descending" puts trouble on top like the numbers.
      return QUADRANT_ORDER.length - (QUADRANT_RANK.get(row.quadrant) ?? 0);
    case 'weba':
      return row.webaFailures.length;
    case 'flags':
      return row.flags.length;
    case 'role':
      return 0;
    default:
      return row[column];
  }
}

/** A stable sort: ties keep the name order, so rows do not jump between edits. */
export function sortRoleRows(rows: readonly RoleRow[], sort: RoleSort, language: string): RoleRow[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const byName = collator.compare(a.name, b.name) || (a.roleId < b.roleId ? -1 : 1);
    if (sort.column === 'role') return sign * byName;
    return sign * (key(a, sort.column) - key(b, sort.column)) || byName;
  });
}

/** Clicking the sorted column flips it; a new column starts with its most telling direction. */
export function nextSort(current: RoleSort, column: SortColumn): RoleSort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column !== 'role' && column !== 'DL' && column !== 'SD' && column !== 'DA' };
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sameRow(a: RoleRow, b: RoleRow): boolean {
  return (
    a.name === b.name &&
    a.headcount === b.headcount &&
    a.SD === b.SD &&
    a.DA === b.DA &&
    a.DL === b.DL &&
    a.PD === b.PD &&
    a.ratio === b.ratio &&
    a.quadrant === b.quadrant &&
    a.fromQuestionnaire === b.fromQuestionnaire &&
    sameList(a.webaFailures, b.webaFailures) &&
    sameList(a.flags, b.flags)
  );
}

/**
 * Keeps the previous object of every row whose values did not change, so memoised table
 * rows and chart points skip rendering: an edit usually moves a few roles, not all of them.
 */
export function reuseRows(previous: readonly RoleRow[], next: RoleRow[]): RoleRow[] {
  const before = new Map(previous.map((r) => [r.roleId, r]));
  let changed = previous.length !== next.length;
  const out = next.map((row, i) => {
    const old = before.get(row.roleId);
    if (old && sameRow(old, row)) {
      if (previous[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return row;
  });
  return changed ? out : (previous as RoleRow[]);
}
