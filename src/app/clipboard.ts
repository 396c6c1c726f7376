import { extractFragment, type NodeEntityId, type ScenarioFragment } from '../model';
import type { EditorStore } from '../store/editorStore';

/** Offset of a paste from the original, so the copy is visibly a copy. */
export const PASTE_OFFSET = 32;

const MIME_MARKER = 'latitude-fragment';

/**
 * Copy and paste of canvas selections. The fragment is kept in memory (the fast path
 * within a tab) and also written to the system clipboard as JSON so another tab can
 * paste it; what comes back from the system clipboard is never trusted beyond shape.
 */
export class SelectionClipboard {
  private fragment: ScenarioFragment | null = null;
  private pasteCount = 0;

  copy(store: EditorStore): number {
    const { project, view } = store.getState();
    const scenario = project.scenarios[view.scenarioId];
    if (!scenario) return 0;
    const fragment = extractFragment(scenario, view.selection as NodeEntityId[]);
    const count = Object.keys(fragment.layout).length + fragment.families.length;
    if (count === 0) return 0;
    this.fragment = fragment;
    this.pasteCount = 0;
    void navigator.clipboard?.writeText(JSON.stringify({ [MIME_MARKER]: 1, fragment })).catch(() => undefined);
    return count;
  }

  hasContent(): boolean {
    return this.fragment !== null;
  }

  /** Pastes with a growing offset so repeated pastes do not stack on one spot. */
  paste(store: EditorStore): boolean {
    if (!this.fragment) return false;
    this.pasteCount += 1;
    return pasteInto(store, this.fragment, PASTE_OFFSET * this.pasteCount);
  }

  duplicate(store: EditorStore): boolean {
    const { project, view } = store.getState();
    const scenario = project.scenarios[view.scenarioId];
    if (!scenario) return false;
    const fragment = extractFragment(scenario, view.selection as NodeEntityId[]);
    return pasteInto(store, fragment, PASTE_OFFSET);
  }
}

function pasteInto(store: EditorStore, fragment: ScenarioFragment, offset: number): boolean {
  const out: NodeEntityId[] = [];
  const result = store.dispatch('pasteFragment', {
    scenarioId: store.scenarioId,
    fragment,
    offset: { x: offset, y: offset },
    out,
  });
  if (result.ok) store.setSelection(out);
  return result.ok;
}
