import type { Family, Scenario } from '../../model';
import { addSegment, newSegmentId, type MctDraft, type SegmentDraft } from './mctDraft';

export type SegmentProposal = Omit<SegmentDraft, 'after'>;

/**
 * "Build from route": one workstation segment per route step, named after the step's
 * workstations ("Laser / Laser 2"), with empty times for the user to fill in.
 */
export function routeSegments(
  family: Family,
  workstations: Scenario['workstations'],
  stepName: (n: number) => string,
  makeId: () => string = newSegmentId,
): SegmentProposal[] {
  return family.route.map((step, i) => {
    const names = step.workstations.map((w) => workstations[w]?.name).filter((n): n is string => !!n);
    return {
      id: makeId(),
      name: names.length > 0 ? names.join(' / ') : stepName(i + 1),
      kind: 'workstation',
      touch: '0',
      wait: '0',
      timeUnit: 'days',
    };
  });
}

/** Appends the proposals as a chain after the last segment the draft already has. */
export function appendSegments(draft: MctDraft, proposals: readonly SegmentProposal[]): MctDraft {
  return proposals.reduce(addSegment, draft);
}
