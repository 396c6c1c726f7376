import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MctMap } from '../../model';
import { formatNumber } from '../format';
import { barGeometry, type BarPart, type BarTick } from './mctBarGeometry';
import './mct.css';

interface MctBarProps {
  map: MctMap;
  /** A slim bar without names, legend or inner labels, e.g. in the inspector. */
  compact?: boolean;
  testId?: string;
}

/** Below this width (percent) a segment's name would be only an ellipsis; its tooltip still names it. */
const MIN_NAMED_WIDTH = 5;

type Format = (days: number) => string;

/**
 * The MCT bar (domain.md §5): the critical path from order to first delivered piece as
 * segments end to end, each split into white (waiting) and grey (touch) space, with day
 * labels at the boundaries and the total. Used by the MCT editor, the analysis view and
 * reports.
 */
export function MctBar({ map, compact = false, testId = 'mct.bar' }: MctBarProps) {
  const { t, i18n } = useTranslation();
  const geometry = useMemo(() => barGeometry(map, compact ? 14 : 7), [map, compact]);
  const days = (value: number) => formatNumber(value, i18n.language, 1);
  if (!geometry.ok)
    return (
      <p className="mct-bar-empty" data-testid={testId}>
        {t(geometry.reason === 'cycle' ? 'qrm.bar.cycle' : 'qrm.bar.empty')}
      </p>
    );
  const { total, grey, white, parts, ticks, offPath } = geometry;
  const described = parts.map((p) => `${p.name} ${days(p.touch + p.wait)} ${t('qrm.bar.dayUnit')}`).join(', ');
  return (
    <figure className={`mct-bar${compact ? ' is-compact' : ''}`} data-testid={testId}>
      {!compact && <BarHead total={total} grey={grey} white={white} format={days} />}
      {!compact && (
        <div className="mct-bar-names" aria-hidden="true">
          {parts.map((p) => (
            <span key={p.id} className="mct-bar-name" style={{ left: `${p.left}%`, width: `${p.width}%` }}>
              {p.width >= MIN_NAMED_WIDTH ? p.name : ''}
            </span>
          ))}
        </div>
      )}
      <div className="mct-bar-track" role="img" aria-label={`${t('qrm.bar.label')}: ${described}`}>
        {parts.map((p) => (
          <BarSegment key={p.id} part={p} format={days} />
        ))}
      </div>
      <div className="mct-bar-ticks" aria-hidden="true">
        {ticks.map((tick, i) => (
          <TickLabel
            key={i}
            tick={tick}
            edge={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : null}
            format={days}
          />
        ))}
      </div>
      {!compact && offPath.length > 0 && (
        <p className="mct-bar-offpath">{t('qrm.bar.offPath', { names: offPath.map((s) => s.name).join(', ') })}</p>
      )}
    </figure>
  );
}

/** The total, and how much of it is touch (grey) and waiting (white). */
function BarHead({ total, grey, white, format }: { total: number; grey: number; white: number; format: Format }) {
  const { t } = useTranslation();
  return (
    <figcaption className="mct-bar-head">
      <strong className="mct-bar-total" data-testid="mct.total">
        {t('qrm.bar.days', { count: total, days: format(total) })}
      </strong>
      <span className="mct-legend">
        <span className="mct-swatch is-grey" aria-hidden="true" />
        {t('qrm.bar.grey', { days: format(grey) })}
      </span>
      <span className="mct-legend">
        <span className="mct-swatch is-white" aria-hidden="true" />
        {t('qrm.bar.white', { days: format(white) })}
      </span>
    </figcaption>
  );
}

function BarSegment({ part, format }: { part: BarPart; format: Format }) {
  const { t } = useTranslation();
  const title = t('qrm.bar.segmentTitle', {
    name: part.name,
    touch: format(part.touch),
    wait: format(part.wait),
    days: format(part.touch + part.wait),
  });
  return (
    <span
      className={`mct-part kind-${part.kind}`}
      style={{ left: `${part.left}%`, width: `${part.width}%` }}
      title={title}
      data-testid="mct.bar-part"
    >
      <span className="mct-white" style={{ flexGrow: part.waitShare }} />
      <span className="mct-grey" style={{ flexGrow: 1 - part.waitShare }} />
    </span>
  );
}

/** A day label; the first and last align to the bar's ends instead of centring on them. */
function TickLabel({ tick, edge, format }: { tick: BarTick; edge: 'start' | 'end' | null; format: Format }) {
  return (
    <span className={`mct-tick${edge ? ` is-${edge}` : ''}`} style={{ left: `${tick.left}%` }}>
      {format(tick.days)}
    </span>
  );
}
