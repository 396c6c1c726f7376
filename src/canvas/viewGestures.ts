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

/** Classes on the canvas element; canvas.css and overview.css style them. */
export const VIEW_CLASSES = { panning: 'is-panning', zooming: 'is-zooming', overview: 'is-overview' } as const;

/**
 * How the canvas draws while its view moves, decided straight on the DOM so no React
 * render runs during a gesture:
 *
 * - Panning (drag): the viewport gets a compositor layer of its own, so a frame shifts
 *   pixels already drawn instead of painting every node again.
 * - Zooming (wheel): every frame is drawn anew at the new scale (a layer would be scaled
 *   blurry), so dash patterns, the dearest strokes, are drawn solid until the wheel rests.
 * - Overview: below OVERVIEW_ZOOM details are hidden. Zooming out switches it on at once;
 *   zooming in switches it off when the wheel rests, so the details are drawn once at the
 *   zoom the user stops at rather than on every frame on the way there.
 *
 * A click on the pane starts a gesture that never moves and changes nothing; moves made
 * by code (fit view, focus) only update the overview.
 */
export class ViewGestures {
  private element: HTMLElement | null = null;
  private overview = false;
  private zooming = false;
  private settle: ReturnType<typeof setTimeout> | undefined;

  attach(element: HTMLElement | null): () => void {
    this.element = element;
    this.apply();
    return () => {
      clearTimeout(this.settle);
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
      this.element.classList.add(VIEW_CLASSES.panning);
      return;
    }
    if (!this.zooming) this.element.classList.add(VIEW_CLASSES.zooming);
    this.zooming = true;
    clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.zooming = false;
      this.element?.classList.remove(VIEW_CLASSES.zooming);
      this.apply();
    }, ZOOM_SETTLE_MS);
  };

  readonly onMoveEnd = (): void => {
    this.element?.classList.remove(VIEW_CLASSES.panning);
  };

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
