import type { Patch } from 'immer';

/** How an update enters the undo history (style.md practice 4). */
export type HistoryPolicy = 'record' | 'merge' | 'ignore';

export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** Updates with the same merge key close together form one step (arrow nudges, typing). */
  mergeKey: string | null;
  at: number;
}

export interface HistoryStack {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

export const MERGE_WINDOW_MS = 1000;
export const HISTORY_LIMIT = 500;

export const emptyStack = (): HistoryStack => ({ undo: [], redo: [] });

/** Adds a change; any new change clears redo, selection changes never reach here. */
export function pushEntry(stack: HistoryStack, entry: HistoryEntry, policy: HistoryPolicy): HistoryStack {
  if (policy === 'ignore') return stack;
  const last = stack.undo[stack.undo.length - 1];
  if (
    policy === 'merge' &&
    last &&
    entry.mergeKey !== null &&
    last.mergeKey === entry.mergeKey &&
    entry.at - last.at <= MERGE_WINDOW_MS
  ) {
    const merged: HistoryEntry = {
      ...last,
      patches: [...last.patches, ...entry.patches],
      inversePatches: [...entry.inversePatches, ...last.inversePatches],
      at: entry.at,
    };
    return { undo: [...stack.undo.slice(0, -1), merged], redo: [] };
  }
  const undo = [...stack.undo, entry];
  return { undo: undo.length > HISTORY_LIMIT ? undo.slice(undo.length - HISTORY_LIMIT) : undo, redo: [] };
}
