import type { KeyboardEvent } from 'react';
import type { EditorStore } from '../../store/editorStore';

/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in a field with no pending edit undo the document, as
 * everywhere else in the editor; the browser's own text undo would only fight the model.
 * Returns true when the key was handled.
 */
export function handleHistoryKeys(e: KeyboardEvent, store: EditorStore): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return false;
  const key = e.key.toLowerCase();
  if (key === 'z' && !e.shiftKey) store.undo();
  else if ((key === 'z' && e.shiftKey) || key === 'y') store.redo();
  else return false;
  e.preventDefault();
  return true;
}
