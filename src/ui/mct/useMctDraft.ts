import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Family, Scenario } from '../../model';
import {
  addSegment,
  draftFromMap,
  moveSegment,
  newSegmentId,
  removeSegment,
  updateSegment,
  type MctDraft,
  type SegmentDraft,
} from './mctDraft';
import { appendSegments, routeSegments } from './mctRoute';
import { checkDraft, previewMap } from './mctValidation';

/** The MCT editor's local copy of a family's map, its checks and the edits on it. */
export function useMctDraft(family: Family, scenario: Scenario) {
  const { t, i18n } = useTranslation();
  const [initial] = useState<MctDraft>(() => draftFromMap(family.mct, i18n.language));
  const [draft, setDraft] = useState<MctDraft>(initial);
  const check = useMemo(() => checkDraft(draft), [draft]);
  const preview = useMemo(() => previewMap(draft), [draft]);

  const add = useCallback(
    () =>
      setDraft((d) =>
        addSegment(d, {
          id: newSegmentId(),
          name: t('qrm.mct.newSegment', { n: d.segments.length + 1 }),
          kind: 'office',
          touch: '0',
          wait: '0',
          timeUnit: 'days',
        }),
      ),
    [t],
  );
  const buildFromRoute = useCallback(
    () =>
      setDraft((d) =>
        appendSegments(
          d,
          routeSegments(family, scenario.workstations, (n) => t('qrm.mct.routeStep', { n })),
        ),
      ),
    [family, scenario.workstations, t],
  );
  const update = useCallback(
    (id: string, patch: Partial<Omit<SegmentDraft, 'id'>>) => setDraft((d) => updateSegment(d, id, patch)),
    [],
  );
  const remove = useCallback((id: string) => setDraft((d) => removeSegment(d, id)), []);
  const move = useCallback((id: string, toIndex: number) => setDraft((d) => moveSegment(d, id, toIndex)), []);
  const setWeeklyHours = useCallback((weeklyHours: string) => setDraft((d) => ({ ...d, weeklyHours })), []);

  // Every edit makes a new draft object, so "changed" is "not the draft we started with".
  const dirty = draft !== initial;
  return { draft, dirty, check, preview, add, buildFromRoute, update, remove, move, setWeeklyHours };
}

export type MctDraftApi = ReturnType<typeof useMctDraft>;
