/**
 * RFC 4180 CSV, written for Latitude's three table files. Reading is lenient where
 * spreadsheets are (LF, CR or CRLF line ends, a byte order mark, an Excel `sep=;` line,
 * text after a closing quote) and strict where data would be lost (a quote never closed).
 * Writing quotes exactly the cells RFC 4180 asks for (separator, quote, line break), so
 * Dutch decimal commas in a `;` file stay bare numbers for Excel.
 */

export type CsvSeparator = ',' | ';' | '\t';
export const CSV_SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

export type CsvRecord = string[];

export type CsvParseResult =
  { ok: true; records: CsvRecord[]; separator: CsvSeparator } | { ok: false; code: 'unclosed-quote'; row: number };

const BOM = '\uFEFF';
const SEP_LINE = /^sep=(.)(\r\n|\n|\r|$)/i;

/** Reads a whole CSV text: strips a BOM, honours `sep=`, else detects the separator. */
export function parseCsv(text: string, separator?: CsvSeparator): CsvParseResult {
  let body = text.startsWith(BOM) ? text.slice(1) : text;
  let sep = separator;
  const hint = SEP_LINE.exec(body);
  if (hint && isSeparator(hint[1])) {
    sep ??= hint[1];
    body = body.slice(hint[0].length);
  }
  sep ??= detectSeparator(body);
  const parsed = parseRecords(body, sep);
  return parsed.ok ? { ok: true, records: parsed.records, separator: sep } : parsed;
}

function isSeparator(c: string | undefined): c is CsvSeparator {
  return CSV_SEPARATORS.includes(c as CsvSeparator);
}

type RecordsResult = { ok: true; records: CsvRecord[] } | { ok: false; code: 'unclosed-quote'; row: number };

/** The value of a quoted cell whose opening quote is just before `start`, and the index after its closing quote. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let from = start;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return null;
    value += text.slice(from, quote);
    if (text[quote + 1] !== '"') return { value, end: quote + 1 };
    value += '"';
    from = quote + 2;
  }
}

/** Splits `text` into records with a known separator; stops after `maxRecords` when given. */
export function parseRecords(text: string, sep: CsvSeparator, maxRecords = Infinity): RecordsResult {
  const records: CsvRecord[] = [];
  let record: CsvRecord = [];
  let field = '';
  let fieldStart = true;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
    fieldStart = true;
  };
  while (i < text.length && records.length < maxRecords) {
    const c = text[i];
    if (c === '"' && fieldStart) {
      const quoted = readQuoted(text, i + 1);
      if (!quoted) return { ok: false, code: 'unclosed-quote', row: records.length + 1 };
      field += quoted.value;
      i = quoted.end;
      fieldStart = false;
    } else if (c === sep) {
      record.push(field);
      field = '';
      fieldStart = true;
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      const next = nextSpecial(text, i + 1, sep);
      field += text.slice(i, next);
      fieldStart = false;
      i = next;
    }
  }
  if (records.length < maxRecords && (field !== '' || record.length > 0 || !fieldStart)) endRecord();
  return { ok: true, records };
}

/** Index of the next separator or line break at or after `from` (quotes only matter at a cell's start). */
function nextSpecial(text: string, from: number, sep: CsvSeparator): number {
  let j = from;
  while (j < text.length) {
    const c = text[j];
    if (c === sep || c === '\r' || c === '\n') break;
    j += 1;
  }
  return j;
}

/**
 * The separator that splits the first records into the most columns consistently: a
 * Dutch file's header splits on `;` while its decimal commas do not line up, an English
 * file's on `,`. A single-column file reads the same with any; `,` is then the answer.
 */
export function detectSeparator(text: string): CsvSeparator {
  let best: { sep: CsvSeparator; consistent: number; columns: number } = { sep: ',', consistent: -1, columns: 1 };
  for (const sep of CSV_SEPARATORS) {
    const parsed = parseRecords(text, sep, 8);
    if (!parsed.ok) continue;
    const [header, ...rest] = parsed.records.filter((r) => r.some((c) => c !== ''));
    const columns = header?.length ?? 0;
    if (columns < 2) continue;
    const consistent = rest.filter((r) => r.length === columns).length;
    if (consistent > best.consistent || (consistent === best.consistent && columns > best.columns))
      best = { sep, consistent, columns };
  }
  return best.consistent >= 0 ? best.sep : mostFrequent(text);
}

/** For a file without two non-empty cells in a row: the separator its first line uses most. */
function mostFrequent(text: string): CsvSeparator {
  const line = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const count = (sep: CsvSeparator) => line.split(sep).length;
  return CSV_SEPARATORS.reduce((a, b) => (count(b) > count(a) ? b : a));
}

/** A cell as written: quoted when it holds the separator, a quote or a line break (or could pass for a `sep=` line). */
export function quoteCell(cell: string, sep: CsvSeparator): string {
  const needsQuotes = cell.includes(sep) || /["\r\n]/.test(cell) || /^sep=/i.test(cell);
  return needsQuotes ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Records as CSV text: CRLF after every record, as RFC 4180 and Excel expect. No BOM here. */
export function serializeCsv(records: readonly (readonly string[])[], sep: CsvSeparator): string {
  return records.map((r) => `${r.map((cell) => quoteCell(cell, sep)).join(sep)}\r\n`).join('');
}

/** What a download holds: UTF-8 with a BOM, so Excel reads accents right. */
export function withBom(text: string): string {
  return BOM + text;
}
