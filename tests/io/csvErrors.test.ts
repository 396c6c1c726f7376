import { describe, expect, it } from 'vitest';
import { CSV_LIMITS, type CsvIssueCode, type CsvKind } from '../../src/io/csv';
import { MAX_DATA_ROWS } from '../../src/io/csv/table';
import { createTeam, createWorkstation } from '../../src/model';
import { en as enMessages } from '../../src/i18n/en';
import { nl as nlMessages } from '../../src/i18n/nl';
import { brief, current, jobShopStore, plan } from './csvHelpers';

/** A job shop with a team in Cutting and two workstations both called "Saw" (an ambiguous name). */
function store() {
  const st = jobShopStore();
  const scenarioId = current(st).id;
  st.dispatch('addTeam', { scenarioId, entity: createTeam({ name: 'Cut team', unitId: 'unit:cut' as never }) });
  st.dispatch('addWorkstation', { scenarioId, entity: createWorkstation({ name: 'Saw' }) });
  st.dispatch('addWorkstation', { scenarioId, entity: createWorkstation({ name: 'saw ' }) });
  return st;
}

interface Case {
  kind: CsvKind;
  text: string;
  /** [row, column] of each expected issue of this code. */
  at: [number | null, string | null][];
}

const R = 'name;unit;team;headcount;hours_per_week\r\n';
const T = 'name;kind;control_level;control_aspect;scope;load;cycle_min;disturbances_per_day;difficulty;holders\r\n';

/** One case per issue code: the Record type makes the list exhaustive. */
const CASES: Record<CsvIssueCode, Case> = {
  'too-large': { kind: 'roles', text: 'x'.repeat(CSV_LIMITS.maxChars + 1), at: [[null, null]] },
  'too-many-rows': { kind: 'roles', text: `name\r\n${'a\r\n'.repeat(MAX_DATA_ROWS + 1)}`, at: [[null, null]] },
  'empty-file': { kind: 'roles', text: '\uFEFF\r\n;;\r\n', at: [[null, null]] },
  'unclosed-quote': { kind: 'roles', text: `${R}Welder;Welding;;2;40\r\n"Painter;Painting;;1;40\r\n`, at: [[3, null]] },
  'wrong-file': { kind: 'roles', text: 'role;Laser 1\r\nSetter;2\r\n', at: [[null, null]] },
  'missing-column': { kind: 'roles', text: 'unit;headcount\r\nWelding;2\r\n', at: [[1, null]] },
  'unknown-column': { kind: 'roles', text: 'name;headcont\r\nWelder;2\r\n', at: [[1, 'headcont']] },
  'duplicate-column': { kind: 'roles', text: 'name;headcount;Headcount\r\nWelder;2;2\r\n', at: [[1, 'Headcount']] },
  'unnamed-column': { kind: 'roles', text: 'name;;headcount\r\nWelder;x;2\r\n', at: [[1, null]] },
  'extra-cell': { kind: 'roles', text: 'name;headcount\r\nWelder;2;;oops\r\nPainter;1;;\r\n', at: [[2, null]] },
  required: {
    kind: 'roles',
    text: `${R};Welding;;2;40\r\nWelder;Welding;;;40\r\n`,
    at: [
      [2, 'name'],
      [3, 'headcount'],
    ],
  },
  'not-a-number': { kind: 'roles', text: `${R}Welder;Welding;;two;40\r\n`, at: [[2, 'headcount']] },
  'not-positive': {
    kind: 'roles',
    text: `${R}Welder;Welding;;2;40\r\nPainter;Painting;;0;40\r\n`,
    at: [[3, 'headcount']],
  },
  negative: { kind: 'tasks', text: `${T}Cut;make;;;Laser 1;-5;;1;;\r\n`, at: [[2, 'load']] },
  'too-high': { kind: 'roles', text: `${R}Welder;Welding;;2;169\r\n`, at: [[2, 'hours_per_week']] },
  'too-long': { kind: 'roles', text: `${R}${'x'.repeat(201)};;;1;40\r\n`, at: [[2, 'name']] },
  'level-range': {
    kind: 'skills',
    text: 'role;Laser 1;Laser 2\r\nSetter;5;2,5\r\n',
    at: [
      [2, 'Laser 1'],
      [2, 'Laser 2'],
    ],
  },
  'difficulty-range': { kind: 'tasks', text: `${T}Cut;make;;;;70;;8;4;\r\n`, at: [[2, 'difficulty']] },
  'unknown-value': {
    kind: 'tasks',
    text: `${T}Cut;build;;;;70;;8;;\r\nDispatch;control;daily;logistics;;20;;3;;\r\n`,
    at: [
      [2, 'kind'],
      [3, 'control_level'],
    ],
  },
  'unknown-name': {
    kind: 'tasks',
    text: `${T}Cut;make;;;Laser 1|Laser 9;70;;8;;Laser operator: 50 %|Nobody: 50 %\r\n`,
    at: [
      [2, 'scope'],
      [2, 'holders'],
    ],
  },
  'ambiguous-name': { kind: 'skills', text: 'role;Saw\r\nSetter;1\r\n', at: [[1, 'Saw']] },
  'duplicate-row': {
    kind: 'roles',
    text: `${R}Welder;Welding;;2;40\r\nPainter;Painting;;1;40\r\n WELDER;Welding;;3;40\r\n`,
    at: [[4, 'name']],
  },
  'duplicate-in-list': { kind: 'tasks', text: `${T}Cut;make;;;Laser 1|laser 1;70;;8;;\r\n`, at: [[2, 'scope']] },
  'team-in-other-unit': { kind: 'roles', text: `${R}Welder;Welding;Cut team;2;40\r\n`, at: [[2, 'team']] },
  'holder-format': {
    kind: 'tasks',
    text: `${T}Cut;make;;;;70;;8;;Laser operator 50 % | Setter: 50 %\r\n`,
    at: [[2, 'holders']],
  },
  'share-range': {
    kind: 'tasks',
    text: `${T}Cut;make;;;;70;;8;;Laser operator: 120 % | Setter: -20 %\r\n`,
    at: [
      [2, 'holders'],
      [2, 'holders'],
    ],
  },
  'shares-sum': {
    kind: 'tasks',
    text: `${T}Cut;make;;;;70;;8;;Laser operator: 60 %| Setter: 30 %\r\n`,
    at: [[2, 'holders']],
  },
  'control-required': {
    kind: 'tasks',
    text: `${T}Dispatch;control;;logistics;;20;;3;;\r\n`,
    at: [[2, 'control_level']],
  },
  'control-not-allowed': {
    kind: 'tasks',
    text: `${T}Cut;make;op;quality;;70;;8;;\r\n`,
    at: [
      [2, 'control_level'],
      [2, 'control_aspect'],
    ],
  },
};

describe('every issue names its row and column', () => {
  it.each(Object.entries(CASES) as [CsvIssueCode, Case][])('%s', (code, c) => {
    const p = plan(store(), c.kind, c.text);
    expect(brief(p)).toEqual(c.at.map(([row, column]) => ({ code, row, column })));
    expect(p.commands).toEqual([]);
  });

  it('lists every problem of a file, in row order', () => {
    const text = `${R}Welder;Welding;;0;40\r\nPainter;Nowhere;;1;40\r\nSetter;Technical services;;1;200\r\nWelder;Welding;;2;40\r\n`;
    const p = plan(store(), 'roles', text);
    expect(brief(p)).toEqual([
      { code: 'not-positive', row: 2, column: 'headcount' },
      { code: 'unknown-name', row: 3, column: 'unit' },
      { code: 'too-high', row: 4, column: 'hours_per_week' },
      { code: 'duplicate-row', row: 5, column: 'name' },
    ]);
    expect(p.issues[1]!.params).toEqual({ entity: 'unit', name: 'Nowhere' });
    expect(p.issues[1]!.columnIndex).toBe(1);
    expect(p.commands).toEqual([]);
  });

  it('reports the sum of shares in percent', () => {
    const p = plan(store(), 'tasks', CASES['shares-sum'].text);
    expect(p.issues[0]!.params).toEqual({ percent: 90 });
  });
});

describe('issue messages', () => {
  const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
  it.each(Object.keys(CASES))('%s is worded in English and Dutch with the same placeholders', (code) => {
    const english = enMessages.csv.issue[code as CsvIssueCode];
    const dutch = nlMessages.csv.issue[code as CsvIssueCode];
    expect(english).toBeTruthy();
    expect(dutch).toBeTruthy();
    expect(dutch).not.toBe(english);
    expect(placeholders(dutch)).toEqual(placeholders(english));
  });
});
