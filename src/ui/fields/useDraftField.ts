import { useCallback, useEffect, useRef, useState } from 'react';
import type { DispatchResult } from '../../store/editorStore';
import type { FieldRule } from '../validation';

/** A message to show under a field: an i18n key and its parameters. */
export interface FieldMessage {
  key: string;
  params?: Record<string, string | number>;
}

export interface DraftFieldOptions<T> {
  /** The model value as the field displays it. */
  value: string;
  rule: FieldRule<T>;
  /** Dispatches the change; a refused command keeps the draft and shows the reason. */
  onCommit: (value: T) => DispatchResult | void;
}

export interface DraftField {
  text: string;
  dirty: boolean;
  error: FieldMessage | null;
  change: (text: string) => void;
  /** Validates and dispatches; true when the field now shows the model value. */
  commit: () => boolean;
  revert: () => void;
}

/**
 * The edit cycle of a text or number field: the user's text is a draft until blur or
 * Enter; invalid drafts show a reason and stay in the field; Escape returns to the model
 * value. While not dirty the field follows the model (so undo updates it).
 */
export function useDraftField<T>({ value, rule, onCommit }: DraftFieldOptions<T>): DraftField {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<FieldMessage | null>(null);

  const commit = useCallback((): boolean => {
    if (draft === null) return true;
    if (draft === value) {
      setDraft(null);
      setError(null);
      return true;
    }
    const checked = rule(draft);
    if (!checked.ok) {
      setError({ key: `ui.error.${checked.error.key}`, params: checked.error.params });
      return false;
    }
    const result = onCommit(checked.value);
    if (result && !result.ok) {
      setError({ key: `app.commandError.${result.error.code}`, params: result.error.params });
      return false;
    }
    setDraft(null);
    setError(null);
    return true;
  }, [draft, value, rule, onCommit]);

  const change = useCallback(
    (text: string) => {
      setDraft(text);
      // Once a reason is shown, keep it current so it disappears as soon as the text is fixed.
      if (error) {
        const checked = rule(text);
        setError(checked.ok ? null : { key: `ui.error.${checked.error.key}`, params: checked.error.params });
      }
    },
    [error, rule],
  );

  const revert = useCallback(() => {
    setDraft(null);
    setError(null);
  }, []);

  useCommitOnUnmount(draft, value, rule, onCommit);

  return { text: draft ?? value, dirty: draft !== null, error, change, commit, revert };
}

/**
 * Selecting another item on the canvas can unmount a field before its blur fires; a
 * valid pending edit is then saved rather than silently lost.
 */
function useCommitOnUnmount<T>(draft: string | null, value: string, rule: FieldRule<T>, onCommit: (v: T) => unknown) {
  const latest = useRef({ draft, value, rule, onCommit });
  useEffect(() => {
    latest.current = { draft, value, rule, onCommit };
  });
  useEffect(
    () => () => {
      const { draft: pending, value: current, rule: check, onCommit: save } = latest.current;
      if (pending === null || pending === current) return;
      const checked = check(pending);
      if (checked.ok) save(checked.value);
    },
    [],
  );
}
