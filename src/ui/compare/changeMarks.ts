import type { ChangeStatus, EntityChange, ScenarioComparison } from '../../analysis/compare';
import type { FlowNode } from '../../canvas/types';

export type CompareSide = 'before' | 'after';

/** How a node differs from its counterpart on the other side; absent when it is the same. */
export interface ChangeMark {
  status: Exclude<ChangeStatus, 'same'>;
  fields: string[];
}

const NODE_KINDS = new Set(['unit', 'workstation', 'family', 'team', 'role']);

/**
 * The marks of one side's canvas: removed and changed entities on the before side, added
 * and changed ones on the after side. Tasks are not nodes: a task that moved shows on the
 * roles whose "tasks held" changed.
 */
export function changeMarks(comparison: ScenarioComparison, side: CompareSide): Map<string, ChangeMark> {
  const out = new Map<string, ChangeMark>();
  const shown = (e: EntityChange) => (side === 'before' ? e.status !== 'added' : e.status !== 'removed');
  for (const e of comparison.entities) {
    if (!NODE_KINDS.has(e.kind) || e.status === 'same' || !shown(e)) continue;
    const id = side === 'before' ? e.beforeId : e.afterId;
    if (id) out.set(id, { status: e.status, fields: e.fields });
  }
  return out;
}

/** Counts of the marks on both canvases, for the legend. */
export function markCounts(comparison: ScenarioComparison): Record<ChangeMark['status'], number> {
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const e of comparison.entities) if (NODE_KINDS.has(e.kind) && e.status !== 'same') counts[e.status]++;
  return counts;
}

/**
 * Puts the marks on React Flow nodes: a class for the outline and the corner sign, a tooltip
 * and a data attribute (tests, screen readers through the title). Unmarked nodes keep their
 * identity so React Flow does not re-render them.
 */
export function markNodes(nodes: readonly FlowNode[], marks: ReadonlyMap<string, ChangeMark>, describe: (mark: ChangeMark) => string): FlowNode[] {
  return nodes.map((node) => {
    const mark = marks.get(node.id);
    if (!mark) return node;
    const attributes: Record<string, string> = { 'data-change': mark.status, title: describe(mark) };
    return { ...node, className: `cmp-mark cmp-${mark.status}`, domAttributes: attributes as FlowNode['domAttributes'] };
  });
}
