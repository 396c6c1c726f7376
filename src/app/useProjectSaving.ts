import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../model';
import type { AutosaveStatus } from '../persistence/autosave';
import type { VersionHistory } from '../persistence/historyRepository';
import type { ProjectRepository } from '../persistence/projectRepository';
import { isQuotaError } from '../persistence/storageInfo';
import type { TabChannel, TabRole } from '../persistence/tabs';
import type { EditorStore } from '../store/editorStore';
import type { SaveState } from '../ui/SaveStatus';
import { useNotify } from './notifications';
import { ProjectSaver } from './projectSaver';

export interface SavingOptions {
  store: EditorStore;
  repository: ProjectRepository;
  history: VersionHistory;
  channel: TabChannel;
  project: Project;
  revision: number;
  lastExportedAt: string | null;
  role: TabRole;
  /** The project is gone from storage (deleted or replaced elsewhere). */
  onGone: () => void;
}

/**
 * Wires a ProjectSaver into the session: only the writer tab edits, a read-only tab
 * follows the writer's saves, pending changes are written when the page hides or the
 * session ends, and the export reminder follows saves and exports.
 */
export function useProjectSaving(options: SavingOptions) {
  const { store, repository, channel, project, role, onGone } = options;
  const { t } = useTranslation();
  const notify = useNotify();
  const [saver] = useState(() => new ProjectSaver(options));
  const { autosaver } = saver;
  const roleRef = useRef(role);
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved', savedAt: 0 });
  /** False until this tab first knows whether it writes; the editor waits for it. */
  const [settled, setSettled] = useState(false);
  const [changedSinceExport, setChangedSinceExport] = useState(
    () => options.lastExportedAt === null || project.updatedAt > options.lastExportedAt,
  );

  useEffect(() => {
    saver.on({
      status: setStatus,
      saved: () => setChangedSinceExport(true),
      conflict: () => notify({ kind: 'error', text: t('storage.tabs.conflict') }),
      gone: onGone,
    });
  }, [saver, notify, t, onGone]);

  useEffect(() => {
    const detach = saver.attach();
    const flushOnHide = () => {
      if (document.visibilityState === 'hidden') void autosaver.flush();
    };
    const flushOnPageHide = () => void autosaver.flush();
    document.addEventListener('visibilitychange', flushOnHide);
    window.addEventListener('pagehide', flushOnPageHide);
    return () => {
      detach();
      document.removeEventListener('visibilitychange', flushOnHide);
      window.removeEventListener('pagehide', flushOnPageHide);
      // Leaving the project writes what is pending. No dispose: React's development double
      // mount runs this cleanup once on a live session, which must keep saving.
      void autosaver.flush();
    };
  }, [saver, autosaver]);

  // Only the writer edits; a tab that stops being the writer saves what it has first.
  useEffect(() => {
    const previous = roleRef.current;
    roleRef.current = role;
    if (role === 'writer') {
      void saver.reload().then((ok) => {
        if (ok) store.setReadOnly(false);
        setSettled(true);
      });
      return;
    }
    store.setReadOnly(true);
    if (role === 'reader') void Promise.resolve().then(() => setSettled(true));
    if (previous === 'writer') void autosaver.flush();
  }, [role, store, saver, autosaver]);

  // A read-only tab follows the writer's saves.
  useEffect(
    () =>
      channel.subscribe((message) => {
        if (message.type !== 'saved' || message.projectId !== project.id || roleRef.current === 'writer') return;
        if (message.revision > saver.getRevision()) void saver.reload();
      }),
    [channel, project.id, saver],
  );

  const markExported = useCallback(async () => {
    await repository.markExported([project.id]);
    setChangedSinceExport(false);
  }, [repository, project.id]);

  const saveState: SaveState =
    status.state === 'error'
      ? { status: 'error', cause: t(isQuotaError(status.error) ? 'storage.saveError.cause.quota' : 'storage.saveError.cause.other') }
      : { status: status.state };

  return { saver, autosaver, status, saveState, changedSinceExport, markExported, settled };
}
