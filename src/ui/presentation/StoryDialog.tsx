import { useEffect, useId, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useDispatch, useEditor, useEditorStore } from '../../app/editorContext';
import { useMainView } from '../../app/mainView';
import { getCanvasApi } from '../../canvas/canvasApi';
import { scenariosInOrder, type Project, type StoryStepId } from '../../model';
import { stepIndex } from '../listReorder';
import { useDragReorder } from '../useDragReorder';
import { storyInOrder } from './slides';
import { StoryStepRow } from './StoryStepRow';
import './presentation.css';

const DRAG_TYPE = 'application/x-latitude-story-step';

/** The story's steps with their handlers for moving them by drag, buttons or index. */
function useStorySteps() {
  const dispatch = useDispatch();
  const story = useEditor((s) => s.project.story);
  const steps = useMemo(() => storyInOrder(story), [story]);
  const ids = useMemo(() => steps.map((s) => s.id), [steps]);
  const move = (id: StoryStepId, toIndex: number | null) => {
    if (toIndex !== null) dispatch('reorderStoryStep', { id, toIndex });
  };
  const drag = useDragReorder(ids, DRAG_TYPE, 'y', move);
  return { steps, ids, move, drag };
}

/**
 * The story editor: a panel beside the canvas (not modal, so the user can pan, zoom and
 * switch tabs while building it). Every change is a story command, so Ctrl+Z undoes it.
 */
export function StoryDialog({ onClose, onPresent }: { onClose: () => void; onPresent: () => void }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const dispatch = useDispatch();
  const titleId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const scenarioRecord = useEditor((s) => s.project.scenarios);
  const scenarios = useMemo(() => scenariosInOrder({ scenarios: scenarioRecord } as Project), [scenarioRecord]);
  const { steps, ids, move, drag } = useStorySteps();
  const canCapture = useMainView().view === 'canvas';
  useEffect(() => addRef.current?.focus(), []);

  /** The open scenario and, when the canvas shows, the way it frames it now. */
  const currentView = () => ({
    scenarioId: store.scenarioId,
    viewpoint: getCanvasApi(store)?.getViewport() ?? null,
  });
  // Untitled, the step shows its scenario's name, and keeps up when the scenario is renamed.
  const add = () => dispatch('addStoryStep', { ...currentView(), title: '' });

  return createPortal(
    <section
      className="story-panel"
      role="region"
      aria-labelledby={titleId}
      data-testid="story"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="story-head">
        <h2 id={titleId}>{t('presentation.story.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('presentation.story.close')}
          title={t('presentation.story.close')}
          onClick={onClose}
          data-testid="story.close"
        >
          ×
        </button>
      </header>
      <p className="story-intro">
        {steps.length === 0 ? t('presentation.story.empty') : t('presentation.story.intro')}
      </p>
      {steps.length > 0 && (
        <ol className="story-steps">
          {steps.map((step, i) => (
            <StoryStepRow
              key={step.id}
              step={step}
              index={i}
              count={steps.length}
              scenarios={scenarios}
              canCapture={canCapture}
              drag={{
                mark: drag.mark,
                dragging: drag.dragging,
                source: drag.sourceProps(step.id, (handle) => handle.closest('li')),
                target: drag.targetProps(step.id),
              }}
              onMove={(delta) => move(step.id, stepIndex(ids, step.id, delta))}
              onRecapture={() => dispatch('updateStoryStep', { id: step.id, patch: currentView() })}
            />
          ))}
        </ol>
      )}
      <footer className="story-foot">
        <button
          ref={addRef}
          type="button"
          className="primary"
          title={t('presentation.story.addHint')}
          onClick={add}
          data-testid="story.add"
        >
          {t('presentation.story.add')}
        </button>
        <button type="button" onClick={onPresent} data-testid="story.present">
          ▶ {t('presentation.story.present')}
        </button>
      </footer>
    </section>,
    document.body,
  );
}
