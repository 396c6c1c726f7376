import type { CommandArgs, CommandName } from '../../model';
import type { CsvSeparator } from './csv';

/** The three table files: roles, tasks with their holders, and the skills matrix. */
export const CSV_KINDS = ['roles', 'tasks', 'skills'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

/**
 * Why a file, a header or a cell is refused. The UI words each code (i18n `csv.issue.<code>`)
 * with `params`; `row` is the spreadsheet row (the header is row 1) and `column` the
 * heading as written in the file, so the user finds the cell in Excel.
 */
export type CsvIssueCode =
  | 'too-large'
  | 'too-many-rows'
  | 'empty-file'
  | 'unclosed-quote'
  | 'wrong-file'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'unnamed-column'
  | 'extra-cell'
  | 'required'
  | 'not-a-number'
  | 'not-positive'
  | 'negative'
  | 'too-high'
  | 'too-long'
  | 'level-range'
  | 'difficulty-range'
  | 'unknown-value'
  | 'unknown-name'
  | 'ambiguous-name'
  | 'duplicate-row'
  | 'duplicate-in-list'
  | 'team-in-other-unit'
  | 'holder-format'
  | 'share-range'
  | 'shares-sum'
  | 'control-required'
  | 'control-not-allowed';

export type CsvParams = Record<string, string | number>;

export interface CsvIssue {
  code: CsvIssueCode;
  /** 1-based spreadsheet row; null for the file as a whole. */
  row: number | null;
  /** The column's heading in the file; null when the issue is about a whole row or the file. */
  column: string | null;
  /** 0-based position of the column, for the spreadsheet letter (A, B, …). */
  columnIndex: number | null;
  params: CsvParams;
}

/** A model command to run; the same shape as the store's batch step. */
export interface PlannedCommand<K extends CommandName = CommandName> {
  name: K;
  args: CommandArgs<K>;
}

/** One field a row changes, with old and new value as they read in the file. */
export interface CsvChange {
  column: string;
  from: string;
  to: string;
}

export type RowAction = 'add' | 'update' | 'unchanged';

export interface PlannedRow {
  row: number;
  name: string;
  action: RowAction;
  changes: CsvChange[];
}

/**
 * What importing a file would do, computed before anything is applied. A plan with any
 * issue holds no commands: a file is applied whole or not at all.
 */
export interface CsvPlan {
  kind: CsvKind;
  separator: CsvSeparator | null;
  /** Non-blank rows below the headings, valid or not. */
  dataRows: number;
  /** The rows without issues, with what each would do. */
  rows: PlannedRow[];
  commands: PlannedCommand[];
  issues: CsvIssue[];
}

/** How numbers and cells are written: Dutch Excel expects `;` and decimal commas. */
export interface CsvStyle {
  separator: CsvSeparator;
  decimal: '.' | ',';
}

export const styleForLanguage = (language: string): CsvStyle =>
  language.toLowerCase().startsWith('nl') ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
