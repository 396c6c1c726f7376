import { useEffect, useState, type RefObject } from 'react';

/**
 * Below this zoom a 12 px label is under 5 px tall: the canvas turns into an overview that
 * leaves out what cannot be read anyway (overview.css).
 */
export const OVERVIEW_ZOOM = 0.4;

/**
 * The wheel has no "end": React Flow ends a wheel gesture after a short pause. The zoom
 * counts as under way until the wheel has rested this long, so one slow frame does not
 * end it.
 */
const ZOOM_SETTLE_MS = 400;

/**
 * While the wheel turns, a transparent cover over the flow takes the pointer (canvas.css):
 * Chromium hit-tests the point under the pointer for every wheel event and after every
 * frame, and at plant scale a hit test walks thousands of nodes and edges. The cover goes
 * as soon as the pointer moves or is pressed, or this long after the last wheel event, so
 * a click reaches the node under it.
 */
const WHEEL_COVER_MS = 150;

/** Classes on the canvas element; canvas.css and overview.css style them. */
export const VIEW_CLASSES = {
  panning: 'is-panning',
  zooming: 'is-zooming',
  wheeling: 'is-wheeling',
  overview: 'is-overview',
} as const;

/**
 * How the canvas draws while its view moves, decided straight on the DOM so no React
 * render runs during a gesture:
 *
 * - Panning (drag): the viewport gets a compositor layer of its own, so a frame shifts
 *   pixels already drawn instead of painting every node again, and a cover takes the
 *   pointer's hit tests (canvas.css).
 * - Zooming (wheel): every frame is drawn anew at the new scale (a layer would be scaled
 *   blurry), so dash patterns, the dearest strokes, are drawn solid until the wheel rests
 *   (in the overview they are solid anyway, and the class is left alone).
 * - Overview: below OVERVIEW_ZOOM details are hidden. Zooming out switches it on at once;
 *   zooming in switches it off when the wheel rests, so the details are drawn once at the
 *   zoom the user stops at rather than on every frame on the way there.
 *
 * A click on the pane starts a gesture that never moves and changes nothing; moves made
 * by code (fit view, focus, the minimap) only update the overview.
 *
 * What need not follow every frame (the minimap) asks `moving` and hears through
 * `onChange` when a gesture has ended.
 */
export class ViewGestures {
  private element: HTMLElement | null = null;
  private overview = false;
  private panning = false;
  private zooming = false;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private cover: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  /** The user is dragging or wheeling the view. */
  get moving(): boolean {
    return this.panning || this.zooming;
  }

  /** Calls `listener` when a gesture has ended; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  attach(element: HTMLElement | null): () => void {
    this.element = element;
    this.apply();
    const uncover = () => this.uncover();
    const options = { capture: true, passive: true };
    element?.addEventListener('pointermove', uncover, options);
    element?.addEventListener('pointerdown', uncover, options);
    return () => {
      element?.removeEventListener('pointermove', uncover, options);
      element?.removeEventListener('pointerdown', uncover, options);
      clearTimeout(this.settle);
      clearTimeout(this.cover);
      this.zooming = false;
      this.panning = false;
      this.element = null;
    };
  }

  /** The zoom is below OVERVIEW_ZOOM (or no longer): see the class comment for when it shows. */
  setOverview(overview: boolean): void {
    this.overview = overview;
    if (overview || !this.zooming) this.apply();
  }

  readonly onMove = (event: MouseEvent | TouchEvent | null): void => {
    if (!event || !this.element) return;
    if (event.type !== 'wheel') {
      if (!this.panning) this.element.classList.add(VIEW_CLASSES.panning);
      this.panning = true;
      return;
    }
    // The overview draws its lines solid already: restyling them for the zoom would only cost a frame.
    if (!this.zooming && !this.overview) this.element.classList.add(VIEW_CLASSES.zooming);
    this.zooming = true;
    this.element.classList.add(VIEW_CLASSES.wheeling);
    clearTimeout(this.cover);
    this.cover = setTimeout(() => this.uncover(), WHEEL_COVER_MS);
    clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.zooming = false;
      this.element?.classList.remove(VIEW_CLASSES.zooming);
      this.apply();
      this.rested();
    }, ZOOM_SETTLE_MS);
  };

  readonly onMoveEnd = (): void => {
    this.element?.classList.remove(VIEW_CLASSES.panning);
    if (!this.panning) return;
    this.panning = false;
    this.rested();
  };

  private uncover(): void {
    clearTimeout(this.cover);
    this.element?.classList.remove(VIEW_CLASSES.wheeling);
  }

  private rested(): void {
    if (this.moving) return;
    for (const listener of this.listeners) listener();
  }

  private apply(): void {
    if (this.element && this.element.classList.contains(VIEW_CLASSES.overview) !== this.overview)
      this.element.classList.toggle(VIEW_CLASSES.overview, this.overview);
  }
}

/** One ViewGestures per canvas, attached to its element. */
export function useViewGestures(wrapper: RefObject<HTMLElement | null>): ViewGestures {
  const [gestures] = useState(() => new ViewGestures());
  useEffect(() => gestures.attach(wrapper.current), [gestures, wrapper]);
  return gestures;
}
