import { compareScenarios, type ScenarioComparison } from '../../src/analysis/compare';
import { createRole, createTeam, type Role, type Scenario, type ScenarioId, type Task, type Team } from '../../src/model';
import { EditorStore } from '../../src/store/editorStore';
import { jobShop } from './fixtures';

/**
 * The job shop with a to-be duplicated from the as-is (new ids for everything), changed
 * through the editor's commands the way a user would change it.
 */
export class ToBe {
  readonly store = new EditorStore(jobShop(), 'scenario:asis');
  readonly id: ScenarioId = 'scenario:tobe';

  constructor() {
    this.ok(this.store.dispatch('duplicateScenario', { scenarioId: 'scenario:asis', name: 'To-be', newId: this.id }));
  }

  ok(result: { ok: boolean }): void {
    if (!result.ok) throw new Error('command refused');
  }

  get asIs(): Scenario {
    return this.store.getState().project.scenarios['scenario:asis']!;
  }

  get scenario(): Scenario {
    return this.store.getState().project.scenarios[this.id]!;
  }

  role(name: string): Role {
    const role = Object.values(this.scenario.roles).find((r) => r.name === name);
    if (!role) throw new Error(`no role ${name}`);
    return role;
  }

  task(name: string): Task {
    const task = Object.values(this.scenario.tasks).find((t) => t.name === name);
    if (!task) throw new Error(`no task ${name}`);
    return task;
  }

  unitId(name: string) {
    const unit = Object.values(this.scenario.units).find((u) => u.name === name);
    if (!unit) throw new Error(`no unit ${name}`);
    return unit.id;
  }

  /** Gives a task wholly to one role. */
  reassign(task: string, role: string): this {
    this.ok(this.store.dispatch('setAssignments', { scenarioId: this.id, id: this.task(task).id, assignments: { [this.role(role).id]: 1 } }));
    return this;
  }

  addTeam(name: string, unit: string, members: string[]): Team {
    const team = createTeam({ name, unitId: this.unitId(unit) });
    this.ok(this.store.dispatch('addTeam', { scenarioId: this.id, entity: team, position: { x: 0, y: 0 } }));
    for (const m of members) this.ok(this.store.dispatch('updateRole', { scenarioId: this.id, id: this.role(m).id, patch: { teamId: team.id } }));
    return team;
  }

  addRole(name: string, unit: string, headcount: number): Role {
    const role = createRole({ name, unitId: this.unitId(unit), headcount });
    this.ok(this.store.dispatch('addRole', { scenarioId: this.id, entity: role, position: { x: 0, y: 0 } }));
    return role;
  }

  removeRole(name: string): this {
    this.ok(this.store.dispatch('deleteEntities', { scenarioId: this.id, ids: [this.role(name).id] }));
    return this;
  }

  compare(): ScenarioComparison {
    return compareScenarios(this.asIs, this.scenario, this.store.getState().project.settings);
  }
}
