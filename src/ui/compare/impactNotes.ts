import { useCallback } from 'react';
import type { ImpactHeading } from '../../analysis/impact';
import { useDispatch, useEditor } from '../../app/editorContext';
import { impactPairKey, type ImpactNotes, type ScenarioId } from '../../model';
import { LIMITS } from '../../model/schema';

const NO_NOTES: ImpactNotes = {};

/** Longest note the document accepts. */
export const NOTE_MAX_LENGTH = LIMITS.textLength;

/**
 * The user's notes on the impact assessment of one scenario pair, per heading. They are
 * part of the document (`project.impactNotes`, key `before>after`): saved, exported with
 * the file and undoable; typing under one heading merges into one undo step.
 */
export function useImpactNotes(before: ScenarioId, after: ScenarioId) {
  const key = impactPairKey(before, after);
  const notes = useEditor((s) => s.project.impactNotes?.[key]) ?? NO_NOTES;
  const dispatch = useDispatch();
  const setNote = useCallback(
    (heading: ImpactHeading, text: string) =>
      dispatch('setImpactNote', { before, after, heading, text }, { history: 'merge', mergeKey: `impact-note:${key}:${heading}`, label: 'impact-note' }),
    [dispatch, before, after, key],
  );
  return { notes, setNote };
}
