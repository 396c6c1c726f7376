import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../src/model';
import { analysisSettingsSchema } from '../../src/model/schema';
import { SETTING_SPECS, checkSetting, checkSettingsForm, defaultDrafts, draftsOf, specOf } from '../../src/ui/settings/settingsRules';

describe('analysis settings form', () => {
  it('has a field for every tunable', () => {
    expect(SETTING_SPECS.map((s) => s.key).sort()).toEqual(Object.keys(DEFAULT_ANALYSIS_SETTINGS).sort());
  });

  it.each([
    ['varietyTypes', '0', 'tooSmall'],
    ['varietyTypes', '101', 'tooLarge'],
    ['teamMateWeight', '1,5', 'tooLarge'],
    ['teamMateWeight', '-0.1', 'atLeast'],
    ['highDemandCut', '11', 'atLeast'],
    ['lowLatitudeCut', '97', 'tooLarge'],
    ['coveragePeoplePerWorkstation', '2,5', 'notWhole'],
    ['coverageWorkstationsPerPerson', '0', 'atLeast'],
    ['interfaceNorm', 'eight', 'notANumber'],
    ['disturbanceNorm', ' ', 'empty'],
  ] as const)('%s "%s" → %s', (key, text, error) => {
    const checked = checkSetting(specOf(key), text, 'en');
    expect(checked.ok ? null : checked.error.key).toBe(error);
  });

  it('accepts exactly what the model schema accepts at the edges', () => {
    for (const spec of SETTING_SPECS) {
      for (const value of [spec.min, spec.max, spec.min - 0.5, spec.max + 0.5]) {
        const form = checkSetting(spec, String(value), 'en').ok;
        const model = analysisSettingsSchema.safeParse({ ...DEFAULT_ANALYSIS_SETTINGS, [spec.key]: value }).success;
        expect([spec.key, value, form]).toEqual([spec.key, value, model]);
      }
    }
  });

  it('returns only the changed settings, or every reason at once', () => {
    const drafts = { ...draftsOf(DEFAULT_ANALYSIS_SETTINGS, 'nl'), teamMateWeight: '0,25', highDemandCut: '30' };
    expect(checkSettingsForm(drafts, DEFAULT_ANALYSIS_SETTINGS, 'nl')).toEqual({ ok: true, changes: { teamMateWeight: 0.25 } });
    const bad = checkSettingsForm({ ...drafts, varietyTypes: '', coveragePeoplePerWorkstation: '3.5' }, DEFAULT_ANALYSIS_SETTINGS, 'en');
    expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual(['coveragePeoplePerWorkstation', 'varietyTypes']);
  });

  it('fills the defaults in the UI language', () => {
    expect(defaultDrafts('nl').teamMateWeight).toBe('0,5');
    expect(defaultDrafts('en').teamMateWeight).toBe('0.5');
  });
});
