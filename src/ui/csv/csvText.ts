import type { TFunction } from 'i18next';
import type { CsvIssue } from '../../io/csv';
import { formatNumber } from '../format';

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "headcount (D)", or just the letter for a column without a heading. */
export function columnLabel(issue: Pick<CsvIssue, 'column' | 'columnIndex'>): string {
  const letter = issue.columnIndex === null ? null : columnLetter(issue.columnIndex);
  if (issue.column === null) return letter ?? '';
  return letter ? `${issue.column} (${letter})` : issue.column;
}

/** The issue in the user's language, numbers written the way they type them. */
export function issueText(t: TFunction, issue: CsvIssue, language: string): string {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(issue.params))
    params[key] = typeof value === 'number' ? formatNumber(value, language, 2) : value;
  if (issue.code === 'wrong-file') {
    params.found = t(`csv.fileKind.${issue.params.found as 'roles'}`);
    params.expected = t(`csv.fileKind.${issue.params.expected as 'roles'}`);
  }
  if (typeof issue.params.entity === 'string') {
    const entity = issue.params.entity as 'role';
    params.entities = t(`csv.entities.${entity}`);
    params.entity = t(`csv.entity.${entity}`);
  }
  if (issue.code === 'control-not-allowed')
    params.kind = t(`model.taskKind.${issue.params.kind as 'make'}`).toLowerCase();
  return t(`csv.issue.${issue.code}`, params);
}
