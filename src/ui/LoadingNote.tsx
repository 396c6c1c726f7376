import { useTranslation } from 'react-i18next';

/** Shown for the moment a part that loads on first use is still on its way. */
export function LoadingNote() {
  const { t } = useTranslation();
  return (
    <p className="loading-note" role="status" aria-busy="true" data-testid="app.loading">
      {t('app.loading')}
    </p>
  );
}
