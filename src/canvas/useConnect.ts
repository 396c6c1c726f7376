import type { Connection } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { step, useBatch, useDispatch, useEditorStore } from '../app/editorContext';
import { useNotify } from '../app/notifications';
import {
  idKindOf,
  isFamilyId,
  isRoleId,
  isTeamId,
  isWorkstationId,
  type FamilyId,
  type RoleId,
  type Scenario,
  type TeamId,
} from '../model';
import type { BatchStep } from '../store/editorStore';
import { GRID, NODE_SIZE } from './geometry';
import type { FlowQueries } from './flowQueries';
import { POLCA_SOURCE_HANDLE, POLCA_TARGET_HANDLE, polcaConnection, type PolcaConnection } from './polca';

/**
 * Joining a team in another unit moves the role into that unit first, next to the team,
 * since a role's team must lie in its unit.
 */
function joinTeamSteps(s: Scenario, roleId: RoleId, teamId: TeamId, queries: FlowQueries): BatchStep[] {
  const role = s.roles[roleId];
  const team = s.teams[teamId];
  if (!role || !team || role.teamId === teamId) return [];
  const scenarioId = s.id;
  const steps: BatchStep[] = [];
  if (role.unitId !== team.unitId) {
    const teamBox = queries.absoluteRect(teamId);
    const origin = team.unitId ? queries.unitRect(team.unitId) : null;
    const x = (teamBox?.x ?? 0) - (origin?.x ?? 0);
    const y = (teamBox?.y ?? 0) - (origin?.y ?? 0) + NODE_SIZE.team.height + GRID;
    steps.push(step('moveToUnit', { scenarioId, id: roleId, unitId: team.unitId, position: { x, y } }));
  }
  steps.push(step('updateRole', { scenarioId, id: roleId, patch: { teamId } }));
  return steps;
}

/** Why a POLCA drag did not make a loop, in the user's words. */
function polcaRefusal(refused: Exclude<PolcaConnection, { ok: true }>, t: TFunction): string {
  switch (refused.reason) {
    case 'wrong-end':
      return t('qrm.polca.connect.wrongEnd');
    case 'not-cell':
      return t('qrm.polca.connect.notCell', {
        unit: refused.unit.name,
        kind: t(`model.unitKind.${refused.unit.kind}`).toLowerCase(),
      });
    case 'duplicate':
      return t('qrm.polca.connect.duplicate', { from: refused.from.name, to: refused.to.name });
  }
}

/**
 * A drag from a cell's POLCA point: onto another cell's POLCA point it adds a loop with
 * the default figures and selects it, so the inspector shows the figures to fill in.
 */
function usePolcaConnect() {
  const store = useEditorStore();
  const dispatch = useDispatch();
  const notify = useNotify();
  const { t } = useTranslation();
  return useCallback(
    (s: Scenario, { source, target, targetHandle }: Connection) => {
      const found: PolcaConnection =
        targetHandle === POLCA_TARGET_HANDLE ? polcaConnection(s, source, target) : { ok: false, reason: 'wrong-end' };
      if (!found.ok) notify({ kind: 'error', text: polcaRefusal(found, t) });
      else if (dispatch('addPolcaLoop', { scenarioId: s.id, loop: found.loop }, { label: 'connect' }).ok)
        store.setSelection([found.loop.id]);
    },
    [store, dispatch, notify, t],
  );
}

/**
 * Connecting on the canvas: workstation → workstation adds a route step for the routing
 * family, family → workstation extends that family's route, role → team joins the team,
 * a cell's POLCA point → another cell's adds a POLCA loop.
 * Anything else is refused with a notice that says what can be connected.
 */
export function useConnect(routeFamily: FamilyId | null, queries: FlowQueries) {
  const store = useEditorStore();
  const dispatch = useDispatch();
  const batch = useBatch();
  const notify = useNotify();
  const connectPolca = usePolcaConnect();
  const { t } = useTranslation();
  return useCallback(
    (connection: Connection) => {
      const { source, target } = connection;
      const { project, view } = store.getState();
      const s = project.scenarios[view.scenarioId];
      if (!s) return;
      const scenarioId = s.id;
      if (connection.sourceHandle === POLCA_SOURCE_HANDLE) connectPolca(s, connection);
      else if (isWorkstationId(source) && isWorkstationId(target)) {
        if (!routeFamily) notify({ kind: 'info', text: t('canvas.connect.needFamily') });
        else
          dispatch(
            'connectRoute',
            { scenarioId, familyId: routeFamily, from: source, to: target },
            { label: 'connect' },
          );
      } else if (isFamilyId(source) && isWorkstationId(target)) {
        dispatch('connectRoute', { scenarioId, familyId: source, from: source, to: target }, { label: 'connect' });
      } else if (isRoleId(source) && isTeamId(target)) {
        const steps = joinTeamSteps(s, source, target, queries);
        if (steps.length > 0) batch(steps, { label: 'join-team' });
      } else {
        const kindName = (id: string) => t(`model.entity.${idKindOf(id) ?? 'unit'}`).toLowerCase();
        notify({
          kind: 'error',
          text: t('canvas.connect.notAllowed', { from: kindName(source), to: kindName(target) }),
        });
      }
    },
    [store, dispatch, batch, notify, t, routeFamily, queries, connectPolca],
  );
}
