import { useTranslation } from 'react-i18next';
import './storage.css';

interface SaveErrorBannerProps {
  quota: boolean;
  cause: string;
  onExport: () => void;
  onOpenStorage: () => void;
  onRetry: () => void;
}

/** Shown while saves fail: what happened, that nothing stored is lost, and what to do now. */
export function SaveErrorBanner({ quota, cause, onExport, onOpenStorage, onRetry }: SaveErrorBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="session-banner error" role="alert" data-testid="save-error.banner" data-quota={quota ? 'true' : 'false'}>
      <p>
        <strong>{t('storage.saveError.title')}. </strong>
        {quota ? t('storage.saveError.quota') : t('storage.saveError.other', { cause })} {t('storage.saveError.advice')}
      </p>
      <div className="banner-actions">
        <button type="button" className="primary" onClick={onExport} data-testid="save-error.export">
          {t('storage.saveError.export')}
        </button>
        <button type="button" onClick={onOpenStorage} data-testid="save-error.storage">
          {t('storage.saveError.openStorage')}
        </button>
        <button type="button" onClick={onRetry} data-testid="save-error.retry">
          {t('storage.saveError.retry')}
        </button>
      </div>
    </div>
  );
}
