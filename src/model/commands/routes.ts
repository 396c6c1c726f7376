import { createStepId, type FamilyId, type StepId, type WorkstationId } from '../ids';
import type { Project } from '../types';
import { CommandError } from './errors';
import { entityOf, scenarioOf, type ScenarioArgs } from './shared';

interface RouteArgs extends ScenarioArgs {
  familyId: FamilyId;
}

/**
 * Adds a step at `index` (default: the end) done on the given workstations.
 * Connecting A → B on the canvas inserts B right after the step that holds A.
 */
export function insertRouteStep(
  draft: Project,
  args: RouteArgs & { workstations: WorkstationId[]; index?: number; stepId?: StepId },
): void {
  const s = scenarioOf(draft, args.scenarioId);
  const family = entityOf(s.families, args.familyId);
  if (args.workstations.length === 0)
    throw new CommandError('invalid-field', 'a step needs at least one workstation', { field: 'route', message: '' });
  for (const w of args.workstations) entityOf(s.workstations, w);
  const index = Math.max(0, Math.min(family.route.length, args.index ?? family.route.length));
  family.route.splice(index, 0, { id: args.stepId ?? createStepId(), workstations: [...new Set(args.workstations)] });
}

export function removeRouteStep(draft: Project, args: RouteArgs & { stepId: StepId }): void {
  const family = entityOf(scenarioOf(draft, args.scenarioId).families, args.familyId);
  const index = family.route.findIndex((step) => step.id === args.stepId);
  if (index < 0) throw new CommandError('unknown-entity', `no step ${args.stepId}`, { id: args.stepId });
  family.route.splice(index, 1);
}

export function moveRouteStep(draft: Project, args: RouteArgs & { stepId: StepId; toIndex: number }): void {
  const family = entityOf(scenarioOf(draft, args.scenarioId).families, args.familyId);
  const index = family.route.findIndex((step) => step.id === args.stepId);
  if (index < 0) throw new CommandError('unknown-entity', `no step ${args.stepId}`, { id: args.stepId });
  const [step] = family.route.splice(index, 1);
  const to = Math.max(0, Math.min(family.route.length, Math.round(args.toIndex)));
  if (step) family.route.splice(to, 0, step);
}

/** Sets the eligible workstations of a step (L1 *or* L2). */
export function setRouteStepWorkstations(
  draft: Project,
  args: RouteArgs & { stepId: StepId; workstations: WorkstationId[] },
): void {
  const s = scenarioOf(draft, args.scenarioId);
  const family = entityOf(s.families, args.familyId);
  const step = family.route.find((st) => st.id === args.stepId);
  if (!step) throw new CommandError('unknown-entity', `no step ${args.stepId}`, { id: args.stepId });
  if (args.workstations.length === 0)
    throw new CommandError('invalid-field', 'a step needs at least one workstation', { field: 'route', message: '' });
  for (const w of args.workstations) entityOf(s.workstations, w);
  step.workstations = [...new Set(args.workstations)];
}

/**
 * The canvas gesture "connect from → to" for a family's route: from a family node it
 * appends `to`; from a workstation it inserts `to` after the last step holding `from`,
 * or appends both when the route does not pass `from` yet.
 */
export function connectRoute(
  draft: Project,
  args: RouteArgs & { from: WorkstationId | FamilyId; to: WorkstationId },
): void {
  const s = scenarioOf(draft, args.scenarioId);
  const family = entityOf(s.families, args.familyId);
  entityOf(s.workstations, args.to);
  if (args.from === family.id) {
    insertRouteStep(draft, { ...args, workstations: [args.to] });
    return;
  }
  const from = args.from as WorkstationId;
  entityOf(s.workstations, from);
  let last = -1;
  family.route.forEach((step, i) => {
    if (step.workstations.includes(from)) last = i;
  });
  if (last < 0) {
    insertRouteStep(draft, { ...args, workstations: [from] });
    insertRouteStep(draft, { ...args, workstations: [args.to] });
  } else {
    insertRouteStep(draft, { ...args, workstations: [args.to], index: last + 1 });
  }
}
