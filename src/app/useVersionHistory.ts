import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionHistory } from '../persistence/historyRepository';
import { RepositoryError } from '../persistence/projectRepository';
import type { SnapshotSummary } from '../persistence/versionHistory';
import { EditorStore } from '../store/editorStore';
import { formatDateTime } from '../ui/storage/formatStorage';
import { useNotify } from './notifications';
import type { ProjectSaver } from './projectSaver';

interface VersionHistoryOptions {
  store: EditorStore;
  history: VersionHistory;
  saver: ProjectSaver;
}

export interface Preview {
  store: EditorStore;
  snapshot: SnapshotSummary;
}

/** Named versions, read-only previews of earlier versions, and restoring one (itself undoable). */
export function useVersionHistory({ store, history, saver }: VersionHistoryOptions) {
  const { autosaver } = saver;
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [preview, setPreview] = useState<Preview | null>(null);

  const saveNamed = useCallback(
    async (label: string) => {
      await autosaver.flush();
      await history.save(store.getState().project, 'named', label);
      notify({ kind: 'info', text: t('storage.history.saved', { name: label }) });
    },
    [autosaver, history, store, notify, t],
  );

  const openPreview = useCallback(
    async (snapshot: SnapshotSummary) => {
      const result = await history.read(snapshot.id);
      if (!result.ok) {
        notify({ kind: 'error', text: t('storage.history.unreadable', { message: result.error.message }) });
        return;
      }
      const previewStore = new EditorStore(result.project);
      previewStore.setReadOnly(true);
      setPreview({ store: previewStore, snapshot });
    },
    [history, notify, t],
  );

  const restore = useCallback(
    async (snapshot: SnapshotSummary) => {
      await autosaver.flush();
      try {
        const out = await history.restore(snapshot.projectId, snapshot.id, saver.getRevision());
        saver.announce(out.project, out.revision);
        setPreview(null);
        notify({ kind: 'info', text: t('storage.history.restored', { date: formatDateTime(snapshot.createdAt, i18n.language) }) });
      } catch (e) {
        const message = e instanceof RepositoryError && e.code === 'conflict' ? t('storage.tabs.conflict') : e instanceof Error ? e.message : String(e);
        notify({ kind: 'error', text: t('storage.history.unreadable', { message }) });
      }
    },
    [autosaver, history, saver, notify, t, i18n.language],
  );

  return { preview, saveNamed, openPreview, closePreview: () => setPreview(null), restore };
}
