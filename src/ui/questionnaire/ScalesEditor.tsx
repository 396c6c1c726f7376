import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_RESPONDENTS } from '../../analysis';
import { SCALE_FIELDS, type ScaleField } from './scales';
import type { QuestionnaireDraft } from './useQuestionnaireDraft';

/** Scale scores computed elsewhere (SD, DA, PD on 12–48) with the number of respondents behind them. */
export function ScalesEditor({ draft, showEmpty }: { draft: QuestionnaireDraft; showEmpty: boolean }) {
  const { t } = useTranslation();
  const errors = draft.scalesChecked.ok ? {} : draft.scalesChecked.errors;
  // A field still to fill is only pointed out after Save; a wrong value at once.
  const shown = (field: ScaleField) => (errors[field]?.key === 'empty' && !showEmpty ? undefined : errors[field]);
  const answersWin = draft.answers.complete >= MIN_RESPONDENTS;
  return (
    <div className="qn-scales">
      <p className="qn-hint">{t('analysisInputs.questionnaire.scalesHint')}</p>
      <div className="qn-scale-fields">
        {SCALE_FIELDS.map((field) => (
          <ScaleInput key={field} field={field} draft={draft} error={shown(field)} />
        ))}
      </div>
      {answersWin && <p className="qn-note">{t('analysisInputs.questionnaire.answersWin', { min: MIN_RESPONDENTS })}</p>}
    </div>
  );
}

interface ScaleInputProps {
  field: ScaleField;
  draft: QuestionnaireDraft;
  error: { key: string; params: Record<string, string> } | undefined;
}

function ScaleInput({ field, draft, error }: ScaleInputProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="qn-scale-field">
      <label htmlFor={id}>{t(`analysisInputs.questionnaire.scaleField.${field}`)}</label>
      <input
        id={id}
        type="text"
        inputMode={field === 'respondents' ? 'numeric' : 'decimal'}
        autoComplete="off"
        data-testid={`questionnaire.scale-${field}`}
        value={draft.scales[field]}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => draft.setScale(field, e.target.value)}
      />
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {t(`analysisInputs.questionnaire.scaleError.${error.key}`, error.params)}
        </span>
      )}
    </div>
  );
}
