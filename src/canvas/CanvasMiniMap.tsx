import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useRef, useSyncExternalStore, type PointerEvent, type WheelEvent } from 'react';
import type { FlowNode } from './types';
import type { ViewGestures } from './viewGestures';

/** MiniMap colours are SVG fills: the kind tokens of styles.css, spelled out. */
const MINIMAP_COLOURS: Record<string, string> = {
  unit: '#e5e7eb',
  workstation: '#0072b2',
  family: '#e69f00',
  team: '#009e73',
  role: '#cc79a7',
};
const WIDTH = 200;
const HEIGHT = 150;
/** Margin around the drawn area, in minimap pixels (React Flow's offsetScale). */
const OFFSET = 5;
/** Wheel delta (pixel mode) → zoom exponent, as React Flow's minimap. */
const WHEEL_ZOOM = 0.002;

interface MiniRect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MiniMapView {
  rects: MiniRect[];
  /** The part of the flow the canvas shows. */
  view: Box;
  /** What the minimap spans: every node and the view. */
  bounds: Box;
}

function rectsOf(s: ReactFlowState<FlowNode>): MiniRect[] {
  const rects: MiniRect[] = [];
  for (const user of s.nodes) {
    const node = s.nodeLookup.get(user.id);
    if (!node || user.hidden) continue;
    const width = user.measured?.width ?? user.width ?? user.initialWidth;
    const height = user.measured?.height ?? user.height ?? user.initialHeight;
    if (width === undefined || height === undefined) continue;
    const { x, y } = node.internals.positionAbsolute;
    rects.push({ id: user.id, x, y, width, height, colour: MINIMAP_COLOURS[user.type] ?? '#aab1bd' });
  }
  return rects;
}

function union(rects: readonly Box[]): Box {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const r of rects) {
    x1 = Math.min(x1, r.x);
    y1 = Math.min(y1, r.y);
    x2 = Math.max(x2, r.x + r.width);
    y2 = Math.max(y2, r.y + r.height);
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameRects = (a: readonly MiniRect[], b: readonly MiniRect[]) =>
  a.length === b.length && a.every((r, i) => r.id === b[i]!.id && r.colour === b[i]!.colour && sameBox(r, b[i]!));

function viewOf(s: ReactFlowState<FlowNode>, previous: MiniMapView | undefined): MiniMapView {
  const [tx, ty, zoom] = s.transform;
  const view = { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
  const next = rectsOf(s);
  const rects = previous && sameRects(previous.rects, next) ? previous.rects : next;
  const bounds = union([...(rects.length > 0 ? [union(rects)] : []), view]);
  if (previous && rects === previous.rects && sameBox(view, previous.view) && sameBox(bounds, previous.bounds))
    return previous;
  return { rects, view, bounds };
}

/**
 * The store's minimap view, held still while the user pans or zooms the canvas: following
 * every frame of a gesture repaints the minimap's thousand rectangles and makes Chromium
 * hit-test the page again, which costs as much as the rest of the frame. It catches up
 * when the gesture ends; moves made by code or on the minimap itself show at once.
 */
function useMiniMapView(gestures: ViewGestures): MiniMapView {
  const store = useStoreApi<FlowNode>();
  const last = useRef<MiniMapView | undefined>(undefined);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const fromStore = store.subscribe(onChange);
      const fromGestures = gestures.onChange(onChange);
      return () => {
        fromStore();
        fromGestures();
      };
    },
    [store, gestures],
  );
  const lastState = useRef<ReactFlowState<FlowNode> | null>(null);
  // React asks for the snapshot on every render and store change: walk the nodes only when
  // React Flow's state is a new one.
  const snapshot = () => {
    const state = store.getState();
    if (!last.current || (!gestures.moving && state !== lastState.current)) {
      last.current = viewOf(state, last.current);
      lastState.current = state;
    }
    return last.current;
  };
  return useSyncExternalStore(subscribe, snapshot);
}

const MiniMapRects = memo(function MiniMapRects({ rects }: { rects: MiniRect[] }) {
  // Chromium draws axis-aligned rectangles sharper with crispEdges (as React Flow's minimap).
  return rects.map((r) => (
    <rect
      key={r.id}
      className="react-flow__minimap-node"
      x={r.x}
      y={r.y}
      rx={5}
      ry={5}
      width={r.width}
      height={r.height}
      style={{ fill: r.colour, strokeWidth: 2 }}
      shapeRendering="crispEdges"
    />
  ));
});

/** Drag on the minimap to move the view, wheel on it to zoom, as React Flow's own. */
function useMiniMapGestures(scale: number) {
  const { getViewport, setViewport, zoomTo } = useReactFlow();
  const drag = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    const { x, y, zoom } = getViewport();
    const dx = (e.clientX - drag.current.x) * scale * zoom;
    const dy = (e.clientY - drag.current.y) * scale * zoom;
    drag.current = { x: e.clientX, y: e.clientY };
    void setViewport({ x: x - dx, y: y - dy, zoom });
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onWheel = (e: WheelEvent<SVGSVGElement>) => {
    const perUnit = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : WHEEL_ZOOM;
    void zoomTo(getViewport().zoom * Math.pow(2, -e.deltaY * perUnit));
  };
  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onWheel };
}

/**
 * The canvas's minimap: every node as a rectangle in its kind's colour and the part of
 * the plant on screen, in React Flow's minimap classes (so it looks the same), but still
 * during a gesture (see useMiniMapView).
 */
export function CanvasMiniMap({ gestures, ariaLabel }: { gestures: ViewGestures; ariaLabel: string }) {
  const { rects, view, bounds } = useMiniMapView(gestures);
  const scale = Math.max(bounds.width / WIDTH, bounds.height / HEIGHT);
  const handlers = useMiniMapGestures(scale);
  const offset = OFFSET * scale;
  const x = bounds.x - (scale * WIDTH - bounds.width) / 2 - offset;
  const y = bounds.y - (scale * HEIGHT - bounds.height) / 2 - offset;
  const width = scale * WIDTH + offset * 2;
  const height = scale * HEIGHT + offset * 2;
  const mask =
    `M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z` +
    `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <svg
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${x} ${y} ${width} ${height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={ariaLabel}
        {...handlers}
      >
        <MiniMapRects rects={rects} />
        <path className="react-flow__minimap-mask" d={mask} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  );
}
