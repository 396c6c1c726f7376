import type { AnalysisSettings } from '../model/types';

/** Clamps to [0, 1]; NaN becomes 0 so a degenerate input never leaks into a score. */
export function clamp01(x: number): number {
  if (!(x > 0)) return 0;
  return x > 1 ? 1 : x;
}

/** Maps a 0–1 proxy to the 12–48 JCQ scale (domain.md §4). */
export const toJcqScale = (proxy: number): number => 12 + 36 * clamp01(proxy);

export type Quadrant = 'high-strain' | 'active' | 'low-strain' | 'passive';

/** Karasek quadrant; a tie on a cut is "not high" demand and "not low" latitude. */
export function quadrantOf(pd: number, dl: number, settings: AnalysisSettings): Quadrant {
  const highDemand = pd > settings.highDemandCut;
  const lowLatitude = dl < settings.lowLatitudeCut;
  if (highDemand) return lowLatitude ? 'high-strain' : 'active';
  return lowLatitude ? 'passive' : 'low-strain';
}

/** PD / (DL / 2): above 1 the control need exceeds the control capacity. DL ≥ 24 on the scale. */
export const strainRatioOf = (pd: number, dl: number): number => (dl > 0 ? pd / (dl / 2) : 0);

/** Weighted mean that falls back to the plain mean when all weights are zero. */
export function weightedMean(values: readonly number[], weights: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sw = 0;
  let swx = 0;
  let sx = 0;
  values.forEach((v, i) => {
    const w = weights[i] ?? 0;
    sw += w;
    swx += w * v;
    sx += v;
  });
  return sw > 0 ? swx / sw : sx / values.length;
}
