import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectSeparator,
  parseCsv,
  parseRecords,
  serializeCsv,
  withBom,
  type CsvSeparator,
} from '../../src/io/csv/csv';
import { decodeCsvBytes } from '../../src/io/csv/decode';
import { protectCell, unprotectCell } from '../../src/io/csv/table';

const records = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`unclosed quote in row ${parsed.row}`);
  return parsed.records;
};

describe('parseCsv: RFC 4180', () => {
  it('reads quoted fields holding separators, quotes and line breaks', () => {
    const text = 'name,note\r\n"Smith, J.","said ""hi""\r\nand left"\r\nplain,"a;b\tc"\r\n';
    expect(records(text)).toEqual([
      ['name', 'note'],
      ['Smith, J.', 'said "hi"\r\nand left'],
      ['plain', 'a;b\tc'],
    ]);
  });

  it('accepts LF, CR and CRLF line ends and a missing final line end', () => {
    expect(records('a,b\nc,d\re,f\r\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps empty cells and empty quoted cells', () => {
    expect(records('a,,""\r\n,,\r\n')).toEqual([
      ['a', '', ''],
      ['', '', ''],
    ]);
  });

  it('keeps text after a closing quote, as spreadsheets do', () => {
    expect(records('"ab"c,d\r\n')).toEqual([['abc', 'd']]);
  });

  it('treats a quote inside an unquoted cell as text', () => {
    expect(records('5" pipe,x\r\n')).toEqual([['5" pipe', 'x']]);
  });

  it('reports a quote that is never closed with the row it starts in', () => {
    expect(parseCsv('a,b\r\nc,"open\r\nstill open\r\n')).toEqual({ ok: false, code: 'unclosed-quote', row: 2 });
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(records('\uFEFFname,unit\r\nA,B\r\n')[0]).toEqual(['name', 'unit']);
  });

  it('honours an Excel sep= line', () => {
    const parsed = parseCsv('sep=;\r\nname;unit\r\nA, B;C\r\n');
    expect(parsed).toEqual({
      ok: true,
      separator: ';',
      records: [
        ['name', 'unit'],
        ['A, B', 'C'],
      ],
    });
  });
});

describe('detectSeparator', () => {
  it.each<[string, CsvSeparator]>([
    ['name,unit,team\r\nA,B,C\r\n', ','],
    ['name;unit;team\r\nA;B;C\r\n', ';'],
    ['name\tunit\tteam\r\nA\tB\tC\r\n', '\t'],
    // Dutch decimal commas do not fool it: the header splits on ;.
    ['name;load;cycle_min\r\nCut;2,5;1,25\r\nBend;3;0,5\r\n', ';'],
    // Commas inside workstation names of a ; file: only ; splits every row alike.
    ['role;Saw, large;Weld\r\nSetter;2;0\r\n', ';'],
    // A quoted separator does not count.
    ['"a;b",c\r\n"d;e",f\r\n', ','],
    ['single\r\nvalue\r\n', ','],
  ])('%j → %j', (text, sep) => {
    expect(detectSeparator(text)).toBe(sep);
    expect(parseCsv(text).ok && parseCsv(text)).toMatchObject({ separator: sep });
  });
});

describe('serializeCsv', () => {
  it('writes CRLF after every record and quotes per RFC 4180', () => {
    expect(
      serializeCsv(
        [
          ['a', 'b,c', 'say "x"'],
          ['line\nbreak', '2,5'],
        ],
        ';',
      ),
    ).toBe('a;b,c;"say ""x"""\r\n"line\nbreak";2,5\r\n');
  });

  it('quotes a cell that could pass for an Excel sep= line', () => {
    expect(serializeCsv([['sep=,']], ',')).toBe('"sep=,"\r\n');
  });

  it('adds a byte order mark for downloads', () => {
    expect(withBom('a\r\n').charCodeAt(0)).toBe(0xfeff);
  });
});

const cell = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\r', '\n', 'é', '€', '=', "'", '|', ':', '%', '1'),
  maxLength: 12,
});
const anyCell = fc.oneof(cell, fc.string({ unit: 'grapheme', maxLength: 8 }));

describe('properties', () => {
  it('parseRecords(serializeCsv(rows)) = rows for any cells and separator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        fc.constantFrom<CsvSeparator>(',', ';', '\t'),
        (rows, sep) => {
          const parsed = parseRecords(serializeCsv(rows, sep), sep);
          expect(parsed).toEqual({ ok: true, records: rows });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('parseCsv(BOM + serializeCsv(table)) = table with the separator detected', () => {
    const table = fc.integer({ min: 2, max: 6 }).chain((width) =>
      fc.array(
        fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '"', '\n', 'é', '1', '.'), minLength: 1, maxLength: 8 }), {
          minLength: width,
          maxLength: width,
        }),
        {
          minLength: 1,
          maxLength: 6,
        },
      ),
    );
    fc.assert(
      fc.property(table, fc.constantFrom<CsvSeparator>(',', ';', '\t'), (rows, sep) => {
        expect(parseCsv(withBom(serializeCsv(rows, sep)))).toEqual({ ok: true, separator: sep, records: rows });
      }),
      { numRuns: 1000 },
    );
  });

  it('unprotectCell(protectCell(text)) = text for text that does not itself start with the mark', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }).filter((s) => !s.startsWith("'")),
        (text) => {
          expect(unprotectCell(protectCell(text))).toBe(text);
        },
      ),
    );
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const utf8 = new TextEncoder().encode('naam;eenheid\r\nLasser;Café\r\n');
    expect(decodeCsvBytes(utf8)).toBe('naam;eenheid\r\nLasser;Café\r\n');
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('naam;eenheid\r\nLasser;Café\r\n');
  });

  it('falls back to Windows-1252 for Excel’s plain CSV', () => {
    // "Café €" in Windows-1252: é = E9, € = 80.
    expect(decodeCsvBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toBe('Café €');
  });

  it('reads UTF-16 with a BOM (Excel’s Unicode text)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x09, 0x00, 0xe9, 0x00]);
    expect(decodeCsvBytes(bytes)).toBe('a\té');
  });
});
