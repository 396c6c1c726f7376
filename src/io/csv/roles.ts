import { createRole, type Role, type Scenario, type Team, type Unit } from '../../model';
import { NameIndex, RowReader, SeenNames, okCell, type Cell, type Columns, type Table } from './table';
import type { CsvChange, CsvIssue, CsvStyle, PlannedCommand, PlannedRow } from './types';
import { BOUNDS, formatCsvNumber, nameCell, numberCell, textOut } from './values';
import { nameOf, unitOrder } from './order';

/** roles.csv: one row per role. Columns other than `name` may be left out: they then keep their values. */
export const ROLE_COLUMNS = ['name', 'unit', 'team', 'headcount', 'hours_per_week'] as const;
export type RoleColumn = (typeof ROLE_COLUMNS)[number];

export function rolesToRecords(s: Scenario, style: CsvStyle): string[][] {
  const roles = unitOrder(s, Object.values(s.roles));
  return [
    [...ROLE_COLUMNS],
    ...roles.map((r) => [
      textOut(r.name),
      textOut(nameOf(s.units, r.unitId)),
      textOut(nameOf(s.teams, r.teamId)),
      formatCsvNumber(r.headcount, style),
      formatCsvNumber(r.hoursPerWeek, style),
    ]),
  ];
}

interface RoleValues {
  name: string;
  unit?: Unit | null;
  team?: Team | null;
  headcount?: number;
  hoursPerWeek?: number;
}

interface RoleContext {
  s: Scenario;
  units: NameIndex<Unit>;
  teams: NameIndex<Team>;
  roles: NameIndex<Role>;
  seen: SeenNames;
  columns: Columns<RoleColumn>;
  style: CsvStyle;
}

/** A unit or team by name; an empty cell means none. */
const refCell =
  <T extends { name: string }>(index: NameIndex<T>) =>
  (text: string): Cell<T | null> =>
    text === '' ? okCell(null) : index.require(text);

function readRole(r: RowReader<RoleColumn>, ctx: RoleContext): RoleValues | null {
  const name = r.read('name', nameCell);
  const values: RoleValues = {
    name: name ?? '',
    unit: r.read('unit', refCell(ctx.units)),
    team: r.read('team', refCell(ctx.teams)),
    headcount: r.read('headcount', numberCell(BOUNDS.headcount)),
    hoursPerWeek: r.read('hours_per_week', numberCell(BOUNDS.hours)),
  };
  if (name !== undefined) {
    const earlier = ctx.seen.check(name, r.row.row);
    if (earlier !== null) r.fail('name', 'duplicate-row', { name, first: earlier });
  }
  const { unit, team } = values;
  // A team names its unit, so an empty or missing unit cell takes the team's.
  if (team && !unit) values.unit = team.unitId ? (ctx.s.units[team.unitId] ?? null) : null;
  else if (team && unit && team.unitId !== unit.id)
    r.fail('team', 'team-in-other-unit', { team: team.name, unit: nameOf(ctx.s.units, team.unitId) });
  return r.failed ? null : values;
}

/** The fields that change, as a patch, and how they read before and after. */
function rolePatch(existing: Role, v: RoleValues, ctx: RoleContext): { patch: Partial<Role>; changes: CsvChange[] } {
  const patch: Partial<Role> = {};
  const changes: CsvChange[] = [];
  const heading = (k: RoleColumn) => ctx.columns.heading[k] ?? k;
  const unitName = (id: Role['unitId']) => nameOf(ctx.s.units, id);
  const teamName = (id: Role['teamId']) => nameOf(ctx.s.teams, id);
  let unitId = existing.unitId;
  if (v.unit !== undefined && (v.unit?.id ?? null) !== existing.unitId) {
    unitId = v.unit?.id ?? null;
    patch.unitId = unitId;
    changes.push({ column: heading('unit'), from: unitName(existing.unitId), to: v.unit?.name ?? '' });
  }
  // Moving a role out of its team's unit without a team column leaves the team behind.
  const team =
    v.team !== undefined
      ? (v.team?.id ?? null)
      : existing.teamId && ctx.s.teams[existing.teamId]?.unitId !== unitId
        ? null
        : existing.teamId;
  if (team !== existing.teamId) {
    patch.teamId = team;
    changes.push({ column: heading('team'), from: teamName(existing.teamId), to: teamName(team) });
  }
  for (const [key, field] of [
    ['headcount', 'headcount'],
    ['hours_per_week', 'hoursPerWeek'],
  ] as const) {
    const value = v[field];
    if (value === undefined || value === existing[field]) continue;
    patch[field] = value;
    changes.push({
      column: heading(key),
      from: formatCsvNumber(existing[field], ctx.style),
      to: formatCsvNumber(value, ctx.style),
    });
  }
  return { patch, changes };
}

export interface RolesPlan {
  rows: PlannedRow[];
  commands: PlannedCommand[];
}

export function planRoles(
  table: Table,
  columns: Columns<RoleColumn>,
  s: Scenario,
  style: CsvStyle,
  issues: CsvIssue[],
): RolesPlan {
  const ctx: RoleContext = {
    s,
    units: new NameIndex(Object.values(s.units), 'unit'),
    teams: new NameIndex(Object.values(s.teams), 'team'),
    roles: new NameIndex(Object.values(s.roles), 'role'),
    seen: new SeenNames(),
    columns,
    style,
  };
  const plan: RolesPlan = { rows: [], commands: [] };
  for (const row of table.rows) {
    const r = new RowReader(row, columns, issues);
    const values = readRole(r, ctx);
    if (!values) continue;
    const match = ctx.roles.find(values.name);
    if (!match.ok) r.fail('name', match.code, match.params);
    else planRole(plan, row.row, values, match.value, ctx);
  }
  return plan;
}

function planRole(plan: RolesPlan, row: number, v: RoleValues, existing: Role | undefined, ctx: RoleContext): void {
  const scenarioId = ctx.s.id;
  if (!existing) {
    const role = createRole({
      name: v.name,
      unitId: v.unit?.id ?? null,
      teamId: v.team?.id ?? null,
      ...(v.headcount !== undefined && { headcount: v.headcount }),
      ...(v.hoursPerWeek !== undefined && { hoursPerWeek: v.hoursPerWeek }),
    });
    plan.commands.push({ name: 'addRole', args: { scenarioId, entity: role } });
    plan.rows.push({ row, name: v.name, action: 'add', changes: [] });
    return;
  }
  const { patch, changes } = rolePatch(existing, v, ctx);
  if (changes.length > 0) plan.commands.push({ name: 'updateRole', args: { scenarioId, id: existing.id, patch } });
  plan.rows.push({ row, name: existing.name, action: changes.length > 0 ? 'update' : 'unchanged', changes });
}
