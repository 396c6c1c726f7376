import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkProjectInvariants,
  createFamily,
  createRole,
  createTask,
  createTeam,
  createUnit,
  createWorkstation,
  extractFragment,
  TASK_KINDS,
  type NodeEntityId,
  type Scenario,
} from '../../src/model';
import type { BatchStep, EditorStore } from '../../src/store/editorStore';
import { buildSmallProject } from '../helpers/buildProject';

/** An action picks its targets from whatever the scenario holds when it runs. */
type Action = (store: EditorStore, pick: (n: number) => number) => void;

const ids = <T extends { id: string }>(r: Record<string, T>) => Object.values(r).map((e) => e.id);

function scenarioOf(store: EditorStore): Scenario {
  const { project, view } = store.getState();
  return project.scenarios[view.scenarioId]!;
}

function choose<T>(items: T[], pick: (n: number) => number): T | undefined {
  return items.length ? items[pick(items.length)] : undefined;
}

const actions: Record<string, Action> = {
  addUnit: (st) => void st.dispatch('addUnit', { scenarioId: st.scenarioId, entity: createUnit({ name: 'U' }) }),
  addWorkstation: (st, pick) => {
    const unitId = choose([null, ...ids(scenarioOf(st).units)], pick) ?? null;
    st.dispatch('addWorkstation', { scenarioId: st.scenarioId, entity: createWorkstation({ name: 'W', processType: 'p' + pick(3), unitId: unitId as never }) });
  },
  addTeam: (st, pick) => {
    const unitId = choose([null, ...ids(scenarioOf(st).units)], pick) ?? null;
    st.dispatch('addTeam', { scenarioId: st.scenarioId, entity: createTeam({ name: 'T', unitId: unitId as never }) });
  },
  addRole: (st, pick) => {
    const teamId = choose([null, ...ids(scenarioOf(st).teams)], pick) ?? null;
    st.dispatch('addRole', { scenarioId: st.scenarioId, entity: createRole({ name: 'R', teamId: teamId as never, headcount: 1 + pick(4) }) });
  },
  addFamily: (st) => void st.dispatch('addFamily', { scenarioId: st.scenarioId, entity: createFamily({ name: 'F' }) }),
  connectRoute: (st, pick) => {
    const s = scenarioOf(st);
    const family = choose(ids(s.families), pick);
    const ws = ids(s.workstations);
    const from = choose([family, ...ws], pick);
    const to = choose(ws, pick);
    if (family && from && to) st.dispatch('connectRoute', { scenarioId: st.scenarioId, familyId: family as never, from: from as never, to: to as never });
  },
  addTask: (st, pick) => {
    const s = scenarioOf(st);
    const roles = ids(s.roles);
    const holders = roles.filter(() => pick(2) === 0).slice(0, 3);
    const assignments = Object.fromEntries(holders.map((r) => [r, 1 / holders.length]));
    const kind = TASK_KINDS[pick(4)]!;
    st.dispatch('addTask', {
      scenarioId: st.scenarioId,
      entity: createTask({ name: 'K', kind, control: kind === 'control' ? { level: 'op', aspect: 'quality' } : null, load: pick(40), scope: ids(s.workstations).slice(0, 2) as never, assignments }),
    });
  },
  moveRoleToUnit: (st, pick) => {
    const s = scenarioOf(st);
    const role = choose(ids(s.roles), pick);
    const unitId = choose([null, ...ids(s.units)], pick) ?? null;
    if (role) st.dispatch('moveToUnit', { scenarioId: st.scenarioId, id: role as never, unitId: unitId as never, position: { x: pick(100), y: pick(100) } });
  },
  joinTeam: (st, pick) => {
    const s = scenarioOf(st);
    const role = choose(ids(s.roles), pick);
    const team = choose(ids(s.teams), pick);
    if (role && team) st.dispatch('updateRole', { scenarioId: st.scenarioId, id: role as never, patch: { teamId: team as never } });
  },
  moveTeam: (st, pick) => {
    const s = scenarioOf(st);
    const team = choose(ids(s.teams), pick);
    const unitId = choose([null, ...ids(s.units)], pick) ?? null;
    if (team) st.dispatch('updateTeam', { scenarioId: st.scenarioId, id: team as never, patch: { unitId: unitId as never } });
  },
  deleteSomething: (st, pick) => {
    const s = scenarioOf(st);
    const all = [...ids(s.units), ...ids(s.workstations), ...ids(s.teams), ...ids(s.roles), ...ids(s.families), ...ids(s.tasks)];
    const id = choose(all, pick);
    if (id) st.dispatch('deleteEntities', { scenarioId: st.scenarioId, ids: [id as NodeEntityId] });
  },
  moveNode: (st, pick) => {
    const s = scenarioOf(st);
    const id = choose(Object.keys(s.layout), pick);
    if (id) st.dispatch('moveNodes', { scenarioId: st.scenarioId, moves: [{ id: id as NodeEntityId, position: { x: pick(500), y: pick(500) } }] });
  },
  copyPaste: (st, pick) => {
    const s = scenarioOf(st);
    const selection = Object.keys(s.layout).filter(() => pick(2) === 0) as NodeEntityId[];
    st.dispatch('pasteFragment', { scenarioId: st.scenarioId, fragment: extractFragment(s, selection), offset: { x: 10, y: 10 } });
  },
  badShares: (st, pick) => {
    const s = scenarioOf(st);
    const task = choose(ids(s.tasks), pick);
    const role = choose(ids(s.roles), pick);
    if (task && role) st.batch([{ name: 'setAssignments', args: { scenarioId: st.scenarioId, id: task, assignments: { [role]: 0.7 } } } as BatchStep]);
  },
  setQualification: (st, pick) => {
    const s = scenarioOf(st);
    const role = choose(ids(s.roles), pick);
    const ws = choose(ids(s.workstations), pick);
    if (role && ws) st.dispatch('setQualification', { scenarioId: st.scenarioId, roleId: role as never, workstationId: ws as never, level: pick(5) as 0 });
  },
};

const actionNames = Object.keys(actions);

describe('random command sequences', () => {
  it('keep every invariant, and undoing all of them returns the original document', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(actionNames.length - 1), fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 })), { maxLength: 40 }), (script) => {
        const { store } = buildSmallProject();
        store.load(store.getState().project);
        const original = store.getState().project;
        for (const [actionIndex, numbers] of script) {
          let cursor = 0;
          const pick = (n: number) => numbers[cursor++ % numbers.length]! % n;
          actions[actionNames[actionIndex]!]!(store, pick);
          expect(checkProjectInvariants(store.getState().project)).toEqual([]);
        }
        while (store.undo());
        expect(store.getState().project).toEqual(original);
        while (store.redo());
        expect(checkProjectInvariants(store.getState().project)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
