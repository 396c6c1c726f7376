import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import './storage.css';

export interface StorageActions {
  openStorage: () => void;
  openHistory: () => void;
  /** The open project changed since its last export or backup. */
  exportReminder: boolean;
}

/** Provided by the project session; the top bar shows the buttons only inside one. */
export const StorageActionsContext = createContext<StorageActions | null>(null);

/** Top-bar buttons for version history and for storage & backups (with the export reminder). */
export function StorageButtons() {
  const { t } = useTranslation();
  const actions = useContext(StorageActionsContext);
  if (!actions) return null;
  const storageLabel = actions.exportReminder
    ? `${t('storage.toolbar.storage')} — ${t('storage.toolbar.exportReminder')}`
    : t('storage.toolbar.storage');
  return (
    <div className="toolbar-group">
      <button type="button" className="icon-button" onClick={actions.openHistory} title={t('storage.toolbar.history')} aria-label={t('storage.toolbar.history')} data-testid="toolbar.history">
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
          <path d="M3 12a9 9 0 1 0 3-6.7L3 8" />
          <path d="M3 3v5h5M12 7v5l3 2" />
        </svg>
      </button>
      <button
        type="button"
        className="icon-button topbar-badge"
        onClick={actions.openStorage}
        title={storageLabel}
        aria-label={storageLabel}
        data-testid="toolbar.storage"
        data-reminder={actions.exportReminder ? 'true' : 'false'}
      >
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <ellipse cx="12" cy="5" rx="8" ry="3" />
          <path d="M4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3" />
        </svg>
        {actions.exportReminder && <span className="reminder-dot" data-testid="toolbar.export-reminder" aria-hidden="true" />}
      </button>
    </div>
  );
}
