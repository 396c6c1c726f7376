import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import './role.css';
import { useTranslation } from 'react-i18next';
import type { RoleNode as RoleNodeType } from '../types';
import { RoleBadges } from './badges';
import { IconRole, IconTeam } from './icons';
import { NodeName } from './NodeName';
import { TaskChips } from './TaskChips';

/** A role (job): a card with headcount, hours, its team and the tasks it holds. */
export const RoleNode = memo(function RoleNode({ data, selected }: NodeProps<RoleNodeType>) {
  const { t } = useTranslation();
  const { role, teamName, chips } = data;
  return (
    <div className={`org-node role-node${selected ? ' is-selected' : ''}`} data-testid="node.role">
      <RoleBadges roleId={role.id} />
      <div className="node-title">
        <span className="node-icon">
          <IconRole />
        </span>
        <NodeName id={role.id} name={role.name} />
        <span className="headcount" title={t('canvas.node.headcountHint', { count: role.headcount })}>
          {t('canvas.node.headcount', { count: role.headcount })}
        </span>
      </div>
      <div className="node-meta">
        <span>{t('canvas.node.hours', { hours: role.hoursPerWeek })}</span>
        {teamName && (
          <span className="team-badge" title={t('canvas.node.team', { name: teamName })}>
            <IconTeam />
            <span className="team-badge-name">{teamName}</span>
          </span>
        )}
      </div>
      <TaskChips chips={chips} />
      <Handle type="source" position={Position.Right} className="org-handle" />
    </div>
  );
});
