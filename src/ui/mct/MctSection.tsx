import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mctOf } from '../../analysis';
import type { Family, Scenario } from '../../model';
import { formatNumber } from '../format';
import { Section } from '../inspector/fields';
import { MctBar } from './MctBar';
import { MctEditorDialog } from './MctEditorDialog';
import './mct.css';

/**
 * The family inspector's MCT part: "MCT 26 days (grey 9 · white 17)", a slim bar of the
 * critical path, and the button that opens the MCT map editor.
 */
export function MctSection({ family, scenario }: { family: Family; scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const result = useMemo(() => (family.mct ? mctOf(family.mct) : null), [family.mct]);
  const days = (value: number) => formatNumber(value, i18n.language, 1);
  return (
    <Section title={t('qrm.mct.section')}>
      {!family.mct || !result ? (
        <p className="insp-hint">{t('qrm.mct.none')}</p>
      ) : result.ok ? (
        <>
          <p className="mct-summary" data-testid="inspector.mct-summary">
            {t('qrm.mct.summary', {
              total: days(result.mctDays),
              grey: days(result.greyDays),
              white: days(result.whiteDays),
            })}
          </p>
          <MctBar map={family.mct} compact testId="inspector.mct-bar" />
        </>
      ) : (
        <p className="field-error" data-testid="inspector.mct-summary">
          {t('qrm.mct.summaryCycle')}
        </p>
      )}
      <button type="button" className="mct-open" onClick={() => setOpen(true)} data-testid="inspector.edit-mct">
        {t(family.mct ? 'qrm.mct.edit' : 'qrm.mct.create')}
      </button>
      {open && <MctEditorDialog family={family} scenario={scenario} onClose={() => setOpen(false)} />}
    </Section>
  );
}
