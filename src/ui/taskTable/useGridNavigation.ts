import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import type { TaskId } from '../../model';
import type { EditorStore } from '../../store/editorStore';
import { handleHistoryKeys } from '../fields/historyKeys';
import { COLUMN_COUNT } from './columns';

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function cellAt(root: HTMLElement, taskId: string, col: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`tr[data-task-id="${CSS.escape(taskId)}"] [data-col="${col}"]`);
}

const focusable = (el: HTMLElement | null): el is HTMLElement => !!el && !(el as HTMLInputElement).disabled;

/**
 * Spreadsheet keys for the task table: arrows move between cells (skipping disabled
 * ones) unless the cell is being edited; Ctrl+Z/Y undo and redo outside an edit. Cells
 * are found by `data-col` inside rows with `data-task-id`, so the order follows sorting.
 */
export function useGridNavigation(root: RefObject<HTMLElement | null>, rowIds: readonly TaskId[], store: EditorStore) {
  const focusCell = useCallback(
    (taskId: string, col: number): boolean => {
      const el = root.current && cellAt(root.current, taskId, col);
      if (!focusable(el)) return false;
      el.focus();
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return true;
    },
    [root],
  );

  const move = useCallback(
    (taskId: string, col: number, [dRow, dCol]: [number, number]) => {
      let row = rowIds.indexOf(taskId as TaskId);
      let c = col;
      for (;;) {
        row += dRow;
        c += dCol;
        const id = rowIds[row];
        if (id === undefined || c < 0 || c >= COLUMN_COUNT) return;
        if (focusCell(id, c)) return;
      }
    },
    [rowIds, focusCell],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const el = e.target as HTMLElement;
      const col = el.dataset.col;
      const taskId = el.closest('tr')?.dataset.taskId;
      if (col === undefined || !taskId || el.dataset.editing === 'true') return;
      if (handleHistoryKeys(e, store)) return;
      const delta = MOVES[e.key];
      if (!delta || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      move(taskId, Number(col), delta);
    },
    [move, store],
  );

  return { onKeyDown, focusCell };
}
