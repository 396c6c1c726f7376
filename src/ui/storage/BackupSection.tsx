import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_LIMITS, backupFileName, parseBackupFile, serializeBackup, type BackupError, type BackupResult } from '../../io/backup';
import { downloadText, pickTextFile } from '../../io/download';
import type { Project } from '../../model';
import type { RestoreMode } from '../../persistence/backupRepository';
import { ConfirmDialog } from '../Dialog';
import type { StorageDialogProps } from './StorageDialog';
import { formatDateTime } from './formatStorage';

type BackupSectionProps = StorageDialogProps & { onChanged: () => void };

type Restoring =
  | { step: 'invalid'; fileName: string; error: BackupError }
  | { step: 'choose'; fileName: string; projects: Project[]; createdAt: string | null; stored: number; confirmReplace: boolean };

/** Back up every project to one file; restore one by merging or replacing, or say why not. */
export function BackupSection(props: BackupSectionProps) {
  const { repository, backups, flush, onExported, onRestored, notify, onChanged } = props;
  const { t, i18n } = useTranslation();
  const [restoring, setRestoring] = useState<Restoring | null>(null);
  const [busy, setBusy] = useState(false);

  const backUpAll = async () => {
    setBusy(true);
    try {
      await flush();
      const { projects, unreadable } = await backups.collect();
      const file = backupFileName();
      downloadText(file, serializeBackup(projects));
      const ids = projects.map((p) => p.id);
      await repository.markExported(ids);
      onExported(ids);
      notify('info', t('storage.backup.done', { count: projects.length, file }));
      if (unreadable.length > 0) notify('error', t('storage.backup.skipped', { count: unreadable.length }));
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  const pick = async () => {
    let picked: { name: string; text: string } | null;
    try {
      picked = await pickTextFile('.json,application/json');
    } catch {
      notify('error', t('storage.backup.readFailed'));
      return;
    }
    if (!picked) return;
    const result: BackupResult =
      picked.text.length > BACKUP_LIMITS.maxChars
        ? { ok: false, error: { code: 'too-large', message: 'too large', issues: [], params: {} } }
        : parseBackupFile(picked.text);
    if (!result.ok) {
      setRestoring({ step: 'invalid', fileName: picked.name, error: result.error });
      return;
    }
    const stored = (await repository.listProjects()).length;
    setRestoring({ step: 'choose', fileName: picked.name, projects: result.projects, createdAt: result.createdAt, stored, confirmReplace: false });
  };

  const restore = async (projects: Project[], mode: RestoreMode) => {
    setRestoring(null);
    setBusy(true);
    try {
      await flush();
      const outcome = await backups.restore(projects, mode);
      notify('info', t('storage.backup.restored', { ...outcome }));
      onChanged();
      onRestored();
    } catch (e) {
      notify('error', `${t('storage.backup.invalidTitle')}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const reason = (error: BackupError) =>
    error.projectError ? t(`app.io.errors.${error.projectError.code}`, error.projectError.params) : '';

  return (
    <section className="storage-section" aria-labelledby="storage-backups">
      <h3 id="storage-backups">{t('storage.backup.title')}</h3>
      <p className="muted small">{t('storage.backup.allHint', { file: backupFileName() })}</p>
      <div className="storage-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void backUpAll()} data-testid="storage.backup-all">
          {t('storage.backup.all')}
        </button>
        <button type="button" disabled={busy} onClick={() => void pick()} data-testid="storage.restore">
          {t('storage.backup.restore')}
        </button>
      </div>
      <p className="muted small">{t('storage.backup.restoreHint')}</p>

      {restoring?.step === 'invalid' && (
        <div className="storage-error" role="alert" data-testid="storage.restore-error" data-code={restoring.error.code}>
          <h4>{t('storage.backup.invalidTitle')}</h4>
          <p>
            <span className="mono">{restoring.fileName}</span>:{' '}
            {t(`storage.backup.errors.${restoring.error.code}`, { ...restoring.error.params, reason: reason(restoring.error) })}
          </p>
          {restoring.error.issues.length > 0 && (
            <ul className="issue-list" data-testid="storage.restore-issues">
              {restoring.error.issues.map((issue, i) => (
                <li key={i}>
                  <code>{issue.path || '—'}</code> {issue.message}
                </li>
              ))}
            </ul>
          )}
          <p>
            <strong>{t('storage.backup.unchanged')}</strong>
          </p>
          <div className="storage-row">
            <button type="button" onClick={() => setRestoring(null)} data-testid="storage.restore-dismiss">
              {t('app.dialog.ok')}
            </button>
          </div>
        </div>
      )}

      {restoring?.step === 'choose' && (
        <div className="restore-choice" data-testid="storage.restore-choice">
          <h4>{t('storage.backup.chooseTitle', { count: restoring.projects.length })}</h4>
          <p>
            {t('storage.backup.chooseText', {
              file: restoring.fileName,
              count: restoring.projects.length,
              created: restoring.createdAt ? t('storage.backup.createdAt', { date: formatDateTime(restoring.createdAt, i18n.language) }) : '',
            })}
          </p>
          <div className="restore-option">
            <button type="button" className="primary" onClick={() => void restore(restoring.projects, 'merge')} data-testid="storage.restore-merge">
              {t('storage.backup.merge')}
            </button>
            <span className="muted small">{t('storage.backup.mergeHint')}</span>
          </div>
          <div className="restore-option">
            <button type="button" className="danger" onClick={() => setRestoring({ ...restoring, confirmReplace: true })} data-testid="storage.restore-replace">
              {t('storage.backup.replace')}
            </button>
            <span className="muted small">{t('storage.backup.replaceHint')}</span>
          </div>
          <div className="storage-row">
            <button type="button" onClick={() => setRestoring(null)} data-testid="storage.restore-cancel">
              {t('app.dialog.cancel')}
            </button>
          </div>
          {restoring.confirmReplace && (
            <ConfirmDialog
              title={t('storage.backup.confirmReplaceTitle')}
              message={t('storage.backup.confirmReplace', { stored: restoring.stored, count: restoring.projects.length })}
              confirmLabel={t('storage.backup.confirmReplaceButton')}
              danger
              onCancel={() => setRestoring({ ...restoring, confirmReplace: false })}
              onConfirm={() => void restore(restoring.projects, 'replace')}
            />
          )}
        </div>
      )}
    </section>
  );
}
