import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditor } from '../app/editorContext';
import type { Scenario } from '../model';
import type { EditorStore, ViewState } from '../store/editorStore';
import type { FlowEdge, FlowNode } from './types';

type FocusRequest = NonNullable<ViewState['focusRequest']>;

/**
 * Requests already shown, per request object: a canvas that mounts again (back from the
 * task table) must not jump to an old finding, while a new request, even with a nonce seen
 * before a project was loaded, is always honoured.
 */
const handled = new WeakSet<FocusRequest>();

const FOCUS_OPTIONS = { duration: 450, maxZoom: 1.1, minZoom: 0.5, padding: 0.45 } as const;

/** The node that shows an entity: itself, or for a task its main holder, else its first workstation. */
export function focusNodeOf(scenario: Scenario, id: string): string | null {
  const { units, workstations, families, teams, roles, tasks } = scenario;
  if ([units, workstations, families, teams, roles].some((r) => Object.hasOwn(r, id))) return id;
  const task = tasks[id as keyof typeof tasks];
  if (!task) return null;
  const holders = Object.entries(task.assignments).sort(([a, x], [b, y]) => (y ?? 0) - (x ?? 0) || (a < b ? -1 : 1));
  return holders[0]?.[0] ?? task.scope[0] ?? null;
}

/**
 * Brings the entity of `view.focusRequest` into view with a short animation; the store has
 * already selected it. React Flow queues the fit until the nodes are measured, so this also
 * works right after switching to the canvas.
 */
export function useFocusRequest(store: EditorStore): void {
  const request = useEditor((s) => s.view.focusRequest);
  const { fitView } = useReactFlow<FlowNode, FlowEdge>();
  useEffect(() => {
    if (!request || handled.has(request)) return;
    handled.add(request);
    const state = store.getState();
    const scenario = state.project.scenarios[state.view.scenarioId];
    const nodeId = scenario ? focusNodeOf(scenario, request.id) : null;
    if (nodeId) void fitView({ ...FOCUS_OPTIONS, nodes: [{ id: nodeId }] });
  }, [request, store, fitView]);
}
