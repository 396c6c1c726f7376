import { DEFAULT_ANALYSIS_SETTINGS, type AnalysisSettings } from '../../model';
import { parseDecimal } from '../../io/decimal';
import { formatNumber } from '../format';

/**
 * The tunables of the analysis (domain.md §4, §5) as form fields: bounds that match the
 * model's schema, so a value the form accepts is never refused by `updateSettings`.
 */
export type SettingKey = keyof AnalysisSettings;

export interface SettingSpec {
  key: SettingKey;
  min: number;
  /** When true the minimum itself is refused ("more than 0"). */
  exclusiveMin?: boolean;
  max: number;
  integer?: boolean;
}

/** In the order the settings dialog shows them: role scores, quadrant cuts, coverage. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: 'varietyTypes', min: 0, exclusiveMin: true, max: 100 },
  { key: 'teamMateWeight', min: 0, max: 1 },
  { key: 'disturbanceNorm', min: 0, exclusiveMin: true, max: 10000 },
  { key: 'interfaceNorm', min: 0, exclusiveMin: true, max: 10000 },
  { key: 'highDemandCut', min: 12, max: 48 },
  { key: 'lowLatitudeCut', min: 24, max: 96 },
  { key: 'coveragePeoplePerWorkstation', min: 1, max: 20, integer: true },
  { key: 'coverageWorkstationsPerPerson', min: 1, max: 20, integer: true },
];

export const specOf = (key: SettingKey): SettingSpec => SETTING_SPECS.find((s) => s.key === key) as SettingSpec;

/** A reason to refuse a value: a message key under `analysisInputs.settings.error` and its parameters. */
export interface SettingError {
  key: 'empty' | 'notANumber' | 'notWhole' | 'tooSmall' | 'atLeast' | 'tooLarge';
  params: Record<string, string>;
}

export type SettingCheck = { ok: true; value: number } | { ok: false; error: SettingError };

/** Reads what the user typed into a setting field; decimal commas and points both work. */
export function checkSetting(spec: SettingSpec, text: string, language: string): SettingCheck {
  const fail = (key: SettingError['key'], params: Record<string, string> = {}): SettingCheck => ({ ok: false, error: { key, params } });
  if (text.trim() === '') return fail('empty');
  const value = parseDecimal(text);
  if (value === null) return fail('notANumber', { text: text.trim() });
  if (spec.integer && !Number.isInteger(value)) return fail('notWhole');
  const min = formatNumber(spec.min, language);
  if (spec.exclusiveMin ? value <= spec.min : value < spec.min) return fail(spec.exclusiveMin ? 'tooSmall' : 'atLeast', { min });
  if (value > spec.max) return fail('tooLarge', { max: formatNumber(spec.max, language) });
  return { ok: true, value };
}

export type SettingDrafts = Record<SettingKey, string>;

export function draftsOf(settings: AnalysisSettings, language: string): SettingDrafts {
  const drafts = {} as SettingDrafts;
  for (const spec of SETTING_SPECS) drafts[spec.key] = formatNumber(settings[spec.key], language);
  return drafts;
}

export const defaultDrafts = (language: string): SettingDrafts => draftsOf(DEFAULT_ANALYSIS_SETTINGS, language);

/**
 * Checks every field of the settings form. Returns the settings that changed (nothing to
 * dispatch when empty) or the reasons per field.
 */
export function checkSettingsForm(
  drafts: SettingDrafts,
  current: AnalysisSettings,
  language: string,
): { ok: true; changes: Partial<AnalysisSettings> } | { ok: false; errors: Partial<Record<SettingKey, SettingError>> } {
  const errors: Partial<Record<SettingKey, SettingError>> = {};
  const changes: Partial<AnalysisSettings> = {};
  for (const spec of SETTING_SPECS) {
    const checked = checkSetting(spec, drafts[spec.key], language);
    if (!checked.ok) errors[spec.key] = checked.error;
    else if (checked.value !== current[spec.key]) changes[spec.key] = checked.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, changes };
}
