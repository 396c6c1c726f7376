import { useEffect } from 'react';
import { isTaskId, type NodeEntityId, type TaskId } from '../model';
import type { EditorStore } from '../store/editorStore';
import type { SelectionClipboard } from './clipboard';

export interface ShortcutHandlers {
  store: EditorStore;
  clipboard: SelectionClipboard;
  openHelp: () => void;
  /** Called when a command is refused or nothing happens, to tell the user why. */
  onRefused: (code: string, params: Record<string, string | number>) => void;
}

const NUDGE = 1;
const NUDGE_FAR = 10;

/** True while the user types in a field: shortcuts then belong to the field. */
function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function nudge(store: EditorStore, dx: number, dy: number): void {
  const { project, view } = store.getState();
  const scenario = project.scenarios[view.scenarioId];
  if (!scenario) return;
  const moves = view.selection
    .map((id) => ({ id: id as NodeEntityId, pos: scenario.layout[id as NodeEntityId] }))
    .filter((m) => m.pos)
    .map(({ id, pos }) => ({ id, position: { ...pos!, x: pos!.x + dx, y: pos!.y + dy } }));
  if (moves.length > 0)
    store.dispatch('moveNodes', { scenarioId: view.scenarioId, moves }, { history: 'merge', mergeKey: 'nudge' });
}

function selectAll(store: EditorStore): void {
  const { project, view } = store.getState();
  const s = project.scenarios[view.scenarioId];
  if (!s) return;
  store.setSelection([
    ...Object.keys(s.units),
    ...Object.keys(s.workstations),
    ...Object.keys(s.families),
    ...Object.keys(s.teams),
    ...Object.keys(s.roles),
  ]);
}

function deleteSelection(store: EditorStore): void {
  const ids = store.getState().view.selection as (NodeEntityId | TaskId)[];
  if (ids.length === 0) return;
  store.dispatch('deleteEntities', { scenarioId: store.scenarioId, ids }, { label: 'delete' });
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The editor's global keyboard shortcuts; listed in the help dialog (ShortcutsDialog). */
export function useShortcuts({ store, clipboard, openHelp, onRefused }: ShortcutHandlers): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditingText(e.target)) return;
      if (document.querySelector('[role="dialog"]')) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z' && !e.shiftKey) store.undo();
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) store.redo();
      else if (mod && key === 'c') {
        if (clipboard.copy(store) === 0) handled = false;
      } else if (mod && key === 'v') {
        if (!clipboard.paste(store)) onRefused('nothing-to-paste', {});
      } else if (mod && key === 'd') clipboard.duplicate(store);
      else if (mod && key === 'a') selectAll(store);
      else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) deleteSelection(store);
      else if (!mod && e.key === 'Escape') store.setSelection([]);
      else if (!mod && e.key === '?') openHelp();
      else if (!mod && ARROWS[e.key] && store.getState().view.selection.some((id) => !isTaskId(id))) {
        const [dx, dy] = ARROWS[e.key]!;
        const step = e.shiftKey ? NUDGE_FAR : NUDGE;
        nudge(store, dx * step, dy * step);
      } else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, clipboard, openHelp, onRefused]);
}
