import { describe, expect, it } from 'vitest';
import { analyseScenarioData } from '../../src/analysis';
import {
  createScenarioId,
  createStoryStepId,
  scenariosInOrder,
  type Project,
  type Scenario,
  type StoryStep,
} from '../../src/model';
import { overlaySummary } from '../../src/ui/presentation/overlaySummary';
import { presentationSlides, storyInOrder } from '../../src/ui/presentation/slides';
import { jobShop } from '../analysis/fixtures';

/** The job shop with a to-be copy placed before it in tab order. */
function twoScenarios(): { project: Project; asIs: Scenario } {
  const project = jobShop();
  const asIs = scenariosInOrder(project)[0]!;
  const toBeId = createScenarioId();
  project.scenarios[toBeId] = { ...asIs, id: toBeId, name: 'To-be', order: -1 };
  return { project, asIs };
}

function step(project: Project, patch: Partial<StoryStep> & Pick<StoryStep, 'order'>): StoryStep {
  const s: StoryStep = {
    id: createStoryStepId(),
    scenarioId: scenariosInOrder(project)[0]!.id,
    title: '',
    viewpoint: null,
    note: '',
    ...patch,
  };
  project.story[s.id] = s;
  return s;
}

describe('what the presentation steps through', () => {
  it('shows every scenario in tab order while the story is empty', () => {
    const { project } = twoScenarios();
    const slides = presentationSlides(project);
    expect(slides.map((s) => s.title)).toEqual(['To-be', 'As-is']);
    expect(slides.every((s) => s.stepId === null && s.viewpoint === null && s.note === '')).toBe(true);
  });

  it('follows the story order, not the order steps were added in', () => {
    const { project, asIs } = twoScenarios();
    const later = step(project, { order: 5, title: 'Later', scenarioId: asIs.id });
    const sooner = step(project, {
      order: 1,
      title: 'Sooner',
      note: 'Look at the welders',
      viewpoint: { x: 1, y: 2, zoom: 0.5 },
    });
    const slides = presentationSlides(project);
    expect(slides.map((s) => s.stepId)).toEqual([sooner.id, later.id]);
    expect(slides[0]).toMatchObject({
      note: 'Look at the welders',
      viewpoint: { x: 1, y: 2, zoom: 0.5 },
      key: sooner.id,
    });
  });

  it('names an untitled step after its scenario and skips steps of a missing scenario', () => {
    const { project, asIs } = twoScenarios();
    step(project, { order: 0, scenarioId: asIs.id, title: '   ' });
    step(project, { order: 1, scenarioId: createScenarioId() });
    expect(presentationSlides(project).map((s) => s.title)).toEqual(['As-is']);
  });

  it('breaks order ties by id so the order is stable', () => {
    const { project } = twoScenarios();
    const a = step(project, { order: 0 });
    const b = step(project, { order: 0 });
    const ids = [a.id, b.id].sort();
    expect(storyInOrder(project.story).map((s) => s.id)).toEqual(ids);
  });
});

describe('the analysis overlay', () => {
  it('counts the job shop roles per quadrant and lists the high-strain ones, most strained first', () => {
    const project = jobShop();
    const scenario = scenariosInOrder(project)[0]!;
    const analysis = analyseScenarioData(scenario, project.settings);
    const summary = overlaySummary(analysis, scenario);
    const total = Object.values(summary.quadrants).reduce((a, b) => a + b, 0);
    expect(total).toBe(Object.keys(scenario.roles).length);
    expect(summary.highStrain).toHaveLength(summary.quadrants['high-strain']);
    const ratios = summary.highStrain.map((r) => analysis.roles.find((x) => x.roleId === r.roleId)!.strainRatio);
    expect(ratios).toEqual([...ratios].sort((x, y) => y - x));
    expect(
      summary.highStrain.every((r) => r.name === scenario.roles[r.roleId as keyof typeof scenario.roles]!.name),
    ).toBe(true);
  });
});
