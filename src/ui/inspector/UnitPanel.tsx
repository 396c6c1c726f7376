import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type Unit, type UnitKind } from '../../model';
import { useScenarioCommand } from '../fields/useScenarioCommand';
import { nameRule } from '../validation';
import { PanelHeader } from './PanelHeader';
import { SelectField, TextField } from './fields';

export function UnitPanel({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  return (
    <div className="insp-panel" data-testid="inspector.unit-panel">
      <PanelHeader kind="unit" title={unit.name} />
      <TextField
        label={t('model.field.name')}
        testId="inspector.name"
        value={unit.name}
        rule={nameRule}
        onCommit={(name) => run('updateUnit', { id: unit.id, patch: { name } })}
      />
      <SelectField
        label={t('model.field.kind')}
        testId="inspector.kind"
        value={unit.kind}
        options={UNIT_KINDS.map((k) => ({ value: k, label: t(`model.unitKind.${k}`) }))}
        onChange={(kind) => run('updateUnit', { id: unit.id, patch: { kind: kind as UnitKind } })}
      />
    </div>
  );
}
