import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo } from 'react';

const flowElement = (s: ReactFlowState) => s.domNode;

/**
 * React Flow's edge label layer, found once. React Flow's own EdgeLabelRenderer looks it up
 * with a querySelector on every store update: at plant scale a walk through tens of
 * thousands of elements on every frame of a gesture, for an element that never changes.
 */
export function useEdgeLabelLayer(): Element | null {
  const domNode = useStore(flowElement);
  return useMemo(() => domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null, [domNode]);
}
