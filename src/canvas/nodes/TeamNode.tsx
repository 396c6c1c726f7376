import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useNodeTranslation } from '../../i18n/useNodeTranslation';
import type { TeamNode as TeamNodeType } from '../types';
import { IconTeam } from './icons';
import { NodeName } from './NodeName';

/** A team: a pill with its member count; roles connect into it. */
export const TeamNode = memo(function TeamNode({ data, selected }: NodeProps<TeamNodeType>) {
  const { t } = useNodeTranslation();
  const { team, memberCount } = data;
  const members = t('canvas.node.members', { count: memberCount });
  return (
    <div className={`org-node team-node${selected ? ' is-selected' : ''}`} data-testid="node.team">
      <Handle type="target" position={Position.Left} className="org-handle" />
      <span className="node-icon">
        <IconTeam />
      </span>
      <NodeName id={team.id} name={team.name} />
      <span className="count-badge" title={members} aria-label={members}>
        {memberCount}
      </span>
    </div>
  );
});
