import {
  CONTROL_ASPECTS,
  CONTROL_LEVELS,
  TASK_KINDS,
  createTask,
  type NodeEntityId,
  type RoleId,
  type Scenario,
  type Task,
  type TaskId,
  type WorkstationId,
} from '../../src/model';
import type { BatchStep, EditorStore } from '../../src/store/editorStore';

/**
 * Random edits through the store, for checking that the incremental analysis after each one
 * equals a from-scratch analysis. Most are the small task and role edits the incremental
 * path takes; the rest (add, delete, team moves, workstation and settings changes, undo)
 * make it start afresh, so sequences mix both.
 */
export type EditAction = (store: EditorStore, pick: (n: number) => number) => void;

const ids = <T extends { id: string }>(r: Record<string, T>) => Object.values(r).map((e) => e.id);

export function scenarioOf(store: EditorStore): Scenario {
  const { project, view } = store.getState();
  return project.scenarios[view.scenarioId] as Scenario;
}

const choose = <T>(items: readonly T[], pick: (n: number) => number): T | undefined =>
  items.length ? items[pick(items.length)] : undefined;

function someTask(store: EditorStore, pick: (n: number) => number): Task | undefined {
  const s = scenarioOf(store);
  const id = choose(ids(s.tasks), pick);
  return id ? s.tasks[id as TaskId] : undefined;
}

/** Up to three holders with shares summing to 1 (or none). */
function assignmentsOf(store: EditorStore, pick: (n: number) => number): Task['assignments'] {
  const roles = ids(scenarioOf(store).roles);
  const holders = [...new Set([choose(roles, pick), choose(roles, pick), choose(roles, pick)])]
    .filter((r): r is RoleId => r !== undefined)
    .slice(0, pick(4));
  if (holders.length === 0) return {};
  const weights = holders.map(() => 1 + pick(4));
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.round((w / total) * 1000) / 1000);
  shares[0] = Math.round((1 - shares.slice(1).reduce((a, b) => a + b, 0)) * 1000) / 1000;
  return Object.fromEntries(holders.map((r, i) => [r, shares[i]]));
}

function scopeOf(store: EditorStore, pick: (n: number) => number): WorkstationId[] {
  const ws = ids(scenarioOf(store).workstations) as WorkstationId[];
  return [...new Set([choose(ws, pick), choose(ws, pick)])].filter((w): w is WorkstationId => !!w).slice(0, pick(3));
}

const updateTask = (store: EditorStore, id: TaskId, patch: Partial<Omit<Task, 'id'>>) =>
  store.dispatch('updateTask', { scenarioId: store.scenarioId, id, patch });

/** The small edits: each changes one task or role and keeps the sets of both. */
export const smallEdits: Record<string, EditAction> = {
  taskLoad: (st, pick) => {
    const t = someTask(st, pick);
    if (t) updateTask(st, t.id, { load: pick(3) === 0 ? 0 : Math.max(0, t.load + pick(20) - 5) });
  },
  taskCycle: (st, pick) => {
    const t = someTask(st, pick);
    if (t) updateTask(st, t.id, { cycleMin: pick(4) === 0 ? null : ([0.5, 1, 2, 10, 45][pick(5)] ?? 1) });
  },
  taskDisturbances: (st, pick) => {
    const t = someTask(st, pick);
    if (t)
      updateTask(st, t.id, { disturbancesPerDay: pick(12), difficulty: pick(4) === 0 ? null : ((1 + pick(3)) as 1) });
  },
  taskType: (st, pick) => {
    const t = someTask(st, pick);
    if (t) updateTask(st, t.id, { typeLabel: choose(['', 'a', 'b', 'prep:setup'], pick) ?? '', name: `T${pick(5)}` });
  },
  taskKind: (st, pick) => {
    const t = someTask(st, pick);
    const kind = choose(TASK_KINDS, pick);
    if (t && kind) updateTask(st, t.id, { kind });
  },
  taskControl: (st, pick) => {
    const t = someTask(st, pick);
    const level = choose(CONTROL_LEVELS, pick);
    const aspect = choose(CONTROL_ASPECTS, pick);
    if (t && level && aspect) updateTask(st, t.id, { kind: 'control', control: { level, aspect } });
  },
  taskScope: (st, pick) => {
    const t = someTask(st, pick);
    if (t) updateTask(st, t.id, { scope: scopeOf(st, pick) });
  },
  assign: (st, pick) => {
    const t = someTask(st, pick);
    if (t) st.dispatch('setAssignments', { scenarioId: st.scenarioId, id: t.id, assignments: assignmentsOf(st, pick) });
  },
  roleFigures: (st, pick) => {
    const role = choose(ids(scenarioOf(st).roles), pick);
    if (role)
      st.dispatch('updateRole', {
        scenarioId: st.scenarioId,
        id: role as RoleId,
        patch: { headcount: 1 + pick(5), hoursPerWeek: choose([0, 24, 38, 40], pick) ?? 40 },
      });
  },
  roleName: (st, pick) => {
    const role = choose(ids(scenarioOf(st).roles), pick);
    if (role)
      st.dispatch('updateRole', { scenarioId: st.scenarioId, id: role as RoleId, patch: { name: `R${pick(9)}` } });
  },
  qualification: (st, pick) => {
    const s = scenarioOf(st);
    const role = choose(ids(s.roles), pick);
    const ws = choose(ids(s.workstations), pick);
    if (role && ws)
      st.dispatch('setQualification', {
        scenarioId: st.scenarioId,
        roleId: role as RoleId,
        workstationId: ws as WorkstationId,
        level: pick(5) as 0,
      });
  },
  questionnaire: (st, pick) => {
    const role = choose(ids(scenarioOf(st).roles), pick);
    const respondents = pick(8);
    if (role)
      st.dispatch('setQuestionnaire', {
        scenarioId: st.scenarioId,
        roleId: role as RoleId,
        questionnaire:
          pick(3) === 0
            ? null
            : { answerSets: [], scaleScores: { sd: 12 + pick(36), da: 12 + pick(36), pd: 12 + pick(36), respondents } },
      });
  },
  twoEdits: (st, pick) => {
    const a = someTask(st, pick);
    const b = someTask(st, pick);
    if (a && b)
      st.batch([
        { name: 'updateTask', args: { scenarioId: st.scenarioId, id: a.id, patch: { load: a.load + 1 } } },
        { name: 'setAssignments', args: { scenarioId: st.scenarioId, id: b.id, assignments: assignmentsOf(st, pick) } },
      ] as BatchStep[]);
  },
};

/** Edits that change the sets of entities, teams or the rest: a from-scratch analysis follows. */
export const otherEdits: Record<string, EditAction> = {
  addTask: (st, pick) => {
    const kind = choose(TASK_KINDS, pick) ?? 'make';
    st.dispatch('addTask', {
      scenarioId: st.scenarioId,
      entity: createTask({
        name: 'K',
        kind,
        control: kind === 'control' ? { level: 'op', aspect: 'quality' } : null,
        load: pick(40),
        scope: scopeOf(st, pick),
        assignments: assignmentsOf(st, pick),
      }),
    });
  },
  deleteSomething: (st, pick) => {
    const s = scenarioOf(st);
    const id = choose([...ids(s.tasks), ...ids(s.roles), ...ids(s.workstations)], pick);
    if (id) st.dispatch('deleteEntities', { scenarioId: st.scenarioId, ids: [id as NodeEntityId] });
  },
  joinTeam: (st, pick) => {
    const s = scenarioOf(st);
    const role = choose(ids(s.roles), pick);
    const team = choose([null, ...ids(s.teams)], pick) ?? null;
    if (role)
      st.dispatch('updateRole', { scenarioId: st.scenarioId, id: role as RoleId, patch: { teamId: team as never } });
  },
  processType: (st, pick) => {
    const ws = choose(ids(scenarioOf(st).workstations), pick);
    if (ws)
      st.dispatch('updateWorkstation', {
        scenarioId: st.scenarioId,
        id: ws as WorkstationId,
        patch: { processType: choose(['', 'cut', 'weld', 'bend'], pick) ?? '' },
      });
  },
  settings: (st, pick) => void st.dispatch('updateSettings', { settings: { teamMateWeight: pick(2) ? 0.5 : 1 } }),
  undo: (st) => void st.undo(),
  redo: (st) => void st.redo(),
};
