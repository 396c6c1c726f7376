import { useTranslation } from 'react-i18next';
import type { RoleAnalysis, ScenarioAnalysis, WorkstationCoverage } from '../../analysis';
import { useAnalysis } from '../../app/analysisContext';
import type { RoleId, WorkstationId } from '../../model';
import { formatNumber } from '../../ui/format';
import { FlagIcon, QUADRANT_FLAGS, QuadrantGlyph } from '../../ui/analysis/visuals';
import './badges.css';

/*
 * Analysis results on the nodes. Each badge reads the analysis from context itself, so the
 * node objects from toFlow stay stable and only these small parts re-render on an edit.
 */

const roleIndex = new WeakMap<ScenarioAnalysis, Map<RoleId, RoleAnalysis>>();
const coverageIndex = new WeakMap<ScenarioAnalysis, Map<WorkstationId, WorkstationCoverage>>();

/** One lookup map per analysis, shared by every node (not one per node per edit). */
function indexed<K, V>(
  cache: WeakMap<ScenarioAnalysis, Map<K, V>>,
  analysis: ScenarioAnalysis,
  build: () => Map<K, V>,
): Map<K, V> {
  let map = cache.get(analysis);
  if (!map) {
    map = build();
    cache.set(analysis, map);
  }
  return map;
}

/** Quadrant (shape, text, colour) on the card's top edge; the other risks as icons on its bottom edge. */
export function RoleBadges({ roleId }: { roleId: RoleId }) {
  const { t, i18n } = useTranslation();
  const analysis = useAnalysis();
  const role = indexed(roleIndex, analysis, () => new Map(analysis.roles.map((r) => [r.roleId, r]))).get(roleId);
  if (!role) return null;
  const { quadrant, scores } = role;
  const name = t(`analysis.quadrant.${quadrant}.name`);
  const hint = t('analysis.badge.quadrantHint', {
    quadrant: name,
    meaning: t(`analysis.quadrant.${quadrant}.meaning`),
    dl: formatNumber(scores.DL, i18n.language, 1),
    pd: formatNumber(scores.PD, i18n.language, 1),
  });
  const flags = role.flags.filter((f) => !QUADRANT_FLAGS.has(f));
  return (
    <>
      <span
        className={`quadrant-badge qb-${quadrant}`}
        title={hint}
        data-testid="node.quadrant"
        data-quadrant={quadrant}
      >
        <QuadrantGlyph quadrant={quadrant} size={10} />
        {name}
      </span>
      {flags.length > 0 && (
        <span className="flag-badges" role="list" aria-label={t('analysis.badge.flags')}>
          {flags.map((flag) => (
            <span
              key={flag}
              className={`flag-badge fb-${flag}`}
              role="listitem"
              aria-label={t(`analysis.flag.${flag}.long`)}
              title={t(`analysis.flag.${flag}.long`)}
              data-testid="node.flag"
              data-flag={flag}
            >
              <FlagIcon flag={flag} size={12} />
            </span>
          ))}
        </span>
      )}
    </>
  );
}

/** A red zone or an uncovered workstation: a red dashed outline and "1 qualified". */
export function CoverageBadge({ workstationId }: { workstationId: WorkstationId }) {
  const { t } = useTranslation();
  const analysis = useAnalysis();
  const { coverage } = analysis;
  if (!coverage.hasData) return null;
  const row = indexed(
    coverageIndex,
    analysis,
    () => new Map(coverage.workstations.map((w) => [w.workstationId, w])),
  ).get(workstationId);
  if (!row || (row.status !== 'red-zone' && row.status !== 'uncovered')) return null;
  const count = row.qualifiedPeople;
  const hint =
    row.status === 'red-zone'
      ? t('analysis.coverage.redZoneHint', { count, k: coverage.kPerWorkstation })
      : t('analysis.coverage.uncoveredHint', { k: coverage.kPerWorkstation });
  return (
    <>
      <span className="coverage-outline" aria-hidden="true" />
      <span
        className="coverage-badge"
        title={hint}
        aria-label={hint}
        data-testid="node.coverage"
        data-status={row.status}
      >
        <svg width={11} height={11} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1.6 15 14H1Z" fill="currentColor" />
          <path d="M8 6v3.8M8 11.9v.1" stroke="#fff" strokeWidth={1.8} strokeLinecap="round" />
        </svg>
        {t('analysis.coverage.qualified', { count })}
      </span>
    </>
  );
}
