import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useNodeTranslation } from '../../i18n/useNodeTranslation';
import type { WorkstationNode as WorkstationNodeType } from '../types';
import { CoverageBadge } from './badges';
import { IconMonument, IconWorkstation } from './icons';
import { NodeName } from './NodeName';

/** A workstation: a rectangle with a gear, its process type, and a monument marker. */
export const WorkstationNode = memo(function WorkstationNode({ data, selected }: NodeProps<WorkstationNodeType>) {
  const { t } = useNodeTranslation();
  const { workstation: ws } = data;
  return (
    <div
      className={`org-node ws-node${ws.monument ? ' is-monument' : ''}${selected ? ' is-selected' : ''}`}
      data-testid="node.workstation"
    >
      <Handle type="target" position={Position.Left} className="org-handle" />
      {ws.monument && (
        <span className="monument-badge" title={t('canvas.node.monumentHint')} data-testid="node.monument">
          <IconMonument />
          {t('canvas.node.monument')}
        </span>
      )}
      <div className="node-title">
        <span className="node-icon">
          <IconWorkstation />
        </span>
        <NodeName id={ws.id} name={ws.name} />
      </div>
      <div className="node-meta">
        {ws.processType ? (
          <span className="ws-process">{ws.processType}</span>
        ) : (
          <span className="ws-process is-missing">{t('canvas.node.noProcessType')}</span>
        )}
      </div>
      <CoverageBadge workstationId={ws.id} />
      <Handle type="source" position={Position.Right} className="org-handle" />
    </div>
  );
});
