import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore, useScenario, useSelection } from '../app/editorContext';
import type { TaskId } from '../model';
import type { TaskSort } from './taskSort';
import { AssignmentsDialog } from './taskTable/AssignmentsDialog';
import { TaskRow } from './taskTable/TaskRow';
import { TaskTableHead } from './taskTable/TaskTableHead';
import { TaskTableSummary } from './taskTable/TaskTableSummary';
import { useGridNavigation } from './taskTable/useGridNavigation';
import { useTaskOrder } from './taskTable/useTaskOrder';
import { useTaskTableActions } from './taskTable/useTaskTableActions';
import './ui.css';
import './taskTable/taskTable.css';

/** Every task of the current scenario as an editable spreadsheet. */
export function TaskTable() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const scenario = useScenario();
  const selection = useSelection();
  const [sort, setSort] = useState<TaskSort>({ column: 'name', direction: 'asc' });
  const [assigning, setAssigning] = useState<TaskId | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const order = useTaskOrder(scenario, sort);
  const grid = useGridNavigation(scroller, order, store);
  const actions = useTaskTableActions(order, grid.focusCell, addButton);
  const places = useMemo(
    () => ({ units: scenario.units, workstations: scenario.workstations }),
    [scenario.units, scenario.workstations],
  );
  const select = useCallback((id: TaskId) => store.setSelection([id]), [store]);
  const assigningTask = assigning ? scenario.tasks[assigning] : undefined;

  return (
    <div className="task-table" data-testid="task-table">
      <div className="tt-toolbar">
        <h2 className="tt-title">{t('ui.taskTable.title')}</h2>
        <TaskTableSummary tasks={scenario.tasks} />
        <span className="tt-hint">{t('ui.taskTable.keyboardHint')}</span>
        <button ref={addButton} type="button" className="primary" data-testid="task-table.add" onClick={actions.add}>
          {t('ui.taskTable.add')}
        </button>
      </div>
      <div className="tt-scroll" ref={scroller}>
        <table className="tt-grid">
          <TaskTableHead sort={sort} onSort={setSort} />
          <tbody onKeyDown={grid.onKeyDown}>
            {order.map((id) => {
              const task = scenario.tasks[id];
              return (
                task && (
                  <TaskRow
                    key={id}
                    task={task}
                    places={places}
                    roles={scenario.roles}
                    selected={selection.length === 1 && selection[0] === id}
                    onSelect={select}
                    onEditAssignments={setAssigning}
                    onDelete={actions.remove}
                  />
                )
              );
            })}
          </tbody>
        </table>
        {order.length === 0 && <p className="tt-empty">{t('ui.taskTable.empty')}</p>}
      </div>
      {assigningTask && (
        <AssignmentsDialog task={assigningTask} scenario={scenario} onClose={() => setAssigning(null)} />
      )}
    </div>
  );
}
