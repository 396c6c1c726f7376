import type { Scenario } from '../../model';
import { parseCsv, serializeCsv, withBom } from './csv';
import { ROLE_COLUMNS, planRoles, rolesToRecords } from './roles';
import { ROLE_HEADING, planSkills, skillsToRecords } from './skills';
import { checkExtraCells, headingKey, issue, readColumns, toTable, type Table } from './table';
import { TASK_COLUMNS, planTasks, tasksToRecords } from './tasks';
import type { CsvIssue, CsvKind, CsvPlan, CsvStyle } from './types';

/**
 * CSV import and export of roles, tasks with holders and the skills matrix (docs/csv.md).
 * Import is untrusted input through one pipeline, like project files:
 *
 *   size cap → decode (decode.ts) → BOM / `sep=` / separator detection → RFC 4180 records
 *   → headings → every row and cell checked against the scenario → a plan of commands
 *
 * Nothing is applied here: the UI shows the plan and runs its commands as one batch.
 */

export const CSV_LIMITS = {
  /** Characters of text; the UI checks the file's byte size against the same number first. */
  maxChars: 10 * 1024 * 1024,
} as const;

/** The file kind its headings suggest, to tell "this is the tasks file" rather than list every column. */
function guessKind(headings: readonly string[]): CsvKind | null {
  const keys = headings.map(headingKey);
  if (keys[0] === ROLE_HEADING && !keys.includes('name')) return 'skills';
  if (['holders', 'kind', 'scope', 'load'].some((k) => keys.includes(k))) return 'tasks';
  if (['headcount', 'hours_per_week'].some((k) => keys.includes(k))) return 'roles';
  return null;
}

function planTable(kind: CsvKind, table: Table, s: Scenario, style: CsvStyle, issues: CsvIssue[]) {
  const found = guessKind(table.headings);
  if (found !== null && found !== kind) {
    issues.push(issue('wrong-file', null, null, null, { expected: kind, found }));
    return { rows: [], commands: [] };
  }
  checkExtraCells(table, issues);
  if (kind === 'skills') return planSkills(table, s, issues);
  if (kind === 'roles') {
    const columns = readColumns(table, ROLE_COLUMNS, ['name'], issues);
    return columns ? planRoles(table, columns, s, style, issues) : { rows: [], commands: [] };
  }
  const columns = readColumns(table, TASK_COLUMNS, ['name'], issues);
  return columns ? planTasks(table, columns, s, style, issues) : { rows: [], commands: [] };
}

const byPosition = (a: CsvIssue, b: CsvIssue) =>
  (a.row ?? 0) - (b.row ?? 0) || (a.columnIndex ?? -1) - (b.columnIndex ?? -1);

/**
 * What importing `text` into scenario `s` would change, with every problem found. `style`
 * only words the old and new values of changed cells; reading accepts either decimal mark.
 */
export function planCsvImport(kind: CsvKind, text: string, s: Scenario, style: CsvStyle): CsvPlan {
  const empty = (issues: CsvIssue[], separator: CsvPlan['separator'] = null): CsvPlan => ({
    kind,
    separator,
    dataRows: 0,
    rows: [],
    commands: [],
    issues,
  });
  if (text.length > CSV_LIMITS.maxChars)
    return empty([issue('too-large', null, null, null, { size: text.length, limit: CSV_LIMITS.maxChars })]);
  const parsed = parseCsv(text);
  if (!parsed.ok) return empty([issue('unclosed-quote', parsed.row)]);
  const issues: CsvIssue[] = [];
  const table = toTable(parsed.records, issues);
  if (!table) return empty(issues, parsed.separator);
  const plan = planTable(kind, table, s, style, issues);
  issues.sort(byPosition);
  const commands = issues.length > 0 ? [] : plan.commands;
  return { kind, separator: parsed.separator, dataRows: table.rows.length, rows: plan.rows, commands, issues };
}

const RECORDS: Record<CsvKind, (s: Scenario, style: CsvStyle) => string[][]> = {
  roles: rolesToRecords,
  tasks: tasksToRecords,
  skills: (s) => skillsToRecords(s),
};

/** The file's text: BOM, the style's separator and decimal mark, CRLF line ends. */
export function exportCsv(kind: CsvKind, s: Scenario, style: CsvStyle): string {
  return withBom(serializeCsv(RECORDS[kind](s, style), style.separator));
}

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

/** `<project>-<scenario>-<kind>.csv`, ASCII only so every OS accepts it. */
export function csvFileName(projectName: string, scenarioName: string, kind: CsvKind): string {
  const parts = [slug(projectName), slug(scenarioName), kind].filter(Boolean);
  return `${parts.join('-')}.csv`;
}

export { decodeCsvBytes } from './decode';
export { styleForLanguage, CSV_KINDS } from './types';
export type {
  CsvChange,
  CsvIssue,
  CsvIssueCode,
  CsvKind,
  CsvPlan,
  CsvStyle,
  PlannedCommand,
  PlannedRow,
  RowAction,
} from './types';
