import { JCQ_ITEM_KEYS, type JcqAnswerSet, type JcqItemKey } from '../../model';

/**
 * The answer table of questionnaire mode as plain data: one row per respondent, one text
 * cell per JCQ item in JCQ_ITEM_KEYS order. Reading pasted spreadsheet text and checking
 * the cells live here, without React, so each rule has a test.
 *
 * Items are shown by a code and a short neutral label derived from their key (e.g.
 * "SD2 repetitive"), never by the questionnaire's own (copyrighted) wording.
 */

export const ITEM_COUNT = JCQ_ITEM_KEYS.length;

/** Scale and position of every item: SD1–SD6, DA1–DA3, PD1–PD5 in the order of domain.md §4. */
export const ITEM_CODES: Readonly<Record<JcqItemKey, string>> = {
  learn_new: 'SD1',
  repetitive: 'SD2',
  creative: 'SD3',
  high_skill: 'SD4',
  variety: 'SD5',
  develop_abilities: 'SD6',
  own_decisions: 'DA1',
  little_freedom: 'DA2',
  a_lot_of_say: 'DA3',
  work_fast: 'PD1',
  work_hard: 'PD2',
  not_excessive: 'PD3',
  enough_time: 'PD4',
  free_from_conflict: 'PD5',
};

export const itemCode = (item: JcqItemKey): string => ITEM_CODES[item];

/** "SD2 repetitive": the item's code and a neutral label from its key, never the item text. */
export function itemName(item: JcqItemKey, t: (key: string) => string): string {
  return `${ITEM_CODES[item]} ${t(`analysisInputs.item.${item}`)}`;
}

/** More respondents than this in one paste is surely the wrong selection. */
export const MAX_ROWS = 2000;

export type AnswerRow = string[];

export const emptyRow = (): AnswerRow => JCQ_ITEM_KEYS.map(() => '');

export const isBlankRow = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/** The stored answer sets as editable rows. */
export function rowsOf(answerSets: readonly JcqAnswerSet[]): AnswerRow[] {
  return answerSets.map((set) => JCQ_ITEM_KEYS.map((key) => (set[key] === undefined ? '' : String(set[key]))));
}

/**
 * Splits spreadsheet text into cells. Tabs win (what spreadsheets copy), then semicolons
 * (Dutch CSV), then commas, then runs of spaces. Blank lines are dropped.
 */
export function splitTable(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((line) => line.trim() !== '');
  const separator = text.includes('\t') ? '\t' : text.includes(';') ? ';' : text.includes(',') ? ',' : /\s+/;
  return lines.map((line) => (typeof separator === 'string' ? line.split(separator) : line.trim().split(separator)).map((c) => c.trim()));
}

/** Item key for a header cell: the key itself ("learn_new"), its code ("SD1"), or code plus label. */
export function itemOfHeader(cell: string): JcqItemKey | null {
  const text = cell.trim().toLowerCase();
  const code = /^(sd|da|pd)\s*([1-6])\b/.exec(text);
  for (const key of JCQ_ITEM_KEYS) {
    if (text === key || text === key.replace(/_/g, ' ')) return key;
    if (code && `${code[1]}${code[2]}`.toUpperCase() === ITEM_CODES[key]) return key;
  }
  return null;
}

const isNumberLike = (cell: string) => /^[+-]?\d+([.,]\d+)?$/.test(cell.trim());

export type PasteProblem =
  | { kind: 'unknown-column'; column: number; text: string }
  | { kind: 'missing-columns'; items: JcqItemKey[] }
  | { kind: 'too-many-values'; line: number; count: number; max: number }
  | { kind: 'too-many-rows'; max: number };

export interface PastedAnswers {
  /** Per pasted column the item it holds; null while columns are positional (no header). */
  columns: (JcqItemKey | null)[] | null;
  /** The data lines, header removed. */
  lines: string[][];
  problems: PasteProblem[];
}

/**
 * Reads pasted text. A first line without any number is a header: its cells name the
 * items (key or code) and columns may then come in any order; unknown columns (a
 * respondent number, a date) are ignored and reported.
 */
export function parsePastedAnswers(text: string): PastedAnswers {
  const table = splitTable(text);
  const problems: PasteProblem[] = [];
  const first = table[0] ?? [];
  const hasHeader = first.length > 0 && !first.some(isNumberLike) && first.some((c) => c !== '');
  let columns: PastedAnswers['columns'] = null;
  if (hasHeader) {
    columns = first.map(itemOfHeader);
    columns.forEach((item, column) => {
      const cell = first[column] ?? '';
      if (item === null && cell !== '') problems.push({ kind: 'unknown-column', column: column + 1, text: cell });
    });
    const missing = JCQ_ITEM_KEYS.filter((key) => !columns?.includes(key));
    if (missing.length > 0 && missing.length < ITEM_COUNT) problems.push({ kind: 'missing-columns', items: missing });
    // A header naming no item at all is read as a label row; the data stays positional.
    if (missing.length === ITEM_COUNT) columns = null;
  }
  let lines = hasHeader ? table.slice(1) : table;
  if (lines.length > MAX_ROWS) {
    problems.push({ kind: 'too-many-rows', max: MAX_ROWS });
    lines = lines.slice(0, MAX_ROWS);
  }
  return { columns, lines, problems };
}

/**
 * Writes pasted lines into the table from a cell on, as a spreadsheet does, adding rows
 * as needed. With a header the lines fill whole rows by item; without one they fill
 * from the cell's column, and values past the last item are reported per line.
 */
export function applyPaste(rows: readonly AnswerRow[], pasted: PastedAnswers, at: { row: number; col: number }): { rows: AnswerRow[]; problems: PasteProblem[] } {
  const next = rows.map((r) => [...r]);
  const problems = [...pasted.problems];
  pasted.lines.forEach((line, i) => {
    const index = at.row + i;
    while (next.length <= index) next.push(emptyRow());
    const row = next[index] as AnswerRow;
    if (pasted.columns) {
      pasted.columns.forEach((item, c) => {
        if (item) row[JCQ_ITEM_KEYS.indexOf(item)] = line[c] ?? '';
      });
      return;
    }
    const room = ITEM_COUNT - at.col;
    if (line.length > room) problems.push({ kind: 'too-many-values', line: index + 1, count: line.length, max: room });
    line.slice(0, room).forEach((cell, c) => (row[at.col + c] = cell));
  });
  return { rows: next.slice(0, Math.max(MAX_ROWS, rows.length)), problems };
}

/** A cell that is not an answer 1–4: blocks saving. */
export interface CellIssue {
  row: number;
  item: JcqItemKey;
  text: string;
}

/** A respondent with unanswered items: saved, but left out of the scores (as the engine does). */
export interface IncompleteRow {
  row: number;
  missing: JcqItemKey[];
}

export interface CheckedAnswers {
  answerSets: JcqAnswerSet[];
  invalid: CellIssue[];
  incomplete: IncompleteRow[];
  /** Rows that hold a complete, valid answer set. */
  complete: number;
}

/** An answer 1–4; "3.0" and "3,0" are read as 3 since spreadsheets sometimes export them so. */
export function readAnswer(text: string): 1 | 2 | 3 | 4 | null {
  const m = /^([1-4])([.,]0+)?$/.exec(text.trim());
  return m ? (Number(m[1]) as 1 | 2 | 3 | 4) : null;
}

/** Checks every non-blank row; rows are numbered from 1 as the user sees them. */
export function checkAnswerRows(rows: readonly AnswerRow[]): CheckedAnswers {
  const result: CheckedAnswers = { answerSets: [], invalid: [], incomplete: [], complete: 0 };
  rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    const set: JcqAnswerSet = {};
    const missing: JcqItemKey[] = [];
    JCQ_ITEM_KEYS.forEach((item, c) => {
      const text = (row[c] ?? '').trim();
      const answer = readAnswer(text);
      if (text === '') missing.push(item);
      else if (answer === null) result.invalid.push({ row: r + 1, item, text });
      else set[item] = answer;
    });
    result.answerSets.push(set);
    if (missing.length > 0) result.incomplete.push({ row: r + 1, missing });
    else if (!result.invalid.some((i) => i.row === r + 1)) result.complete++;
  });
  return result;
}
