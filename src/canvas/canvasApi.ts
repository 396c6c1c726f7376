import { useCallback } from 'react';
import { useEditorStore } from '../app/editorContext';
import type { NodeEntityId, UnitId, Viewpoint } from '../model';
import type { EditorStore } from '../store/editorStore';
import type { Rect, XY } from './types';

/**
 * What the mounted canvas tells code outside React Flow's provider (the palette, the
 * shortcut handler): the visible area and where things are drawn right now.
 */
export interface CanvasApi {
  /** Flow coordinates of the centre of the visible canvas: where new and pasted things go. */
  viewportCentre(): XY;
  screenToFlow(point: XY): XY;
  /** The topmost unit whose box holds the flow point, if any. */
  unitAt(point: XY, ignore?: ReadonlySet<string>): UnitId | null;
  /** A unit's box in flow coordinates, as drawn (live size during a resize). */
  unitRect(unitId: UnitId): Rect | null;
  /** Boxes of the nodes inside a unit (relative to it), or of the top-level nodes when null. */
  occupied(unitId: UnitId | null): Rect[];
  /** Top-level nodes (units, families, unit-less nodes) with their boxes in flow coordinates. */
  topLevelNodes(): { id: NodeEntityId; rect: Rect }[];
  /** Opens the in-place name editor of a node. */
  startRename(id: NodeEntityId): void;
  /**
   * The view as a story step saves it: the flow point at the centre of the visible canvas
   * and the zoom. A centre, not React Flow's corner offset, so a view captured in the editor
   * still frames the same place in full screen or on a projector of another size.
   */
  getViewport(): Viewpoint;
  /** Centres the canvas on a saved view; waits for a freshly mounted canvas to finish its first fit. */
  setViewport(viewpoint: Viewpoint, options?: { duration?: number }): void;
  /** Fits the whole scenario in view, as a freshly opened canvas does. */
  fitView(options?: { duration?: number }): void;
}

// Keyed by store so two editors on one page (tests, compare views) never share a canvas.
const registry = new WeakMap<EditorStore, CanvasApi>();

export function registerCanvasApi(store: EditorStore, api: CanvasApi): () => void {
  registry.set(store, api);
  return () => {
    if (registry.get(store) === api) registry.delete(store);
  };
}

/** The canvas of this editor, or null while it is not mounted (e.g. the task table is shown). */
export function getCanvasApi(store: EditorStore): CanvasApi | null {
  return registry.get(store) ?? null;
}

/** Hook form of getCanvasApi: returns a stable getter, read at the moment of use. */
export function useCanvasApi(): () => CanvasApi | null {
  const store = useEditorStore();
  return useCallback(() => getCanvasApi(store), [store]);
}
