import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PARAMETER_KEYS, type ScenarioAnalysis } from '../../analysis';
import { useAnalysis } from '../../app/analysisContext';
import { useScenario } from '../../app/editorContext';
import { QUADRANT_ORDER, QuadrantGlyph } from '../analysis/visuals';
import { overlaySummary, type OverlaySummary } from './overlaySummary';

/** High-strain roles listed before "+n". */
const SHOWN_ROLES = 6;

/** Two decimals always, so the values line up. */
const fixed = (language: string) =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const levelOf = (v: number | null) => (v === null ? 'na' : v >= 0.75 ? 'high' : v >= 0.5 ? 'mid' : 'low');

function ParameterBars({ analysis }: { analysis: ScenarioAnalysis }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="po-bars">
      {PARAMETER_KEYS.map((key) => {
        const { value } = analysis.parameters[key];
        const text = value === null ? t('presentation.overlay.na') : fixed(i18n.language).format(value);
        return (
          <li
            key={key}
            className={`po-bar po-${levelOf(value)}`}
            title={t(`analysis.parameter.${key}.name`)}
            data-parameter={key}
          >
            <span className="po-key">{key}</span>
            <span
              className="po-track"
              role="meter"
              aria-valuemin={0}
              aria-valuemax={1}
              aria-valuenow={value ?? undefined}
              aria-valuetext={text}
              aria-label={`${key} ${t(`analysis.parameter.${key}.name`)}`}
            >
              {value !== null && <span className="po-fill" style={{ width: `${Math.max(value * 100, 1)}%` }} />}
            </span>
            <span className="po-value">{text}</span>
          </li>
        );
      })}
    </ul>
  );
}

function HighStrainList({ roles }: { roles: OverlaySummary['highStrain'] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <p className="po-none">{t('presentation.overlay.none')}</p>;
  const rest = roles.length - SHOWN_ROLES;
  return (
    <ul className="po-roles" data-testid="presentation.high-strain">
      {roles.slice(0, SHOWN_ROLES).map((r) => (
        <li key={r.roleId} data-role-id={r.roleId}>
          <QuadrantGlyph quadrant="high-strain" size={11} />
          <span>{r.name}</span>
          {r.iso && <span className="po-iso">{t('presentation.overlay.iso')}</span>}
        </li>
      ))}
      {rest > 0 && <li className="po-more">{t('presentation.overlay.more', { count: rest })}</li>}
    </ul>
  );
}

/** A compact read of the scenario for the room: P1–P7, roles per Karasek quadrant, who is in high strain. */
export function AnalysisOverlay() {
  const { t } = useTranslation();
  const analysis = useAnalysis();
  const scenario = useScenario();
  const summary = useMemo(() => overlaySummary(analysis, scenario), [analysis, scenario]);
  return (
    <aside
      className="presentation-overlay"
      aria-label={t('presentation.overlay.title')}
      data-testid="presentation.overlay"
    >
      <h3>
        {t('presentation.overlay.title')} · <span className="po-scenario">{scenario.name}</span>
      </h3>
      <h4>{t('presentation.overlay.parameters')}</h4>
      <p className="po-hint">{t('presentation.overlay.parametersHint')}</p>
      <ParameterBars analysis={analysis} />
      <h4>{t('presentation.overlay.quadrants')}</h4>
      <ul className="po-quadrants">
        {QUADRANT_ORDER.map((q) => (
          <li key={q} className={`q-text-${q}`} data-quadrant={q} data-count={summary.quadrants[q]}>
            <QuadrantGlyph quadrant={q} size={13} />
            <span className="po-count">{summary.quadrants[q]}</span>
            <span className="po-qname">{t(`analysis.quadrant.${q}.name`)}</span>
          </li>
        ))}
      </ul>
      <h4>{t('presentation.overlay.highStrain')}</h4>
      <HighStrainList roles={summary.highStrain} />
    </aside>
  );
}
