import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../../app/analysisContext';
import { useScenario } from '../../app/editorContext';
import { polcaCards } from '../../analysis';
import type { PolcaLoop, Unit } from '../../model';
import { LIMITS } from '../../model/schema';
import { formatNumber } from '../format';
import { useLanguage, useScenarioCommand } from '../fields/useScenarioCommand';
import { percentToSafety, polcaFormulaText, safetyToPercent } from '../mct/polcaFormula';
import { numberRule } from '../validation';
import { Section, TextField } from './fields';
import '../mct/mct.css';

const MAX_DAYS = 100000;
const daysRule = numberRule({ min: 0, max: MAX_DAYS });
const jobsRule = numberRule({ min: 0, max: LIMITS.maxLoad });
const periodRule = numberRule({ min: 0, exclusiveMin: true, max: MAX_DAYS });
/** The model caps S at 10, i.e. 1000 %. */
const safetyRule = numberRule({ min: 0, max: 1000 });

type Figure = 'leadTimeFrom' | 'transit' | 'leadTimeTo' | 'returnTime' | 'jobs' | 'periodDays';
const TEST_IDS: Record<Figure, string> = {
  leadTimeFrom: 'polca.lead-time-from',
  transit: 'polca.transit',
  leadTimeTo: 'polca.lead-time-to',
  returnTime: 'polca.return-time',
  jobs: 'polca.jobs',
  periodDays: 'polca.period',
};

/** A POLCA loop between two cells: its figures, and the card count they give, worked out. */
export function PolcaLoopPanel({ loop }: { loop: PolcaLoop }) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const scenario = useScenario();
  const from = scenario.units[loop.fromUnitId];
  const to = scenario.units[loop.toUnitId];
  const names = { from: from?.name ?? '?', to: to?.name ?? '?' };
  return (
    <div className="insp-panel" data-testid="inspector.polca-panel">
      <header className="insp-header">
        <span className="insp-kind insp-kind-polca">{t('qrm.polca.entity')}</span>
        <h2 className="insp-title" title={`${names.from} → ${names.to}`} data-testid="polca.title">
          {names.from} → {names.to}
        </h2>
        <div className="insp-subtitle">{t('qrm.polca.ends', names)}</div>
      </header>
      {[from, to].map((unit) => unit && unit.kind !== 'cell' && <NotCellWarning key={unit.id} unit={unit} />)}
      <PolcaFigures loop={loop} />
      <PolcaResult loop={loop} />
      <button
        type="button"
        className="danger polca-delete"
        onClick={() => run('deleteEntities', { ids: [loop.id] })}
        data-testid="polca.delete"
      >
        {t('qrm.polca.delete')}
      </button>
    </div>
  );
}

/** LT_A, MT_AB, LT_B, RT_BA in days; NUM jobs in D days; S as a percentage. */
function PolcaFigures({ loop }: { loop: PolcaLoop }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const run = useScenarioCommand();
  const figure = (key: Figure) => (
    <TextField
      label={t(`qrm.polca.${key}`)}
      testId={TEST_IDS[key]}
      value={formatNumber(loop[key], language)}
      rule={key === 'jobs' ? jobsRule : key === 'periodDays' ? periodRule : daysRule}
      numeric
      onCommit={(value) => run('updatePolcaLoop', { id: loop.id, patch: { [key]: value } })}
    />
  );
  return (
    <>
      <Section title={t('qrm.polca.times')}>
        <div className="insp-row">
          {figure('leadTimeFrom')}
          {figure('transit')}
        </div>
        <div className="insp-row">
          {figure('leadTimeTo')}
          {figure('returnTime')}
        </div>
      </Section>
      <Section title={t('qrm.polca.throughput')}>
        <div className="insp-row">
          {figure('jobs')}
          {figure('periodDays')}
        </div>
        <div className="insp-row">
          <TextField
            label={t('qrm.polca.safety')}
            testId="polca.safety"
            value={formatNumber(safetyToPercent(loop.safety), language)}
            rule={safetyRule}
            numeric
            onCommit={(percent) => run('updatePolcaLoop', { id: loop.id, patch: { safety: percentToSafety(percent) } })}
          />
        </div>
      </Section>
    </>
  );
}

function NotCellWarning({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  return (
    <p className="field-error" role="note">
      {t('qrm.polca.notCell', { unit: unit.name, kind: t(`model.unitKind.${unit.kind}`).toLowerCase() })}
    </p>
  );
}

/** The card count from the analysis, with the formula written out twice: in symbols, then in numbers. */
function PolcaResult({ loop }: { loop: PolcaLoop }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const analysed = useAnalysis().polca.find((p) => p.loopId === loop.id);
  // The analysis runs once per change; until it has caught up, the same formula answers.
  const cards = analysed ? analysed.cards : polcaCards(loop);
  return (
    <Section title={t('qrm.polca.cardsTitle')}>
      <div className="polca-result">
        <span className="polca-cards" data-testid="polca.cards">
          {cards === null ? t('qrm.polca.noCards') : t('qrm.polca.cards', { count: cards })}
        </span>
        <p className="polca-formula">{t('qrm.polca.formula')}</p>
        <p className="polca-formula is-filled" data-testid="polca.formula">
          {polcaFormulaText(loop, cards, (n) => formatNumber(n, language))}
        </p>
      </div>
      <p className="insp-hint">{t('qrm.polca.explain')}</p>
    </Section>
  );
}
