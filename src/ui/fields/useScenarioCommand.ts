import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDispatch, useEditor } from '../../app/editorContext';
import type { CommandArgs, CommandName } from '../../model';
import type { DispatchResult } from '../../store/editorStore';

type WithoutScenario<K extends CommandName> = Omit<CommandArgs<K>, 'scenarioId'>;

/** Dispatches a command on the current scenario; refusals are shown by useDispatch. */
export function useScenarioCommand() {
  const dispatch = useDispatch();
  const scenarioId = useEditor((s) => s.view.scenarioId);
  return useCallback(
    <K extends CommandName>(name: K, args: WithoutScenario<K>): DispatchResult =>
      dispatch(name, { ...args, scenarioId } as CommandArgs<K>),
    [dispatch, scenarioId],
  );
}

/** The UI language, for number formatting. */
export function useLanguage(): string {
  return useTranslation().i18n.language;
}
