import { describe, expect, it } from 'vitest';
import type { RoleId } from '../../src/model';
import { checkRows, editRow, remainingPercent, rowsFromAssignments, rowsSum, shareRow } from '../../src/ui/shares';

const A = 'role:a' as RoleId;
const B = 'role:b' as RoleId;
const C = 'role:c' as RoleId;

describe('assignment rows', () => {
  it('start from the task, largest share first, formatted for the language', () => {
    const rows = rowsFromAssignments({ [A]: 0.25, [B]: 0.75 }, 'nl');
    expect(rows.map((r) => [r.roleId, r.text])).toEqual([
      [B, '75'],
      [A, '25'],
    ]);
  });

  it('save unchanged thirds exactly, though shown rounded', () => {
    const rows = rowsFromAssignments({ [A]: 1 / 3, [B]: 1 / 3, [C]: 1 / 3 }, 'nl');
    expect(rows[0]?.text).toBe('33,33');
    const checked = checkRows(rows);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.assignments[A]).toBeCloseTo(1 / 3, 12);
  });

  it('convert percent to fractions on save', () => {
    const rows = [editRow(shareRow(A, 0, 'en'), '60'), editRow(shareRow(B, 0, 'en'), '40')];
    expect(checkRows(rows)).toEqual({ ok: true, assignments: { [A]: 0.6, [B]: 0.4 } });
  });

  it('refuse a sum other than 100 and report it', () => {
    const rows = [editRow(shareRow(A, 0, 'en'), '60'), editRow(shareRow(B, 0, 'en'), '30')];
    expect(checkRows(rows)).toEqual({ ok: false, reason: 'sum', percent: 90 });
  });

  it('refuse rows that are not shares', () => {
    const row = editRow(shareRow(A, 100, 'en'), 'abc');
    expect(row.error).toEqual({ key: 'notANumber', params: { text: 'abc' } });
    expect(checkRows([row])).toEqual({ ok: false, reason: 'invalid-row' });
    expect(editRow(row, '0').error).toEqual({ key: 'notPositive' });
  });

  it('allow no holders at all: the task becomes unassigned', () => {
    expect(checkRows([])).toEqual({ ok: true, assignments: {} });
  });

  it('offer the missing remainder to a newly added holder', () => {
    const rows = [editRow(shareRow(A, 0, 'en'), '70')];
    expect(remainingPercent(rows)).toBeCloseTo(30, 10);
    expect(remainingPercent([shareRow(A, 100, 'en')])).toBe(0);
    expect(rowsSum([shareRow(A, 70, 'en'), shareRow(B, 30, 'en')])).toBe(100);
  });
});
