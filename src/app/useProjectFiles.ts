import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectId } from '../model';
import { downloadText, pickTextFile } from '../io/download';
import { IMPORT_LIMITS, parseProjectFile, projectFileName, serializeProject, type ImportError } from '../io/projectFile';
import type { Autosaver } from '../persistence/autosave';
import type { ProjectRepository } from '../persistence/projectRepository';
import type { Project } from '../model';
import type { EditorStore } from '../store/editorStore';
import { useNotify } from './notifications';

interface ProjectFilesOptions {
  store: EditorStore;
  repository: ProjectRepository;
  autosaver: Autosaver<Project>;
  openProject: (id: ProjectId) => Promise<void>;
  /** The open project was exported with everything stored: it no longer needs a reminder. */
  onExported?: () => Promise<void>;
}

/** Export of the open project, and import of a file as a new project through the one pipeline. */
export function useProjectFiles({ store, repository, autosaver, openProject, onExported }: ProjectFilesOptions) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [importError, setImportError] = useState<{ error: ImportError; fileName: string } | null>(null);

  const exportFile = useCallback(() => {
    // The file holds what is in memory, so it works while saving fails (the save-error banner offers it).
    const project = store.getState().project;
    const fileName = projectFileName(project);
    downloadText(fileName, serializeProject(project));
    notify({ kind: 'info', text: t('app.io.exported', { file: fileName }) });
    // Only when storage holds the same state does the project count as exported.
    void autosaver.flush().then((stored) => (stored ? onExported?.() : undefined));
  }, [store, notify, t, autosaver, onExported]);

  const importFile = useCallback(async () => {
    const picked = await pickTextFile('.json,.latitude.json,application/json');
    if (!picked) return;
    if (picked.text.length > IMPORT_LIMITS.maxChars) {
      setImportError({ fileName: picked.name, error: { code: 'too-large', message: `${picked.text.length} characters`, issues: [], params: {} } });
      return;
    }
    const result = parseProjectFile(picked.text);
    if (!result.ok) {
      setImportError({ error: result.error, fileName: picked.name });
      return;
    }
    await autosaver.flush();
    const id = await repository.importProject(result.project);
    notify({ kind: 'info', text: t('app.io.imported', { name: result.project.name }) });
    await openProject(id);
  }, [autosaver, repository, notify, t, openProject]);

  return { exportFile, importFile, importError, clearImportError: () => setImportError(null) };
}
