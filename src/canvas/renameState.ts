import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * Which node shows its name editor. An external store rather than context state, so
 * opening the editor re-renders the one node concerned, not all of them.
 */
export class RenameState {
  private editing: string | null = null;
  private listeners = new Set<() => void>();

  get = (): string | null => this.editing;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(id: string): void {
    this.set(id);
  }

  stop(): void {
    this.set(null);
  }

  private set(id: string | null): void {
    if (this.editing === id) return;
    this.editing = id;
    for (const l of this.listeners) l();
  }
}

export const RenameContext = createContext<RenameState>(new RenameState());

export const useRenameState = (): RenameState => useContext(RenameContext);

export function useIsRenaming(id: string): boolean {
  const state = useRenameState();
  return useSyncExternalStore(state.subscribe, () => state.get() === id);
}
