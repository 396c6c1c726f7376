import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useCallback, useSyncExternalStore } from 'react';
import './role.css';
import { useNodeTranslation } from '../../i18n/useNodeTranslation';
import { useEditorStore } from '../../app/editorContext';
import type { RoleId } from '../../model';
import type { EditorStore } from '../../store/editorStore';
import { RoleChipsFeed } from '../roleChips';
import type { RoleNode as RoleNodeType } from '../types';
import { RoleBadges } from './badges';
import { IconRole, IconTeam } from './icons';
import { NodeName } from './NodeName';
import { TaskChips } from './TaskChips';

const feeds = new WeakMap<EditorStore, RoleChipsFeed>();

function feedOf(store: EditorStore): RoleChipsFeed {
  let feed = feeds.get(store);
  if (!feed) {
    feed = new RoleChipsFeed({
      subscribe: store.subscribe,
      tasks: () => {
        const { project, view } = store.getState();
        return project.scenarios[view.scenarioId]?.tasks;
      },
    });
    feeds.set(store, feed);
  }
  return feed;
}

/** The chips of a role's tasks, read from the document: re-renders only when they change. */
function useRoleChips(roleId: RoleId) {
  const feed = feedOf(useEditorStore());
  const subscribe = useCallback((listener: () => void) => feed.subscribe(roleId, listener), [feed, roleId]);
  return useSyncExternalStore(subscribe, () => feed.chips(roleId));
}

/** A role (job): a card with headcount, hours, its team and the tasks it holds. */
export const RoleNode = memo(function RoleNode({ data, selected }: NodeProps<RoleNodeType>) {
  const { t } = useNodeTranslation();
  const { role, teamName } = data;
  const chips = useRoleChips(role.id);
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
      {chips && <TaskChips chips={chips} />}
      <Handle type="source" position={Position.Right} className="org-handle" />
    </div>
  );
});
