import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseScenarioData, createIncrementalAnalyser } from '../../src/analysis';
import { createProject, scenariosInOrder, type Project, type Scenario } from '../../src/model';
import { EditorStore } from '../../src/store/editorStore';
import { generateProject } from '../../scripts/bench/generate';
import { arbScenario } from './arbitraries';
import { otherEdits, scenarioOf, smallEdits, type EditAction } from './editActions';
import { jobShop } from './fixtures';

/*
 * The incremental analysis takes over what an edit left alone from the last analysis; it
 * must give exactly what a from-scratch analysis gives (findings included), after any
 * sequence of edits. JSON compares every figure and the order of every list.
 */

const small = Object.values(smallEdits);
const other = Object.values(otherEdits);
/** Mostly small edits (the incremental path), with some that make it start afresh. */
const actions: EditAction[] = [...small, ...small, ...small, ...other];

const arbScript = fc.array(
  fc.tuple(fc.nat(actions.length - 1), fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 })),
  {
    minLength: 1,
    maxLength: 25,
  },
);

function projectWith(scenario: Scenario): Project {
  const project = createProject('Random', '2026-01-01T00:00:00.000Z');
  const id = scenariosInOrder(project)[0]!.id;
  project.scenarios = { [id]: { ...scenario, id } };
  return project;
}

/** Runs the script and compares the incremental analysis with a fresh one after every edit. */
function checkScript(project: Project, script: [number, number[]][]): void {
  const store = new EditorStore(project);
  const analyser = createIncrementalAnalyser();
  analyser.analyse(scenarioOf(store), store.getState().project.settings);
  for (const [actionIndex, numbers] of script) {
    let cursor = 0;
    const pick = (n: number) => numbers[cursor++ % numbers.length]! % n;
    actions[actionIndex]!(store, pick);
    const scenario = scenarioOf(store);
    const { settings } = store.getState().project;
    expect(JSON.stringify(analyser.analyse(scenario, settings))).toBe(
      JSON.stringify(analyseScenarioData(scenario, settings)),
    );
  }
}

describe('incremental analysis', () => {
  it('equals a from-scratch analysis after random edits of random scenarios', () => {
    fc.assert(
      fc.property(arbScenario, arbScript, (scenario, script) => checkScript(projectWith(scenario), script)),
      { numRuns: 150 },
    );
  });

  it('equals a from-scratch analysis after random edits of the job shop', () => {
    fc.assert(
      fc.property(arbScript, (script) => checkScript(jobShop(), script)),
      { numRuns: 40 },
    );
  });

  it('equals a from-scratch analysis after random edits of a generated plant', () => {
    const plant = generateProject({ roles: 60, tasks: 300, seed: 3 });
    fc.assert(
      fc.property(arbScript, (script) => checkScript(plant, script)),
      { numRuns: 15 },
    );
  });

  it('takes the incremental path for a task edit and starts afresh for an added entity', () => {
    const store = new EditorStore(jobShop());
    const analyser = createIncrementalAnalyser();
    const first = analyser.analyse(scenarioOf(store), store.getState().project.settings);
    const pick = () => 0;
    smallEdits.taskLoad!(store, pick);
    expect(analyser.isSmallChange(scenarioOf(store), store.getState().project.settings)).toBe(true);
    const second = analyser.analyse(scenarioOf(store), store.getState().project.settings);
    // Roles away from the edited task keep their result object.
    expect(second.roles.filter((r, i) => r === first.roles[i]).length).toBeGreaterThan(0);
    otherEdits.addTask!(store, pick);
    expect(analyser.isSmallChange(scenarioOf(store), store.getState().project.settings)).toBe(false);
  });
});
