import {
  createFamily,
  createProject,
  createRole,
  createTask,
  createTeam,
  createUnit,
  createWorkstation,
  scenariosInOrder,
  type Project,
  type ScenarioId,
} from '../../src/model';
import { EditorStore } from '../../src/store/editorStore';

/** A small organisation built through commands: what the e2e journey builds by hand. */
export function buildSmallProject() {
  const project: Project = createProject('Small shop', '2026-01-01T00:00:00.000Z');
  const scenarioId = scenariosInOrder(project)[0]!.id as ScenarioId;
  const store = new EditorStore(project, scenarioId);
  const unit = createUnit({ name: 'Cell A', kind: 'cell' });
  const cut = createWorkstation({ name: 'Laser', processType: 'cut', unitId: unit.id });
  const bend = createWorkstation({ name: 'Press brake', processType: 'bend', unitId: unit.id });
  const family = createFamily({ name: 'Brackets' });
  const team = createTeam({ name: 'Team A', unitId: unit.id });
  const operator = createRole({ name: 'Operator', unitId: unit.id, teamId: team.id, headcount: 3 });
  const planner = createRole({ name: 'Planner', unitId: null });
  const ok = (r: { ok: boolean }) => {
    if (!r.ok) throw new Error('setup command refused');
  };
  ok(store.dispatch('addUnit', { scenarioId, entity: unit, position: { x: 0, y: 0, width: 500, height: 300 } }));
  ok(store.dispatch('addWorkstation', { scenarioId, entity: cut, position: { x: 20, y: 40 } }));
  ok(store.dispatch('addWorkstation', { scenarioId, entity: bend, position: { x: 220, y: 40 } }));
  ok(store.dispatch('addFamily', { scenarioId, entity: family, position: { x: -200, y: 40 } }));
  ok(store.dispatch('connectRoute', { scenarioId, familyId: family.id, from: family.id, to: cut.id }));
  ok(store.dispatch('connectRoute', { scenarioId, familyId: family.id, from: cut.id, to: bend.id }));
  ok(store.dispatch('addTeam', { scenarioId, entity: team, position: { x: 20, y: 180 } }));
  ok(store.dispatch('addRole', { scenarioId, entity: operator, position: { x: 220, y: 180 } }));
  ok(store.dispatch('addRole', { scenarioId, entity: planner, position: { x: 600, y: 40 } }));
  const make = createTask({ name: 'Cut and bend', kind: 'make', scope: [cut.id, bend.id], load: 100, cycleMin: 4, assignments: { [operator.id]: 1 } });
  const plan = createTask({
    name: 'Plan orders',
    kind: 'control',
    control: { level: 'op', aspect: 'logistics' },
    scope: [cut.id, bend.id],
    load: 10,
    assignments: { [operator.id]: 0.5, [planner.id]: 0.5 },
  });
  const setup = createTask({ name: 'Set up', kind: 'prepare', scope: [cut.id], load: 6, assignments: { [operator.id]: 1 } });
  for (const task of [make, plan, setup]) ok(store.dispatch('addTask', { scenarioId, entity: task }));
  return { store, scenarioId, unit, cut, bend, family, team, operator, planner, make, plan, setup };
}
