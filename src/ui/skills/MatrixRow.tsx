import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleCoverage } from '../../analysis';
import type { QualificationLevel, Role, Workstation, WorkstationId } from '../../model';
import { formatNumber } from '../format';
import { useLanguage } from '../fields/useScenarioCommand';
import { LevelGlyph } from './LevelGlyph';

interface MatrixRowProps {
  role: Role;
  workstations: readonly Workstation[];
  coverage: RoleCoverage | undefined;
  k: number;
  /** The workstation of the row's tab stop, or null when the tab stop is in another row. */
  tabStop: WorkstationId | null;
  selected: boolean;
  onSelectRole: (role: Role) => void;
}

/** A row re-renders when its role, its coverage figures or its tab stop change, not on every edit elsewhere. */
function sameRow(a: MatrixRowProps, b: MatrixRowProps): boolean {
  return (
    a.role === b.role &&
    a.workstations === b.workstations &&
    a.k === b.k &&
    a.tabStop === b.tabStop &&
    a.selected === b.selected &&
    a.onSelectRole === b.onSelectRole &&
    a.coverage?.qualifiedWorkstations === b.coverage?.qualifiedWorkstations &&
    a.coverage?.gap === b.coverage?.gap
  );
}

/** One role: its name, a level cell per workstation, and how many workstations it covers. */
export const MatrixRow = memo(function MatrixRow(props: MatrixRowProps) {
  const { role, workstations, coverage, k, tabStop, selected, onSelectRole } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <tr className={selected ? 'is-selected' : undefined} data-testid="skills.row" data-role-id={role.id}>
      <th scope="row" className="skills-role">
        <button type="button" className="skills-role-name" title={`${role.name} · ${t('analysisInputs.skills.selectRole')}`} onClick={() => onSelectRole(role)}>
          {role.name}
        </button>
        {role.headcount !== 1 && (
          <span className="skills-headcount" title={t('analysisInputs.skills.headcount')}>
            × {formatNumber(role.headcount, language)}
          </span>
        )}
      </th>
      {workstations.map((ws) => (
        <td key={ws.id} className="skills-td">
          <LevelCell role={role} ws={ws} level={role.qualifications[ws.id] ?? 0} tabbable={tabStop === ws.id} />
        </td>
      ))}
      <RoleCoverageCell coverage={coverage} k={k} />
    </tr>
  );
}, sameRow);

function LevelCell({ role, ws, level, tabbable }: { role: Role; ws: Workstation; level: QualificationLevel; tabbable: boolean }) {
  const { t } = useTranslation();
  const name = t(`model.qualification.${level}`);
  return (
    <button
      type="button"
      className={`skills-cell skills-cell-${level}`}
      tabIndex={tabbable ? 0 : -1}
      data-testid="skills.cell"
      data-role-id={role.id}
      data-workstation-id={ws.id}
      data-level={level}
      aria-label={t('analysisInputs.skills.cellLabel', { role: role.name, workstation: ws.name, level: name })}
      aria-haspopup="menu"
      title={`${role.name} · ${ws.name}: ${name}`}
    >
      <LevelGlyph level={level} />
      <span className="skills-cell-level">{level}</span>
    </button>
  );
}

function RoleCoverageCell({ coverage, k }: { coverage: RoleCoverage | undefined; k: number }) {
  const { t } = useTranslation();
  if (!coverage)
    return (
      <td className="skills-role-cov is-na" title={t('analysisInputs.skills.roleNotCounted')}>
        –
      </td>
    );
  const short = coverage.gap > 0;
  return (
    <td className={`skills-role-cov ${short ? 'is-short' : 'is-ok'}`} data-testid="skills.role-coverage">
      <span className="skills-fraction">
        {coverage.qualifiedWorkstations}/{k}
      </span>
      {short ? (
        <span className="skills-status is-short">{t('analysisInputs.skills.short', { count: coverage.gap, n: coverage.gap })}</span>
      ) : (
        <span className="skills-status is-ok" aria-label={t('analysisInputs.skills.enough')}>
          ✓
        </span>
      )}
    </td>
  );
}
