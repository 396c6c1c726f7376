import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo } from 'react';

const flowElement = (s: ReactFlowState) => s.domNode;

/**
 * The viewport (it moves with the view) or one of React Flow's layers in it, found once.
 * React Flow's own ViewportPortal and EdgeLabelRenderer look their layer up with a
 * querySelector on every store update: at plant scale a walk through tens of thousands of
 * elements on every frame of a gesture, for an element that never changes.
 */
export function useFlowLayer(className: 'react-flow__viewport' | 'react-flow__edgelabel-renderer'): Element | null {
  const domNode = useStore(flowElement);
  return useMemo(() => domNode?.querySelector(`.${className}`) ?? null, [domNode, className]);
}
