import { Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, ProjectId } from '../model';
import type { LoadResult } from '../persistence/projectRepository';
import { isQuotaError } from '../persistence/storageInfo';
import { TAB_ID } from '../persistence/tabs';
import { EditorStore } from '../store/editorStore';
import { ReadOnlyBanner } from '../ui/ReadOnlyBanner';
import { SaveErrorBanner } from '../ui/storage/SaveErrorBanner';
import { StorageActionsContext, type StorageActions } from '../ui/storage/StorageButtons';
import { benchEnabled, installBench } from './benchHook';
import { EditorContext } from './editorContext';
import { EditorScreen } from './EditorScreen';
import { ImportErrorDialog, ProjectsDialog, StorageDialog, VersionHistoryDialog } from './lazyViews';
import { useNotify } from './notifications';
import type { OpenedProject, StorageServices } from './storageServices';
import { useProjectFiles } from './useProjectFiles';
import { useProjectSaving } from './useProjectSaving';
import { useTabLock } from './useTabLock';
import { useVersionHistory } from './useVersionHistory';

interface ProjectSessionProps {
  services: StorageServices;
  opened: OpenedProject;
  onOpen: (id: ProjectId) => Promise<LoadResult>;
  onCreate: () => Promise<void>;
  /** Reopens the current project from storage (after a backup restore). */
  onReopen: () => void;
  onCurrentDeleted: () => void;
}

type OpenDialog = 'projects' | 'storage' | 'history' | null;

/**
 * One open project: its editor store, its saving and tab lock, version history and the
 * project-level dialogs.
 */
export function ProjectSession({ services, opened, onOpen, onCreate, onReopen, onCurrentDeleted }: ProjectSessionProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { repository, history, backups, channel } = services;
  const [store] = useState(() => new EditorStore(opened.project));
  useEffect(() => (benchEnabled ? installBench(store, repository) : undefined), [store, repository]);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const projectId = opened.project.id;

  // The lock needs the autosaver to hand over, the autosaver needs the lock's role.
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  const flush = useCallback(() => flushRef.current(), []);
  const lock = useTabLock({ projectId, channel, beforeHandover: flush });
  const saving = useProjectSaving({
    store,
    repository,
    history,
    channel,
    project: opened.project,
    revision: opened.revision,
    lastExportedAt: opened.lastExportedAt,
    role: lock.role,
    onGone: onCurrentDeleted,
  });
  const { autosaver } = saving;
  useEffect(() => {
    flushRef.current = () => autosaver.flush();
  }, [autosaver]);
  useRoleNotices(lock.role);

  const versions = useVersionHistory({ store, history, saver: saving.saver });
  const hasContent = useSyncExternalStore(store.subscribe, () => hasEntities(store.getState().project));

  const openProject = useCallback(
    async (id: ProjectId) => {
      await autosaver.flush();
      const result = await onOpen(id);
      if (!result.ok) notify({ kind: 'error', text: t('app.projects.loadFailed', { message: result.error.message }) });
    },
    [autosaver, onOpen, notify, t],
  );

  const files = useProjectFiles({ store, repository, autosaver, openProject, onExported: saving.markExported });

  const createProject = async () => {
    await autosaver.flush();
    await onCreate();
  };

  const renameProject = async (id: ProjectId, name: string): Promise<boolean> => {
    if (id === projectId) return store.dispatch('renameProject', { name }).ok;
    await repository.renameProject(id, name);
    return true;
  };

  const duplicateProject = async (id: ProjectId, name: string) => {
    if (id === projectId) await autosaver.flush();
    await repository.duplicateProject(id, name);
  };

  const deleteProject = async (id: ProjectId) => {
    const isCurrent = id === projectId;
    // The open project must not be written back after it is gone.
    if (isCurrent) autosaver.dispose();
    await repository.deleteProject(id);
    if (isCurrent) onCurrentDeleted();
  };

  const afterRestore = useCallback(() => {
    channel.post({ type: 'projects-replaced', tab: TAB_ID });
    onReopen();
  }, [channel, onReopen]);

  const { markExported } = saving;
  const onExported = useCallback(
    (ids: readonly ProjectId[]) => {
      if (ids.includes(projectId)) void markExported();
    },
    [projectId, markExported],
  );

  const storageActions = useMemo<StorageActions>(
    () => ({
      openStorage: () => setDialog('storage'),
      openHistory: () => setDialog('history'),
      exportReminder: saving.changedSinceExport && hasContent,
    }),
    [saving.changedSinceExport, hasContent],
  );

  const { preview } = versions;
  const writer = lock.role === 'writer';
  // The editor shows once this tab knows whether it writes (and, if so, holds the newest
  // revision): a click in the first milliseconds must not meet a refusal.
  if (!saving.settled) return <div className="app-loading">{t('app.appName')}…</div>;
  return (
    <StorageActionsContext.Provider value={storageActions}>
      <EditorContext.Provider value={preview ? preview.store : store}>
        <EditorScreen
          key={preview ? `preview-${preview.snapshot.id}` : 'live'}
          saveState={saving.saveState}
          onOpenProjects={() => setDialog('projects')}
          onExport={files.exportFile}
          onImport={() => void files.importFile()}
        />
      </EditorContext.Provider>
      {/* For tests and tools: which tab writes, without reading the banner's words. */}
      <span hidden data-testid="session.state" data-role={lock.role} data-preview={preview ? 'true' : 'false'} />
      {preview && (
        <ReadOnlyBanner
          kind="preview"
          createdAt={preview.snapshot.createdAt}
          canRestore={writer}
          onBack={versions.closePreview}
          onRestore={() => void versions.restore(preview.snapshot)}
        />
      )}
      {!preview && lock.role === 'reader' && <ReadOnlyBanner kind="other-tab" takingOver={lock.takingOver} onTakeOver={() => void lock.takeOver()} />}
      {saving.status.state === 'error' && (
        <SaveErrorBanner
          quota={isQuotaError(saving.status.error)}
          cause={saving.saveState.status === 'error' ? saving.saveState.cause : ''}
          onExport={files.exportFile}
          onOpenStorage={() => setDialog('storage')}
          onRetry={() => void autosaver.flush()}
        />
      )}
      {/* Dialogs load on first use (lazyViews). */}
      <Suspense fallback={null}>
        {dialog === 'projects' && (
          <ProjectsDialog
            repository={repository}
            currentId={projectId}
            onOpen={(id) => void openProject(id).then(() => setDialog(null))}
            onCreate={() => void createProject()}
            onImport={() => void files.importFile()}
            onRename={renameProject}
            onDuplicate={duplicateProject}
            onDelete={deleteProject}
            onClose={() => setDialog(null)}
          />
        )}
        {dialog === 'storage' && (
          <StorageDialog
            repository={repository}
            history={history}
            backups={backups}
            flush={flush}
            onExported={onExported}
            onRestored={afterRestore}
            notify={(kind, text) => notify({ kind, text })}
            onClose={() => setDialog(null)}
          />
        )}
        {dialog === 'history' && (
          <VersionHistoryDialog
            history={history}
            project={store.getState().project}
            canEdit={writer}
            onSaveNamed={versions.saveNamed}
            onPreview={(snapshot) => {
              setDialog(null);
              void versions.openPreview(snapshot);
            }}
            onRestore={async (snapshot) => {
              await versions.restore(snapshot);
              setDialog(null);
            }}
            onClose={() => setDialog(null)}
          />
        )}
        {files.importError && (
          <ImportErrorDialog error={files.importError.error} fileName={files.importError.fileName} onClose={files.clearImportError} />
        )}
      </Suspense>
    </StorageActionsContext.Provider>
  );
}

/** Tells the user when this tab gains or loses the right to edit. */
function useRoleNotices(role: string) {
  const { t } = useTranslation();
  const notify = useNotify();
  const previous = useRef(role);
  useEffect(() => {
    const was = previous.current;
    previous.current = role;
    if (was === 'writer' && role === 'reader') notify({ kind: 'info', text: t('storage.tabs.lost') });
    if (was === 'reader' && role === 'writer') notify({ kind: 'info', text: t('storage.tabs.tookOver') });
  }, [role, notify, t]);
}

function hasEntities(project: Project): boolean {
  return Object.values(project.scenarios).some(
    (s) => Object.keys(s.units).length + Object.keys(s.workstations).length + Object.keys(s.roles).length + Object.keys(s.families).length > 0,
  );
}
