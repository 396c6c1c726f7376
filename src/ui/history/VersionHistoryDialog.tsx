import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../model';
import type { SnapshotCounts } from '../../persistence/db';
import type { VersionHistory } from '../../persistence/historyRepository';
import { countEntities, type SnapshotSummary } from '../../persistence/versionHistory';
import { ConfirmDialog, Dialog } from '../Dialog';
import { formatDateTime } from '../storage/formatStorage';
import '../storage/storage.css';

interface VersionHistoryDialogProps {
  history: VersionHistory;
  project: Project;
  /** False in a read-only tab: versions can be browsed and previewed, not restored or saved. */
  canEdit: boolean;
  onSaveNamed: (label: string) => Promise<void>;
  onPreview: (snapshot: SnapshotSummary) => void;
  onRestore: (snapshot: SnapshotSummary) => Promise<void>;
  onClose: () => void;
}

const COUNT_KEYS: (keyof SnapshotCounts)[] = ['scenarios', 'units', 'workstations', 'families', 'teams', 'roles', 'tasks'];

/** Browse, compare, preview and restore earlier versions of the open project; save a named one. */
export function VersionHistoryDialog(props: VersionHistoryDialogProps) {
  const { history, project, canEdit, onSaveNamed, onPreview, onRestore, onClose } = props;
  const { t, i18n } = useTranslation();
  const [versions, setVersions] = useState<SnapshotSummary[] | null>(null);
  const [naming, setNaming] = useState(false);
  const [label, setLabel] = useState('');
  const [comparing, setComparing] = useState<number | null>(null);
  const [restoring, setRestoring] = useState<SnapshotSummary | null>(null);
  const current = useMemo(() => countEntities(project), [project]);
  const date = (iso: string) => formatDateTime(iso, i18n.language);

  const refresh = useCallback(() => {
    void history.list(project.id).then(setVersions);
  }, [history, project.id]);
  useEffect(refresh, [refresh]);

  const saveNamed = async () => {
    const name = label.trim();
    if (!name) return;
    await onSaveNamed(name);
    setNaming(false);
    setLabel('');
    refresh();
  };
  const restore = async (snapshot: SnapshotSummary) => {
    setRestoring(null);
    await onRestore(snapshot);
    refresh();
  };
  const remove = async (snapshot: SnapshotSummary) => {
    await history.remove(snapshot.id);
    refresh();
  };
  const { maxAutomatic, maxAgeDays, autoIntervalMs } = history.retention;

  return (
    <Dialog title={t('storage.history.title')} onClose={onClose} testId="dialog.history">
      <div className="history-dialog">
        <p className="muted small">
          {t('storage.history.intro', { name: project.name, minutes: Math.round(autoIntervalMs / 60_000) })}{' '}
          <span data-testid="history.retention">{t('storage.history.retention', { count: maxAutomatic, days: maxAgeDays })}</span>
        </p>
        {naming ? (
          <form
            className="history-save"
            onSubmit={(e) => {
              e.preventDefault();
              void saveNamed();
            }}
          >
            <input
              autoFocus
              value={label}
              maxLength={200}
              placeholder={t('storage.history.namePlaceholder')}
              aria-label={t('storage.history.namePlaceholder')}
              onChange={(e) => setLabel(e.target.value)}
              onKeyDown={(e) => e.stopPropagation()}
              data-testid="history.name-input"
            />
            <button type="submit" className="primary" disabled={!label.trim()} data-testid="history.save-named">
              {t('storage.history.saveNamed')}
            </button>
            <button type="button" onClick={() => setNaming(false)}>
              {t('app.dialog.cancel')}
            </button>
          </form>
        ) : (
          <div className="history-save">
            <button type="button" className="primary" disabled={!canEdit} onClick={() => setNaming(true)} data-testid="history.save-version">
              {t('storage.history.saveVersion')}
            </button>
          </div>
        )}
        {versions?.length === 0 && <p className="muted">{t('storage.history.empty')}</p>}
        {versions && versions.length > 0 && (
          <ul className="history-list" data-testid="history.list">
            <li className="current">
              <div className="history-info">
                <span className="history-when">{t('storage.history.current')}</span>
                <span className="muted small">{t('storage.history.counts', { ...current })}</span>
              </div>
            </li>
            {versions.map((v) => (
              <li key={v.id} data-testid="history.item" data-kind={v.kind}>
                <div className="history-info">
                  <span>
                    <span className="history-when">{date(v.createdAt)}</span>
                    <span className={`history-kind ${v.kind === 'named' ? 'named' : ''}`}>{t(`storage.history.kinds.${v.kind}`)}</span>
                  </span>
                  {v.label && <span data-testid="history.label">“{v.label}”</span>}
                  <span className="muted small">{t('storage.history.counts', { ...v.counts })}</span>
                </div>
                <div className="history-actions">
                  <button type="button" onClick={() => setComparing(comparing === v.id ? null : v.id)} aria-expanded={comparing === v.id} data-testid="history.compare">
                    {t('storage.history.compare')}
                  </button>
                  <button type="button" onClick={() => onPreview(v)} data-testid="history.preview">
                    {t('storage.history.preview')}
                  </button>
                  <button type="button" disabled={!canEdit} onClick={() => setRestoring(v)} data-testid="history.restore">
                    {t('storage.history.restore')}
                  </button>
                  <button type="button" className="danger" onClick={() => void remove(v)} title={t('storage.history.delete')} aria-label={t('storage.history.delete')} data-testid="history.delete">
                    ×
                  </button>
                </div>
                {comparing === v.id && <CompareTable then={v.counts} now={current} />}
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose} data-testid="history.close">
            {t('storage.dialog.close')}
          </button>
        </div>
      </div>
      {restoring && (
        <ConfirmDialog
          title={t('storage.history.confirmRestoreTitle')}
          message={t('storage.history.confirmRestore', { date: date(restoring.createdAt) })}
          confirmLabel={t('storage.history.restore')}
          onCancel={() => setRestoring(null)}
          onConfirm={() => void restore(restoring)}
        />
      )}
    </Dialog>
  );
}

function CompareTable({ then, now }: { then: SnapshotCounts; now: SnapshotCounts }) {
  const { t } = useTranslation();
  return (
    <table className="compare-table" data-testid="history.compare-table">
      <caption className="visually-hidden">{t('storage.history.compareTitle')}</caption>
      <thead>
        <tr>
          <th>{t('storage.history.compareHead.what')}</th>
          <th>{t('storage.history.compareHead.then')}</th>
          <th>{t('storage.history.compareHead.now')}</th>
        </tr>
      </thead>
      <tbody>
        {COUNT_KEYS.map((key) => (
          <tr key={key} className={then[key] !== now[key] ? 'diff' : ''}>
            <th scope="row">{t(`storage.history.what.${key}`)}</th>
            <td className="num">{then[key]}</td>
            <td className="num">{now[key]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
