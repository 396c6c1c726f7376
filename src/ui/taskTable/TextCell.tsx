import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispatchResult } from '../../store/editorStore';
import { useDraftField } from '../fields/useDraftField';
import type { FieldRule } from '../validation';

interface TextCellProps<T> {
  field: string;
  col: number;
  value: string;
  rule: FieldRule<T>;
  onCommit: (value: T) => DispatchResult | void;
  numeric?: boolean;
  label: string;
  placeholder?: string;
}

/**
 * A spreadsheet cell over a real input. It starts in navigation mode (arrows move between
 * cells, typing replaces the content); Enter, a click or typing switches to editing, where
 * Enter commits, Escape cancels and arrows move the caret. The grid reads `data-editing`.
 */
export function TextCell<T>({ field, col, value, rule, onCommit, numeric, label, placeholder }: TextCellProps<T>) {
  const { t } = useTranslation();
  const draft = useDraftField({ value, rule, onCommit });
  const [editing, setEditing] = useState(false);
  const pointer = useRef(false);
  const stopEditing = (input: HTMLInputElement) => {
    setEditing(false);
    requestAnimationFrame(() => document.activeElement === input && input.select());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      if (!editing) {
        setEditing(true);
        input.setSelectionRange(input.value.length, input.value.length);
      } else if (e.key === 'Enter' && draft.commit()) stopEditing(input);
    } else if (e.key === 'Escape' && (editing || draft.dirty)) {
      e.preventDefault();
      e.stopPropagation();
      draft.revert();
      stopEditing(input);
    }
  };
  const message = draft.error ? t(draft.error.key, draft.error.params) : null;
  return (
    <>
      <input
        type="text"
        className={`cell-input${numeric ? ' cell-num' : ''}`}
        inputMode={numeric ? 'decimal' : undefined}
        autoComplete="off"
        value={draft.text}
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={message ? true : undefined}
        title={message ?? undefined}
        data-col={col}
        data-editing={editing ? 'true' : undefined}
        data-testid={`task-table.cell.${field}`}
        onMouseDown={() => (pointer.current = true)}
        onFocus={(e) => {
          // A click means "put the caret here"; keyboard focus selects the cell's content.
          if (pointer.current) setEditing(true);
          else e.currentTarget.select();
          pointer.current = false;
        }}
        onChange={(e) => {
          setEditing(true);
          draft.change(e.target.value);
        }}
        onBlur={() => {
          draft.commit();
          setEditing(false);
        }}
        onKeyDown={onKeyDown}
      />
      {message && (
        <div className="field-error cell-error" role="alert">
          {message}
        </div>
      )}
    </>
  );
}
