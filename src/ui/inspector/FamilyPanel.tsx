import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenario } from '../../app/editorContext';
import { FAMILY_KINDS, type Family, type FamilyKind } from '../../model';
import { formatNumber } from '../format';
import { MctSection } from '../mct/MctSection';
import { distinctValues } from '../fields/options';
import { useLanguage, useScenarioCommand } from '../fields/useScenarioCommand';
import { demandRule, nameRule, textRule } from '../validation';
import { PanelHeader } from './PanelHeader';
import { RouteEditor } from './RouteEditor';
import { SelectField, TextField } from './fields';

const ftmsRule = textRule();

export function FamilyPanel({ family }: { family: Family }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const run = useScenarioCommand();
  const scenario = useScenario();
  const segments = useMemo(
    () => distinctValues(Object.values(scenario.families).map((f) => f.ftms)),
    [scenario.families],
  );
  const listId = `ftms-${family.id}`;
  return (
    <div className="insp-panel" data-testid="inspector.family-panel">
      <PanelHeader kind="family" title={family.name} />
      <TextField
        label={t('model.field.name')}
        testId="inspector.name"
        value={family.name}
        rule={nameRule}
        onCommit={(name) => run('updateFamily', { id: family.id, patch: { name } })}
      />
      <SelectField
        label={t('model.field.kind')}
        testId="inspector.kind"
        value={family.kind}
        options={FAMILY_KINDS.map((k) => ({ value: k, label: t(`model.familyKind.${k}`) }))}
        onChange={(kind) => run('updateFamily', { id: family.id, patch: { kind: kind as FamilyKind } })}
      />
      <div className="insp-row">
        <TextField
          label={t('model.field.demand')}
          testId="inspector.demand"
          value={formatNumber(family.demand, language)}
          rule={demandRule}
          numeric
          placeholder={t('ui.common.optional')}
          onCommit={(demand) => run('updateFamily', { id: family.id, patch: { demand } })}
        />
        <TextField
          label={t('model.field.ftms')}
          testId="inspector.ftms"
          value={family.ftms}
          rule={ftmsRule}
          list={listId}
          onCommit={(ftms) => run('updateFamily', { id: family.id, patch: { ftms } })}
        />
      </div>
      <datalist id={listId}>
        {segments.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <RouteEditor family={family} scenario={scenario} />
      <MctSection family={family} scenario={scenario} />
    </div>
  );
}
