import { useRef } from 'react';
import { useEditor } from '../app/editorContext';
import type { Scenario } from '../model';
import { CANVAS_RECORDS, type CanvasRecords } from './types';

/**
 * The records of the open scenario the canvas draws. Stays the same object while none of
 * them changes, so an edit of tasks (or of the scenario's name) does not re-render the
 * canvas at all: the role cards pick up their chips themselves.
 */
export function useCanvasRecords(): CanvasRecords {
  const last = useRef<CanvasRecords | null>(null);
  return useEditor((state) => {
    const scenario = state.project.scenarios[state.view.scenarioId] as Scenario;
    const before = last.current;
    if (before && before.id === scenario.id && CANVAS_RECORDS.every((record) => before[record] === scenario[record]))
      return before;
    const { id, units, workstations, families, teams, roles, polcaLoops, layout } = scenario;
    last.current = { id, units, workstations, families, teams, roles, polcaLoops, layout };
    return last.current;
  });
}
