import { LIMITS } from '../../model/schema';
import type { RoleQuestionnaire } from '../../model';
import { parseDecimal } from '../../io/decimal';
import { formatNumber } from '../format';

/**
 * The scale-score form of questionnaire mode: SD, DA and PD on the JCQ scale (12–48) and
 * the number of respondents behind them. All four empty means "no scale scores".
 */
export const SCALE_FIELDS = ['sd', 'da', 'pd', 'respondents'] as const;
export type ScaleField = (typeof SCALE_FIELDS)[number];
export type ScaleDrafts = Record<ScaleField, string>;
export type ScaleScores = NonNullable<RoleQuestionnaire['scaleScores']>;

export type ScaleErrorKey = 'empty' | 'notANumber' | 'scaleRange' | 'notWhole' | 'negative' | 'tooLarge';
export interface ScaleError {
  key: ScaleErrorKey;
  params: Record<string, string>;
}

export const emptyScales = (): ScaleDrafts => ({ sd: '', da: '', pd: '', respondents: '' });

export function scaleDraftsOf(scores: ScaleScores | null, language: string): ScaleDrafts {
  if (!scores) return emptyScales();
  const f = (n: number) => formatNumber(n, language, 2);
  return { sd: f(scores.sd), da: f(scores.da), pd: f(scores.pd), respondents: f(scores.respondents) };
}

function checkField(field: ScaleField, text: string): { ok: true; value: number } | { ok: false; error: ScaleError } {
  const fail = (key: ScaleErrorKey, params: Record<string, string> = {}) => ({ ok: false as const, error: { key, params } });
  if (text.trim() === '') return fail('empty');
  const value = parseDecimal(text);
  if (value === null) return fail('notANumber', { text: text.trim() });
  if (field !== 'respondents') return value < 12 || value > 48 ? fail('scaleRange') : { ok: true, value };
  if (!Number.isInteger(value)) return fail('notWhole');
  if (value < 0) return fail('negative');
  if (value > LIMITS.maxHeadcount) return fail('tooLarge', { max: String(LIMITS.maxHeadcount) });
  return { ok: true, value };
}

/** The scale scores in the form, null when it is empty, or the reason per field. */
export function checkScales(
  drafts: ScaleDrafts,
): { ok: true; value: ScaleScores | null } | { ok: false; errors: Partial<Record<ScaleField, ScaleError>> } {
  if (SCALE_FIELDS.every((f) => drafts[f].trim() === '')) return { ok: true, value: null };
  const errors: Partial<Record<ScaleField, ScaleError>> = {};
  const value = {} as ScaleScores;
  for (const field of SCALE_FIELDS) {
    const checked = checkField(field, drafts[field]);
    if (checked.ok) value[field] = checked.value;
    else errors[field] = checked.error;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}
