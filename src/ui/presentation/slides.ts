import {
  scenariosInOrder,
  type Project,
  type ScenarioId,
  type StoryStep,
  type StoryStepId,
  type Viewpoint,
} from '../../model';

/** One page of the presentation: a story step, or a whole scenario when the story is empty. */
export interface Slide {
  /** Stable across edits: the step id, or the scenario id for a scenario slide. */
  key: string;
  stepId: StoryStepId | null;
  scenarioId: ScenarioId;
  title: string;
  note: string;
  /** Null shows the whole scenario. */
  viewpoint: Viewpoint | null;
}

/** The story's steps in presentation order (ties, which commands never make, by id). */
export function storyInOrder(story: Project['story']): StoryStep[] {
  return Object.values(story).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * What the presentation steps through: the story in order, or, while the story is empty,
 * every scenario in tab order. A step without a title shows its scenario's name.
 */
export function presentationSlides(project: Pick<Project, 'story' | 'scenarios'>): Slide[] {
  const steps = storyInOrder(project.story).filter((s) => project.scenarios[s.scenarioId]);
  if (steps.length > 0)
    return steps.map((s) => ({
      key: s.id,
      stepId: s.id,
      scenarioId: s.scenarioId,
      title: s.title.trim() || (project.scenarios[s.scenarioId]?.name ?? ''),
      note: s.note,
      viewpoint: s.viewpoint,
    }));
  // scenariosInOrder reads nothing but the scenarios.
  return scenariosInOrder(project as Project).map((s) => ({
    key: s.id,
    stepId: null,
    scenarioId: s.id,
    title: s.name,
    note: '',
    viewpoint: null,
  }));
}
