import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDispatch, useEditor } from '../../app/editorContext';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../model';
import { Dialog } from '../Dialog';
import { formatNumber } from '../format';
import { useLanguage } from '../fields/useScenarioCommand';
import {
  checkSetting,
  checkSettingsForm,
  defaultDrafts,
  draftsOf,
  type SettingDrafts,
  type SettingError,
  type SettingKey,
  specOf,
} from './settingsRules';
import './settings.css';

const SECTIONS: { id: string; keys: SettingKey[] }[] = [
  { id: 'scores', keys: ['varietyTypes', 'teamMateWeight', 'disturbanceNorm', 'interfaceNorm'] },
  { id: 'quadrant', keys: ['highDemandCut', 'lowLatitudeCut'] },
  { id: 'coverage', keys: ['coveragePeoplePerWorkstation', 'coverageWorkstationsPerPerson'] },
];

/**
 * Every tunable of the analysis in one form. Nothing changes until Save, which stores all
 * changed values as one undo step; "Reset to defaults" only fills the form.
 */
export function AnalysisSettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dispatch = useDispatch();
  const settings = useEditor((s) => s.project.settings);
  const [drafts, setDrafts] = useState<SettingDrafts>(() => draftsOf(settings, language));
  const [errors, setErrors] = useState<Partial<Record<SettingKey, SettingError>>>({});

  const change = (key: SettingKey, text: string) => {
    setDrafts((prev) => ({ ...prev, [key]: text }));
    // Once a reason shows, keep it current so it goes as soon as the value is fixed.
    if (errors[key]) {
      const checked = checkSetting(specOf(key), text, language);
      setErrors((prev) => ({ ...prev, [key]: checked.ok ? undefined : checked.error }));
    }
  };
  const save = () => {
    const checked = checkSettingsForm(drafts, settings, language);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    if (Object.keys(checked.changes).length === 0 || dispatch('updateSettings', { settings: checked.changes }).ok) onClose();
  };

  const actions = (
    <>
      <button type="button" className="settings-reset" onClick={() => { setDrafts(defaultDrafts(language)); setErrors({}); }} data-testid="settings.reset">
        {t('analysisInputs.settings.reset')}
      </button>
      <button type="button" onClick={onClose} data-testid="settings.cancel">
        {t('app.dialog.cancel')}
      </button>
      <button type="button" className="primary" onClick={save} data-testid="settings.save">
        {t('app.dialog.save')}
      </button>
    </>
  );
  return (
    <Dialog title={t('analysisInputs.settings.title')} onClose={onClose} testId="settings.dialog" actions={actions}>
      <form
        className="settings-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <p className="settings-intro">{t('analysisInputs.settings.intro')}</p>
        {SECTIONS.map((section) => (
          <fieldset key={section.id} className="settings-section">
            <legend>{t(`analysisInputs.settings.section.${section.id}`)}</legend>
            {section.keys.map((key) => (
              <SettingField key={key} settingKey={key} text={drafts[key]} error={errors[key]} onChange={change} language={language} />
            ))}
          </fieldset>
        ))}
        {/* Enter in a field submits the form. */}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

interface SettingFieldProps {
  settingKey: SettingKey;
  text: string;
  error: SettingError | undefined;
  onChange: (key: SettingKey, text: string) => void;
  language: string;
}

function SettingField({ settingKey, text, error, onChange, language }: SettingFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const isDefault = text === formatNumber(DEFAULT_ANALYSIS_SETTINGS[settingKey], language);
  return (
    <div className="settings-field">
      <label htmlFor={id}>{t(`analysisInputs.settings.field.${settingKey}.label`)}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        data-testid={`settings.${settingKey}`}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(settingKey, e.target.value)}
      />
      <div className="settings-hint" id={`${id}-hint`}>
        {error ? (
          <span className="field-error" role="alert">
            {t(`analysisInputs.settings.error.${error.key}`, error.params)}
          </span>
        ) : (
          <>
            {t(`analysisInputs.settings.field.${settingKey}.hint`)}{' '}
            <span className="settings-default">
              {isDefault
                ? t('analysisInputs.settings.isDefault')
                : t('analysisInputs.settings.default', { value: formatNumber(DEFAULT_ANALYSIS_SETTINGS[settingKey], language) })}
            </span>
          </>
        )}
      </div>
    </div>
  );
}
