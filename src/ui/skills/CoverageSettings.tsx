import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDispatch, useEditor, useEditorStore } from '../../app/editorContext';
import { formatNumber } from '../format';
import { handleHistoryKeys } from '../fields/historyKeys';
import { useLanguage } from '../fields/useScenarioCommand';
import { checkSetting, specOf, type SettingError } from '../settings/settingsRules';

type CoverageKey = 'coveragePeoplePerWorkstation' | 'coverageWorkstationsPerPerson';

/** The two k values of the cross-training rule (1-3-1: k = 3 both ways), stored in the project settings. */
export function CoverageSettings() {
  const { t } = useTranslation();
  return (
    <div className="skills-k-fields" role="group" aria-label={t('analysisInputs.skills.kGroup')}>
      <KField settingKey="coveragePeoplePerWorkstation" testId="skills.k-people" label={t('analysisInputs.skills.kPeople')} />
      <KField settingKey="coverageWorkstationsPerPerson" testId="skills.k-workstations" label={t('analysisInputs.skills.kWorkstations')} />
    </div>
  );
}

function KField({ settingKey, testId, label }: { settingKey: CoverageKey; testId: string; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const dispatch = useDispatch();
  const store = useEditorStore();
  const value = useEditor((s) => s.project.settings[settingKey]);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<SettingError | null>(null);
  const shown = draft ?? formatNumber(value, language);

  const commit = () => {
    if (draft === null) return;
    const checked = checkSetting(specOf(settingKey), draft, language);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    if (checked.value !== value && !dispatch('updateSettings', { settings: { [settingKey]: checked.value } }).ok) return;
    setDraft(null);
    setError(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (draft === null && handleHistoryKeys(e, store)) return;
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape' && draft !== null) {
      e.stopPropagation();
      setDraft(null);
      setError(null);
    }
  };
  return (
    <div className="skills-k-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="skills-k-input"
        data-testid={testId}
        value={shown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      {error && (
        <span className="field-error skills-k-error" id={`${id}-error`} role="alert">
          {t(`analysisInputs.settings.error.${error.key}`, error.params)}
        </span>
      )}
    </div>
  );
}
