import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
import { useLanguage } from '../fields/useScenarioCommand';
import { cycleRule, disturbancesRule, loadRule, textRule } from '../validation';
import { COL } from './columns';
import { SelectCell } from './SelectCell';
import { TextCell } from './TextCell';
import { aspectPatch, difficultyPatch, difficultyValue, kindPatch, levelPatch } from './taskPatches';
import type { TaskPatch } from './TaskRow';

const typeLabelRule = textRule();

interface CellsProps {
  task: Task;
  update: (patch: TaskPatch) => DispatchResult;
}

/** Kind, control level and aspect (only for control tasks), type label. */
export function ClassificationCells({ task, update }: CellsProps) {
  const { t } = useTranslation();
  const options = useMemo(
    () => ({
      kind: TASK_KINDS.map((k) => ({ value: k, label: t(`model.taskKind.${k}`) })),
      level: CONTROL_LEVELS.map((l) => ({ value: l, label: t(`model.controlLevel.${l}`) })),
      aspect: CONTROL_ASPECTS.map((a) => ({ value: a, label: t(`model.controlAspect.${a}`) })),
    }),
    [t],
  );
  const blank = [{ value: '', label: '' }];
  const isControl = task.control !== null;
  return (
    <>
      <td className="col-kind">
        <SelectCell
          field="kind"
          col={COL.kind}
          value={task.kind}
          options={options.kind}
          label={t('model.field.kind')}
          onChange={(k) => update(kindPatch(k as TaskKind))}
        />
      </td>
      <td className="col-level">
        <SelectCell
          field="level"
          col={COL.level}
          value={task.control?.level ?? ''}
          options={isControl ? options.level : blank}
          disabled={!isControl}
          label={t('model.field.level')}
          onChange={(l) => update(levelPatch(task, l as ControlLevel))}
        />
      </td>
      <td className="col-aspect">
        <SelectCell
          field="aspect"
          col={COL.aspect}
          value={task.control?.aspect ?? ''}
          options={isControl ? options.aspect : blank}
          disabled={!isControl}
          label={t('model.field.aspect')}
          onChange={(a) => update(aspectPatch(task, a as ControlAspect))}
        />
      </td>
      <td className="col-typeLabel">
        <TextCell
          field="typeLabel"
          col={COL.typeLabel}
          value={task.typeLabel}
          rule={typeLabelRule}
          label={t('model.field.typeLabel')}
          onCommit={(typeLabel) => update({ typeLabel })}
        />
      </td>
    </>
  );
}

/** Load, cycle time, disturbances and difficulty. */
export function MeasureCells({ task, update }: CellsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const num = (v: number | null) => formatNumber(v, language);
  const difficulty = [{ value: '', label: '—' }, ...['1', '2', '3'].map((d) => ({ value: d, label: d }))];
  return (
    <>
      <td className="col-num">
        <TextCell
          field="load"
          col={COL.load}
          value={num(task.load)}
          rule={loadRule}
          numeric
          label={t('model.field.load')}
          onCommit={(load) => update({ load })}
        />
      </td>
      <td className="col-num">
        <TextCell
          field="cycleMin"
          col={COL.cycleMin}
          value={num(task.cycleMin)}
          rule={cycleRule}
          numeric
          label={t('model.field.cycleMin')}
          onCommit={(cycleMin) => update({ cycleMin })}
        />
      </td>
      <td className="col-num">
        <TextCell
          field="disturbancesPerDay"
          col={COL.disturbancesPerDay}
          value={num(task.disturbancesPerDay)}
          rule={disturbancesRule}
          numeric
          label={t('model.field.disturbancesPerDay')}
          onCommit={(disturbancesPerDay) => update({ disturbancesPerDay })}
        />
      </td>
      <td className="col-num">
        <SelectCell
          field="difficulty"
          col={COL.difficulty}
          value={difficultyValue(task.difficulty)}
          options={difficulty}
          label={t('model.field.difficulty')}
          onChange={(v) => update(difficultyPatch(v))}
        />
      </td>
    </>
  );
}
