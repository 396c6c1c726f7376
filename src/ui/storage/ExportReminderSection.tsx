import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../io/download';
import { projectFileName, serializeProject } from '../../io/projectFile';
import type { ProjectId } from '../../model';
import type { RecoverableProject, VersionHistory } from '../../persistence/historyRepository';
import type { ProjectRepository, ProjectSummary } from '../../persistence/projectRepository';
import { formatDateTime } from './formatStorage';

interface ExportReminderProps {
  repository: ProjectRepository;
  flush: () => Promise<boolean>;
  onExported: (ids: readonly ProjectId[]) => void;
  refreshKey: number;
}

/** Projects that changed since their last export or backup, each with an Export button. */
export function ExportReminderSection({ repository, flush, onExported, refreshKey }: ExportReminderProps) {
  const { t, i18n } = useTranslation();
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [exported, setExported] = useState(0);

  useEffect(() => {
    let live = true;
    void flush()
      .then(() => repository.listProjects())
      .then((all) => live && setProjects(all.filter((p) => p.changedSinceExport)));
    return () => {
      live = false;
    };
  }, [repository, flush, refreshKey, exported]);

  const exportOne = async (id: ProjectId) => {
    await flush();
    const result = await repository.loadProject(id);
    if (!result.ok) return;
    downloadText(projectFileName(result.project), serializeProject(result.project));
    await repository.markExported([id]);
    onExported([id]);
    setExported((n) => n + 1);
  };

  return (
    <section className="storage-section" aria-labelledby="storage-reminder">
      <h3 id="storage-reminder">{t('storage.reminder.title')}</h3>
      {projects?.length === 0 && <p className="muted storage-ok">{t('storage.reminder.none')}</p>}
      {projects && projects.length > 0 && (
        <ul className="storage-list" data-testid="storage.unexported">
          {projects.map((p) => (
            <li key={p.id} data-testid="storage.unexported-item" data-project-id={p.id}>
              <span className="grow">
                <strong>{p.name}</strong>{' '}
                <span className="muted small">
                  {p.lastExportedAt ? t('storage.reminder.since', { date: formatDateTime(p.lastExportedAt, i18n.language) }) : t('storage.reminder.never')}
                </span>
              </span>
              <button type="button" onClick={() => void exportOne(p.id)} data-testid="storage.export-one">
                {t('storage.reminder.export')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface RecoverProps {
  history: VersionHistory;
  refreshKey: number;
  notify: (kind: 'info' | 'error', text: string) => void;
  onRecovered: () => void;
}

/** Projects removed by a replacing restore, recoverable from their newest snapshot. */
export function RecoverSection({ history, refreshKey, notify, onRecovered }: RecoverProps) {
  const { t, i18n } = useTranslation();
  const [removed, setRemoved] = useState<RecoverableProject[]>([]);
  useEffect(() => {
    let live = true;
    void history.recoverable().then((r) => live && setRemoved(r));
    return () => {
      live = false;
    };
  }, [history, refreshKey]);
  if (removed.length === 0) return null;

  const recover = async (item: RecoverableProject) => {
    try {
      const project = await history.recover(item.projectId);
      notify('info', t('storage.recover.done', { name: project.name }));
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    }
    onRecovered();
  };

  return (
    <section className="storage-section" aria-labelledby="storage-recover">
      <h3 id="storage-recover">{t('storage.recover.title')}</h3>
      <p className="muted small">{t('storage.recover.hint')}</p>
      <ul className="storage-list" data-testid="storage.recoverable">
        {removed.map((item) => (
          <li key={item.projectId} data-testid="storage.recoverable-item">
            <span className="grow">{t('storage.recover.item', { name: item.name, date: formatDateTime(item.newest.createdAt, i18n.language) })}</span>
            <button type="button" onClick={() => void recover(item)} data-testid="storage.recover">
              {t('storage.recover.action')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
