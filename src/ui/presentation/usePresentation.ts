import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { getCanvasApi, type CanvasApi } from '../../canvas/canvasApi';
import type { EditorStore } from '../../store/editorStore';
import { leaveFullscreen } from './fullscreen';
import { keyAction, keyBelongsToTarget, type PresentationAction } from './navigation';
import type { Slide } from './slides';

/** How long the canvas glides to a step's view. */
const GLIDE_MS = 600;
/** Frames to wait for a canvas to mount and measure after a scenario switch or a layout change. */
const MAX_FRAMES = 120;
const SETTLE_FRAMES = 2;

/**
 * The presenting layout (top bar and palette hidden, inspector on demand) as classes on
 * <body>, full screen left on exit. Leaving full screen the browser's way (Esc, F11) ends
 * the presentation too. Returns a counter that changes when the screen size changes.
 */
export function usePresentingLayout(inspector: boolean, onExit: () => void): number {
  const [screenChanges, setScreenChanges] = useState(0);
  const exitRef = useRef(onExit);
  useLayoutEffect(() => {
    exitRef.current = onExit;
  });
  useLayoutEffect(() => {
    document.body.classList.add('is-presenting');
    return () => document.body.classList.remove('is-presenting');
  }, []);
  useLayoutEffect(() => {
    document.body.classList.toggle('presenting-inspector', inspector);
    return () => document.body.classList.remove('presenting-inspector');
  }, [inspector]);
  useEffect(() => {
    let wasFull = document.fullscreenElement !== null;
    const onChange = () => {
      const full = document.fullscreenElement !== null;
      if (wasFull && !full) exitRef.current();
      wasFull = full;
      setScreenChanges((n) => n + 1);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      leaveFullscreen();
    };
  }, []);
  return screenChanges;
}

/** Keeps a CSS variable at the caption bar's height, so the canvas ends above it. */
export function useCaptionHeight(bar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const root = document.documentElement;
    const set = () =>
      root.style.setProperty('--presentation-caption-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--presentation-caption-h');
    };
  }, [bar]);
}

function showView(api: CanvasApi, slide: Slide): void {
  if (slide.viewpoint) api.setViewport(slide.viewpoint, { duration: GLIDE_MS });
  else api.fitView({ duration: GLIDE_MS });
}

/**
 * Shows a slide: switches to its scenario, waits for that scenario's canvas (a new one
 * mounts per scenario) and glides to the slide's view. `layout` re-frames it after a resize.
 */
export function useShowSlide(store: EditorStore, slide: Slide | undefined, layout: number): void {
  const key = slide?.key;
  const scenarioId = slide?.scenarioId;
  const viewpoint = slide?.viewpoint;
  const slideRef = useRef(slide);
  useLayoutEffect(() => {
    slideRef.current = slide;
  });
  useEffect(() => {
    if (!scenarioId) return;
    const before = getCanvasApi(store);
    const switching = store.scenarioId !== scenarioId;
    store.setScenario(scenarioId);
    let frames = 0;
    let handle = 0;
    const tick = () => {
      const api = getCanvasApi(store);
      const ready = api && (!switching || api !== before) && frames >= SETTLE_FRAMES;
      if (ready && slideRef.current) showView(api, slideRef.current);
      else if (frames++ < MAX_FRAMES) handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }, [store, key, scenarioId, viewpoint, layout]);
}

/**
 * The presenter's keys, taken before the editor's own shortcuts (arrows would nudge the
 * selection), but never from a text field, a focused button's Space, or an open dialog.
 */
export function usePresentationKeys(onAction: (action: PresentationAction) => void): void {
  const actionRef = useRef(onAction);
  useLayoutEffect(() => {
    actionRef.current = onAction;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const action = keyAction(e);
      if (!action || e.defaultPrevented || keyBelongsToTarget(e.key, e.target as HTMLElement | null)) return;
      if (document.querySelector('[role="dialog"]')) return;
      e.preventDefault();
      e.stopPropagation();
      actionRef.current(action);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
