import {
  CONTROL_ASPECTS,
  CONTROL_LEVELS,
  TASK_KINDS,
  createTask,
  type ControlInfo,
  type Role,
  type Scenario,
  type Task,
  type TaskKind,
  type Workstation,
} from '../../model';
import { byName } from './order';
import { readHolders, readScope, writeHolders, writeScope, type ListResult } from './lists';
import { NameIndex, RowReader, SeenNames, okCell, type Columns, type Table } from './table';
import { taskPatch } from './taskPatch';
import type { CsvIssue, CsvStyle, PlannedCommand, PlannedRow } from './types';
import {
  BOUNDS,
  difficultyCell,
  enumCell,
  formatCsvNumber,
  formatOptionalNumber,
  nameCell,
  numberCell,
  optionalNumberCell,
  textCell,
  textOut,
} from './values';

/** tasks.csv: one row per task, its holders in one cell. Columns other than `name` may be left out. */
export const TASK_COLUMNS = [
  'name',
  'kind',
  'control_level',
  'control_aspect',
  'type_label',
  'scope',
  'load',
  'cycle_min',
  'disturbances_per_day',
  'difficulty',
  'holders',
] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

const kindOrder = (t: Task) => TASK_KINDS.indexOf(t.kind);

export function tasksToRecords(s: Scenario, style: CsvStyle): string[][] {
  const tasks = Object.values(s.tasks).sort((a, b) => kindOrder(a) - kindOrder(b) || byName(a, b));
  return [
    [...TASK_COLUMNS],
    ...tasks.map((t) => [
      textOut(t.name),
      t.kind,
      t.control?.level ?? '',
      t.control?.aspect ?? '',
      textOut(t.typeLabel),
      textOut(writeScope(t.scope, s)),
      formatCsvNumber(t.load, style),
      formatOptionalNumber(t.cycleMin, style),
      formatCsvNumber(t.disturbancesPerDay, style),
      t.difficulty === null ? '' : String(t.difficulty),
      textOut(writeHolders(t.assignments, s, style)),
    ]),
  ];
}

/** A task as read from a row; undefined fields were not in the file and keep their value. */
export interface TaskValues {
  name: string;
  kind?: TaskKind;
  control?: ControlInfo | null;
  typeLabel?: string;
  scope?: Task['scope'];
  load?: number;
  cycleMin?: number | null;
  disturbancesPerDay?: number;
  difficulty?: Task['difficulty'];
  assignments?: Task['assignments'];
}

interface TaskContext {
  s: Scenario;
  workstations: NameIndex<Workstation>;
  roles: NameIndex<Role>;
  tasks: NameIndex<Task>;
  seen: SeenNames;
}

const optionalEnum =
  <T extends string>(allowed: readonly T[]) =>
  (text: string) =>
    text === '' ? okCell(null) : enumCell(allowed)(text);

function readList<T>(r: RowReader<TaskColumn>, key: TaskColumn, parse: (text: string) => ListResult<T>): T | undefined {
  const text = r.text(key);
  if (text === undefined) return undefined;
  const result = parse(text);
  if (result.ok) return result.value;
  for (const i of result.issues) r.fail(key, i.code, i.params);
  return undefined;
}

/** Level and aspect: required for a control task, refused for others; kept when their columns are absent. */
function readControl(
  r: RowReader<TaskColumn>,
  kind: TaskKind,
  existing: Task | undefined,
): ControlInfo | null | undefined {
  const level = r.read('control_level', optionalEnum(CONTROL_LEVELS));
  const aspect = r.read('control_aspect', optionalEnum(CONTROL_ASPECTS));
  const refused = (r.has('control_level') && level === undefined) || (r.has('control_aspect') && aspect === undefined);
  if (kind !== 'control') {
    if (level) r.fail('control_level', 'control-not-allowed', { kind });
    if (aspect) r.fail('control_aspect', 'control-not-allowed', { kind });
    return null;
  }
  if (level === null) r.fail('control_level', 'control-required');
  if (aspect === null) r.fail('control_aspect', 'control-required');
  if (refused || level === null || aspect === null) return undefined;
  return { level: level ?? existing?.control?.level ?? 'op', aspect: aspect ?? existing?.control?.aspect ?? 'general' };
}

function readTask(
  r: RowReader<TaskColumn>,
  name: string,
  existing: Task | undefined,
  ctx: TaskContext,
): TaskValues | null {
  const kind = r.read('kind', enumCell(TASK_KINDS));
  const values: TaskValues = {
    name,
    kind,
    typeLabel: r.read('type_label', textCell),
    scope: readList(r, 'scope', (text) => readScope(text, ctx.workstations)),
    load: r.read('load', numberCell(BOUNDS.load)),
    cycleMin: r.read('cycle_min', optionalNumberCell(BOUNDS.cycleMin)),
    disturbancesPerDay: r.read('disturbances_per_day', numberCell(BOUNDS.disturbances)),
    difficulty: r.read('difficulty', difficultyCell),
    assignments: readList(r, 'holders', (text) => readHolders(text, ctx.roles)),
  };
  if (r.has('kind') && kind === undefined) return null;
  values.control = readControl(r, kind ?? existing?.kind ?? 'make', existing);
  return r.failed ? null : values;
}

export interface TasksPlan {
  rows: PlannedRow[];
  commands: PlannedCommand[];
}

export function planTasks(
  table: Table,
  columns: Columns<TaskColumn>,
  s: Scenario,
  style: CsvStyle,
  issues: CsvIssue[],
): TasksPlan {
  const ctx: TaskContext = {
    s,
    workstations: new NameIndex(Object.values(s.workstations), 'workstation'),
    roles: new NameIndex(Object.values(s.roles), 'role'),
    tasks: new NameIndex(Object.values(s.tasks), 'task'),
    seen: new SeenNames(),
  };
  const plan: TasksPlan = { rows: [], commands: [] };
  for (const row of table.rows) {
    const r = new RowReader(row, columns, issues);
    const name = r.read('name', nameCell);
    const earlier = name === undefined ? null : ctx.seen.check(name, row.row);
    if (name !== undefined && earlier !== null) r.fail('name', 'duplicate-row', { name, first: earlier });
    const match = name === undefined ? undefined : ctx.tasks.find(name);
    if (match && !match.ok) r.fail('name', match.code, match.params);
    const existing = match?.ok ? match.value : undefined;
    const values = readTask(r, name ?? '', existing, ctx);
    if (values && !r.failed) planTask(plan, row.row, values, existing, { s, style });
  }
  return plan;
}

function planTask(
  plan: TasksPlan,
  row: number,
  v: TaskValues,
  existing: Task | undefined,
  ctx: { s: Scenario; style: CsvStyle },
): void {
  const scenarioId = ctx.s.id;
  if (!existing) {
    const { name, ...fields } = v;
    // Columns the file leaves out take the defaults of a new task.
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const task = createTask({ name, ...(defined as Partial<Omit<Task, 'id'>>) });
    plan.commands.push({ name: 'addTask', args: { scenarioId, entity: task } });
    plan.rows.push({ row, name, action: 'add', changes: [] });
    return;
  }
  const { patch, changes } = taskPatch(existing, v, ctx.s, ctx.style);
  if (changes.length > 0) plan.commands.push({ name: 'updateTask', args: { scenarioId, id: existing.id, patch } });
  plan.rows.push({ row, name: existing.name, action: changes.length > 0 ? 'update' : 'unchanged', changes });
}
