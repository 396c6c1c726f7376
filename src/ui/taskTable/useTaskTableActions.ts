import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../app/editorContext';
import { useNotify } from '../../app/notifications';
import { createTask, type TaskId } from '../../model';
import { useScenarioCommand } from '../fields/useScenarioCommand';
import { COL } from './columns';

type PendingFocus = { id: TaskId; col: number } | 'add' | null;

/**
 * Adding and deleting rows, and where focus goes afterwards: a new row's name, or after
 * a delete the neighbour's delete button (a button, not an input, so Ctrl+Z right away
 * reaches the editor's undo).
 */
export function useTaskTableActions(
  order: readonly TaskId[],
  focusCell: (id: TaskId, col: number) => boolean,
  addButton: RefObject<HTMLButtonElement | null>,
) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const run = useScenarioCommand();
  const notify = useNotify();
  // Applied after the next render, once the row is in the DOM.
  const pendingFocus = useRef<PendingFocus>(null);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (pending === 'add') addButton.current?.focus();
    else if (pending) focusCell(pending.id, pending.col);
    pendingFocus.current = null;
  });

  const add = () => {
    const task = createTask({ name: t('ui.taskTable.newTask') });
    if (!run('addTask', { entity: task }).ok) return;
    pendingFocus.current = { id: task.id, col: COL.name };
    store.setSelection([task.id]);
  };

  const remove = useCallback(
    (id: TaskId) => {
      const index = order.indexOf(id);
      const neighbour = order[index + 1] ?? order[index - 1];
      if (!run('deleteEntities', { ids: [id] }).ok) return;
      notify({ kind: 'info', text: t('ui.taskTable.deleted') });
      pendingFocus.current = neighbour ? { id: neighbour, col: COL.delete } : 'add';
    },
    [order, run, notify, t],
  );

  return { add, remove };
}
