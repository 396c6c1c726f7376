import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { Rect } from '../types';
import type { Item } from './types';

/** A directed link between two items of one block, weighted by how many route steps it carries. */
export interface BlockEdge {
  from: string;
  to: string;
  weight: number;
}

/** Sums parallel links into one weighted edge per pair (dagre keeps one edge per pair anyway). */
export function weighEdges(links: readonly { from: string; to: string }[]): BlockEdge[] {
  const byPair = new Map<string, BlockEdge>();
  for (const { from, to } of links) {
    if (from === to) continue;
    const key = `${from}\u0000${to}`;
    const edge = byPair.get(key);
    if (edge) edge.weight++;
    else byPair.set(key, { from, to, weight: 1 });
  }
  return [...byPair.values()];
}

/** Moves a set of boxes so that their bounding box starts at (0, 0). */
export function normalise(rects: Map<string, Rect>): Map<string, Rect> {
  let left = Infinity;
  let top = Infinity;
  for (const r of rects.values()) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
  }
  if (!Number.isFinite(left)) return rects;
  for (const r of rects.values()) {
    r.x -= left;
    r.y -= top;
  }
  return rects;
}

/**
 * Lays items out left to right with dagre (rankdir LR): each link points right, parallel
 * alternatives share a column, crossings are kept low, and no two boxes overlap. Items are
 * added in the order given, which makes the result deterministic. Top-left corners,
 * with the block's bounding box at (0, 0).
 */
export function dagreBlock(items: readonly Item[], edges: readonly BlockEdge[], spacing: { node: number; rank: number }): Map<string, Rect> {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: 'LR', align: 'UL', nodesep: spacing.node, ranksep: spacing.rank, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const item of items) g.setNode(item.id, { width: item.size.width, height: item.size.height });
  for (const e of edges) if (g.hasNode(e.from) && g.hasNode(e.to)) g.setEdge(e.from, e.to, { weight: e.weight, minlen: 1 });
  layout(g);
  const out = new Map<string, Rect>();
  for (const item of items) {
    const n = g.node(item.id);
    const { width, height } = item.size;
    out.set(item.id, { x: (n.x ?? 0) - width / 2, y: (n.y ?? 0) - height / 2, width, height });
  }
  return normalise(out);
}
