import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenario } from '../../app/editorContext';
import {
  CONTROL_ASPECTS,
  CONTROL_LEVELS,
  TASK_KINDS,
  type ControlAspect,
  type ControlLevel,
  type Task,
  type TaskKind,
} from '../../model';
import type { DispatchResult } from '../../store/editorStore';
import { formatNumber } from '../format';
import { distinctValues } from '../fields/options';
import { WorkstationChips } from '../fields/WorkstationChips';
import { useLanguage, useScenarioCommand } from '../fields/useScenarioCommand';
import { AssignmentsDialog } from '../taskTable/AssignmentsDialog';
import { HolderChips } from '../taskTable/HolderChips';
import { aspectPatch, difficultyPatch, difficultyValue, kindPatch, levelPatch } from '../taskTable/taskPatches';
import { cycleRule, disturbancesRule, loadRule, nameRule, textRule } from '../validation';
import { PanelHeader } from './PanelHeader';
import { Field, SelectField, TextField } from './fields';

const typeLabelRule = textRule();

type Update = (patch: Partial<Omit<Task, 'id'>>) => DispatchResult;

/** The same fields as a row of the task table, for the task selected there. */
export function TaskPanel({ task }: { task: Task }) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const scenario = useScenario();
  const update: Update = (patch) => run('updateTask', { id: task.id, patch });
  return (
    <div className="insp-panel" data-testid="inspector.task-panel">
      <PanelHeader kind="task" title={task.name} />
      <TextField
        label={t('model.field.name')}
        testId="inspector.name"
        value={task.name}
        rule={nameRule}
        onCommit={(name) => update({ name })}
      />
      <ClassificationFields task={task} update={update} />
      <Field label={t('model.field.scope')}>
        <WorkstationChips
          scenario={scenario}
          selected={task.scope}
          testId="inspector.scope"
          ariaLabel={t('model.field.scope')}
          onChange={(scope) => update({ scope })}
        />
      </Field>
      <MeasureFields task={task} update={update} />
      <TaskHolders task={task} />
    </div>
  );
}

/** A non-control task shows an empty, disabled level and aspect. */
function controlOptions<T extends string>(isControl: boolean, values: readonly T[], label: (v: T) => string) {
  const options = values.map((v) => ({ value: v as string, label: label(v) }));
  return isControl ? options : [{ value: '', label: '—' }, ...options];
}

function ClassificationFields({ task, update }: { task: Task; update: Update }) {
  const { t } = useTranslation();
  const scenario = useScenario();
  const labels = useMemo(() => distinctValues(Object.values(scenario.tasks).map((x) => x.typeLabel)), [scenario.tasks]);
  const isControl = task.kind === 'control';
  return (
    <>
      <SelectField
        label={t('model.field.kind')}
        testId="inspector.kind"
        value={task.kind}
        options={TASK_KINDS.map((k) => ({ value: k, label: t(`model.taskKind.${k}`) }))}
        onChange={(k) => update(kindPatch(k as TaskKind))}
      />
      <div className="insp-row">
        <SelectField
          label={t('model.field.level')}
          testId="inspector.level"
          value={task.control?.level ?? ''}
          disabled={!isControl}
          options={controlOptions(isControl, CONTROL_LEVELS, (l) => t(`model.controlLevel.${l}`))}
          onChange={(l) => update(levelPatch(task, l as ControlLevel))}
        />
        <SelectField
          label={t('model.field.aspect')}
          testId="inspector.aspect"
          value={task.control?.aspect ?? ''}
          disabled={!isControl}
          options={controlOptions(isControl, CONTROL_ASPECTS, (a) => t(`model.controlAspect.${a}`))}
          onChange={(a) => update(aspectPatch(task, a as ControlAspect))}
        />
      </div>
      <TextField
        label={t('model.field.typeLabel')}
        testId="inspector.typeLabel"
        value={task.typeLabel}
        rule={typeLabelRule}
        list="task-type-labels"
        placeholder={task.name}
        hint={t('ui.inspector.typeLabelHint')}
        onCommit={(typeLabel) => update({ typeLabel })}
      />
      <datalist id="task-type-labels">
        {labels.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
    </>
  );
}

function MeasureFields({ task, update }: { task: Task; update: Update }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const num = (v: number | null) => formatNumber(v, language);
  return (
    <>
      <div className="insp-row">
        <TextField
          label={t('model.field.load')}
          testId="inspector.load"
          value={num(task.load)}
          rule={loadRule}
          numeric
          onCommit={(load) => update({ load })}
        />
        <TextField
          label={t('model.field.cycleMin')}
          testId="inspector.cycleMin"
          value={num(task.cycleMin)}
          rule={cycleRule}
          numeric
          placeholder={t('ui.common.optional')}
          onCommit={(cycleMin) => update({ cycleMin })}
        />
      </div>
      <div className="insp-row">
        <TextField
          label={t('model.field.disturbancesPerDay')}
          testId="inspector.disturbancesPerDay"
          value={num(task.disturbancesPerDay)}
          rule={disturbancesRule}
          numeric
          onCommit={(disturbancesPerDay) => update({ disturbancesPerDay })}
        />
        <SelectField
          label={t('model.field.difficulty')}
          testId="inspector.difficulty"
          value={difficultyValue(task.difficulty)}
          options={[
            { value: '', label: t('ui.common.notRated') },
            ...['1', '2', '3'].map((d) => ({ value: d, label: d })),
          ]}
          onChange={(v) => update(difficultyPatch(v))}
        />
      </div>
    </>
  );
}

function TaskHolders({ task }: { task: Task }) {
  const { t } = useTranslation();
  const scenario = useScenario();
  const [editing, setEditing] = useState(false);
  return (
    <Field label={t('model.field.assignments')}>
      <div className="insp-holders" data-testid="inspector.assignments">
        <HolderChips task={task} roles={scenario.roles} />
        <button
          type="button"
          className="link-button"
          data-testid="inspector.edit-assignments"
          onClick={() => setEditing(true)}
        >
          {t('ui.inspector.editHolders')}
        </button>
      </div>
      {editing && <AssignmentsDialog task={task} scenario={scenario} onClose={() => setEditing(false)} />}
    </Field>
  );
}
