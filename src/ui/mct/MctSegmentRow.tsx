import { useTranslation } from 'react-i18next';
import { MCT_SEGMENT_KINDS } from '../../model';
import type { FieldError } from '../validation';
import type { SegmentDraft } from './mctDraft';
import { fieldIssue, type MctIssue, type SegmentField } from './mctValidation';
import { PredecessorChips } from './PredecessorChips';
import type { MctDraftApi } from './useMctDraft';

interface RowProps {
  segment: SegmentDraft;
  index: number;
  segments: readonly SegmentDraft[];
  issues: readonly MctIssue[];
  /** Links `from>to` that form a reported circle. */
  cycleLinks: ReadonlySet<string>;
  api: Pick<MctDraftApi, 'update' | 'remove' | 'move'>;
}

/** One segment of the MCT map: name, kind, touch and waiting time, unit, what it starts after. */
export function MctSegmentRow({ segment, index, segments, issues, cycleLinks, api }: RowProps) {
  const { t } = useTranslation();
  const name = segment.name.trim() || t('qrm.mct.row', { n: index + 1 });
  const cell = (field: SegmentField, label: string) => (
    <SegmentInput
      segment={segment}
      field={field}
      label={label}
      error={fieldIssue(issues, segment.id, field)}
      api={api}
    />
  );
  const kinds = MCT_SEGMENT_KINDS.map((k) => ({ value: k, label: t(`qrm.mct.kind.${k}`) }));
  const units = (['days', 'hours'] as const).map((u) => ({ value: u, label: t(`qrm.mct.unit.${u}`) }));
  return (
    <tr className="mct-row" data-testid="mct.segment-row" data-segment-id={segment.id}>
      <td className="mct-n">{index + 1}</td>
      <td>{cell('name', t('qrm.mct.nameOf', { n: index + 1 }))}</td>
      <td>
        <Select
          value={segment.kind}
          options={kinds}
          label={t('qrm.mct.kindOf', { name })}
          testId="mct.kind"
          onChange={(kind) => api.update(segment.id, { kind })}
        />
      </td>
      <td>{cell('touch', t('qrm.mct.touchOf', { name }))}</td>
      <td>{cell('wait', t('qrm.mct.waitOf', { name }))}</td>
      <td>
        <Select
          value={segment.timeUnit}
          options={units}
          label={t('qrm.mct.unitOf', { name })}
          testId="mct.unit"
          onChange={(timeUnit) => api.update(segment.id, { timeUnit })}
        />
      </td>
      <td>
        <PredecessorChips
          segment={segment}
          segments={segments}
          onCycle={new Set(segment.after.filter((p) => cycleLinks.has(`${p}>${segment.id}`)))}
          onChange={(after) => api.update(segment.id, { after })}
        />
      </td>
      <td className="mct-actions">
        <RowActions name={name} index={index} last={segments.length - 1} id={segment.id} api={api} />
      </td>
    </tr>
  );
}

interface InputProps {
  segment: SegmentDraft;
  field: SegmentField;
  label: string;
  error: FieldError | null;
  api: Pick<MctDraftApi, 'update'>;
}

/** A name or time field; an invalid one is marked and says why on hover (the list below says it too). */
function SegmentInput({ segment, field, label, error, api }: InputProps) {
  const { t } = useTranslation();
  const numeric = field !== 'name';
  return (
    <input
      type="text"
      className={numeric ? 'mct-number' : 'mct-name'}
      inputMode={numeric ? 'decimal' : undefined}
      autoComplete="off"
      value={segment[field]}
      aria-label={label}
      aria-invalid={error ? true : undefined}
      title={error ? t(`ui.error.${error.key}`, error.params) : undefined}
      data-testid={`mct.${field}`}
      onChange={(e) => api.update(segment.id, { [field]: e.target.value })}
    />
  );
}

interface SelectProps<V extends string> {
  value: V;
  options: readonly { value: V; label: string }[];
  label: string;
  testId: string;
  onChange: (value: V) => void;
}

function Select<V extends string>({ value, options, label, testId, onChange }: SelectProps<V>) {
  return (
    <select value={value} aria-label={label} data-testid={testId} onChange={(e) => onChange(e.target.value as V)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

interface ActionsProps {
  name: string;
  index: number;
  last: number;
  id: string;
  api: Pick<MctDraftApi, 'remove' | 'move'>;
}

function RowActions({ name, index, last, id, api }: ActionsProps) {
  const { t } = useTranslation();
  const button = (label: string, testId: string, text: string, onClick: () => void, disabled = false) => (
    <button
      type="button"
      className={`icon-button${testId === 'mct.remove' ? ' danger-icon' : ''}`}
      aria-label={label}
      title={label}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
    >
      {text}
    </button>
  );
  return (
    <>
      {button(t('qrm.mct.moveUp', { name }), 'mct.up', '↑', () => api.move(id, index - 1), index === 0)}
      {button(t('qrm.mct.moveDown', { name }), 'mct.down', '↓', () => api.move(id, index + 1), index === last)}
      {button(t('qrm.mct.remove', { name }), 'mct.remove', '×', () => api.remove(id))}
    </>
  );
}
