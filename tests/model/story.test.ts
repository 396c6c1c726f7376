import { describe, expect, it } from 'vitest';
import {
  checkProjectInvariants,
  createScenarioId,
  createStoryStepId,
  type Project,
  type ScenarioId,
  type StoryStepId,
} from '../../src/model';
import { buildSmallProject } from '../helpers/buildProject';

const VIEW = { x: 120, y: 80, zoom: 0.8 };

/** The small shop with a to-be copy and two story steps, one per scenario. */
function withStory() {
  const built = buildSmallProject();
  const { store, scenarioId: asIs } = built;
  const toBe = createScenarioId();
  store.dispatch('duplicateScenario', { scenarioId: asIs, name: 'To-be', newId: toBe });
  const first = createStoryStepId();
  const second = createStoryStepId();
  store.dispatch('addStoryStep', { scenarioId: asIs, title: 'Where we are', viewpoint: VIEW, id: first });
  store.dispatch('addStoryStep', { scenarioId: toBe, title: 'Where we go', viewpoint: null, id: second });
  return { ...built, asIs, toBe, first, second };
}

const storyInOrder = (story: Project['story']) => Object.values(story).sort((a, b) => a.order - b.order);
const order = (store: ReturnType<typeof withStory>['store']) =>
  storyInOrder(store.getState().project.story).map((s) => s.id);

describe('story commands', () => {
  it('adds steps at the end with a scenario, a title and an optional view', () => {
    const { store, asIs, toBe, first, second } = withStory();
    const { story } = store.getState().project;
    expect(order(store)).toEqual([first, second]);
    expect(story[first]).toMatchObject({
      scenarioId: asIs,
      title: 'Where we are',
      viewpoint: VIEW,
      note: '',
      order: 0,
    });
    expect(story[second]).toMatchObject({ scenarioId: toBe, viewpoint: null, order: 1 });
    expect(checkProjectInvariants(store.getState().project)).toEqual([]);
  });

  it('refuses a step for a scenario that does not exist', () => {
    const { store } = withStory();
    const before = store.getState().project;
    const result = store.dispatch('addStoryStep', {
      scenarioId: 'scenario:nope' as ScenarioId,
      title: 'x',
      viewpoint: null,
    });
    expect(result.ok).toBe(false);
    expect(store.getState().project).toBe(before);
  });

  it('updates the title, note, view and scenario, each as one undo step', () => {
    const { store, asIs, toBe, first } = withStory();
    store.dispatch('updateStoryStep', { id: first, patch: { title: 'Today', note: 'Seven handoffs' } });
    store.dispatch('updateStoryStep', { id: first, patch: { scenarioId: toBe, viewpoint: { x: 0, y: 0, zoom: 1 } } });
    expect(store.getState().project.story[first]).toMatchObject({
      title: 'Today',
      note: 'Seven handoffs',
      scenarioId: toBe,
    });
    store.undo();
    expect(store.getState().project.story[first]).toMatchObject({ title: 'Today', scenarioId: asIs, viewpoint: VIEW });
    store.undo();
    expect(store.getState().project.story[first]).toMatchObject({ title: 'Where we are', note: '' });
  });

  it('refuses a view the file format would not load again', () => {
    const { store, first } = withStory();
    expect(store.dispatch('updateStoryStep', { id: first, patch: { viewpoint: { x: 0, y: 0, zoom: 0 } } }).ok).toBe(
      false,
    );
  });

  it('reorders steps, renumbering them, and undo puts them back', () => {
    const { store, asIs, first, second } = withStory();
    const third = createStoryStepId();
    store.dispatch('addStoryStep', { scenarioId: asIs, title: 'Detail', viewpoint: VIEW, id: third });
    store.dispatch('reorderStoryStep', { id: third, toIndex: 0 });
    expect(order(store)).toEqual([third, first, second]);
    expect(storyInOrder(store.getState().project.story).map((s) => s.order)).toEqual([0, 1, 2]);
    store.dispatch('reorderStoryStep', { id: third, toIndex: 99 });
    expect(order(store)).toEqual([first, second, third]);
    store.undo();
    expect(order(store)).toEqual([third, first, second]);
  });

  it('deletes a step, and undo brings it back', () => {
    const { store, first, second } = withStory();
    store.dispatch('deleteStoryStep', { id: first });
    expect(order(store)).toEqual([second]);
    store.undo();
    expect(order(store)).toEqual([first, second]);
    expect(store.dispatch('deleteStoryStep', { id: 'story:gone' as StoryStepId }).ok).toBe(false);
  });

  it('removes the steps of a deleted scenario, and undo brings both back', () => {
    const { store, asIs, toBe, first, second } = withStory();
    store.setScenario(toBe);
    store.dispatch('deleteScenario', { scenarioId: toBe });
    const after = store.getState();
    expect(after.project.scenarios[toBe]).toBeUndefined();
    expect(order(store)).toEqual([first]);
    // The deletion is recorded in the history of the tab the user lands on.
    expect(after.view.scenarioId).toBe(asIs);
    store.undo();
    expect(store.getState().project.scenarios[toBe]).toBeDefined();
    expect(order(store)).toEqual([first, second]);
    expect(store.getState().project.story[second]).toMatchObject({ scenarioId: toBe, title: 'Where we go' });
  });
});
