import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenario } from '../../app/editorContext';
import type { UnitId, Workstation } from '../../model';
import { distinctValues, sortedByName } from '../fields/options';
import { useScenarioCommand } from '../fields/useScenarioCommand';
import { nameRule, textRule } from '../validation';
import { PanelHeader } from './PanelHeader';
import { CheckboxField, SelectField, TextField } from './fields';
import { NONE, unitOptions } from './unitOptions';

const processTypeRule = textRule();

export function WorkstationPanel({ ws }: { ws: Workstation }) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const scenario = useScenario();
  const types = useMemo(
    () => distinctValues(Object.values(scenario.workstations).map((w) => w.processType)),
    [scenario.workstations],
  );
  const families = sortedByName(scenario.families).filter((f) =>
    f.route.some((step) => step.workstations.includes(ws.id)),
  );
  const listId = `process-types-${ws.id}`;
  return (
    <div className="insp-panel" data-testid="inspector.workstation-panel">
      <PanelHeader kind="workstation" title={ws.name} />
      <TextField
        label={t('model.field.name')}
        testId="inspector.name"
        value={ws.name}
        rule={nameRule}
        onCommit={(name) => run('updateWorkstation', { id: ws.id, patch: { name } })}
      />
      <TextField
        label={t('model.field.processType')}
        testId="inspector.processType"
        value={ws.processType}
        rule={processTypeRule}
        list={listId}
        hint={t('ui.inspector.processTypeHint')}
        onCommit={(processType) => run('updateWorkstation', { id: ws.id, patch: { processType } })}
      />
      <datalist id={listId}>
        {types.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <SelectField
        label={t('model.field.unit')}
        testId="inspector.unit"
        value={ws.unitId ?? NONE}
        options={unitOptions(scenario, t)}
        onChange={(v) => run('updateWorkstation', { id: ws.id, patch: { unitId: v === NONE ? null : (v as UnitId) } })}
      />
      <CheckboxField
        label={t('model.field.monument')}
        testId="inspector.monument"
        checked={ws.monument}
        onChange={(monument) => run('updateWorkstation', { id: ws.id, patch: { monument } })}
      />
      <div className="insp-field">
        <span className="insp-label">{t('ui.inspector.familiesThrough')}</span>
        <p className="insp-readonly" data-testid="inspector.families">
          {families.length ? families.map((f) => f.name).join(', ') : t('ui.inspector.noFamiliesThrough')}
        </p>
      </div>
    </div>
  );
}
