import { useCallback, type DragEvent } from 'react';
import { PALETTE_MIME, isNodeKind, useAddNode } from './addNode';
import type { FlowQueries } from './flowQueries';

/** HTML5 drop of a palette item on the canvas: adds it at the drop point, inside the unit there. */
export function usePaletteDrop(queries: FlowQueries) {
  const addNode = useAddNode();
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME);
      if (!isNodeKind(kind)) return;
      e.preventDefault();
      addNode(kind, queries.screenToFlow({ x: e.clientX, y: e.clientY }));
    },
    [addNode, queries],
  );
  return { onDragOver, onDrop };
}
