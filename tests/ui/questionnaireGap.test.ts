import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../src/model';
import { DL_GAP, SCALE_GAP, compareQuadrants, compareScales } from '../../src/ui/questionnaire/comparison';
import { checkScales } from '../../src/ui/questionnaire/scales';

const scores = (SD: number, DA: number, PD: number) => ({ SD, DA, DL: SD + DA, PD });

describe('proxy against questionnaire', () => {
  it('marks a gap of 6 points or more on SD, DA and PD, and of 12 on DL', () => {
    expect([SCALE_GAP, DL_GAP]).toEqual([6, 12]);
    const rows = compareScales(scores(20, 12, 33), scores(26, 17.9, 27.1));
    expect(rows.map((r) => [r.key, r.gap, r.large])).toEqual([
      ['SD', 6, true],
      ['DA', expect.closeTo(5.9), false],
      ['DL', expect.closeTo(11.9), false],
      ['PD', expect.closeTo(-5.9), false],
    ]);
    expect(compareScales(scores(20, 12, 33), scores(27, 17, 20)).find((r) => r.key === 'DL')?.large).toBe(true);
  });

  it('has no gap without questionnaire scores', () => {
    expect(compareScales(scores(20, 12, 33), null).every((r) => r.gap === null && !r.large)).toBe(true);
  });

  it('flags a different quadrant', () => {
    // The domain's LAS proxy (high strain) against a questionnaire with high latitude (active).
    const q = compareQuadrants(scores(19.8, 12, 33.3), scores(36, 36, 40), DEFAULT_ANALYSIS_SETTINGS);
    expect(q).toEqual({ proxy: 'high-strain', questionnaire: 'active', differs: true });
    expect(compareQuadrants(scores(19.8, 12, 33.3), null, DEFAULT_ANALYSIS_SETTINGS).differs).toBe(false);
  });
});

describe('scale scores form', () => {
  it('is empty (no scale scores) when all four fields are', () => {
    expect(checkScales({ sd: '', da: ' ', pd: '', respondents: '' })).toEqual({ ok: true, value: null });
  });

  it('reads decimal commas and checks each field', () => {
    expect(checkScales({ sd: '30,5', da: '24', pd: '36.25', respondents: '7' })).toEqual({
      ok: true,
      value: { sd: 30.5, da: 24, pd: 36.25, respondents: 7 },
    });
    const bad = checkScales({ sd: '50', da: 'x', pd: '', respondents: '2.5' });
    expect(bad.ok ? {} : Object.fromEntries(Object.entries(bad.errors).map(([k, e]) => [k, e?.key]))).toEqual({
      sd: 'scaleRange',
      da: 'notANumber',
      pd: 'empty',
      respondents: 'notWhole',
    });
  });
});
