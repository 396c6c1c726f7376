import type { Edge, Node } from '@xyflow/react';
import { NODE_SIZE } from '../../src/canvas/geometry';
import { toFlow } from '../../src/canvas/toFlow';
import type { FlowNode } from '../../src/canvas/types';
import type { Scenario } from '../../src/model/types';

/** The graph the baseline page draws: Latitude's nodes and edges as React Flow defaults. */
export interface BareGraph {
  nodes: Node[];
  edges: Edge[];
}

function label(node: FlowNode): string {
  switch (node.type) {
    case 'unit':
      return node.data.unit.name;
    case 'workstation':
      return node.data.workstation.name;
    case 'family':
      return node.data.family.name;
    case 'team':
      return node.data.team.name;
    case 'role':
      return node.data.role.name;
  }
}

/**
 * Same ids, positions, parents and sizes as Latitude's canvas, so both pages fit the same
 * view; units become React Flow's `group` nodes, everything else a `default` node, and
 * every edge a default bezier edge.
 */
export function bareGraph(scenario: Scenario): BareGraph {
  const flow = toFlow(scenario);
  const nodes: Node[] = flow.nodes.map((n) => {
    const size = n.type === 'unit' ? { width: n.width ?? 0, height: n.height ?? 0 } : NODE_SIZE[n.type];
    return {
      id: n.id,
      type: n.type === 'unit' ? 'group' : 'default',
      position: n.position,
      ...(n.parentId ? { parentId: n.parentId } : {}),
      width: size.width,
      height: size.height,
      data: { label: label(n) },
    };
  });
  const edges: Edge[] = flow.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
  return { nodes, edges };
}
