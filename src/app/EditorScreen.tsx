import { Suspense, memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationCanvas } from '../canvas/OrganisationCanvas';
import { Palette } from '../canvas/Palette';
import { Inspector } from '../ui/Inspector';
import { LoadingNote } from '../ui/LoadingNote';
import type { SaveState } from '../ui/SaveStatus';
import { useEditorStore } from './editorContext';
import { SelectionClipboard } from './clipboard';
import { AnalysisView, CompareView, ShortcutsDialog, SkillsMatrixView, TaskTable } from './lazyViews';
import { useNotify } from './notifications';
import { TopBar } from './TopBar';
import { MainViewContext, type MainView } from './mainView';
import { AnalysisProvider } from './analysisContext';
import { useShortcuts } from './useShortcuts';
import { usePrefetchWhenIdle } from './prefetch';

interface EditorScreenProps {
  saveState: SaveState;
  onOpenProjects: () => void;
  onExport: () => void;
  onImport: () => void;
}

/**
 * Palette, main view and inspector. Memoised: the save status and the other top-bar
 * state change on every edit and must not re-render the canvas or the task table with it.
 */
const EditorBody = memo(function EditorBody({ view }: { view: MainView }) {
  return (
    <div className="editor-body">
      {view === 'canvas' && <Palette />}
      <main className="editor-main">
        {view === 'canvas' && <OrganisationCanvas />}
        <Suspense fallback={<LoadingNote />}>
          {view === 'tasks' && <TaskTable />}
          {view === 'skills' && <SkillsMatrixView />}
          {view === 'analysis' && <AnalysisView />}
          {view === 'compare' && <CompareView />}
        </Suspense>
      </main>
      <aside className="editor-sidebar">
        <Inspector />
      </aside>
    </div>
  );
});

/** The editing layout: top bar, palette, canvas or task table, inspector. */
export function EditorScreen({ saveState, onOpenProjects, onExport, onImport }: EditorScreenProps) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const notify = useNotify();
  const [view, setView] = useState<MainView>('canvas');
  const [helpOpen, setHelpOpen] = useState(false);
  const clipboard = useMemo(() => new SelectionClipboard(), []);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const onRefused = useCallback(
    (code: string, params: Record<string, string | number>) =>
      notify({ kind: 'info', text: t(`app.notice.${code}`, params) }),
    [notify, t],
  );
  useShortcuts({ store, clipboard, openHelp, onRefused });
  usePrefetchWhenIdle();
  const mainView = useMemo(() => ({ view, setView }), [view]);

  return (
    <MainViewContext.Provider value={mainView}>
      <AnalysisProvider>
        <div className="editor" data-testid="editor">
          <TopBar
            view={view}
            onViewChange={setView}
            saveState={saveState}
            onOpenProjects={onOpenProjects}
            onExport={onExport}
            onImport={onImport}
            onHelp={openHelp}
          />
          <EditorBody view={view} />
          <Suspense fallback={null}>{helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}</Suspense>
        </div>
      </AnalysisProvider>
    </MainViewContext.Provider>
  );
}
