import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDispatch } from '../../app/editorContext';
import type { Scenario, StoryStep } from '../../model';
import { TrashIcon } from '../icons';
import type { DropMark } from '../useDragReorder';

/** A text field that commits when left (or on Enter for one line); the model value wins after undo. */
function CommitField({
  value,
  onCommit,
  multiline,
  ...rest
}: {
  value: string;
  onCommit: (text: string) => void;
  multiline?: boolean;
  className?: string;
  placeholder?: string;
  'aria-label': string;
  'data-testid': string;
}) {
  const [text, setText] = useState(value);
  const commit = () => text !== value && onCommit(text);
  const common = {
    ...rest,
    value: text,
    onBlur: commit,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
  };
  if (multiline) return <textarea rows={2} {...common} />;
  return (
    <input
      {...common}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setText(value);
      }}
    />
  );
}

interface DragHandlers {
  mark: DropMark<string> | null;
  dragging: string | null;
  source: { draggable: boolean; onDragStart: (e: DragEvent<HTMLElement>) => void; onDragEnd: () => void };
  target: { onDragOver: (e: DragEvent<HTMLElement>) => void; onDrop: (e: DragEvent<HTMLElement>) => void };
}

type StepPatch = Partial<Pick<StoryStep, 'title' | 'note' | 'scenarioId'>>;

interface StoryStepRowProps {
  step: StoryStep;
  index: number;
  count: number;
  scenarios: readonly Scenario[];
  drag: DragHandlers;
  onMove: (delta: -1 | 1) => void;
  onRecapture: () => void;
  canCapture: boolean;
}

function IconButton({
  label,
  testId,
  onClick,
  disabled,
  children,
}: {
  label: string;
  testId: string;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="icon-button small"
      title={label}
      aria-label={label}
      data-testid={testId}
      onClick={onClick}
      disabled={disabled}
    >
      {children}
    </button>
  );
}

/** One step of the story: title, scenario, view, note; move, re-capture, delete. */
export function StoryStepRow({
  step,
  index,
  count,
  scenarios,
  drag,
  onMove,
  onRecapture,
  canCapture,
}: StoryStepRowProps) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const n = index + 1;
  const update = (patch: StepPatch) => dispatch('updateStoryStep', { id: step.id, patch });
  const dropClass = drag.mark?.id === step.id ? ` drop-${drag.mark.side}` : '';
  const scenarioName = scenarios.find((s) => s.id === step.scenarioId)?.name ?? '';
  const zoom = step.viewpoint ? ` · ${Math.round(step.viewpoint.zoom * 100)} %` : '';
  return (
    <li
      className={`story-step${drag.dragging === step.id ? ' is-dragging' : ''}${dropClass}`}
      data-testid="story.step"
      data-step-id={step.id}
      {...drag.target}
    >
      <span className="story-handle" title={t('presentation.story.drag')} aria-hidden="true" {...drag.source}>
        ⠿
      </span>
      <span className="story-number" aria-hidden="true">
        {n}
      </span>
      <div className="story-fields">
        <div className="story-line">
          <CommitField
            key={step.title}
            className="story-title"
            value={step.title}
            onCommit={(title) => update({ title })}
            placeholder={scenarioName}
            aria-label={t('presentation.story.titleLabel', { n })}
            data-testid="story.step.title"
          />
          <IconButton
            label={t('presentation.story.moveUp')}
            testId="story.step.up"
            onClick={() => onMove(-1)}
            disabled={index === 0}
          >
            ↑
          </IconButton>
          <IconButton
            label={t('presentation.story.moveDown')}
            testId="story.step.down"
            onClick={() => onMove(1)}
            disabled={index === count - 1}
          >
            ↓
          </IconButton>
          <IconButton
            label={t('presentation.story.delete')}
            testId="story.step.delete"
            onClick={() => dispatch('deleteStoryStep', { id: step.id })}
          >
            <TrashIcon />
          </IconButton>
        </div>
        <div className="story-line story-where">
          <select
            value={step.scenarioId}
            aria-label={t('presentation.story.scenarioLabel', { n })}
            data-testid="story.step.scenario"
            onChange={(e) => update({ scenarioId: e.target.value as StoryStep['scenarioId'] })}
          >
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <span className="story-view" data-testid="story.step.view" data-has-view={step.viewpoint !== null}>
            {step.viewpoint ? t('presentation.story.savedView') + zoom : t('presentation.story.wholeScenario')}
          </span>
          <button
            type="button"
            className="link-button"
            title={canCapture ? t('presentation.story.recaptureHint') : t('presentation.story.noCanvas')}
            disabled={!canCapture}
            onClick={onRecapture}
            data-testid="story.step.capture"
          >
            {t('presentation.story.recapture')}
          </button>
        </div>
        <CommitField
          key={step.note}
          multiline
          className="story-note"
          value={step.note}
          onCommit={(note) => update({ note })}
          placeholder={t('presentation.story.notePlaceholder')}
          aria-label={t('presentation.story.noteLabel', { n })}
          data-testid="story.step.note"
        />
      </div>
    </li>
  );
}
