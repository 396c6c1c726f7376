import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useNodeTranslation } from '../../i18n/useNodeTranslation';
import { routeStyle } from '../routeStyles';
import type { FamilyNode as FamilyNodeType } from '../types';
import { IconFamily } from './icons';
import { NodeName } from './NodeName';

/** A sample of the family's route line, so its edges can be matched without relying on colour. */
function RouteSwatch({ pattern, label }: { pattern: number; label: string }) {
  const { colour, dash } = routeStyle(pattern);
  return (
    <svg className="route-swatch" width="28" height="8" viewBox="0 0 28 8" role="img" aria-label={label}>
      <line x1="1" y1="4" x2="27" y2="4" stroke={colour} strokeWidth="2.5" strokeDasharray={dash || undefined} />
    </svg>
  );
}

/** A family (product family, order stream, client group): a chevron pointing along its route. */
export const FamilyNode = memo(function FamilyNode({ data, selected }: NodeProps<FamilyNodeType>) {
  const { t } = useNodeTranslation();
  const { family, pattern, stepCount } = data;
  return (
    <div className={`org-node family-node${selected ? ' is-selected' : ''}`} data-testid="node.family">
      <svg className="family-shape" viewBox="0 0 176 64" preserveAspectRatio="none" aria-hidden="true">
        <polygon points="1,1 158,1 175,32 158,63 1,63 13,32" vectorEffect="non-scaling-stroke" />
      </svg>
      <div className="family-body">
        <div className="node-title">
          <span className="node-icon">
            <IconFamily />
          </span>
          <NodeName id={family.id} name={family.name} />
        </div>
        <div className="node-meta">
          <RouteSwatch pattern={pattern} label={t('canvas.node.routeStyle')} />
          <span>{t('canvas.node.steps', { count: stepCount })}</span>
        </div>
      </div>
      <Handle type="source" position={Position.Right} className="org-handle" />
    </div>
  );
});
