import { useCallback, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../../app/editorContext';
import { AnalysisOverlay } from './AnalysisOverlay';
import { CaptionBar } from './CaptionBar';
import { navigate, type NavAction, type PresentationAction } from './navigation';
import { presentationSlides } from './slides';
import { useCaptionHeight, usePresentationKeys, usePresentingLayout, useShowSlide } from './usePresentation';
import './presentation.css';

/** The slides and the one shown; the index stays in range when the story shrinks. */
function useSlides() {
  const story = useEditor((s) => s.project.story);
  const scenarios = useEditor((s) => s.project.scenarios);
  const slides = useMemo(() => presentationSlides({ story, scenarios }), [story, scenarios]);
  const [index, setIndex] = useState(0);
  const current = Math.max(0, Math.min(index, slides.length - 1));
  const go = useCallback((action: NavAction) => setIndex((i) => navigate(i, slides.length, action)), [slides.length]);
  return { slides, current, go };
}

/**
 * Presentation mode: the canvas fills the screen and steps through the story (or every
 * scenario), each step in its scenario and view, with its title and note in a caption
 * bar. The canvas stays editable; `I` brings the inspector back, `O` the analysis.
 */
export function PresentationMode({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const { slides, current, go } = useSlides();
  const [overlay, setOverlay] = useState(false);
  const [inspector, setInspector] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const screenChanges = usePresentingLayout(inspector, onExit);
  useCaptionHeight(bar);
  useShowSlide(store, slides[current], screenChanges);
  usePresentationKeys((action: PresentationAction) => {
    if (action === 'exit') onExit();
    else if (action === 'toggle-overlay') setOverlay((v) => !v);
    else if (action === 'toggle-inspector') setInspector((v) => !v);
    else go(action);
  });

  return createPortal(
    <div className="presentation" role="region" aria-label={t('presentation.mode.label')} data-testid="presentation">
      {overlay && <AnalysisOverlay />}
      <div className="pres-bar" ref={bar}>
        <CaptionBar
          slide={slides[current]}
          index={current}
          count={slides.length}
          overlay={overlay}
          inspector={inspector}
          onNavigate={go}
          onToggleOverlay={() => setOverlay((v) => !v)}
          onToggleInspector={() => setInspector((v) => !v)}
          onExit={onExit}
        />
      </div>
    </div>,
    document.body,
  );
}
