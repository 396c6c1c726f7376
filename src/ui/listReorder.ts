/*
 * Reordering an ordered list by drag and drop or by keyboard (scenario tabs, story steps).
 * The reorder commands take the index the moving item gets among the *other* items.
 */

export type DropSide = 'before' | 'after';

/** Which half of the target the pointer is over: the left (or top) half drops before it. */
export function dropSide(pointer: number, start: number, length: number): DropSide {
  return pointer < start + length / 2 ? 'before' : 'after';
}

/**
 * The index for a reorder command when `moving` is dropped before or after `target`;
 * null when the drop changes nothing (unknown ids, or dropped on itself or in place).
 */
export function dropIndex(ids: readonly string[], moving: string, target: string, side: DropSide): number | null {
  const from = ids.indexOf(moving);
  if (from < 0 || !ids.includes(target) || moving === target) return null;
  const others = ids.filter((id) => id !== moving);
  const at = others.indexOf(target) + (side === 'after' ? 1 : 0);
  return at === from ? null : at;
}

/** The index for a reorder command that moves an item one place (-1 left/up, +1 right/down); null at an end. */
export function stepIndex(ids: readonly string[], moving: string, delta: -1 | 1): number | null {
  const from = ids.indexOf(moving);
  const to = from + delta;
  return from < 0 || to < 0 || to >= ids.length ? null : to;
}
