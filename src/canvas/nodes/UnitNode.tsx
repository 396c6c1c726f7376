import {
  Handle,
  NodeResizer,
  Position,
  useConnection,
  useReactFlow,
  type ConnectionState,
  type NodeProps,
  type OnResizeEnd,
} from '@xyflow/react';
import { memo, useCallback } from 'react';
import { useNodeTranslation } from '../../i18n/useNodeTranslation';
import { useDispatch, useEditorStore } from '../../app/editorContext';
import type { NodeEntityId, NodeLayout, UnitId } from '../../model';
import { UNIT_MIN_SIZE } from '../geometry';
import { POLCA_SOURCE_HANDLE, POLCA_TARGET_HANDLE } from '../polca';
import '../polca.css';
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

/** True while the user drags a new POLCA loop from some cell. */
const draggingPolca = (c: ConnectionState) => c.inProgress && c.fromHandle.id === POLCA_SOURCE_HANDLE;

/**
 * A cell's POLCA points: a card on the left edge of its header (loops arrive) and one on
 * the right (loops leave). Other units keep them hidden, so a loop drawn before the unit
 * stopped being a cell still has its ends; while a loop is dragged they show as refused
 * drop targets, so dropping there says why instead of doing nothing.
 */
function PolcaHandles({ cell }: { cell: boolean }) {
  const { t } = useNodeTranslation();
  const dragging = useConnection(draggingPolca);
  const off = cell ? '' : dragging ? ' is-refused' : ' is-off';
  return (
    <>
      <Handle
        type="target"
        id={POLCA_TARGET_HANDLE}
        position={Position.Left}
        isConnectable={cell || dragging}
        className={`polca-handle is-in${off}`}
        title={t('qrm.polca.handleIn')}
        aria-label={t('qrm.polca.handleIn')}
        data-testid="polca.handle-in"
      />
      <Handle
        type="source"
        id={POLCA_SOURCE_HANDLE}
        position={Position.Right}
        isConnectable={cell}
        className={`polca-handle is-out${cell ? '' : ' is-off'}`}
        title={t('qrm.polca.handleOut')}
        aria-label={t('qrm.polca.handleOut')}
        data-testid="polca.handle-out"
      />
    </>
  );
}

/** A unit: a large rounded group box whose header names it and its kind. */
export const UnitNode = memo(function UnitNode({ data, selected }: NodeProps<UnitNodeType>) {
  const { t } = useNodeTranslation();
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
        <PolcaHandles cell={unit.kind === 'cell'} />
      </div>
    </>
  );
});
