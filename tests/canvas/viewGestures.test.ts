import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VIEW_CLASSES, ViewGestures } from '../../src/canvas/viewGestures';

/** Just enough of an element for the class toggling ViewGestures does. */
function fakeElement() {
  const classes = new Set<string>();
  const classList = {
    add: (c: string) => void classes.add(c),
    remove: (c: string) => void classes.delete(c),
    contains: (c: string) => classes.has(c),
    toggle: (c: string, on: boolean) => {
      if (on) classes.add(c);
      else classes.delete(c);
      return on;
    },
  };
  const listeners = new Map<string, () => void>();
  const element = {
    classList,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return { element: element as unknown as HTMLElement, classes, fire: (type: string) => listeners.get(type)?.() };
}

const wheel = { type: 'wheel' } as unknown as MouseEvent;
const drag = { type: 'mousemove' } as unknown as MouseEvent;

describe('ViewGestures', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is moving from the first pan move to the end of the pan, and says so once at the end', () => {
    const gestures = new ViewGestures();
    const { element, classes } = fakeElement();
    gestures.attach(element);
    const changes = vi.fn();
    gestures.onChange(changes);
    gestures.onMove(drag);
    gestures.onMove(drag);
    expect(gestures.moving).toBe(true);
    expect(classes.has(VIEW_CLASSES.panning)).toBe(true);
    expect(changes).not.toHaveBeenCalled();
    gestures.onMoveEnd();
    expect(gestures.moving).toBe(false);
    expect(classes.has(VIEW_CLASSES.panning)).toBe(false);
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('ends a wheel zoom only when the wheel has rested', () => {
    const gestures = new ViewGestures();
    const { element } = fakeElement();
    gestures.attach(element);
    const changes = vi.fn();
    gestures.onChange(changes);
    gestures.onMove(wheel);
    gestures.onMoveEnd();
    vi.advanceTimersByTime(200);
    gestures.onMove(wheel);
    expect(gestures.moving).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(gestures.moving).toBe(false);
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('shows the overview at once when zooming out, and leaves it only when the wheel rests', () => {
    const gestures = new ViewGestures();
    const { element, classes } = fakeElement();
    gestures.attach(element);
    gestures.onMove(wheel);
    gestures.setOverview(true);
    expect(classes.has(VIEW_CLASSES.overview)).toBe(true);
    gestures.setOverview(false);
    expect(classes.has(VIEW_CLASSES.overview)).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(classes.has(VIEW_CLASSES.overview)).toBe(false);
  });

  it('draws lines solid while the wheel zooms the detailed view, and leaves the overview’s classes alone', () => {
    const gestures = new ViewGestures();
    const { element, classes } = fakeElement();
    gestures.attach(element);
    gestures.onMove(wheel);
    expect(classes.has(VIEW_CLASSES.zooming)).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(classes.has(VIEW_CLASSES.zooming)).toBe(false);
    gestures.setOverview(true);
    gestures.onMove(wheel);
    expect(classes.has(VIEW_CLASSES.zooming)).toBe(false);
    expect(gestures.moving).toBe(true);
  });

  it('covers the flow while the wheel turns, until the pointer moves or the wheel pauses', () => {
    const gestures = new ViewGestures();
    const { element, classes, fire } = fakeElement();
    gestures.attach(element);
    gestures.onMove(wheel);
    expect(classes.has(VIEW_CLASSES.wheeling)).toBe(true);
    fire('pointermove');
    expect(classes.has(VIEW_CLASSES.wheeling)).toBe(false);
    gestures.onMove(wheel);
    expect(classes.has(VIEW_CLASSES.wheeling)).toBe(true);
    vi.advanceTimersByTime(200);
    expect(classes.has(VIEW_CLASSES.wheeling)).toBe(false);
    expect(gestures.moving).toBe(true);
  });

  it('stops telling a listener once it unsubscribed', () => {
    const gestures = new ViewGestures();
    gestures.attach(fakeElement().element);
    const changes = vi.fn();
    const unsubscribe = gestures.onChange(changes);
    unsubscribe();
    gestures.onMove(drag);
    gestures.onMoveEnd();
    expect(changes).not.toHaveBeenCalled();
  });
});
