import { useNodeTranslation } from '../../i18n/useNodeTranslation';
import type {
  CoverageResult,
  Quadrant,
  RoleAnalysis,
  RoleFlag,
  ScenarioAnalysis,
  WorkstationCoverage,
} from '../../analysis';
import { roleAnalysisOf, useAnalysisSelector } from '../../app/analysisContext';
import type { RoleId, WorkstationId } from '../../model';
import { formatNumber } from '../../ui/format';
import { FlagIcon, QUADRANT_FLAGS, QuadrantGlyph } from '../../ui/analysis/visuals';
import './badges.css';

/*
 * Analysis results on the nodes. Each badge reads its slice of the analysis itself, so the
 * node objects from toFlow stay stable, and as a string: a new analysis re-renders only the
 * badges whose figures changed, not one per node on every edit.
 */

/*
 * Keyed on the coverage result and the role results, not the analysis: an incremental
 * re-analysis hands on every part an edit left alone, so after an edit the lookup map and
 * the keys of untouched roles are taken over instead of built again for every node.
 */
const coverageIndex = new WeakMap<CoverageResult, Map<WorkstationId, WorkstationCoverage>>();
const roleBadgeKeys = new WeakMap<RoleAnalysis, string>();

/** The value kept for `key`, built on first use. */
function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, build: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

/** What a role's badges show, as `quadrant DL PD flag,flag`; empty when the role has no analysis. */
function roleBadgeKey(analysis: ScenarioAnalysis, roleId: RoleId): string {
  const role = roleAnalysisOf(analysis, roleId);
  if (!role) return '';
  return cached(
    roleBadgeKeys,
    role,
    () => `${role.quadrant} ${role.scores.DL} ${role.scores.PD} ${role.flags.join(',')}`,
  );
}

/** Quadrant (shape, text, colour) on the card's top edge; the other risks as icons on its bottom edge. */
export function RoleBadges({ roleId }: { roleId: RoleId }) {
  const { t, language } = useNodeTranslation();
  const key = useAnalysisSelector((analysis) => roleBadgeKey(analysis, roleId));
  if (!key) return null;
  const [quadrantText = '', dl = '', pd = '', flagText = ''] = key.split(' ');
  const quadrant = quadrantText as Quadrant;
  const scores = { DL: Number(dl), PD: Number(pd) };
  const allFlags = (flagText ? flagText.split(',') : []) as RoleFlag[];
  const name = t(`analysis.quadrant.${quadrant}.name`);
  const hint = t('analysis.badge.quadrantHint', {
    quadrant: name,
    meaning: t(`analysis.quadrant.${quadrant}.meaning`),
    dl: formatNumber(scores.DL, language, 1),
    pd: formatNumber(scores.PD, language, 1),
  });
  const flags = allFlags.filter((f) => !QUADRANT_FLAGS.has(f));
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

/** What a workstation's coverage badge shows, as `status qualified k`; empty when it shows none. */
function coverageBadgeKey(analysis: ScenarioAnalysis, workstationId: WorkstationId): string {
  const { coverage } = analysis;
  if (!coverage.hasData) return '';
  const row = cached(
    coverageIndex,
    coverage,
    () => new Map(coverage.workstations.map((w) => [w.workstationId, w])),
  ).get(workstationId);
  if (!row || (row.status !== 'red-zone' && row.status !== 'uncovered')) return '';
  return `${row.status} ${row.qualifiedPeople} ${coverage.kPerWorkstation}`;
}

/** A red zone or an uncovered workstation: a red dashed outline and "1 qualified". */
export function CoverageBadge({ workstationId }: { workstationId: WorkstationId }) {
  const { t } = useNodeTranslation();
  const key = useAnalysisSelector((analysis) => coverageBadgeKey(analysis, workstationId));
  if (!key) return null;
  const [status, qualified, k] = key.split(' ');
  const row = { status, qualifiedPeople: Number(qualified) };
  const coverage = { kPerWorkstation: Number(k) };
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
