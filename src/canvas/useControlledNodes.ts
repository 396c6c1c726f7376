import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { FlowNode } from './types';

interface LocalNodes {
  /** The derived nodes the local ones were last reconciled with. */
  source: FlowNode[];
  /** What React Flow draws: the derived nodes plus measured sizes and an in-flight drag or resize. */
  nodes: FlowNode[];
}

const withMeasured = (next: FlowNode, local: FlowNode): FlowNode =>
  local.measured ? { ...next, measured: local.measured } : next;

/**
 * Folds a new derivation into the local nodes: a node whose derived object did not
 * change keeps its local object (and so its identity and measurements); a changed one
 * is taken from the model, carrying over the measured size so it does not vanish until
 * React Flow measures it again.
 */
function reconcile(local: FlowNode[], previous: FlowNode[], next: FlowNode[]): FlowNode[] {
  const previousById = new Map(previous.map((n) => [n.id, n]));
  const localById = new Map(local.map((n) => [n.id, n]));
  return next.map((n) => {
    const mine = localById.get(n.id);
    if (!mine) return n;
    return previousById.get(n.id) === n ? mine : withMeasured(n, mine);
  });
}

/**
 * Controlled React Flow nodes re-derived from the model. React Flow's changes (measuring,
 * dragging, resizing, selecting) apply locally; the model only changes by commands.
 */
export function useControlledNodes(derived: FlowNode[]) {
  const [state, setState] = useState<LocalNodes>(() => ({ source: derived, nodes: derived }));
  let current = state;
  if (state.source !== derived) {
    // Adjusting state while rendering (not in an effect) so React Flow never sees a stale frame.
    current = { source: derived, nodes: reconcile(state.nodes, state.source, derived) };
    setState(current);
  }
  const apply = useCallback(
    (changes: NodeChange<FlowNode>[]) => setState((s) => ({ ...s, nodes: applyNodeChanges(changes, s.nodes) })),
    [],
  );
  /** Puts nodes back where the model has them, e.g. after a drop the model refused. */
  const reset = useCallback(
    (ids: ReadonlySet<string>) =>
      setState((s) => {
        const sourceById = new Map(s.source.map((n) => [n.id, n]));
        const nodes = s.nodes.map((n) => {
          const model = sourceById.get(n.id);
          return ids.has(n.id) && model ? withMeasured(model, n) : n;
        });
        return { ...s, nodes };
      }),
    [],
  );
  return { nodes: current.nodes, apply, reset };
}
