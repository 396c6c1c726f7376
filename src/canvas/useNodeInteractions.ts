import type { EdgeChange, NodeChange, OnNodeDrag } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { step, useBatch, useEditorStore } from '../app/editorContext';
import {
  isPolcaLoopId,
  isTaskId,
  type NodeEntityId,
  type NodeLayout,
  type RoleId,
  type TeamId,
  type UnitId,
  type WorkstationId,
} from '../model';
import type { BatchStep } from '../store/editorStore';
import type { FlowQueries } from './flowQueries';
import type { FlowEdge, FlowNode } from './types';

type Move = { id: NodeEntityId; position: NodeLayout };

/**
 * The store selection after React Flow's select changes of nodes or POLCA edges; ids
 * that are not on the canvas (tasks) drop out.
 */
function nextSelection(current: readonly string[], changes: (NodeChange<FlowNode> | EdgeChange<FlowEdge>)[]): string[] {
  const chosen = new Set(current.filter((id) => !isTaskId(id)));
  const order = [...chosen];
  for (const change of changes) {
    if (change.type !== 'select') continue;
    if (change.selected && !chosen.has(change.id)) order.push(change.id);
    if (change.selected) chosen.add(change.id);
    else chosen.delete(change.id);
  }
  return order.filter((id) => chosen.has(id));
}

/**
 * Where a dragged workstation, team or role lands: a different unit (or out of all units)
 * when its centre is over another unit's box, else undefined for "stays in its unit".
 */
function dropTarget(node: FlowNode, queries: FlowQueries): { unitId: UnitId | null; position: NodeLayout } | undefined {
  if (node.type !== 'workstation' && node.type !== 'team' && node.type !== 'role') return undefined;
  const box = queries.absoluteRect(node.id);
  if (!box) return undefined;
  const unitId = queries.unitAt({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  if (unitId === (node.parentId ?? null)) return undefined;
  const origin = unitId ? (queries.unitRect(unitId) ?? { x: 0, y: 0 }) : { x: 0, y: 0 };
  return { unitId, position: { x: Math.round(box.x - origin.x), y: Math.round(box.y - origin.y) } };
}

/**
 * React Flow node events → store: selection, keyboard moves, and a drag as one undo step
 * (moveNodes, plus moveToUnit for nodes dropped into another unit).
 */
export function useNodeInteractions(
  apply: (changes: NodeChange<FlowNode>[]) => void,
  reset: (ids: ReadonlySet<string>) => void,
  queries: FlowQueries,
) {
  const store = useEditorStore();
  const batch = useBatch();
  const dragging = useRef(false);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      apply(changes);
      if (changes.some((c) => c.type === 'select'))
        store.setSelection(nextSelection(store.getState().view.selection, changes));
      const positions = changes.filter((c) => c.type === 'position' && c.position);
      if (positions.some((c) => c.type === 'position' && c.dragging)) dragging.current = true;
      // Arrow keys on a focused node move it without a drag; a resize moves children with a size change.
      else if (positions.length > 0 && !dragging.current && !changes.some((c) => c.type === 'dimensions')) {
        const moves = positions.flatMap((c) =>
          c.type === 'position' && c.position ? [{ id: c.id as NodeEntityId, position: { ...c.position } }] : [],
        );
        store.dispatch('moveNodes', { scenarioId: store.scenarioId, moves }, { history: 'merge', mergeKey: 'nudge' });
      }
    },
    [apply, store],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<FlowNode>>(
    (_event, _node, dragged) => {
      dragging.current = false;
      const scenarioId = store.scenarioId;
      const moves: Move[] = [];
      const steps: BatchStep[] = [];
      for (const node of dragged) {
        const target = dropTarget(node, queries);
        const id = node.id as WorkstationId | TeamId | RoleId;
        if (target) steps.push(step('moveToUnit', { scenarioId, id, ...target }));
        else moves.push({ id: node.id as NodeEntityId, position: { x: node.position.x, y: node.position.y } });
      }
      if (moves.length > 0) steps.unshift(step('moveNodes', { scenarioId, moves }));
      if (!batch(steps, { label: 'move' }).ok) reset(new Set(dragged.map((n) => n.id)));
    },
    [store, batch, queries, reset],
  );

  return { onNodesChange, onNodeDragStop };
}

/**
 * Splits React Flow's edge changes: a POLCA edge stands for a document entity (the loop,
 * edited in the inspector), so its selection goes to the store; route and membership
 * edges keep their canvas-local selection in `local`.
 */
export function usePolcaEdgeSelection(local: (changes: EdgeChange<FlowEdge>[]) => void) {
  const store = useEditorStore();
  return useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const polca = changes.filter((c) => c.type === 'select' && isPolcaLoopId(c.id));
      if (polca.length > 0) store.setSelection(nextSelection(store.getState().view.selection, polca));
      const rest = polca.length > 0 ? changes.filter((c) => !polca.includes(c)) : changes;
      if (rest.length > 0) local(rest);
    },
    [store, local],
  );
}
