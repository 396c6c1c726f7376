import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario, Task, TaskId } from '../../model';
import { useScenarioCommand } from '../fields/useScenarioCommand';
import { HolderChips } from './HolderChips';
import { ClassificationCells, MeasureCells } from './TaskCells';
import { TextCell } from './TextCell';
import { ScopeCell } from './ScopeCell';
import { COL } from './columns';
import { nameRule } from '../validation';

export type TaskPatch = Partial<Omit<Task, 'id'>>;

export interface TaskRowProps {
  task: Task;
  places: Pick<Scenario, 'units' | 'workstations'>;
  roles: Scenario['roles'];
  selected: boolean;
  onSelect: (id: TaskId) => void;
  onEditAssignments: (id: TaskId) => void;
  onDelete: (id: TaskId) => void;
}

/** One task as a row of editable cells; memoised so typing in one row leaves the others alone. */
export const TaskRow = memo(function TaskRow({
  task,
  places,
  roles,
  selected,
  onSelect,
  onEditAssignments,
  onDelete,
}: TaskRowProps) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const update = (patch: TaskPatch) => run('updateTask', { id: task.id, patch });
  return (
    <tr
      data-testid="task-table.row"
      data-task-id={task.id}
      className={selected ? 'is-selected' : undefined}
      onFocus={() => !selected && onSelect(task.id)}
    >
      <th scope="row" className="col-name">
        <span className={`task-kind-bar task-kind-${task.kind}`} aria-hidden="true" />
        <TextCell
          field="name"
          col={COL.name}
          value={task.name}
          rule={nameRule}
          label={t('model.field.name')}
          onCommit={(name) => update({ name })}
        />
      </th>
      <ClassificationCells task={task} update={update} />
      <td className="col-scope">
        <ScopeCell task={task} col={COL.scope} places={places} onChange={(scope) => update({ scope })} />
      </td>
      <MeasureCells task={task} update={update} />
      <td className="col-assignments">
        <button
          type="button"
          className="cell-button cell-chips"
          data-col={COL.assignments}
          data-testid="task-table.assignments"
          aria-haspopup="dialog"
          aria-label={t('ui.taskTable.editAssignments', { task: task.name })}
          onClick={() => onEditAssignments(task.id)}
        >
          <HolderChips task={task} roles={roles} />
        </button>
      </td>
      <td className="col-actions">
        <button
          type="button"
          className="icon-button cell-delete"
          data-col={COL.delete}
          data-testid="task-table.delete"
          aria-label={t('ui.taskTable.delete', { task: task.name })}
          title={t('ui.taskTable.delete', { task: task.name })}
          onClick={() => onDelete(task.id)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              d="M3 4h10M6.5 4V2.5h3V4M4.5 4l.7 9.5h5.6l.7-9.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      </td>
    </tr>
  );
});
