import { describe, expect, it } from 'vitest';
import { questionnaireScores, scoreJcq } from '../../src/analysis';
import { JCQ_ITEM_KEYS, type JcqAnswerSet } from '../../src/model';
import {
  ITEM_CODES,
  applyPaste,
  checkAnswerRows,
  emptyRow,
  itemOfHeader,
  parsePastedAnswers,
  readAnswer,
  rowsOf,
  splitTable,
} from '../../src/ui/questionnaire/answers';

/** The JCQ check of domain.md §4: SD 18, DA 12, DL 30, PD 39. */
const CHECK = [2, 4, 1, 2, 1, 2, 1, 4, 1, 4, 3, 2, 2, 2];
const line = (values: (number | string)[], sep = '\t') => values.join(sep);

describe('splitTable', () => {
  it.each([
    ['tabs', '1\t2\t3\n4\t3\t2', [['1', '2', '3'], ['4', '3', '2']]],
    ['semicolons (Dutch CSV)', '1;2;3\r\n4;3;2\r\n', [['1', '2', '3'], ['4', '3', '2']]],
    ['commas', '1,2,3\n4,3,2', [['1', '2', '3'], ['4', '3', '2']]],
    ['spaces', '1 2  3\n 4 3 2', [['1', '2', '3'], ['4', '3', '2']]],
  ])('reads %s, trims cells and drops blank lines', (_name, text, expected) => {
    expect(splitTable(text)).toEqual(expected);
  });

  it('keeps empty cells between tabs (unanswered items)', () => {
    expect(splitTable('1\t\t3')).toEqual([['1', '', '3']]);
  });
});

describe('header cells', () => {
  it.each([
    ['learn_new', 'learn_new'],
    ['Learn new', 'learn_new'],
    ['SD2', 'repetitive'],
    ['sd 2 repetitive', 'repetitive'],
    ['DA3', 'a_lot_of_say'],
    ['PD5', 'free_from_conflict'],
    ['DA5', null],
    ['respondent', null],
  ])('%s → %s', (cell, item) => {
    expect(itemOfHeader(cell)).toBe(item);
  });
});

describe('pasting answers', () => {
  it('fills rows positionally from the first cell when there is no header', () => {
    const pasted = parsePastedAnswers(`${line(CHECK)}\n${line(CHECK.map((v) => 5 - v))}`);
    expect(pasted.columns).toBeNull();
    const { rows, problems } = applyPaste([emptyRow()], pasted, { row: 0, col: 0 });
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(CHECK.map(String));
  });

  it('fills from the cell pasted into and reports values that do not fit, by row', () => {
    const { rows, problems } = applyPaste([emptyRow(), emptyRow()], parsePastedAnswers('1\t2\t3\n4\t4\t4'), { row: 1, col: 12 });
    expect(rows[1]?.slice(12)).toEqual(['1', '2']);
    expect(rows[2]?.slice(12)).toEqual(['4', '4']);
    expect(problems).toEqual([
      { kind: 'too-many-values', line: 2, count: 3, max: 2 },
      { kind: 'too-many-values', line: 3, count: 3, max: 2 },
    ]);
  });

  it('maps columns by a header in any order, skipping and reporting unknown columns', () => {
    const keys = [...JCQ_ITEM_KEYS].reverse();
    const header = ['Respondent', ...keys.map((k) => ITEM_CODES[k])];
    const values = ['R1', ...keys.map((k) => CHECK[JCQ_ITEM_KEYS.indexOf(k)] ?? 0)];
    const pasted = parsePastedAnswers(`${line(header, ';')}\n${line(values, ';')}`);
    expect(pasted.problems).toEqual([{ kind: 'unknown-column', column: 1, text: 'Respondent' }]);
    const { rows } = applyPaste([emptyRow()], pasted, { row: 0, col: 5 });
    expect(rows[0]).toEqual(CHECK.map(String));
  });

  it('reports the items a header leaves out', () => {
    const pasted = parsePastedAnswers('learn_new,repetitive\n2,4');
    expect(pasted.problems).toEqual([{ kind: 'missing-columns', items: JCQ_ITEM_KEYS.slice(2) }]);
  });

  it('reads a header naming no item as a label row and stays positional', () => {
    const pasted = parsePastedAnswers(`a\tb\tc\n${line(CHECK)}`);
    expect(pasted.columns).toBeNull();
    expect(pasted.lines).toHaveLength(1);
  });
});

describe('checking the answer table', () => {
  it('accepts 1–4 (also "3,0") and refuses anything else', () => {
    expect(['1', ' 4 ', '3,0', '2.00'].map(readAnswer)).toEqual([1, 4, 3, 2]);
    expect(['0', '5', '2.5', 'x', '', '-1'].map(readAnswer)).toEqual([null, null, null, null, null, null]);
  });

  it('names every invalid cell by row and item, and counts only complete valid rows', () => {
    const bad = CHECK.map(String);
    bad[1] = '5';
    bad[13] = 'n/a';
    const incomplete = CHECK.map(String);
    incomplete[2] = '';
    const checked = checkAnswerRows([CHECK.map(String), emptyRow(), bad, incomplete]);
    expect(checked.invalid).toEqual([
      { row: 3, item: 'repetitive', text: '5' },
      { row: 3, item: 'free_from_conflict', text: 'n/a' },
    ]);
    expect(checked.incomplete).toEqual([{ row: 4, missing: ['creative'] }]);
    expect(checked.complete).toBe(1);
    // Blank rows are skipped; incomplete rows are kept, as the engine counts them as incomplete.
    expect(checked.answerSets).toHaveLength(3);
  });

  it('yields answer sets the engine scores as in the domain check', () => {
    const checked = checkAnswerRows([CHECK.map(String)]);
    expect(scoreJcq(checked.answerSets[0] as JcqAnswerSet)).toEqual({ SD: 18, DA: 12, DL: 30, PD: 39 });
  });

  it('shows nothing under five respondents and the group mean from five on', () => {
    const four = checkAnswerRows(Array.from({ length: 4 }, () => CHECK.map(String)));
    expect(questionnaireScores({ answerSets: four.answerSets, scaleScores: null })).toBeNull();
    const five = checkAnswerRows(Array.from({ length: 5 }, () => CHECK.map(String)));
    expect(questionnaireScores({ answerSets: five.answerSets, scaleScores: null })).toMatchObject({ SD: 18, PD: 39, respondents: 5 });
  });

  it('turns stored answer sets back into rows', () => {
    const sets: JcqAnswerSet[] = [{ learn_new: 3, work_fast: 1 }];
    const rows = rowsOf(sets);
    expect(rows[0]?.[0]).toBe('3');
    expect(rows[0]?.[JCQ_ITEM_KEYS.indexOf('work_fast')]).toBe('1');
    expect(rows[0]?.filter((c) => c === '')).toHaveLength(12);
    expect(checkAnswerRows(rows).answerSets).toEqual(sets);
  });
});
