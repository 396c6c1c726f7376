import { createStoryStepId, type ScenarioId, type StoryStepId } from '../ids';
import { impactNotesSchema, storyStepSchema } from '../schema';
import type { ImpactHeading, Project, StoryStep, Viewpoint } from '../types';
import { entityOf, patchEntity, scenarioOf, validated } from './shared';

/** The key of a scenario pair in `impactNotes`. */
export const impactPairKey = (before: ScenarioId, after: ScenarioId): string => `${before}>${after}`;

function storyInOrder(draft: Project): StoryStep[] {
  return Object.values(draft.story).sort((a, b) => a.order - b.order);
}

export function addStoryStep(
  draft: Project,
  args: { scenarioId: ScenarioId; title: string; viewpoint: Viewpoint | null; id?: StoryStepId },
): void {
  scenarioOf(draft, args.scenarioId);
  const steps = storyInOrder(draft);
  const step = validated(storyStepSchema, {
    id: args.id ?? createStoryStepId(),
    order: steps.length ? (steps[steps.length - 1]?.order ?? 0) + 1 : 0,
    scenarioId: args.scenarioId,
    title: args.title,
    viewpoint: args.viewpoint,
    note: '',
  });
  draft.story[step.id] = step;
}

export function updateStoryStep(
  draft: Project,
  args: { id: StoryStepId; patch: Partial<Pick<StoryStep, 'title' | 'note' | 'viewpoint' | 'scenarioId'>> },
): void {
  if (args.patch.scenarioId) scenarioOf(draft, args.patch.scenarioId);
  patchEntity(entityOf(draft.story, args.id), args.patch, storyStepSchema);
}

export function deleteStoryStep(draft: Project, args: { id: StoryStepId }): void {
  entityOf(draft.story, args.id);
  delete draft.story[args.id];
}

/** Moves a step to a new position; orders are renumbered 0..n-1. */
export function reorderStoryStep(draft: Project, args: { id: StoryStepId; toIndex: number }): void {
  const moving = entityOf(draft.story, args.id);
  const others = storyInOrder(draft).filter((s) => s.id !== args.id);
  others.splice(Math.max(0, Math.min(others.length, Math.round(args.toIndex))), 0, moving);
  others.forEach((s, i) => {
    if (s.order !== i) s.order = i;
  });
}

/** Sets the user's note under one heading of the impact assessment of a scenario pair. */
export function setImpactNote(
  draft: Project,
  args: { before: ScenarioId; after: ScenarioId; heading: ImpactHeading; text: string },
): void {
  scenarioOf(draft, args.before);
  scenarioOf(draft, args.after);
  const key = impactPairKey(args.before, args.after);
  const next = validated(impactNotesSchema, { ...draft.impactNotes[key], [args.heading]: args.text });
  if (!args.text) delete next[args.heading];
  if (Object.keys(next).length === 0) delete draft.impactNotes[key];
  else draft.impactNotes[key] = next;
}
