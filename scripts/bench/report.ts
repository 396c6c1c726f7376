/** One line of the bench table: Latitude's figure, the baseline's, their ratio and the target. */
export interface Row {
  id: string;
  measure: string;
  unit: string;
  latitude: number | null;
  baseline: number | null;
  /** latitude / baseline when both exist. */
  ratio: number | null;
  target: string;
  /** null when the row has no target of its own or could not be measured. */
  met: boolean | null;
  note?: string;
}

export interface Target {
  /** Latitude's figure at most this, or the ratio at most this when `ratio` is set. */
  max: number;
  ratio?: boolean;
  /** Strictly below `max` rather than at most. */
  strict?: boolean;
}

export function row(
  id: string,
  measure: string,
  unit: string,
  latitude: number | null,
  baseline: number | null,
  target: Target | null,
  note?: string,
): Row {
  const ratio = latitude !== null && baseline !== null && baseline > 0 ? latitude / baseline : null;
  const value = target?.ratio ? ratio : latitude;
  const met =
    target === null || value === null || !Number.isFinite(value) ? null : target.strict ? value < target.max : value <= target.max;
  const targetText = target === null ? '' : `${target.strict ? '<' : '≤'} ${target.max}${target.ratio ? '×' : ` ${unit}`}`;
  return { id, measure, unit, latitude, baseline, ratio, target: targetText, met, ...(note ? { note } : {}) };
}

const num = (x: number | null, digits = 1) => (x === null || !Number.isFinite(x) ? '–' : x.toFixed(digits));

/** The table as Markdown, for stdout and docs/performance.md. */
export function table(rows: readonly Row[]): string {
  const head = '| | measure | Latitude | baseline | ratio | target | met |';
  const rule = '|---|---|---:|---:|---:|---|---|';
  const lines = rows.map((r) => {
    const met = r.met === null ? (r.note ?? '') : r.met ? 'yes' : 'no';
    return `| ${r.id} | ${r.measure} (${r.unit}) | ${num(r.latitude)} | ${num(r.baseline)} | ${num(r.ratio, 2)} | ${r.target} | ${met} |`;
  });
  return [head, rule, ...lines].join('\n');
}
