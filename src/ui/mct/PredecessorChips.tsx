import { useTranslation } from 'react-i18next';
import { followersOf, type SegmentDraft } from './mctDraft';

interface PredecessorChipsProps {
  segment: SegmentDraft;
  segments: readonly SegmentDraft[];
  onChange: (after: string[]) => void;
  /** Predecessors whose link to this segment closes a circle: marked until one is removed. */
  onCycle: ReadonlySet<string>;
}

/**
 * "Starts after": the segments this one waits for, as removable chips, and a picker for
 * one more. Several predecessors make parallel branches merge here. The picker leaves
 * out the segment itself and everything that already waits for it, which would close a
 * circle.
 */
export function PredecessorChips({ segment, segments, onChange, onCycle }: PredecessorChipsProps) {
  const { t } = useTranslation();
  const position = new Map(segments.map((s, i) => [s.id, i + 1]));
  const label = (id: string) => {
    const s = segments.find((x) => x.id === id);
    return s?.name.trim() || t('qrm.mct.row', { n: position.get(id) ?? '?' });
  };
  const blocked = followersOf(segments, segment.id);
  const choices = segments.filter((s) => !blocked.has(s.id) && !segment.after.includes(s.id));
  return (
    <div
      className="ws-chips mct-after"
      role="group"
      aria-label={t('qrm.mct.afterOf', { name: label(segment.id) })}
      data-testid="mct.after"
    >
      {segment.after.length === 0 && <span className="chip chip-empty">{t('qrm.mct.atStart')}</span>}
      {segment.after.map((id) => (
        <span key={id} className={`chip mct-chip${onCycle.has(id) ? ' is-invalid' : ''}`}>
          <span className="chip-n">{position.get(id)}</span>
          <span className="chip-text">{label(id)}</span>
          <button
            type="button"
            className="chip-remove"
            aria-label={t('qrm.mct.removeAfter', { name: label(id) })}
            title={t('qrm.mct.removeAfter', { name: label(id) })}
            onClick={() => onChange(segment.after.filter((p) => p !== id))}
          >
            ×
          </button>
        </span>
      ))}
      {choices.length > 0 && (
        <select
          className="chip-add"
          value=""
          aria-label={t('qrm.mct.afterOf', { name: label(segment.id) })}
          data-testid="mct.after-add"
          onChange={(e) => e.target.value && onChange([...segment.after, e.target.value])}
        >
          <option value="">{t('qrm.mct.addAfter')}</option>
          {choices.map((s) => (
            <option key={s.id} value={s.id}>
              {`${position.get(s.id)}. ${label(s.id)}`}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
