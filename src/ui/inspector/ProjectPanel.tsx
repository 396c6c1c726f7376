import { useTranslation } from 'react-i18next';
import { useDispatch, useEditor, useScenario } from '../../app/editorContext';
import { LIMITS } from '../../model/schema';
import { nameRule, textRule } from '../validation';
import { PanelHeader } from './PanelHeader';
import { Section, TextField } from './fields';

const descriptionRule = textRule(LIMITS.textLength);

/** With nothing selected the inspector edits the project and the current scenario. */
export function ProjectPanel() {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const name = useEditor((s) => s.project.name);
  const description = useEditor((s) => s.project.description);
  const scenario = useScenario();
  const counts = {
    units: Object.keys(scenario.units).length,
    workstations: Object.keys(scenario.workstations).length,
    families: Object.keys(scenario.families).length,
    roles: Object.keys(scenario.roles).length,
    tasks: Object.keys(scenario.tasks).length,
  };
  return (
    <div className="insp-panel" data-testid="inspector.project">
      <PanelHeader kind="project" title={name} />
      <TextField
        label={t('model.field.name')}
        testId="inspector.name"
        value={name}
        rule={nameRule}
        onCommit={(v) => dispatch('renameProject', { name: v })}
      />
      <TextField
        label={t('ui.inspector.description')}
        testId="inspector.description"
        value={description}
        rule={descriptionRule}
        multiline
        hint={t('ui.inspector.descriptionHint')}
        onCommit={(v) => dispatch('setProjectDescription', { description: v })}
      />
      <Section title={t('ui.inspector.currentScenario')}>
        <TextField
          key={scenario.id}
          label={t('model.field.name')}
          testId="inspector.scenarioName"
          value={scenario.name}
          rule={nameRule}
          onCommit={(v) => dispatch('renameScenario', { scenarioId: scenario.id, name: v })}
        />
        <p className="insp-summary" data-testid="inspector.scenario-summary">
          {t('ui.inspector.scenarioSummary', counts)}
        </p>
      </Section>
      <p className="insp-hint">{t('ui.inspector.selectHint')}</p>
    </div>
  );
}
