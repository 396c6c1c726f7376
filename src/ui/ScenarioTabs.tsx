import { useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { createScenarioId, scenariosInOrder, type ScenarioId } from '../model';
import { useDispatch, useEditor, useEditorStore } from '../app/editorContext';
import { ConfirmDialog } from './Dialog';
import { InlineNameInput } from './InlineNameInput';
import { CopyIcon, PlusIcon, TrashIcon } from './icons';
import { stepIndex } from './listReorder';
import { useDragReorder } from './useDragReorder';
import './scenarioTabs.css';

/** What a dragged tab carries, so drops from elsewhere (files, text) are ignored. */
const DRAG_TYPE = 'application/x-latitude-scenario';

/** Drag a tab onto another to move it there; Alt+←/→ moves the focused tab one place. */
function useTabReorder(ids: readonly ScenarioId[], list: RefObject<HTMLDivElement | null>) {
  const dispatch = useDispatch();
  const move = (id: ScenarioId, toIndex: number | null) => {
    if (toIndex === null) return;
    dispatch('reorderScenario', { scenarioId: id, toIndex });
    // React moves the button in the DOM, which can drop its focus; keep it on the moved tab.
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-scenario-id="${id}"]`)?.focus());
  };
  const { dragging, mark, sourceProps, targetProps } = useDragReorder(ids, DRAG_TYPE, 'x', move);
  const onKeyDown = (id: ScenarioId) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    // Also keeps the browser's Alt+← (back) and the canvas nudge from seeing the key.
    e.preventDefault();
    move(id, stepIndex(ids, id, e.key === 'ArrowLeft' ? -1 : 1));
  };
  return {
    dragging,
    mark,
    tabProps: (id: ScenarioId) => ({ ...sourceProps(id), ...targetProps(id), onKeyDown: onKeyDown(id) }),
  };
}

/** Tabs of the project's scenarios (as-is, to-be, …): switch, add, rename, duplicate, reorder, delete. */
export function ScenarioTabs() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const dispatch = useDispatch();
  const scenarioRecord = useEditor((s) => s.project.scenarios);
  const currentId = useEditor((s) => s.view.scenarioId);
  const scenarios = useMemo(() => scenariosInOrder({ scenarios: scenarioRecord } as never), [scenarioRecord]);
  const ids = useMemo(() => scenarios.map((s) => s.id), [scenarios]);
  const list = useRef<HTMLDivElement>(null);
  const { dragging, mark, tabProps } = useTabReorder(ids, list);
  const [renaming, setRenaming] = useState<ScenarioId | null>(null);
  const [deleting, setDeleting] = useState<ScenarioId | null>(null);

  const add = (copyOf?: ScenarioId) => {
    const id = createScenarioId();
    const name = copyOf
      ? t('app.scenario.copyName', { name: scenarioRecord[copyOf]?.name ?? '' })
      : t('app.scenario.defaultName', { n: scenarios.length + 1 });
    const result = copyOf
      ? dispatch('duplicateScenario', { scenarioId: copyOf, name, newId: id })
      : dispatch('addScenario', { name, id });
    if (result.ok) store.setScenario(id);
  };

  const tabClass = (id: ScenarioId) =>
    [
      'scenario-tab',
      id === currentId && 'active',
      id === dragging && 'is-dragging',
      mark?.id === id && `drop-${mark.side}`,
    ]
      .filter(Boolean)
      .join(' ');

  return (
    <div ref={list} className="scenario-tabs" role="tablist" aria-label={t('app.scenario.tabs')}>
      {scenarios.map((s) => (
        <div key={s.id} className={tabClass(s.id)}>
          {renaming === s.id ? (
            <InlineNameInput
              initial={s.name}
              testId="scenario.rename-input"
              onCommit={(name) => {
                if (dispatch('renameScenario', { scenarioId: s.id, name }).ok) setRenaming(null);
              }}
              onCancel={() => setRenaming(null)}
            />
          ) : (
            <button
              type="button"
              role="tab"
              aria-selected={s.id === currentId}
              data-testid="scenario.tab"
              data-scenario-id={s.id}
              onClick={() => store.setScenario(s.id)}
              onDoubleClick={() => setRenaming(s.id)}
              title={t('presentation.tabs.hint')}
              aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
              {...tabProps(s.id)}
            >
              {s.name}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="icon-button"
        data-testid="scenario.add"
        title={t('app.scenario.add')}
        aria-label={t('app.scenario.add')}
        onClick={() => add()}
      >
        <PlusIcon />
      </button>
      <button
        type="button"
        className="icon-button small"
        data-testid="scenario.duplicate"
        title={t('app.scenario.duplicate')}
        aria-label={t('app.scenario.duplicate')}
        onClick={() => add(currentId)}
      >
        <CopyIcon />
      </button>
      <button
        type="button"
        className="icon-button small"
        data-testid="scenario.delete"
        title={t('app.scenario.delete')}
        aria-label={t('app.scenario.delete')}
        disabled={scenarios.length <= 1}
        onClick={() => setDeleting(currentId)}
      >
        <TrashIcon />
      </button>
      {deleting && (
        <ConfirmDialog
          title={t('app.scenario.delete')}
          message={t('app.scenario.confirmDelete', { name: scenarioRecord[deleting]?.name ?? '' })}
          confirmLabel={t('app.scenario.delete')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            dispatch('deleteScenario', { scenarioId: deleting });
            setDeleting(null);
          }}
        />
      )}
    </div>
  );
}
