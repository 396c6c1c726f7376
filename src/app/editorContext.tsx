import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { CommandArgs, CommandName, Scenario } from '../model';
import type { BatchStep, DispatchOptions, DispatchResult, EditorState, EditorStore } from '../store/editorStore';
import { useNotify } from './notifications';
import { useTranslation } from 'react-i18next';

export const EditorContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore outside an EditorContext provider');
  return store;
}

/**
 * Subscribes to a slice of the editor state. The selector must return a value that is
 * stable while its inputs are (a record from the document, a primitive), not a new
 * object per call, or React re-renders forever; derive objects with useMemo instead.
 */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}

export function useScenario(): Scenario {
  return useEditor((s) => s.project.scenarios[s.view.scenarioId] as Scenario);
}

export function useSelection(): string[] {
  return useEditor((s) => s.view.selection);
}

/**
 * Dispatches a command; a refused command shows its reason to the user and leaves the
 * document as it was. Callers get the result to keep an input open on failure.
 */
export function useDispatch() {
  const store = useEditorStore();
  const notifyError = useCommandErrorNotifier();
  return useCallback(
    <K extends CommandName>(name: K, args: CommandArgs<K>, options?: DispatchOptions): DispatchResult => {
      const result = store.dispatch(name, args, options);
      if (!result.ok) notifyError(result);
      return result;
    },
    [store, notifyError],
  );
}

/** Like useDispatch, for several commands that form one undo step. */
export function useBatch() {
  const store = useEditorStore();
  const notifyError = useCommandErrorNotifier();
  return useCallback(
    (steps: BatchStep[], options?: DispatchOptions): DispatchResult => {
      const result = store.batch(steps, options);
      if (!result.ok) notifyError(result);
      return result;
    },
    [store, notifyError],
  );
}

function useCommandErrorNotifier() {
  const notify = useNotify();
  const { t } = useTranslation();
  return useCallback(
    (result: DispatchResult) => {
      if (result.ok) return;
      notify({ kind: 'error', text: t(`app.commandError.${result.error.code}`, result.error.params) });
    },
    [notify, t],
  );
}

/** Builds a batch step with its argument type checked against the command. */
export function step<K extends CommandName>(name: K, args: CommandArgs<K>): BatchStep {
  return { name, args } as BatchStep;
}
