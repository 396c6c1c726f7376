import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PARAMETER_KEYS,
  type ParameterDriver,
  type FamilyHandoffs,
  type ParameterKey,
  type ParameterResult,
  type StructureParameters,
} from '../../analysis';
import { fixed, messageText, type MessageContext } from './messageText';

/** Driver chips shown before "+n more". */
const SHOWN_DRIVERS = 3;

interface StructureProfileProps {
  parameters: StructureParameters;
  ctx: MessageContext;
  /** The parameter a finding pointed at; it is outlined for a moment. */
  highlighted: ParameterKey | null;
  onShow: (entityId: string) => void;
}

const level = (v: number | null) => (v === null ? 'na' : v >= 0.75 ? 'high' : v >= 0.5 ? 'mid' : 'low');

interface DriverChip {
  entityId: string;
  /** Several when the entity drives the parameter in several ways (P7 per aspect). */
  drivers: ParameterDriver[];
}

/** One chip per entity, largest contribution first (the engine's order). */
function driverChips(result: ParameterResult): DriverChip[] {
  const byEntity = new Map<string, DriverChip>();
  for (const d of result.drivers) {
    const chip = byEntity.get(d.entityId);
    if (chip) chip.drivers.push(d);
    else byEntity.set(d.entityId, { entityId: d.entityId, drivers: [d] });
  }
  return [...byEntity.values()];
}

/** Why the entity pushes the parameter up, in words; only for the chips on screen. */
const reasonsOf = (chip: DriverChip, ctx: MessageContext): string[] =>
  chip.drivers.map((d) => messageText({ key: `driver.${d.reason}`, params: { entity: d.entityId, ...d.params } }, ctx));

function Drivers({
  result,
  ctx,
  onShow,
}: {
  result: ParameterResult;
  ctx: MessageContext;
  onShow: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const chips = useMemo(() => driverChips(result), [result]);
  if (chips.length === 0) return <p className="sp-drivers muted">{t('analysis.profile.noDrivers')}</p>;
  const shown = all ? chips : chips.slice(0, SHOWN_DRIVERS);
  return (
    <div className="sp-drivers">
      <span className="sp-driven">{t('analysis.profile.drivenBy')}</span>
      {shown.map((chip) => {
        const { entityId } = chip;
        const name = ctx.nameOf(entityId);
        const reasons = reasonsOf(chip, ctx);
        return (
          <button
            key={entityId}
            type="button"
            className="driver-chip"
            title={reasons.join('\n')}
            aria-label={`${reasons.join('; ')}. ${t('analysis.profile.showOnCanvas', { name })}`}
            data-testid="analysis.parameter-driver"
            data-entity-id={entityId}
            onClick={() => onShow(entityId)}
          >
            {name}
          </button>
        );
      })}
      {chips.length > SHOWN_DRIVERS && (
        <button type="button" className="link-button sp-more" onClick={() => setAll(!all)} aria-expanded={all}>
          {all
            ? t('analysis.profile.fewerDrivers')
            : t('analysis.profile.moreDrivers', { count: chips.length - SHOWN_DRIVERS })}
        </button>
      )}
    </div>
  );
}

/** The value as a bar from 0 to 1, with a tick at 0.5 where the engine starts to report it. */
function ParameterBar({ value, text, label }: { value: number | null; text: string; label: string }) {
  return (
    <div
      className="sp-bar"
      role="meter"
      aria-valuemin={0}
      aria-valuemax={1}
      aria-valuenow={value ?? undefined}
      aria-valuetext={text}
      aria-label={label}
    >
      {value !== null && <span className="sp-fill" style={{ width: `${Math.max(value * 100, 0.8)}%` }} />}
      <span className="sp-half" aria-hidden="true" />
    </div>
  );
}

function ParameterRow({
  result,
  ctx,
  highlighted,
  onShow,
}: {
  result: ParameterResult;
  ctx: MessageContext;
  highlighted: boolean;
  onShow: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { key, value } = result;
  const text = value === null ? t('analysis.profile.na') : fixed(value, ctx.language, 3);
  return (
    <li
      className={`sp-row sp-${level(value)}${highlighted ? ' is-highlighted' : ''}`}
      data-testid="analysis.parameter"
      data-parameter={key}
      id={`analysis-parameter-${key}`}
    >
      <div className="sp-head">
        <span className="sp-key">{key}</span>
        <span className="sp-name">{t(`analysis.parameter.${key}.name`)}</span>
        <span
          className="sp-value"
          data-testid="analysis.parameter-value"
          title={value === null ? t('analysis.profile.naHint') : undefined}
        >
          {text}
        </span>
      </div>
      <ParameterBar value={value} text={text} label={`${key} ${t(`analysis.parameter.${key}.name`)}`} />
      <p className="sp-meaning">
        {t(`analysis.parameter.${key}.meaning`)}{' '}
        <span className="sp-lowers">{t('analysis.profile.lowersBy', { moves: t(`analysis.lowers.${key}`) })}</span>
      </p>
      <Drivers result={result} ctx={ctx} onShow={onShow} />
    </li>
  );
}

/** H(f) per family: how often the work changes hands along the route. */
export const Handoffs = memo(function Handoffs({
  handoffs,
  ctx,
  onShow,
}: {
  handoffs: readonly FamilyHandoffs[];
  ctx: MessageContext;
  onShow: (id: string) => void;
}) {
  const { t } = useTranslation();
  const routed = handoffs.filter((h) => h.steps.length > 0);
  return (
    <>
      <p className="analysis-scale">{t('analysis.profile.handoffsHint')}</p>
      {routed.length === 0 ? (
        <p className="muted">{t('analysis.profile.noFamilies')}</p>
      ) : (
        <ul className="handoff-list">
          {routed.map((h) => (
            <li key={h.familyId} data-testid="analysis.handoffs" data-family-id={h.familyId} data-count={h.count}>
              <button
                type="button"
                className="link-button handoff-name"
                onClick={() => onShow(h.familyId)}
                title={t('analysis.profile.showOnCanvas', { name: ctx.nameOf(h.familyId) })}
              >
                {ctx.nameOf(h.familyId)}
              </button>
              <span className="handoff-pips" aria-hidden="true">
                {Array.from({ length: Math.min(h.count, 12) }, (_, i) => (
                  <span key={i} className="pip" />
                ))}
              </span>
              <span className="handoff-count">{t('analysis.profile.handoffCount', { count: h.count })}</span>
              <span className="muted handoff-units">
                {t('analysis.profile.unitsCrossed', { count: h.unitsCrossed })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
});

/** P1–P7 as bars with their meaning and the entities that push them up. */
export const StructureProfile = memo(function StructureProfile({
  parameters,
  ctx,
  highlighted,
  onShow,
}: StructureProfileProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="analysis-scale">{t('analysis.profile.scale')}</p>
      <ol className="sp-list">
        {PARAMETER_KEYS.map((key) => (
          <ParameterRow
            key={key}
            result={parameters[key]}
            ctx={ctx}
            highlighted={highlighted === key}
            onShow={onShow}
          />
        ))}
      </ol>
    </>
  );
});
