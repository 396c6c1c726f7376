import { LIMITS } from '../../model/schema';
import { parseDecimal } from '../decimal';
import { badCell, okCell, protectCell, type Cell } from './table';
import type { CsvStyle } from './types';

/** Cell parsers and writers shared by the three files. Parsers get trimmed text. */

export function nameCell(text: string): Cell<string> {
  if (text === '') return badCell('required');
  if (text.length > LIMITS.nameLength) return badCell('too-long', { max: LIMITS.nameLength });
  return okCell(text);
}

export function textCell(text: string): Cell<string> {
  return text.length > LIMITS.nameLength ? badCell('too-long', { max: LIMITS.nameLength }) : okCell(text);
}

export interface Bounds {
  min: number;
  /** The minimum itself is refused: "must be more than 0". */
  exclusive?: boolean;
  max: number;
}

/** A number with a decimal point or comma ("2,5"); required. */
export function numberCell(bounds: Bounds): (text: string) => Cell<number> {
  return (text) => {
    if (text === '') return badCell('required');
    const value = parseDecimal(text);
    if (value === null) return badCell('not-a-number', { text });
    if (bounds.exclusive ? value <= bounds.min : value < bounds.min)
      return badCell(bounds.exclusive ? 'not-positive' : 'negative');
    if (value > bounds.max) return badCell('too-high', { max: bounds.max });
    return okCell(value);
  };
}

/** Like numberCell, with an empty cell meaning "not set". */
export function optionalNumberCell(bounds: Bounds): (text: string) => Cell<number | null> {
  const required = numberCell(bounds);
  return (text) => (text === '' ? okCell(null) : required(text));
}

/** One of a fixed set of codes, compared without case. */
export function enumCell<T extends string>(allowed: readonly T[]): (text: string) => Cell<T> {
  return (text) => {
    if (text === '') return badCell('required');
    const value = allowed.find((a) => a === text.toLowerCase());
    return value ? okCell(value) : badCell('unknown-value', { text, allowed: allowed.join(', ') });
  };
}

/** A whole number in [min, max]; "2,0" counts as 2. */
function wholeCell(text: string, min: number, max: number): number | null {
  const value = parseDecimal(text);
  return value !== null && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** A skills-matrix level; an empty cell is 0, as a missing level is in the model. */
export function levelCell(text: string): Cell<0 | 1 | 2 | 3 | 4> {
  if (text === '') return okCell(0);
  const value = wholeCell(text, 0, 4);
  return value === null ? badCell('level-range', { text }) : okCell(value as 0 | 1 | 2 | 3 | 4);
}

export function difficultyCell(text: string): Cell<1 | 2 | 3 | null> {
  if (text === '') return okCell(null);
  const value = wholeCell(text, 1, 3);
  return value === null ? badCell('difficulty-range', { text }) : okCell(value as 1 | 2 | 3);
}

/** The items of a `|`-separated list, trimmed, empty ones dropped. */
export const LIST_SEPARATOR = '|';
export const listItems = (text: string): string[] =>
  text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
export const joinList = (items: readonly string[]): string => items.join(` ${LIST_SEPARATOR} `);

/**
 * A number as the file writes it: every digit JavaScript needs to read back the same value
 * (never exponent notation), with a decimal comma in the Dutch style.
 */
export function formatCsvNumber(value: number, style: Pick<CsvStyle, 'decimal'>): string {
  let text = String(value);
  if (/e/i.test(text)) text = value.toFixed(20).replace(/\.?0+$/, '');
  return style.decimal === ',' ? text.replace('.', ',') : text;
}

export const formatOptionalNumber = (value: number | null, style: Pick<CsvStyle, 'decimal'>): string =>
  value === null ? '' : formatCsvNumber(value, style);

/** A text cell as written: protected against being run as a formula. */
export const textOut = (text: string): string => protectCell(text);

/** Roles, headcounts, hours: bounds shared by cell readers and the schema. */
export const BOUNDS = {
  headcount: { min: 0, exclusive: true, max: LIMITS.maxHeadcount },
  hours: { min: 0, exclusive: true, max: LIMITS.maxHours },
  load: { min: 0, max: LIMITS.maxLoad },
  cycleMin: { min: 0, exclusive: true, max: LIMITS.maxLoad },
  disturbances: { min: 0, max: LIMITS.maxLoad },
} as const satisfies Record<string, Bounds>;
