import { useRef, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { swipeAction, type NavAction, type TouchPoint } from './navigation';
import type { Slide } from './slides';

interface CaptionBarProps {
  slide: Slide | undefined;
  index: number;
  count: number;
  overlay: boolean;
  inspector: boolean;
  onNavigate: (action: NavAction) => void;
  onToggleOverlay: () => void;
  onToggleInspector: () => void;
  onExit: () => void;
}

/** A swipe on the bar (finger or pen; a mouse clicks) pages like the arrow keys. */
function useSwipe(onNavigate: (action: NavAction) => void) {
  const start = useRef<TouchPoint | null>(null);
  return {
    onPointerDown: (e: PointerEvent) => {
      start.current = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY, t: e.timeStamp };
    },
    onPointerUp: (e: PointerEvent) => {
      const from = start.current;
      start.current = null;
      const action = from && swipeAction(from, { x: e.clientX, y: e.clientY, t: e.timeStamp });
      if (action) onNavigate(action);
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}

function Toggle({
  on,
  label,
  hint,
  testId,
  onClick,
}: {
  on: boolean;
  label: string;
  hint: string;
  testId: string;
  onClick: () => void;
}) {
  return (
    <button type="button" className="pres-toggle" aria-pressed={on} title={hint} data-testid={testId} onClick={onClick}>
      {label}
    </button>
  );
}

function NavButton({
  testId,
  label,
  disabled,
  onClick,
  children,
}: {
  testId: string;
  label: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="pres-nav"
      aria-label={label}
      title={label}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The slim bar under the canvas: step title and note in large type, the counter and the presenter's buttons. */
export function CaptionBar(props: CaptionBarProps) {
  const { slide, index, count, overlay, inspector, onNavigate, onToggleOverlay, onToggleInspector, onExit } = props;
  const { t } = useTranslation();
  const swipe = useSwipe(onNavigate);
  const n = Math.min(index + 1, count);
  return (
    <>
      <NavButton
        testId="presentation.prev"
        label={t('presentation.mode.prev')}
        disabled={index <= 0}
        onClick={() => onNavigate('prev')}
      >
        ‹
      </NavButton>
      <div className="pres-caption" {...swipe} data-testid="presentation.caption">
        <h2 className="pres-title" aria-live="polite" data-testid="presentation.title">
          {slide?.title}
        </h2>
        {slide?.note && (
          <p className="pres-note" data-testid="presentation.note">
            {slide.note}
          </p>
        )}
      </div>
      <div className="pres-side">
        <span
          className="pres-counter"
          data-testid="presentation.counter"
          aria-label={t('presentation.mode.counterLabel', { n, count })}
        >
          {t('presentation.mode.counter', { n, count })}
        </span>
        <div className="pres-tools">
          <Toggle
            on={overlay}
            label={t('presentation.mode.overlay')}
            hint={t('presentation.mode.overlayHint')}
            testId="presentation.toggle-overlay"
            onClick={onToggleOverlay}
          />
          <Toggle
            on={inspector}
            label={t('presentation.mode.inspector')}
            hint={t('presentation.mode.inspectorHint')}
            testId="presentation.toggle-inspector"
            onClick={onToggleInspector}
          />
          <button
            type="button"
            className="pres-exit"
            title={t('presentation.mode.exitHint')}
            data-testid="presentation.exit"
            onClick={onExit}
          >
            {t('presentation.mode.exit')}
          </button>
        </div>
        <span className="pres-keys">{t('presentation.mode.keys')}</span>
      </div>
      <NavButton
        testId="presentation.next"
        label={t('presentation.mode.next')}
        disabled={index >= count - 1}
        onClick={() => onNavigate('next')}
      >
        ›
      </NavButton>
    </>
  );
}
