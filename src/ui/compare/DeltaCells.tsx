import { useTranslation } from 'react-i18next';
import type { NumberDelta } from '../../analysis/compare';
import { formatNumber } from '../format';

/** Which way is good for a figure: fewer handoffs are better, more headcount is not judged. */
export type Better = 'lower' | 'higher' | 'none';

/** Deltas smaller than this (after rounding to the shown digits) count as no change. */
const EPSILON = 1e-9;

export function directionOf(delta: number | null, better: Better, digits: number): 'better' | 'worse' | 'same' | 'changed' {
  if (delta === null) return 'same';
  const shown = Math.round(delta * 10 ** digits) / 10 ** digits;
  if (Math.abs(shown) < EPSILON) return 'same';
  if (better === 'none') return 'changed';
  return (shown < 0) === (better === 'lower') ? 'better' : 'worse';
}

interface DeltaCellsProps {
  value: NumberDelta;
  better: Better;
  digits?: number;
  /** Shown for a missing side, e.g. "no map". */
  missing?: string;
  /** Appended to the numbers, e.g. " %". */
  unit?: string;
}

/**
 * Before, after and change as three table cells. The change carries a sign and an arrow
 * (▼ down, ▲ up) and says better or worse in words for screen readers; colour only adds.
 */
export function DeltaCells({ value, better, digits = 2, missing = '—', unit = '' }: DeltaCellsProps) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number | null) => (v === null ? missing : `${formatNumber(v, i18n.language, digits)}${unit}`);
  const direction = directionOf(value.delta, better, digits);
  const d = value.delta ?? 0;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '';
  const arrow = d > 0 ? '▲' : '▼';
  const verdict = direction === 'better' || direction === 'worse' ? t(`compare.deltas.${direction}`) : undefined;
  return (
    <>
      <td className="is-num">{fmt(value.before)}</td>
      <td className="is-num">{fmt(value.after)}</td>
      <td className={`is-num cmp-delta d-${direction}`} data-direction={direction} title={verdict}>
        {direction === 'same' ? (
          <span className="muted">0</span>
        ) : (
          <>
            {sign}
            {formatNumber(Math.abs(d), i18n.language, digits)}
            {unit} <span aria-hidden="true">{arrow}</span>
            {verdict && <span className="visually-hidden"> ({verdict})</span>}
          </>
        )}
      </td>
    </>
  );
}

export function DeltaHead({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="is-num">
          {t('compare.deltas.column.before')}
        </th>
        <th scope="col" className="is-num">
          {t('compare.deltas.column.after')}
        </th>
        <th scope="col" className="is-num">
          {t('compare.deltas.column.delta')}
        </th>
      </tr>
    </thead>
  );
}
