import { useTranslation } from 'react-i18next';
import type { TrainingNeed } from '../../analysis';
import type { QualificationLevel, Scenario } from '../../model';
import { formatNumber } from '../format';
import { useLanguage } from '../fields/useScenarioCommand';
import { joinNames, type RoleGap, type WorkstationGap } from './matrix';
import type { CellRef } from './useMatrixKeys';

interface TrainingNeedsProps {
  scenario: Scenario;
  gaps: { workstations: WorkstationGap[]; roles: RoleGap[] };
  hasData: boolean;
  k: { people: number; workstations: number };
  setLevel: (cell: CellRef, level: QualificationLevel) => void;
}

/** What to train to close each coverage gap, with the analysis's suggested people and workstations. */
export function TrainingNeeds({ scenario, gaps, hasData, k, setLevel }: TrainingNeedsProps) {
  const { t } = useTranslation();
  const total = gaps.workstations.length + gaps.roles.length;
  return (
    <section className={`skills-needs${hasData && total > 0 ? '' : ' is-compact'}`} data-testid="skills.training-needs" aria-labelledby="skills-needs-title">
      <h3 id="skills-needs-title">
        {t('analysisInputs.skills.needsTitle')}
        {hasData && total > 0 && <span className="skills-needs-count">{total}</span>}
      </h3>
      {!hasData ? (
        <p className="muted">{t('analysisInputs.skills.noData')}</p>
      ) : total === 0 ? (
        <p className="skills-needs-none">
          <span aria-hidden="true">✓</span> {t('analysisInputs.skills.noGaps', { kPeople: k.people, kWorkstations: k.workstations })}
        </p>
      ) : (
        <div className="skills-needs-columns">
          {gaps.workstations.length > 0 && (
            <ul className="skills-needs-list" aria-label={t('analysisInputs.skills.needsWorkstations')}>
              {gaps.workstations.map((g) => (
                <WorkstationNeed key={g.workstationId} gap={g} scenario={scenario} k={k.people} setLevel={setLevel} />
              ))}
            </ul>
          )}
          {gaps.roles.length > 0 && (
            <ul className="skills-needs-list" aria-label={t('analysisInputs.skills.needsRoles')}>
              {gaps.roles.map((g) => (
                <RoleNeed key={g.roleId} gap={g} scenario={scenario} k={k.workstations} setLevel={setLevel} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

interface NeedProps<G> {
  gap: G;
  scenario: Scenario;
  k: number;
  setLevel: (cell: CellRef, level: QualificationLevel) => void;
}

function WorkstationNeed({ gap, scenario, k, setLevel }: NeedProps<WorkstationGap>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ws = scenario.workstations[gap.workstationId]?.name ?? gap.workstationId;
  const roles = joinNames(
    gap.qualifiedRoles.map((id) => scenario.roles[id]?.name ?? id),
    t('analysisInputs.skills.and'),
  );
  const n = formatNumber(Math.ceil(gap.gap), language);
  return (
    <li className={`skills-need is-${gap.status}`} data-testid="skills.need" data-workstation-id={gap.workstationId}>
      <div className="skills-need-head">
        <StatusIcon status={gap.status} />
        <strong>{t('analysisInputs.skills.trainPeople', { count: Math.ceil(gap.gap), n, workstation: ws })}</strong>
      </div>
      <p className="skills-need-why">
        {t(`analysisInputs.skills.why.${gap.status}`, {
          roles,
          n: formatNumber(gap.qualifiedPeople, language, 1),
          k,
        })}
      </p>
      <Candidates needs={gap.candidates} nameOf={(need) => scenario.roles[need.roleId]?.name ?? need.roleId} setLevel={setLevel} />
    </li>
  );
}

function RoleNeed({ gap, scenario, k, setLevel }: NeedProps<RoleGap>) {
  const { t } = useTranslation();
  const role = scenario.roles[gap.roleId]?.name ?? gap.roleId;
  return (
    <li className="skills-need is-role" data-testid="skills.need" data-role-id={gap.roleId}>
      <div className="skills-need-head">
        <StatusIcon status="below-k" />
        <strong>{t('analysisInputs.skills.trainRole', { count: gap.gap, role })}</strong>
      </div>
      <p className="skills-need-why">{t('analysisInputs.skills.roleWhy', { n: gap.qualifiedWorkstations, k })}</p>
      <Candidates
        needs={gap.candidates}
        nameOf={(need) => scenario.workstations[need.workstationId]?.name ?? need.workstationId}
        setLevel={setLevel}
      />
    </li>
  );
}

function Candidates({ needs, nameOf, setLevel }: { needs: TrainingNeed[]; nameOf: (n: TrainingNeed) => string; setLevel: NeedProps<unknown>['setLevel'] }) {
  const { t } = useTranslation();
  if (needs.length === 0) return <p className="skills-need-why muted">{t('analysisInputs.skills.noCandidate')}</p>;
  return (
    <ul className="skills-candidates" aria-label={t('analysisInputs.skills.suggested')}>
      {needs.map((need) => (
        <li key={`${need.roleId} ${need.workstationId}`}>
          <span className="skills-candidate-name">{nameOf(need)}</span>
          {need.fromLevel >= 1 ? (
            <span className="skills-candidate-note">{t('analysisInputs.skills.inTraining')}</span>
          ) : (
            <button
              type="button"
              className="skills-train"
              data-testid="skills.train"
              data-role-id={need.roleId}
              data-workstation-id={need.workstationId}
              onClick={() => setLevel(need, 1)}
            >
              {t('analysisInputs.skills.startTraining')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function StatusIcon({ status }: { status: WorkstationGap['status'] }) {
  const glyph = status === 'uncovered' ? '✕' : status === 'red-zone' ? '▲' : '◔';
  return (
    <span className={`skills-need-icon is-${status}`} aria-hidden="true">
      {glyph}
    </span>
  );
}
