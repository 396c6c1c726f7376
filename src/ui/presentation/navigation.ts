/*
 * How the presenter moves through the slides: keys, buttons and swipes, as pure functions.
 */

export type NavAction = 'next' | 'prev' | 'first' | 'last';
export type PresentationAction = NavAction | 'exit' | 'toggle-overlay' | 'toggle-inspector';

/** The slide shown after an action; stays within 0..count-1 (0 when there are none). */
export function navigate(index: number, count: number, action: NavAction): number {
  if (count <= 0) return 0;
  const last = count - 1;
  switch (action) {
    case 'next':
      return Math.min(last, index + 1);
    case 'prev':
      return Math.max(0, Math.min(last, index - 1));
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

const KEYS: Record<string, PresentationAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  o: 'toggle-overlay',
  O: 'toggle-overlay',
  i: 'toggle-inspector',
  I: 'toggle-inspector',
};

export interface KeyInfo {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The action of a key press; none with Ctrl, Cmd or Alt held, so Ctrl+Z and the like still edit. */
export function keyAction(e: KeyInfo): PresentationAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return KEYS[e.key] ?? null;
}

/** Where keys belong to what has focus: text fields, and buttons for Space and Enter. */
export function keyBelongsToTarget(
  key: string,
  target: { tagName?: string; isContentEditable?: boolean } | null,
): boolean {
  if (!target) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName ?? '')) return true;
  return key === ' ' && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName ?? '');
}

export interface TouchPoint {
  x: number;
  y: number;
  /** Milliseconds. */
  t: number;
}

/** A swipe: mostly sideways, at least this far, and quick. */
export const SWIPE = { minDistance: 50, maxDuration: 800, ratio: 1.5 } as const;

/** Swiping left shows the next slide (the page follows the finger), swiping right the previous one. */
export function swipeAction(start: TouchPoint, end: TouchPoint): 'next' | 'prev' | null {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (end.t - start.t > SWIPE.maxDuration) return null;
  if (Math.abs(dx) < SWIPE.minDistance || Math.abs(dx) < SWIPE.ratio * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'prev';
}
