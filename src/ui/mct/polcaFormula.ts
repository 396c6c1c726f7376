import type { PolcaFigures } from '../../analysis';

/**
 * The card formula with the loop's own figures filled in, as the user would check it by
 * hand: `ceil((3 + 0.25 + 1 + 0.25) × 128 / 63 × 1.1) = 11`. `format` writes numbers in the
 * user's language (decimal commas in Dutch).
 */
export function polcaFormulaText(loop: PolcaFigures, cards: number | null, format: (n: number) => string): string {
  const times = [loop.leadTimeFrom, loop.transit, loop.leadTimeTo, loop.returnTime].map(format).join(' + ');
  const value = `ceil((${times}) × ${format(loop.jobs)} / ${format(loop.periodDays)} × ${format(1 + loop.safety)})`;
  return `${value} = ${cards === null ? '–' : format(cards)}`;
}

/** Safety S is stored as a fraction (0.1) and edited as a percentage (10). */
export const safetyToPercent = (safety: number): number => Math.round(safety * 100 * 1e6) / 1e6;
export const percentToSafety = (percent: number): number => Math.round(percent * 1e6) / 1e8;
