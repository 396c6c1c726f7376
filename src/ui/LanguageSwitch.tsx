import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage, switchLanguage } from '../i18n';
import { writeLanguagePreference } from '../persistence/preferences';

/** Switches the language of the whole app; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('app.language.label')}</span>
      <select
        data-testid="toolbar.language"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => {
          const language = e.target.value;
          if (!isLanguage(language)) return;
          writeLanguagePreference(language);
          void switchLanguage(language);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`app.language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
