import { useEffect } from 'react';
import type { EditorStore } from '../store/editorStore';
import type { FlowQueries } from './flowQueries';
import type { RenameState } from './renameState';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Enter would otherwise press a focused button or follow a link as well. */
const isActivatable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  target.closest('button, a[href], [role="button"], [role="menuitem"], summary') !== null;

/**
 * F2, or Enter, while exactly one node is selected opens its name editor. Handled on the
 * window like the editor's other shortcuts, for nodes the canvas draws.
 */
export function useRenameShortcut(store: EditorStore, rename: RenameState, queries: FlowQueries): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key !== 'F2' && !(e.key === 'Enter' && !isActivatable(e.target))) return;
      if (document.querySelector('[role="dialog"]')) return;
      const selection = store.getState().view.selection;
      const [id] = selection;
      if (selection.length !== 1 || !id || !queries.absoluteRect(id)) return;
      e.preventDefault();
      rename.start(id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, rename, queries]);
}
