import './zodNoEval';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../i18n';
import type { ProjectId } from '../model';
import type { LoadResult } from '../persistence/projectRepository';
import { persistState, requestPersistence } from '../persistence/storageInfo';
import { NotificationsProvider, useNotify } from './notifications';
import { ProjectSession } from './ProjectSession';
import { openStorageServices, type OpenedProject, type StorageServices } from './storageServices';

type Opened = (OpenedProject & { openCount: number }) | { failure: string } | null;

export function App() {
  return (
    <NotificationsProvider>
      <ProjectShell />
    </NotificationsProvider>
  );
}

/**
 * Opens the last project on start (or the newest that loads, or a new one), and swaps the
 * editing session when the user opens another project or another tab restores a backup.
 */
function ProjectShell() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [services] = useState<StorageServices>(openStorageServices);
  const { repository, channel } = services;
  const [opened, setOpened] = useState<Opened>(null);

  const show = useCallback(
    async (project: OpenedProject) => {
      await repository.setMeta('lastProjectId', project.project.id);
      setOpened((prev) => ({ ...project, openCount: (prev && 'openCount' in prev ? prev.openCount : 0) + 1 }));
    },
    [repository],
  );

  const open = useCallback(
    async (id: ProjectId): Promise<LoadResult> => {
      const result = await repository.loadProject(id);
      if (result.ok) await show(result);
      return result;
    },
    [repository, show],
  );

  // The i18next instance, not the hook's `t` or `i18n` (both change with the language):
  // switching language must not re-run the start-up effect below, which would reopen the
  // project, drop its undo history and let another tab take its lock.
  const create = useCallback(async () => {
    const project = await repository.createProject(i18next.t('app.projects.newName'));
    await show({ project, revision: 1, lastExportedAt: null });
  }, [repository, show]);

  const openFirstAvailable = useCallback(
    async (preferred?: ProjectId) => {
      // Listing reads every stored document: only when the preferred one cannot be opened.
      if (preferred && (await open(preferred)).ok) return;
      for (const { id } of await repository.listProjects()) if (id !== preferred && (await open(id)).ok) return;
      await create();
    },
    [repository, open, create],
  );

  useEffect(() => {
    repository
      .getMeta('lastProjectId')
      .then((last) => openFirstAvailable(last))
      .catch((e: unknown) => setOpened({ failure: e instanceof Error ? e.message : String(e) }));
  }, [repository, openFirstAvailable]);

  // Ask once per start to keep the data; Chromium answers silently from its heuristics.
  useEffect(() => {
    void persistState().then((state) => (state === 'not-persisted' ? requestPersistence() : state));
  }, []);

  const currentId = opened && 'project' in opened ? opened.project.id : undefined;
  const reopen = useCallback(() => void openFirstAvailable(currentId), [openFirstAvailable, currentId]);

  useEffect(
    () =>
      channel.subscribe((message) => {
        if (message.type !== 'projects-replaced') return;
        notify({ kind: 'info', text: t('storage.tabs.projectsReplaced') });
        reopen();
      }),
    [channel, notify, t, reopen],
  );

  return (
    <>
      {opened === null && <div className="app-loading">{t('app.appName')}…</div>}
      {opened && 'failure' in opened && (
        <div className="app-loading" role="alert">
          {t('app.storageUnavailable', { cause: opened.failure })}
        </div>
      )}
      {opened && 'project' in opened && (
        <ProjectSession
          key={`${opened.project.id}#${opened.openCount}`}
          services={services}
          opened={opened}
          onOpen={open}
          onCreate={create}
          onReopen={reopen}
          onCurrentDeleted={() => void openFirstAvailable()}
        />
      )}
    </>
  );
}
