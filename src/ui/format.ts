/**
 * Number writing for fields and tables; reading is `parseDecimal` in io/decimal.ts.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: string, maxDigits: number): Intl.NumberFormat {
  const key = `${language}:${maxDigits}`;
  let f = formatters.get(key);
  if (!f) {
    // No grouping: "1.000" would read as one in Dutch and as a thousand in English.
    f = new Intl.NumberFormat(language, { maximumFractionDigits: maxDigits, useGrouping: false });
    formatters.set(key, f);
  }
  return f;
}

/** A number as the user would type it back in this language; empty for null. */
export function formatNumber(value: number | null, language: string, maxDigits = 4): string {
  if (value === null || !Number.isFinite(value)) return '';
  return formatter(language, maxDigits).format(value);
}

/** A share (0–1) as "33,33 %" / "33.33 %". */
export function formatPercent(fraction: number, language: string, maxDigits = 2): string {
  return `${formatNumber(fraction * 100, language, maxDigits)} %`;
}

/** Shares in percent are accepted when they sum to 100 within the model's tolerance. */
export const PERCENT_TOLERANCE = 1e-4;

export function percentSum(percents: readonly number[]): number {
  return percents.reduce((acc, p) => acc + p, 0);
}

export function isHundredPercent(percents: readonly number[]): boolean {
  return Math.abs(percentSum(percents) - 100) <= PERCENT_TOLERANCE;
}

/** Exact equal shares in percent; kept unrounded so they still sum to 100. */
export function evenShares(count: number): number[] {
  if (count <= 0) return [];
  return Array.from({ length: count }, () => 100 / count);
}
