import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectId } from '../../model';
import type { BackupRepository } from '../../persistence/backupRepository';
import type { VersionHistory } from '../../persistence/historyRepository';
import type { ProjectRepository } from '../../persistence/projectRepository';
import { estimateStorage, persistState, requestPersistence, type PersistState, type StorageEstimate } from '../../persistence/storageInfo';
import { Dialog } from '../Dialog';
import { BackupSection } from './BackupSection';
import { ExportReminderSection, RecoverSection } from './ExportReminderSection';
import { formatBytes } from './formatStorage';
import './storage.css';

export interface StorageDialogProps {
  repository: ProjectRepository;
  history: VersionHistory;
  backups: BackupRepository;
  /** Writes the open project's pending changes, so backups and exports hold them. */
  flush: () => Promise<boolean>;
  /** After projects were exported or backed up (the open one may be among them). */
  onExported: (ids: readonly ProjectId[]) => void;
  /** After a backup was restored: reopen what is open, tell other tabs. */
  onRestored: () => void;
  /** Shows a notice (the app's toasts). */
  notify: (kind: 'info' | 'error', text: string) => void;
  onClose: () => void;
}

/** "Storage & backups": persistence, space, backups and restore, export reminders, recovery. */
export function StorageDialog(props: StorageDialogProps) {
  const { t, i18n } = useTranslation();
  const [persist, setPersist] = useState<PersistState | null>(null);
  const [asked, setAsked] = useState<PersistState | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimate | null | undefined>(undefined);
  const [versions, setVersions] = useState<{ count: number; named: number } | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const { history } = props;

  const refresh = useCallback(() => {
    void persistState().then(setPersist);
    void estimateStorage().then(setEstimate);
    void history.stats().then(setVersions);
  }, [history]);
  useEffect(refresh, [refresh, refreshKey]);
  const changed = () => setRefreshKey((k) => k + 1);

  const ask = async () => {
    const state = await requestPersistence();
    setAsked(state);
    setPersist(state);
  };

  const percent = estimate && estimate.quota > 0 ? (estimate.usage / estimate.quota) * 100 : 0;
  return (
    <Dialog title={t('storage.dialog.title')} onClose={props.onClose} testId="dialog.storage">
      <div className="storage-dialog">
        <p className="muted">{t('storage.dialog.local')}</p>
        <section className="storage-section" aria-labelledby="storage-persist">
          <h3 id="storage-persist">{t('storage.persist.title')}</h3>
          {persist && (
            <p className={persist === 'persisted' ? 'storage-ok' : 'storage-warn'} data-testid="storage.persist-state" data-state={persist}>
              {t(`storage.persist.${persist}`)}
            </p>
          )}
          {persist === 'not-persisted' && (
            <div className="storage-row">
              <button type="button" onClick={() => void ask()} data-testid="storage.persist-request">
                {t('storage.persist.request')}
              </button>
              {asked && <span className="muted small">{t(asked === 'persisted' ? 'storage.persist.granted' : 'storage.persist.denied')}</span>}
            </div>
          )}
        </section>
        <section className="storage-section" aria-labelledby="storage-usage">
          <h3 id="storage-usage">{t('storage.usage.title')}</h3>
          {estimate === null && <p className="muted">{t('storage.usage.unknown')}</p>}
          {estimate && (
            <>
              <div className="usage-bar" aria-hidden="true">
                <span style={{ width: `${Math.min(100, percent)}%` }} />
              </div>
              <p data-testid="storage.usage">
                {t('storage.usage.text', {
                  usage: formatBytes(estimate.usage, t, i18n.language),
                  quota: formatBytes(estimate.quota, t, i18n.language),
                  percent: percent < 0.1 ? '< 0.1' : percent.toFixed(1),
                })}
              </p>
            </>
          )}
          {versions && <p className="muted small">{t('storage.usage.versions', { ...versions })}</p>}
        </section>
        <BackupSection {...props} onChanged={changed} />
        <ExportReminderSection repository={props.repository} flush={props.flush} onExported={props.onExported} refreshKey={refreshKey} />
        <RecoverSection history={history} refreshKey={refreshKey} notify={props.notify} onRecovered={changed} />
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose} data-testid="storage.close">
            {t('storage.dialog.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
