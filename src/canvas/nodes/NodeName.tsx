import { memo, useCallback } from 'react';
import { useNodeTranslation } from '../../i18n/useNodeTranslation';
import { useDispatch, useEditorStore } from '../../app/editorContext';
import { isFamilyId, isRoleId, isTeamId, isUnitId, isWorkstationId, type NodeEntityId } from '../../model';
import { InlineNameInput } from '../../ui/InlineNameInput';
import { useIsRenaming, useRenameState } from '../renameState';

/** Renames any node through its kind's update command; false when the command refused. */
function useRenameNode() {
  const dispatch = useDispatch();
  const store = useEditorStore();
  return useCallback(
    (id: NodeEntityId, name: string): boolean => {
      const base = { scenarioId: store.scenarioId, patch: { name } };
      const label = { label: 'rename' };
      if (isUnitId(id)) return dispatch('updateUnit', { ...base, id }, label).ok;
      if (isWorkstationId(id)) return dispatch('updateWorkstation', { ...base, id }, label).ok;
      if (isFamilyId(id)) return dispatch('updateFamily', { ...base, id }, label).ok;
      if (isTeamId(id)) return dispatch('updateTeam', { ...base, id }, label).ok;
      if (isRoleId(id)) return dispatch('updateRole', { ...base, id }, label).ok;
      return false;
    },
    [dispatch, store],
  );
}

interface NodeNameProps {
  id: NodeEntityId;
  name: string;
}

/**
 * A node's name; double-click (or F2/Enter on the selected node) edits it in place.
 * A refused name keeps the editor open so the notice and the text can be compared.
 */
export const NodeName = memo(function NodeName({ id, name }: NodeNameProps) {
  const { t } = useNodeTranslation();
  const renaming = useIsRenaming(id);
  const state = useRenameState();
  const rename = useRenameNode();
  const stop = useCallback(() => state.stop(), [state]);
  const commit = useCallback(
    (value: string) => {
      if (rename(id, value.trim())) state.stop();
    },
    [rename, id, state],
  );
  if (renaming)
    return (
      <InlineNameInput
        initial={name}
        className="node-name-input nodrag nopan nowheel"
        testId="node.rename-input"
        onCommit={commit}
        onCancel={stop}
      />
    );
  return (
    <span
      className="node-name"
      title={`${name}\n${t('canvas.node.renameHint')}`}
      onDoubleClick={(e) => {
        e.stopPropagation();
        state.start(id);
      }}
    >
      {name}
    </span>
  );
});
