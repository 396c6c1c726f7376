import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImpactDirection, ImpactHeading, ImpactSection, ImpactVerdict } from '../../analysis/impact';
import type { ScenarioId } from '../../model';
import './impact.css';
import { NOTE_MAX_LENGTH, useImpactNotes } from './impactNotes';
import { impactText } from './impactText';

/** A shape per direction, so the list reads without colour: a tick, a warning, a dot. */
const ICON: Record<ImpactDirection | 'mixed' | 'none', string> = {
  better: 'M3.5 8.5 6.5 11.5 12.5 4.5',
  worse: 'M8 3v6M8 12.2v.3',
  neutral: 'M8 8h.01',
  mixed: 'M8 3 13 8 8 13 3 8Z',
  none: 'M4 8h8',
};

function ImpactIcon({ kind }: { kind: keyof typeof ICON }) {
  return (
    <svg className={`impact-icon i-${kind}`} width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={kind === 'neutral' ? 5 : 2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={ICON[kind]} />
    </svg>
  );
}

const VERDICT_ICON: Record<ImpactVerdict, keyof typeof ICON> = { better: 'better', worse: 'worse', mixed: 'mixed', changed: 'neutral', unchanged: 'none' };

interface SectionProps {
  section: ImpactSection;
  note: string;
  onNote: (heading: ImpactHeading, text: string) => void;
}

const ImpactCard = memo(function ImpactCard({ section, note, onNote }: SectionProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const heading = t(`compare.impact.heading.${section.heading}`);
  return (
    <section className="cmp-card impact-card" aria-labelledby={`${id}-h`} data-testid="compare.impact.heading" data-heading={section.heading} data-verdict={section.verdict}>
      <header className="impact-head">
        <h3 id={`${id}-h`}>{heading}</h3>
        <span className={`impact-verdict v-${section.verdict}`}>
          <ImpactIcon kind={VERDICT_ICON[section.verdict]} /> {t(`compare.impact.verdict.${section.verdict}`)}
        </span>
      </header>
      {section.items.length === 0 ? (
        <p className="muted impact-empty">{t('compare.impact.empty')}</p>
      ) : (
        <ul className="impact-items">
          {section.items.map((item, i) => (
            <li key={`${item.key}-${i}`} className={`d-${item.direction}`} data-testid="compare.impact.item" data-key={item.key} data-direction={item.direction}>
              <span className="impact-sign" role="img" title={t(`compare.impact.direction.${item.direction}`)} aria-label={t(`compare.impact.direction.${item.direction}`)}>
                <ImpactIcon kind={item.direction} />
              </span>
              <span>{impactText(item, t, i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
      <label className="impact-note-label" htmlFor={`${id}-note`}>
        {t('compare.impact.note', { heading: heading.toLocaleLowerCase(i18n.language) })}
      </label>
      <textarea
        id={`${id}-note`}
        className="impact-note"
        rows={2}
        maxLength={NOTE_MAX_LENGTH}
        value={note}
        placeholder={t('compare.impact.notePlaceholder')}
        data-testid="compare.impact.note"
        onChange={(e) => onNote(section.heading, e.target.value)}
      />
    </section>
  );
});

interface ImpactPanelProps {
  before: ScenarioId;
  after: ScenarioId;
  sections: ImpactSection[];
}

/** The change impact assessment: six headings with what changes and the user's notes. */
export function ImpactPanel({ before, after, sections }: ImpactPanelProps) {
  const { t } = useTranslation();
  const { notes, setNote } = useImpactNotes(before, after);
  return (
    <div className="impact-panel" data-testid="compare.impact" aria-label={t('compare.impact.label')}>
      <p className="cmp-intro muted">
        {t('compare.impact.intro')} {t('compare.impact.noteStored')}
      </p>
      <div className="impact-grid">
        {sections.map((section) => (
          <ImpactCard key={section.heading} section={section} note={notes[section.heading] ?? ''} onNote={setNote} />
        ))}
      </div>
    </div>
  );
}
