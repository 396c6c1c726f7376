import { NodeResizer, useReactFlow, type NodeProps, type OnResizeEnd } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDispatch, useEditorStore } from '../../app/editorContext';
import type { NodeEntityId, NodeLayout, UnitId } from '../../model';
import { UNIT_MIN_SIZE } from '../geometry';
import type { UnitNode as UnitNodeType } from '../types';
import { IconUnit } from './icons';
import { NodeName } from './NodeName';

/**
 * Commits a resize once, at its end. Resizing from the top or left moves the unit, and
 * React Flow shifts the children back to stay put on screen: their new relative
 * positions go in the same step.
 */
function useResizeCommit(unitId: UnitId): OnResizeEnd {
  const { getNodes } = useReactFlow();
  const dispatch = useDispatch();
  const store = useEditorStore();
  return useCallback(
    (_event, { x, y, width, height }) => {
      const moves: { id: NodeEntityId; position: NodeLayout }[] = [{ id: unitId, position: { x, y, width, height } }];
      for (const node of getNodes())
        if (node.parentId === unitId) moves.push({ id: node.id as NodeEntityId, position: { ...node.position } });
      dispatch('moveNodes', { scenarioId: store.scenarioId, moves }, { label: 'resize' });
    },
    [getNodes, dispatch, store, unitId],
  );
}

/** A unit: a large rounded group box whose header names it and its kind. */
export const UnitNode = memo(function UnitNode({ data, selected }: NodeProps<UnitNodeType>) {
  const { t } = useTranslation();
  const { unit } = data;
  const onResizeEnd = useResizeCommit(unit.id);
  return (
    <>
      <NodeResizer
        isVisible={selected}
        minWidth={UNIT_MIN_SIZE.width}
        minHeight={UNIT_MIN_SIZE.height}
        onResizeEnd={onResizeEnd}
        lineClassName="unit-resize-line"
        handleClassName="unit-resize-handle"
      />
      <div className={`org-node unit-node unit-${unit.kind}${selected ? ' is-selected' : ''}`} data-testid="node.unit">
        <header className="unit-header">
          <span className="node-icon">
            <IconUnit />
          </span>
          <NodeName id={unit.id} name={unit.name} />
          <span className="unit-kind">{t(`model.unitKind.${unit.kind}`)}</span>
        </header>
      </div>
    </>
  );
});
