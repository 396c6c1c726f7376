import { useTranslation } from 'react-i18next';
import { useScenario } from '../../app/editorContext';
import type { RoleId, Team, UnitId } from '../../model';
import { sortedByName } from '../fields/options';
import { useScenarioCommand } from '../fields/useScenarioCommand';
import { nameRule } from '../validation';
import { PanelHeader } from './PanelHeader';
import { Section, SelectField, TextField } from './fields';
import { NONE, unitOptions } from './unitOptions';

export function TeamPanel({ team }: { team: Team }) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const scenario = useScenario();
  return (
    <div className="insp-panel" data-testid="inspector.team-panel">
      <PanelHeader kind="team" title={team.name} />
      <TextField
        label={t('model.field.name')}
        testId="inspector.name"
        value={team.name}
        rule={nameRule}
        onCommit={(name) => run('updateTeam', { id: team.id, patch: { name } })}
      />
      <SelectField
        label={t('model.field.unit')}
        testId="inspector.unit"
        value={team.unitId ?? NONE}
        options={unitOptions(scenario, t)}
        hint={t('ui.inspector.teamUnitHint')}
        onChange={(v) => run('updateTeam', { id: team.id, patch: { unitId: v === NONE ? null : (v as UnitId) } })}
      />
      <TeamMembers team={team} />
    </div>
  );
}

/** Members are the roles whose team is this one; adding a role moves it into the team's unit. */
function TeamMembers({ team }: { team: Team }) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const scenario = useScenario();
  const roles = sortedByName(scenario.roles);
  const members = roles.filter((r) => r.teamId === team.id);
  const others = roles.filter((r) => r.teamId !== team.id);
  const people = members.reduce((acc, r) => acc + r.headcount, 0);
  const unitName = (id: UnitId | null) => (id ? scenario.units[id]?.name : undefined) ?? t('ui.common.noUnit');
  return (
    <Section
      title={t('ui.inspector.members')}
      actions={<span className="insp-count">{t('ui.inspector.people', { count: people })}</span>}
    >
      <ul className="insp-list" data-testid="inspector.members">
        {members.map((role) => (
          <li key={role.id} data-role-id={role.id}>
            <span className="insp-dot insp-kind-role" aria-hidden="true" />
            <span className="insp-list-name">{role.name}</span>
            <span className="insp-count">× {role.headcount}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('ui.common.removeItem', { name: role.name })}
              title={t('ui.common.removeItem', { name: role.name })}
              onClick={() => run('updateRole', { id: role.id, patch: { teamId: null } })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {members.length === 0 && <p className="insp-hint">{t('ui.inspector.noMembers')}</p>}
      {others.length > 0 && (
        <select
          className="chip-add"
          value=""
          data-testid="inspector.addMember"
          aria-label={t('ui.inspector.addMember')}
          onChange={(e) =>
            e.target.value && run('updateRole', { id: e.target.value as RoleId, patch: { teamId: team.id } })
          }
        >
          <option value="">{t('ui.inspector.addMember')}</option>
          {others.map((r) => (
            <option key={r.id} value={r.id}>
              {r.unitId === team.unitId ? r.name : `${r.name} (${unitName(r.unitId)})`}
            </option>
          ))}
        </select>
      )}
    </Section>
  );
}
