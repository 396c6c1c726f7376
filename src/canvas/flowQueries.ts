import { useReactFlow, type InternalNode } from '@xyflow/react';
import { useMemo, type RefObject } from 'react';
import type { NodeEntityId, UnitId } from '../model';
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
}

/** Questions about what React Flow currently draws, answered at the moment they are asked. */
export function useFlowQueries(wrapper: RefObject<HTMLDivElement | null>): FlowQueries {
  const rf = useReactFlow<FlowNode, FlowEdge>();
  return useMemo(() => {
    const absoluteRect = (id: string): Rect | null => {
      const node = rf.getInternalNode(id);
      return node ? { ...node.internals.positionAbsolute, ...sizeOfNode(node) } : null;
    };
    return {
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
  }, [rf, wrapper]);
}
