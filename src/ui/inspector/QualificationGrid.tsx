import { useTranslation } from 'react-i18next';
import { QUALIFICATION_LEVELS, type Role, type Scenario, type Workstation } from '../../model';
import { workstationGroups } from '../fields/options';
import { useScenarioCommand } from '../fields/useScenarioCommand';
import { Section } from './fields';

/**
 * The role's row of the skills matrix: a level 0–4 per workstation, one click each.
 * Workstations of the role's own unit come first, where its qualifications usually lie.
 */
export function QualificationGrid({ role, scenario }: { role: Role; scenario: Scenario }) {
  const { t } = useTranslation();
  const groups = workstationGroups(scenario).sort(
    (a, b) => Number(b.unit?.id === role.unitId && !!role.unitId) - Number(a.unit?.id === role.unitId && !!role.unitId),
  );
  const qualified = Object.values(role.qualifications).filter((l) => (l ?? 0) >= 2).length;
  return (
    <Section
      title={t('model.field.qualifications')}
      actions={<span className="insp-count">{t('ui.inspector.qualifiedCount', { count: qualified })}</span>}
    >
      {groups.length === 0 ? (
        <p className="insp-hint">{t('ui.inspector.noWorkstations')}</p>
      ) : (
        <div className="qual-grid" data-testid="inspector.qualifications">
          <div className="qual-legend" aria-hidden="true">
            {QUALIFICATION_LEVELS.map((l) => (
              <span key={l} title={t(`model.qualification.${l}`)}>
                {l}
              </span>
            ))}
          </div>
          {groups.map((g) => (
            <div key={g.unit?.id ?? 'none'} className="qual-group">
              <div className="qual-group-name">{g.unit?.name ?? t('ui.common.noUnit')}</div>
              {g.workstations.map((ws) => (
                <QualificationRow key={ws.id} role={role} ws={ws} />
              ))}
            </div>
          ))}
          <p className="insp-hint">{t('ui.inspector.qualificationLegend')}</p>
        </div>
      )}
    </Section>
  );
}

function QualificationRow({ role, ws }: { role: Role; ws: Workstation }) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const current = role.qualifications[ws.id] ?? 0;
  return (
    <div className="qual-row" data-testid="inspector.qualification" data-workstation-id={ws.id}>
      <span className="qual-name" title={ws.name}>
        {ws.name}
      </span>
      <span
        className="qual-levels"
        role="group"
        aria-label={t('ui.inspector.qualificationFor', { workstation: ws.name })}
      >
        {QUALIFICATION_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            className={`qual-level qual-level-${level}`}
            aria-pressed={current === level}
            title={t(`model.qualification.${level}`)}
            data-level={level}
            onClick={() =>
              level !== current && run('setQualification', { roleId: role.id, workstationId: ws.id, level })
            }
          >
            {level}
          </button>
        ))}
      </span>
    </div>
  );
}
