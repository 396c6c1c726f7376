import type { Connection } from '@xyflow/react';
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

/**
 * Connecting on the canvas: workstation → workstation adds a route step for the routing
 * family, family → workstation extends that family's route, role → team joins the team.
 * Anything else is refused with a notice that says what can be connected.
 */
export function useConnect(routeFamily: FamilyId | null, queries: FlowQueries) {
  const store = useEditorStore();
  const dispatch = useDispatch();
  const batch = useBatch();
  const notify = useNotify();
  const { t } = useTranslation();
  return useCallback(
    ({ source, target }: Connection) => {
      const { project, view } = store.getState();
      const s = project.scenarios[view.scenarioId];
      if (!s) return;
      const scenarioId = s.id;
      if (isWorkstationId(source) && isWorkstationId(target)) {
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
    [store, dispatch, batch, notify, t, routeFamily, queries],
  );
}
