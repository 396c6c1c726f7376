import { useTranslation } from 'react-i18next';
import { formatDateTime } from './storage/formatStorage';
import './storage/storage.css';

type ReadOnlyBannerProps =
  | { kind: 'other-tab'; takingOver: boolean; onTakeOver: () => void }
  | { kind: 'preview'; createdAt: string; canRestore: boolean; onRestore: () => void; onBack: () => void };

/** Says why the editor refuses changes and offers the way out. */
export function ReadOnlyBanner(props: ReadOnlyBannerProps) {
  const { t, i18n } = useTranslation();
  if (props.kind === 'other-tab')
    return (
      <div className="session-banner" role="status" data-testid="readonly.banner" data-kind="other-tab">
        <p>{t('storage.tabs.readOnly')}</p>
        <div className="banner-actions">
          <button type="button" className="primary" disabled={props.takingOver} onClick={props.onTakeOver} data-testid="readonly.take-over">
            {props.takingOver ? t('storage.tabs.takingOver') : t('storage.tabs.takeOver')}
          </button>
        </div>
      </div>
    );
  return (
    <div className="session-banner preview" role="status" data-testid="readonly.banner" data-kind="preview">
      <p>{t('storage.preview.banner', { date: formatDateTime(props.createdAt, i18n.language) })}</p>
      <div className="banner-actions">
        <button type="button" onClick={props.onBack} data-testid="preview.back">
          {t('storage.preview.back')}
        </button>
        <button type="button" className="primary" disabled={!props.canRestore} onClick={props.onRestore} data-testid="preview.restore">
          {t('storage.preview.restore')}
        </button>
      </div>
    </div>
  );
}
