import { useStore, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect } from 'react';
import './overview.css';
import { OVERVIEW_ZOOM, type ViewGestures } from './viewGestures';

const isOverview = (s: ReactFlowState) => s.transform[2] < OVERVIEW_ZOOM;

/**
 * Tells the canvas's ViewGestures when the zoom crosses OVERVIEW_ZOOM. The overview is a
 * class on the canvas, not a prop of every node: crossing the line re-renders no node, and
 * the stylesheet only hides parts (never removes them), so no node changes size and no
 * edge moves.
 */
export function DetailLevel({ gestures }: { gestures: ViewGestures }) {
  const overview = useStore(isOverview);
  useLayoutEffect(() => gestures.setOverview(overview), [gestures, overview]);
  return null;
}
