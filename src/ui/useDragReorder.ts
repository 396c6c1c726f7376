import { useState, type DragEvent } from 'react';
import { dropIndex, dropSide, type DropSide } from './listReorder';

export interface DropMark<Id extends string> {
  id: Id;
  side: DropSide;
}

/**
 * HTML5 drag and drop to reorder a list: `sourceProps` on what the user grabs, `targetProps`
 * on each item. Only drags of this list's own type are accepted (not files or text), and
 * `onMove` gets the index for a reorder command (see listReorder).
 */
export function useDragReorder<Id extends string>(
  ids: readonly Id[],
  dragType: string,
  axis: 'x' | 'y',
  onMove: (id: Id, toIndex: number) => void,
) {
  const [dragging, setDragging] = useState<Id | null>(null);
  const [mark, setMark] = useState<DropMark<Id> | null>(null);
  const sideOf = (e: DragEvent<HTMLElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return axis === 'x' ? dropSide(e.clientX, box.left, box.width) : dropSide(e.clientY, box.top, box.height);
  };
  const end = () => {
    setDragging(null);
    setMark(null);
  };
  const sourceProps = (id: Id, image?: (source: HTMLElement) => HTMLElement | null) => ({
    draggable: true,
    onDragStart: (e: DragEvent<HTMLElement>) => {
      e.dataTransfer.setData(dragType, id);
      e.dataTransfer.effectAllowed = 'move';
      const shown = image?.(e.currentTarget);
      if (shown) e.dataTransfer.setDragImage(shown, 16, 16);
      setDragging(id);
    },
    onDragEnd: end,
  });
  const targetProps = (id: Id) => ({
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!dragging || !e.dataTransfer.types.includes(dragType)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      const side = sideOf(e);
      if (mark?.id !== id || mark.side !== side) setMark({ id, side });
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      const moving = e.dataTransfer.getData(dragType) as Id;
      if (!moving) return;
      e.preventDefault();
      const toIndex = dropIndex(ids, moving, id, sideOf(e));
      if (toIndex !== null) onMove(moving, toIndex);
      end();
    },
  });
  return { dragging, mark, sourceProps, targetProps };
}
