import { createPolcaLoop, isUnitId, type PolcaLoop, type Scenario, type Unit } from '../model';

/** Handle ids of a cell's POLCA connection points, apart from the route and membership handles. */
export const POLCA_SOURCE_HANDLE = 'polca-out';
export const POLCA_TARGET_HANDLE = 'polca-in';
/** SVG marker colour (CSS variables do not resolve there): --polca in ui/mct/mct.css. */
export const POLCA_COLOUR = '#5b4b8a';

export const isPolcaHandle = (handle: string | null | undefined): boolean =>
  handle === POLCA_SOURCE_HANDLE || handle === POLCA_TARGET_HANDLE;

export type PolcaConnection =
  | { ok: true; loop: PolcaLoop }
  | { ok: false; reason: 'wrong-end' }
  | { ok: false; reason: 'not-cell'; unit: Unit }
  | { ok: false; reason: 'duplicate'; from: Unit; to: Unit };

/**
 * What dragging a POLCA connection from `source` to `target` means: a new loop with the
 * default figures, or why not (the other end is not a cell's POLCA point, a unit is not a
 * cell, or the two cells already have a loop in that direction).
 */
export function polcaConnection(s: Scenario, source: string, target: string): PolcaConnection {
  if (!isUnitId(source) || !isUnitId(target) || source === target) return { ok: false, reason: 'wrong-end' };
  const from = s.units[source];
  const to = s.units[target];
  if (!from || !to) return { ok: false, reason: 'wrong-end' };
  for (const unit of [from, to]) if (unit.kind !== 'cell') return { ok: false, reason: 'not-cell', unit };
  const duplicate = Object.values(s.polcaLoops).some((l) => l.fromUnitId === from.id && l.toUnitId === to.id);
  if (duplicate) return { ok: false, reason: 'duplicate', from, to };
  return { ok: true, loop: createPolcaLoop(from.id, to.id) };
}
