import type { CsvRecord } from './csv';
import type { CsvIssue, CsvIssueCode, CsvParams } from './types';

/**
 * The layer between raw CSV records and the model: headings, data rows with their
 * spreadsheet row numbers, cell reading with issues tied to row and column, name lookup.
 */

/** More rows than any scenario may hold entities of one kind (schema LIMITS.entitiesPerKind). */
export const MAX_DATA_ROWS = 20000;
export const MAX_COLUMNS = 20001;

export interface TableRow {
  /** Spreadsheet row number: the heading row is 1. */
  row: number;
  cells: string[];
}

export interface Table {
  headings: string[];
  rows: TableRow[];
}

const isBlank = (r: readonly string[]) => r.every((c) => c.trim() === '');

export const issue = (
  code: CsvIssueCode,
  row: number | null,
  column: string | null = null,
  columnIndex: number | null = null,
  params: CsvParams = {},
): CsvIssue => ({ code, row, column, columnIndex, params });

/** Headings and non-blank rows, or the reason the file holds no table. */
export function toTable(records: readonly CsvRecord[], issues: CsvIssue[]): Table | null {
  const headerAt = records.findIndex((r) => !isBlank(r));
  const header = records[headerAt];
  if (!header) {
    issues.push(issue('empty-file', null));
    return null;
  }
  const rows: TableRow[] = [];
  records.forEach((cells, i) => {
    if (i > headerAt && !isBlank(cells)) rows.push({ row: i + 1, cells });
  });
  if (rows.length > MAX_DATA_ROWS || header.length > MAX_COLUMNS) {
    issues.push(
      issue('too-many-rows', null, null, null, { rows: rows.length, columns: header.length, limit: MAX_DATA_ROWS }),
    );
    return null;
  }
  return { headings: header.map((h) => h.trim()), rows };
}

/** Headings compare without case, spaces, underscores or hyphens: "Hours per week" is hours_per_week. */
export const headingKey = (h: string): string =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_\-/]+/g, '_');

/** Names compare trimmed, without case, with runs of spaces as one. */
export const nameKey = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula, so a name like "=HYPERLINK(…)"
 * in a shared file could act on the reader's machine. Export prefixes such text with an
 * apostrophe (Excel's own "this is text" mark) and import removes it again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const protectCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
export const unprotectCell = (text: string): string =>
  text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;

/** A cell's value as the reader sees it: apostrophe mark removed, trimmed. */
export const cellText = (raw: string): string => unprotectCell(raw.trim()).trim();

export interface Columns<K extends string> {
  index: Partial<Record<K, number>>;
  heading: Partial<Record<K, string>>;
}

/** Maps the headings of a fixed-column file onto `known`; unknown, duplicate and missing ones are issues. */
export function readColumns<K extends string>(
  table: Table,
  known: readonly K[],
  required: readonly K[],
  issues: CsvIssue[],
): Columns<K> | null {
  const columns: Columns<K> = { index: {}, heading: {} };
  const before = issues.length;
  table.headings.forEach((heading, i) => {
    if (heading === '') {
      if (table.rows.some((r) => (r.cells[i] ?? '').trim() !== '')) issues.push(issue('unnamed-column', 1, null, i));
      return;
    }
    const key = known.find((k) => k === headingKey(heading));
    if (!key) issues.push(issue('unknown-column', 1, heading, i, { expected: known.join(', ') }));
    else if (columns.index[key] !== undefined) issues.push(issue('duplicate-column', 1, heading, i));
    else {
      columns.index[key] = i;
      columns.heading[key] = heading;
    }
  });
  for (const key of required)
    if (columns.index[key] === undefined) issues.push(issue('missing-column', 1, null, null, { name: key }));
  return issues.length === before ? columns : null;
}

/** Cells to the right of the last heading must be empty. */
export function checkExtraCells(table: Table, issues: CsvIssue[]): void {
  for (const r of table.rows)
    for (let i = table.headings.length; i < r.cells.length; i++)
      if ((r.cells[i] ?? '').trim() !== '') {
        issues.push(issue('extra-cell', r.row, null, i));
        break;
      }
}

export type Cell<T> = { ok: true; value: T } | { ok: false; code: CsvIssueCode; params?: CsvParams };
export const okCell = <T>(value: T): Cell<T> => ({ ok: true, value });
export const badCell = (code: CsvIssueCode, params?: CsvParams): Cell<never> => ({ ok: false, code, params });

/** Reads the cells of one row, collecting an issue per refused cell. */
export class RowReader<K extends string> {
  private failures = 0;
  constructor(
    readonly row: TableRow,
    private readonly columns: Columns<K>,
    private readonly issues: CsvIssue[],
  ) {}

  has(key: K): boolean {
    return this.columns.index[key] !== undefined;
  }

  get failed(): boolean {
    return this.failures > 0;
  }

  /** The cell's text, or undefined when the file has no such column. */
  text(key: K): string | undefined {
    const i = this.columns.index[key];
    return i === undefined ? undefined : cellText(this.row.cells[i] ?? '');
  }

  /** The parsed cell, or undefined when the column is absent or the cell is refused (then `failed`). */
  read<T>(key: K, parse: (text: string) => Cell<T>): T | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const cell = parse(text);
    if (cell.ok) return cell.value;
    this.fail(key, cell.code, cell.params);
    return undefined;
  }

  fail(key: K, code: CsvIssueCode, params: CsvParams = {}): void {
    this.failures += 1;
    this.issues.push(
      issue(code, this.row.row, this.columns.heading[key] ?? key, this.columns.index[key] ?? null, params),
    );
  }
}

export type NameEntity = 'unit' | 'team' | 'workstation' | 'role' | 'task';

/** Entities of one kind by name key; two with the same name make that name ambiguous. */
export class NameIndex<T extends { name: string }> {
  private readonly byKey = new Map<string, T[]>();
  constructor(
    entities: Iterable<T | undefined>,
    private readonly entity: NameEntity,
  ) {
    for (const e of entities) {
      if (!e) continue;
      const key = nameKey(e.name);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), e]);
    }
  }

  /** The entity called `name`, undefined when there is none, or the refusal when several share it. */
  find(name: string): Cell<T | undefined> {
    const found = this.byKey.get(nameKey(name)) ?? [];
    if (found.length > 1) return badCell('ambiguous-name', { entity: this.entity, name, count: found.length });
    return okCell(found[0]);
  }

  /** Like find, but a name nobody has is refused too. */
  require(name: string): Cell<T> {
    const found = this.find(name);
    if (!found.ok) return found;
    return found.value ? okCell(found.value) : badCell('unknown-name', { entity: this.entity, name });
  }
}

/** Remembers the first row of each name so a second row with it is refused. */
export class SeenNames {
  private readonly first = new Map<string, number>();
  /** The earlier row that had this name, or null when it is the first. */
  check(name: string, row: number): number | null {
    const key = nameKey(name);
    const earlier = this.first.get(key);
    if (earlier !== undefined) return earlier;
    this.first.set(key, row);
    return null;
  }
}
