import { LIMITS } from '../model/schema';
import { parseDecimal } from '../io/decimal';

/**
 * Field rules shared by the inspector and the task table: they turn what the user typed
 * into a model value or a specific reason, before any command is dispatched, so invalid
 * input never reaches the document and the user's text stays in the field.
 */
export type FieldErrorKey =
  'required' | 'notANumber' | 'emptyNumber' | 'negative' | 'notPositive' | 'tooLarge' | 'tooLong';

export interface FieldError {
  key: FieldErrorKey;
  params?: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: FieldError };
export type FieldRule<T> = (text: string) => Checked<T>;

const fail = (key: FieldErrorKey, params?: FieldError['params']): Checked<never> => ({
  ok: false,
  error: params ? { key, params } : { key },
});

/** Names are trimmed and must keep at least one character. */
export const nameRule: FieldRule<string> = (text) => {
  const value = text.trim();
  if (value === '') return fail('required');
  if (value.length > LIMITS.nameLength) return fail('tooLong', { max: LIMITS.nameLength });
  return { ok: true, value };
};

/** Free text that may be empty (process type, type label, FTMS). */
export function textRule(max: number = LIMITS.nameLength): FieldRule<string> {
  return (text) => {
    const value = text.trim();
    return value.length > max ? fail('tooLong', { max }) : { ok: true, value };
  };
}

export interface NumberBounds {
  /** Smallest allowed value. */
  min: number;
  /** When true the minimum itself is refused ("more than 0"). */
  exclusiveMin?: boolean;
  max: number;
}

function checkNumber(text: string, bounds: NumberBounds): Checked<number> {
  if (text.trim() === '') return fail('emptyNumber');
  const value = parseDecimal(text);
  if (value === null) return fail('notANumber', { text: text.trim() });
  if (bounds.exclusiveMin ? value <= bounds.min : value < bounds.min)
    return fail(bounds.min === 0 && !bounds.exclusiveMin ? 'negative' : 'notPositive');
  if (value > bounds.max) return fail('tooLarge', { max: bounds.max });
  return { ok: true, value };
}

export function numberRule(bounds: NumberBounds): FieldRule<number> {
  return (text) => checkNumber(text, bounds);
}

/** Like numberRule, but an empty field means "not known" (null). */
export function optionalNumberRule(bounds: NumberBounds): FieldRule<number | null> {
  return (text) => (text.trim() === '' ? { ok: true, value: null } : checkNumber(text, bounds));
}

export const loadRule = numberRule({ min: 0, max: LIMITS.maxLoad });
export const disturbancesRule = numberRule({ min: 0, max: LIMITS.maxLoad });
export const cycleRule = optionalNumberRule({ min: 0, exclusiveMin: true, max: LIMITS.maxLoad });
export const demandRule = optionalNumberRule({ min: 0, max: LIMITS.maxLoad });
export const headcountRule = numberRule({ min: 0, exclusiveMin: true, max: LIMITS.maxHeadcount });
export const hoursRule = numberRule({ min: 0, exclusiveMin: true, max: LIMITS.maxHours });
export const percentRule = numberRule({ min: 0, exclusiveMin: true, max: 100 });
