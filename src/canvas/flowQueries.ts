import { useReactFlow, useStoreApi, type InternalNode, type ReactFlowInstance } from '@xyflow/react';
import { useMemo, type RefObject } from 'react';
import type { NodeEntityId, UnitId, Viewpoint } from '../model';
import { contains, sizeOf } from './geometry';
import type { FlowEdge, FlowNode, Rect, XY } from './types';

/** A node's box as drawn: measured size when known, else its set or nominal size. */
function sizeOfNode(node: FlowNode | InternalNode<FlowNode>) {
  const nominal = sizeOf(node.type);
  return {
    width: node.measured?.width ?? node.width ?? nominal.width,
    height: node.measured?.height ?? node.height ?? nominal.height,
  };
}

export interface FlowQueries {
  viewportCentre(): XY;
  screenToFlow(point: XY): XY;
  unitAt(point: XY, ignore?: ReadonlySet<string>): UnitId | null;
  unitRect(unitId: UnitId): Rect | null;
  occupied(unitId: UnitId | null): Rect[];
  topLevelNodes(): { id: NodeEntityId; rect: Rect }[];
  /** Absolute box of any node, as drawn now. */
  absoluteRect(id: string): Rect | null;
  getViewport(): Viewpoint;
  setViewport(viewpoint: Viewpoint, options?: { duration?: number }): void;
  fitView(options?: { duration?: number }): void;
}

/** The same framing as the canvas's first fit (OrganisationCanvas FLOW_SETTINGS). */
const FIT_OPTIONS = { padding: 0.15, maxZoom: 1 };
/** A canvas with nothing to measure never finishes its first fit; do not wait longer than this. */
const FIT_WAIT_MS = 1500;

type Rf = ReactFlowInstance<FlowNode, FlowEdge>;
type RfStore = ReturnType<typeof useStoreApi<FlowNode, FlowEdge>>;

/** Runs `then` once React Flow has done the fit it queues on mount, so that fit cannot undo ours. */
function afterFirstFit(store: RfStore, then: () => void): void {
  if (!store.getState().fitViewQueued) return then();
  const done = () => {
    clearTimeout(timer);
    unsubscribe();
    then();
  };
  const timer = setTimeout(done, FIT_WAIT_MS);
  const unsubscribe = store.subscribe((s) => {
    if (!s.fitViewQueued) done();
  });
}

/** Saved views as centre and zoom (see CanvasApi.getViewport), measured on the live canvas box. */
function viewportQueries(rf: Rf, store: RfStore, wrapper: RefObject<HTMLDivElement | null>) {
  const size = () => wrapper.current?.getBoundingClientRect() ?? { width: 0, height: 0 };
  return {
    getViewport: (): Viewpoint => {
      const { x, y, zoom } = rf.getViewport();
      const { width, height } = size();
      return {
        x: Math.round((width / 2 - x) / zoom),
        y: Math.round((height / 2 - y) / zoom),
        zoom: Math.round(zoom * 1000) / 1000,
      };
    },
    setViewport: (v: Viewpoint, options?: { duration?: number }) =>
      afterFirstFit(store, () => {
        const { width, height } = size();
        void rf.setViewport({ x: width / 2 - v.x * v.zoom, y: height / 2 - v.y * v.zoom, zoom: v.zoom }, options);
      }),
    fitView: (options?: { duration?: number }) =>
      afterFirstFit(store, () => void rf.fitView({ ...FIT_OPTIONS, ...options })),
  };
}

/** Questions about what React Flow currently draws, answered at the moment they are asked. */
export function useFlowQueries(wrapper: RefObject<HTMLDivElement | null>): FlowQueries {
  const rf = useReactFlow<FlowNode, FlowEdge>();
  const store = useStoreApi<FlowNode, FlowEdge>();
  return useMemo(() => {
    const absoluteRect = (id: string): Rect | null => {
      const node = rf.getInternalNode(id);
      return node ? { ...node.internals.positionAbsolute, ...sizeOfNode(node) } : null;
    };
    return {
      ...viewportQueries(rf, store, wrapper),
      absoluteRect,
      screenToFlow: (point) => rf.screenToFlowPosition(point, { snapToGrid: false }),
      viewportCentre: () => {
        const box = wrapper.current?.getBoundingClientRect();
        if (!box) return { x: 0, y: 0 };
        return rf.screenToFlowPosition(
          { x: box.left + box.width / 2, y: box.top + box.height / 2 },
          { snapToGrid: false },
        );
      },
      unitRect: (unitId) => absoluteRect(unitId),
      unitAt: (point, ignore) => {
        const units = rf.getNodes().filter((n) => n.type === 'unit' && !ignore?.has(n.id));
        // Later nodes are drawn on top, so the last hit is the one the user sees.
        for (let i = units.length - 1; i >= 0; i--) {
          const rect = absoluteRect(units[i]!.id);
          if (rect && contains(rect, point)) return units[i]!.id as UnitId;
        }
        return null;
      },
      occupied: (unitId) =>
        rf
          .getNodes()
          .filter((n) => (n.parentId ?? null) === unitId)
          .map((n) => ({ ...n.position, ...sizeOfNode(n) })),
      topLevelNodes: () =>
        rf
          .getNodes()
          .filter((n) => !n.parentId)
          .map((n) => ({ id: n.id as NodeEntityId, rect: { ...n.position, ...sizeOfNode(n) } })),
    };
  }, [rf, store, wrapper]);
}
