import { useTranslation } from 'react-i18next';
import { useScenario } from '../../app/editorContext';
import type { Role, TeamId, UnitId } from '../../model';
import { formatNumber } from '../format';
import { sortedByName } from '../fields/options';
import { useLanguage, useScenarioCommand } from '../fields/useScenarioCommand';
import { headcountRule, hoursRule, nameRule } from '../validation';
import { PanelHeader } from './PanelHeader';
import { QualificationGrid } from './QualificationGrid';
import { RoleAnalysisLinks } from '../questionnaire/RoleAnalysisLinks';
import { RoleTasks } from './RoleTasks';
import { SelectField, TextField } from './fields';
import { NONE, unitOptions } from './unitOptions';

export function RolePanel({ role }: { role: Role }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const run = useScenarioCommand();
  const scenario = useScenario();
  // A role's team must lie in its unit, so only those teams are offered.
  const teams = sortedByName(scenario.teams).filter((team) => team.unitId === role.unitId);
  const update = (patch: Partial<Omit<Role, 'id'>>) => run('updateRole', { id: role.id, patch });
  return (
    <div className="insp-panel" data-testid="inspector.role-panel">
      <PanelHeader kind="role" title={role.name} />
      <TextField
        label={t('model.field.name')}
        testId="inspector.name"
        value={role.name}
        rule={nameRule}
        onCommit={(name) => update({ name })}
      />
      <SelectField
        label={t('model.field.unit')}
        testId="inspector.unit"
        value={role.unitId ?? NONE}
        options={unitOptions(scenario, t)}
        onChange={(v) => update({ unitId: v === NONE ? null : (v as UnitId) })}
      />
      <SelectField
        label={t('model.field.team')}
        testId="inspector.team"
        value={role.teamId ?? NONE}
        options={[
          { value: NONE, label: t('model.field.none') },
          ...teams.map((team) => ({ value: team.id, label: team.name })),
        ]}
        hint={teams.length === 0 ? t('ui.inspector.noTeamsInUnit') : undefined}
        onChange={(v) => update({ teamId: v === NONE ? null : (v as TeamId) })}
      />
      <div className="insp-row">
        <TextField
          label={t('model.field.headcount')}
          testId="inspector.headcount"
          value={formatNumber(role.headcount, language)}
          rule={headcountRule}
          numeric
          onCommit={(headcount) => update({ headcount })}
        />
        <TextField
          label={t('model.field.hoursPerWeek')}
          testId="inspector.hoursPerWeek"
          value={formatNumber(role.hoursPerWeek, language)}
          rule={hoursRule}
          numeric
          onCommit={(hoursPerWeek) => update({ hoursPerWeek })}
        />
      </div>
      <RoleAnalysisLinks role={role} />
      <RoleTasks role={role} scenario={scenario} />
      <QualificationGrid role={role} scenario={scenario} />
    </div>
  );
}
