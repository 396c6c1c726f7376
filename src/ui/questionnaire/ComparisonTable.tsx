import { useTranslation } from 'react-i18next';
import { MIN_RESPONDENTS, type JcqScores, type QuestionnaireScores } from '../../analysis';
import type { AnalysisSettings } from '../../model';
import { formatNumber } from '../format';
import { useLanguage } from '../fields/useScenarioCommand';
import { compareQuadrants, compareScales, gapThreshold } from './comparison';

interface ComparisonTableProps {
  proxy: JcqScores;
  preview: QuestionnaireScores | null;
  /** Respondents counted so far, for the anonymity notice. */
  respondents: number;
  invalid: boolean;
  settings: AnalysisSettings;
}

/**
 * Proxy and questionnaire side by side with the gap; a large gap is marked by icon, text
 * and colour. Below five respondents the questionnaire column stays empty and says why.
 */
export function ComparisonTable({ proxy, preview, respondents, invalid, settings }: ComparisonTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const f = (n: number | null) => (n === null ? '–' : formatNumber(n, language, 1));
  const rows = compareScales(proxy, preview);
  const quadrants = compareQuadrants(proxy, preview, settings);
  return (
    <section className="qn-results" data-testid="questionnaire.results" aria-labelledby="qn-results-title">
      <h3 id="qn-results-title">{t('analysisInputs.questionnaire.resultsTitle')}</h3>
      <table className="qn-compare">
        <thead>
          <tr>
            <th scope="col">{t('analysisInputs.questionnaire.scaleColumn')}</th>
            <th scope="col">{t('analysisInputs.questionnaire.proxyColumn')}</th>
            <th scope="col">{t('analysisInputs.questionnaire.questionnaireColumn')}</th>
            <th scope="col">{t('analysisInputs.questionnaire.gapColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.large ? 'is-large' : undefined} data-testid="questionnaire.compare-row" data-scale={row.key}>
              <th scope="row">{t(`analysisInputs.scale.${row.key}`)}</th>
              <td>{f(row.proxy)}</td>
              <td data-testid="questionnaire.value">{f(row.questionnaire)}</td>
              <td>
                {row.gap === null ? '–' : `${row.gap > 0 ? '+' : ''}${f(row.gap)}`}
                {row.large && <LargeGap threshold={gapThreshold(row.key)} />}
              </td>
            </tr>
          ))}
          <tr className={quadrants.differs ? 'is-large' : undefined} data-testid="questionnaire.compare-row" data-scale="quadrant">
            <th scope="row">{t('analysisInputs.questionnaire.quadrant')}</th>
            <td>{t(`analysisInputs.quadrant.${quadrants.proxy}`)}</td>
            <td>{quadrants.questionnaire ? t(`analysisInputs.quadrant.${quadrants.questionnaire}`) : '–'}</td>
            <td>{quadrants.differs && <LargeGap label={t('analysisInputs.questionnaire.otherQuadrant')} />}</td>
          </tr>
        </tbody>
      </table>
      {invalid ? (
        <p className="qn-note">{t('analysisInputs.questionnaire.fixFirst')}</p>
      ) : preview ? (
        <p className="qn-note">
          {t(`analysisInputs.questionnaire.basedOn.${preview.from}`, { count: preview.respondents })}{' '}
          {t('analysisInputs.questionnaire.gapRule', { points: gapThreshold('SD'), dl: gapThreshold('DL') })}
        </p>
      ) : (
        <p className="qn-note qn-anonymity" data-testid="questionnaire.anonymity">
          {t('analysisInputs.questionnaire.anonymity', { min: MIN_RESPONDENTS, count: respondents })}
        </p>
      )}
    </section>
  );
}

function LargeGap({ threshold, label }: { threshold?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <span className="qn-gap-flag" data-testid="questionnaire.large-gap" title={threshold ? t('analysisInputs.questionnaire.largeGapTitle', { points: threshold }) : undefined}>
      <span aria-hidden="true">▲</span> {label ?? t('analysisInputs.questionnaire.largeGap')}
    </span>
  );
}
