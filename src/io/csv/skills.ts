import type { QualificationLevel, Role, Scenario, Workstation, WorkstationId } from '../../model';
import { unitOrder } from './order';
import { NameIndex, RowReader, SeenNames, headingKey, issue, type Columns, type Table } from './table';
import type { CsvChange, CsvIssue, PlannedCommand, PlannedRow } from './types';
import { levelCell, nameCell, textOut } from './values';

/**
 * skills.csv: the matrix as the skills view shows it. Column A holds role names under the
 * heading `role`, every other column is a workstation named in its heading; cells hold a
 * level 0–4, an empty cell meaning 0. Roles and workstations must exist already.
 */
export const ROLE_HEADING = 'role';

export function skillsToRecords(s: Scenario): string[][] {
  const workstations = unitOrder(s, Object.values(s.workstations));
  const roles = unitOrder(s, Object.values(s.roles));
  return [
    [ROLE_HEADING, ...workstations.map((w) => textOut(w.name))],
    ...roles.map((r) => [textOut(r.name), ...workstations.map((w) => String(r.qualifications[w.id] ?? 0))]),
  ];
}

/** Column key (its index as text) → workstation, for the columns whose heading names one. */
type MatrixColumns = { columns: Columns<string>; workstations: Map<string, Workstation> };

function readMatrixColumns(table: Table, s: Scenario, issues: CsvIssue[]): MatrixColumns | null {
  const before = issues.length;
  const first = table.headings[0] ?? '';
  if (first !== '' && headingKey(first) !== ROLE_HEADING)
    issues.push(issue('missing-column', 1, null, null, { name: ROLE_HEADING }));
  const index = new NameIndex(Object.values(s.workstations), 'workstation');
  const result: MatrixColumns = {
    columns: { index: { role: 0 }, heading: { role: first || ROLE_HEADING } },
    workstations: new Map(),
  };
  const taken = new Set<WorkstationId>();
  table.headings.forEach((heading, i) => {
    if (i === 0) return;
    if (heading === '') {
      if (table.rows.some((r) => (r.cells[i] ?? '').trim() !== '')) issues.push(issue('unnamed-column', 1, null, i));
      return;
    }
    const ws = index.require(heading);
    if (!ws.ok) issues.push(issue(ws.code, 1, heading, i, ws.params));
    else if (taken.has(ws.value.id)) issues.push(issue('duplicate-column', 1, heading, i));
    else {
      taken.add(ws.value.id);
      const key = String(i);
      result.columns.index[key] = i;
      result.columns.heading[key] = heading;
      result.workstations.set(key, ws.value);
    }
  });
  return issues.length === before ? result : null;
}

export interface SkillsPlan {
  rows: PlannedRow[];
  commands: PlannedCommand[];
}

export function planSkills(table: Table, s: Scenario, issues: CsvIssue[]): SkillsPlan {
  const plan: SkillsPlan = { rows: [], commands: [] };
  const matrix = readMatrixColumns(table, s, issues);
  if (!matrix) return plan;
  const roles = new NameIndex(Object.values(s.roles), 'role');
  const seen = new SeenNames();
  for (const row of table.rows) {
    const r = new RowReader(row, matrix.columns, issues);
    const role = r.read('role', (text) => {
      const name = nameCell(text);
      return name.ok ? roles.require(name.value) : name;
    });
    const earlier = role ? seen.check(role.name, row.row) : null;
    if (role && earlier !== null) r.fail('role', 'duplicate-row', { name: role.name, first: earlier });
    const levels = new Map<Workstation, QualificationLevel>();
    for (const [key, ws] of matrix.workstations) {
      const level = r.read(key, levelCell);
      if (level !== undefined) levels.set(ws, level);
    }
    if (role && !r.failed) planRow(plan, row.row, role, levels, s);
  }
  return plan;
}

function planRow(
  plan: SkillsPlan,
  row: number,
  role: Role,
  levels: Map<Workstation, QualificationLevel>,
  s: Scenario,
): void {
  const changes: CsvChange[] = [];
  for (const [ws, level] of levels) {
    const current = role.qualifications[ws.id] ?? 0;
    if (current === level) continue;
    changes.push({ column: ws.name, from: String(current), to: String(level) });
    plan.commands.push({
      name: 'setQualification',
      args: { scenarioId: s.id, roleId: role.id, workstationId: ws.id, level },
    });
  }
  plan.rows.push({ row, name: role.name, action: changes.length > 0 ? 'update' : 'unchanged', changes });
}
