import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispatchResult } from '../../store/editorStore';
import { useEditorStore } from '../../app/editorContext';
import { handleHistoryKeys } from '../fields/historyKeys';
import { useDraftField, type FieldMessage } from '../fields/useDraftField';
import type { FieldRule } from '../validation';

interface FieldProps {
  label: string;
  htmlFor?: string;
  error?: FieldMessage | null;
  errorId?: string;
  hint?: string;
  children: ReactNode;
}

/** Label above control, reason below: the layout every inspector field shares. */
export function Field({ label, htmlFor, error, errorId, hint, children }: FieldProps) {
  const { t } = useTranslation();
  return (
    <div className="insp-field">
      {htmlFor ? (
        <label className="insp-label" htmlFor={htmlFor}>
          {label}
        </label>
      ) : (
        <span className="insp-label">{label}</span>
      )}
      {children}
      {error ? (
        <div className="field-error" id={errorId} role="alert">
          {t(error.key, error.params)}
        </div>
      ) : (
        hint && <div className="insp-hint">{hint}</div>
      )}
    </div>
  );
}

interface TextFieldProps<T> {
  label: string;
  testId: string;
  value: string;
  rule: FieldRule<T>;
  onCommit: (value: T) => DispatchResult | void;
  multiline?: boolean;
  numeric?: boolean;
  list?: string;
  placeholder?: string;
  hint?: string;
}

/**
 * A text or number input that commits on blur and Enter (Ctrl+Enter in a multi-line
 * field, where Enter is a new line) and reverts on Escape.
 */
export function TextField<T>({
  label,
  testId,
  value,
  rule,
  onCommit,
  multiline,
  numeric,
  list,
  placeholder,
  hint,
}: TextFieldProps<T>) {
  const id = useId();
  const store = useEditorStore();
  const field = useDraftField({ value, rule, onCommit });
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (!field.dirty && handleHistoryKeys(e, store)) return;
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      field.commit();
    } else if (e.key === 'Escape' && (field.dirty || field.error)) {
      // Only a pending edit is cancelled; an idle Escape still reaches the app (clear selection).
      e.preventDefault();
      e.stopPropagation();
      field.revert();
    }
  };
  const common = {
    id,
    value: field.text,
    'data-testid': testId,
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': field.error ? `${id}-error` : undefined,
    onChange: (e: { target: { value: string } }) => field.change(e.target.value),
    onBlur: () => field.commit(),
    onKeyDown,
    placeholder,
  };
  return (
    <Field label={label} htmlFor={id} error={field.error} errorId={`${id}-error`} hint={hint}>
      {multiline ? (
        <textarea {...common} rows={4} className="insp-input" />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={numeric ? 'decimal' : undefined}
          list={list}
          className="insp-input"
          autoComplete="off"
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  testId: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  disabled?: boolean;
  hint?: string;
}

/** Choices apply at once: one undo step per change. */
export function SelectField({ label, testId, value, options, onChange, disabled, hint }: SelectFieldProps) {
  const id = useId();
  return (
    <Field label={label} htmlFor={id} hint={hint}>
      <select
        id={id}
        className="insp-input"
        data-testid={testId}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface CheckboxFieldProps {
  label: string;
  testId: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ label, testId, checked, onChange }: CheckboxFieldProps) {
  return (
    <label className="insp-check">
      <input type="checkbox" data-testid={testId} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** A titled group of fields. */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="insp-section">
      <div className="insp-section-head">
        <h3>{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
