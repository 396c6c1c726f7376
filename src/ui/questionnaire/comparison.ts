import type { JcqScores, Quadrant } from '../../analysis';
import { quadrantOf } from '../../analysis/scales';
import type { AnalysisSettings } from '../../model';

/**
 * Proxy (from the design) against questionnaire (from the people) side by side. A large
 * gap is a finding in itself (domain.md §4): the design model misses something, or the
 * role is experienced differently from how it is drawn. See docs/analysis.md, "Questionnaire".
 */

/** A gap of this many points or more on a 12–48 scale (SD, DA, PD) is large: a sixth of the range. */
export const SCALE_GAP = 6;
/** DL spans 24–96, twice the range, so its threshold is twice as large. */
export const DL_GAP = 12;

export type ScaleKey = keyof JcqScores;
export const SCALE_KEYS: readonly ScaleKey[] = ['SD', 'DA', 'DL', 'PD'];

export interface ComparisonRow {
  key: ScaleKey;
  proxy: number;
  questionnaire: number | null;
  /** Questionnaire minus proxy; null without questionnaire scores. */
  gap: number | null;
  large: boolean;
}

export const gapThreshold = (key: ScaleKey): number => (key === 'DL' ? DL_GAP : SCALE_GAP);

export function compareScales(proxy: JcqScores, questionnaire: JcqScores | null): ComparisonRow[] {
  return SCALE_KEYS.map((key) => {
    const q = questionnaire ? questionnaire[key] : null;
    const gap = q === null ? null : q - proxy[key];
    return { key, proxy: proxy[key], questionnaire: q, gap, large: gap !== null && Math.abs(gap) >= gapThreshold(key) - 1e-9 };
  });
}

export interface QuadrantComparison {
  proxy: Quadrant;
  questionnaire: Quadrant | null;
  differs: boolean;
}

export function compareQuadrants(proxy: JcqScores, questionnaire: JcqScores | null, settings: AnalysisSettings): QuadrantComparison {
  const p = quadrantOf(proxy.PD, proxy.DL, settings);
  const q = questionnaire ? quadrantOf(questionnaire.PD, questionnaire.DL, settings) : null;
  return { proxy: p, questionnaire: q, differs: q !== null && q !== p };
}
