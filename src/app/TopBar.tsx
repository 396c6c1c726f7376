import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from './editorContext';
import { ScenarioTabs } from '../ui/ScenarioTabs';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { SaveStatus, type SaveState } from '../ui/SaveStatus';
import { StorageButtons } from '../ui/storage/StorageButtons';
import { ExportMenu } from '../ui/export/ExportMenu';
import { CsvMenuButton } from '../ui/csv/CsvMenuButton';
import { PresentationButtons } from '../ui/presentation/PresentationButtons';

import { MAIN_VIEWS, type MainView } from './mainView';

interface TopBarProps {
  view: MainView;
  onViewChange: (view: MainView) => void;
  saveState: SaveState;
  onOpenProjects: () => void;
  onExport: () => void;
  onImport: () => void;
  onHelp: () => void;
}

export function TopBar({ view, onViewChange, saveState, onOpenProjects, onExport, onImport, onHelp }: TopBarProps) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const projectName = useEditor((s) => s.project.name);
  const canUndo = useEditor(() => store.canUndo());
  const canRedo = useEditor(() => store.canRedo());
  return (
    <header className="topbar">
      <div className="topbar-row">
        <button
          type="button"
          className="brand"
          onClick={onOpenProjects}
          data-testid="toolbar.projects"
          title={t('app.toolbar.projects')}
        >
          <img src="/favicon.svg" alt="" width={22} height={22} />
          <span className="project-name" data-testid="toolbar.project-name">
            {projectName}
          </span>
        </button>
        <ScenarioTabs />
        <div className="topbar-spacer" />
        <div className="toolbar-group">
          <button
            type="button"
            className="icon-button"
            disabled={!canUndo}
            onClick={() => store.undo()}
            title={`${t('app.toolbar.undo')} (Ctrl+Z)`}
            aria-label={t('app.toolbar.undo')}
            data-testid="toolbar.undo"
          >
            ↶
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={!canRedo}
            onClick={() => store.redo()}
            title={`${t('app.toolbar.redo')} (Ctrl+Shift+Z)`}
            aria-label={t('app.toolbar.redo')}
            data-testid="toolbar.redo"
          >
            ↷
          </button>
        </div>
        <SaveStatus state={saveState} />
        <StorageButtons />
        <LanguageSwitch />
        <button
          type="button"
          className="icon-button"
          onClick={onHelp}
          title={t('app.toolbar.help')}
          aria-label={t('app.toolbar.help')}
          data-testid="toolbar.help"
        >
          ?
        </button>
      </div>
      <div className="topbar-row topbar-secondary">
        <div className="segmented" role="group" aria-label={t('app.views.label')}>
          {MAIN_VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              data-testid={`view.${v}`}
              onClick={() => onViewChange(v)}
            >
              {t(`app.views.${v}`)}
            </button>
          ))}
        </div>
        <div className="topbar-spacer" />
        <PresentationButtons />
        <div className="toolbar-group">
          <button type="button" onClick={onImport} data-testid="toolbar.import">
            {t('app.toolbar.import')}
          </button>
          <button type="button" onClick={onExport} data-testid="toolbar.export">
            {t('app.toolbar.export')}
          </button>
          <CsvMenuButton />
        </div>
        <ExportMenu />
      </div>
    </header>
  );
}
