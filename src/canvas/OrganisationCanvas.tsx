import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  type AriaLabelConfig,
  type Connection,
  type EdgeChange,
  type ReactFlowProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore, useSelection } from '../app/editorContext';
import type { FamilyId } from '../model';
import { registerCanvasApi } from './canvasApi';
import { CanvasMiniMap } from './CanvasMiniMap';
import { CanvasToolbar } from './CanvasToolbar';
import { DetailLevel } from './DetailLevel';
import { edgeTypes } from './edges';
import { useFlowQueries } from './flowQueries';
import { GRID } from './geometry';
import { nodeTypes } from './nodes';
import { RenameContext, RenameState } from './renameState';
import { createFlowDeriver } from './toFlow';
import type { FlowEdge, FlowNode } from './types';
import { useCanvasRecords } from './useCanvasRecords';
import { useConnect } from './useConnect';
import { useControlledNodes } from './useControlledNodes';
import { useFocusRequest } from './useFocusRequest';
import { useNodeInteractions, usePolcaEdgeSelection } from './useNodeInteractions';
import { usePaletteDrop } from './usePaletteDrop';
import { useRenameShortcut } from './useRenameShortcut';
import { useViewGestures } from './viewGestures';

const isValidConnection = (c: FlowEdge | Connection) => c.source !== c.target;

const NO_EDGES: ReadonlySet<string> = new Set();

/** Edge selection is canvas-local: the store's selection holds entities, not route steps. */
function useEdgeSelection(derived: FlowEdge[]) {
  const [selectedIds, setSelectedIds] = useState(NO_EDGES);
  const edges = useMemo(
    () =>
      selectedIds.size === 0 ? derived : derived.map((e) => (selectedIds.has(e.id) ? { ...e, selected: true } : e)),
    [derived, selectedIds],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) =>
      setSelectedIds((current) => {
        const selects = changes.filter((c) => c.type === 'select');
        if (selects.length === 0) return current;
        const next = new Set(current);
        for (const c of selects) {
          if (c.selected) next.add(c.id);
          else next.delete(c.id);
        }
        return next;
      }),
    [],
  );
  return { edges, onEdgesChange };
}

function useRouteFamily() {
  const families = useEditor((s) => s.project.scenarios[s.view.scenarioId]?.families);
  const list = useMemo(() => Object.values(families ?? {}), [families]);
  const [chosen, setChosen] = useState<FamilyId | null>(null);
  const routeFamily = chosen && families?.[chosen] ? chosen : (list[0]?.id ?? null);
  return { families: list, routeFamily, setRouteFamily: setChosen };
}

/** React Flow's own screen-reader texts and control tooltips, in the user's language. */
function useAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.a11y.nodeHint'),
      'node.a11yDescription.keyboardDisabled': t('canvas.a11y.nodeHint'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('canvas.a11y.moved', { direction: t(`canvas.a11y.direction.${direction}`), x, y }),
      'edge.a11yDescription.default': t('canvas.a11y.edgeHint'),
      'controls.ariaLabel': t('canvas.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.a11y.fitView'),
      'controls.interactive.ariaLabel': t('canvas.a11y.interactive'),
      'minimap.ariaLabel': t('canvas.a11y.minimap'),
      'handle.ariaLabel': t('canvas.a11y.handle'),
    }),
    [t],
  );
}

/** Fixed React Flow settings: grid snapping, Shift for box and multi-select, no built-in delete. */
const FLOW_SETTINGS = {
  // The editor's global shortcut handler deletes through the store, as one command.
  deleteKeyCode: null,
  selectionKeyCode: 'Shift',
  multiSelectionKeyCode: ['Shift', 'Meta', 'Control'],
  snapToGrid: true,
  snapGrid: [GRID, GRID] as [number, number],
  fitView: true,
  fitViewOptions: { padding: 0.15, maxZoom: 1 },
  minZoom: 0.05,
  maxZoom: 2.5,
  zIndexMode: 'manual',
} satisfies Partial<ReactFlowProps<FlowNode, FlowEdge>>;

function CanvasView() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const scenario = useCanvasRecords();
  const selection = useSelection();
  const [derive] = useState(createFlowDeriver);
  const graph = useMemo(() => derive(scenario, selection), [derive, scenario, selection]);
  const { nodes, apply, reset } = useControlledNodes(graph.nodes);
  const { edges, onEdgesChange: onLocalEdgesChange } = useEdgeSelection(graph.edges);
  const onEdgesChange = usePolcaEdgeSelection(onLocalEdgesChange);
  const wrapper = useRef<HTMLDivElement>(null);
  const queries = useFlowQueries(wrapper);
  const gestures = useViewGestures(wrapper);
  const { onNodesChange, onNodeDragStop } = useNodeInteractions(apply, reset, queries);
  const { families, routeFamily, setRouteFamily } = useRouteFamily();
  const onConnect = useConnect(routeFamily, queries);
  const { onDragOver, onDrop } = usePaletteDrop(queries);
  const [rename] = useState(() => new RenameState());
  useRenameShortcut(store, rename, queries);
  useFocusRequest(store);
  useEffect(
    () => registerCanvasApi(store, { ...queries, startRename: (id) => rename.start(id) }),
    [store, queries, rename],
  );
  const ariaLabels = useAriaLabels();

  return (
    <RenameContext.Provider value={rename}>
      <div className="org-canvas" ref={wrapper} data-testid="canvas">
        <ReactFlow<FlowNode, FlowEdge>
          {...FLOW_SETTINGS}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onMove={gestures.onMove}
          onMoveEnd={gestures.onMoveEnd}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          onDragOver={onDragOver}
          onDrop={onDrop}
          aria-label={t('canvas.label')}
          ariaLabelConfig={ariaLabels}
        >
          <CanvasToolbar families={families} routeFamily={routeFamily} onRouteFamilyChange={setRouteFamily} />
          <DetailLevel gestures={gestures} />
          <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} color="#c3c9d3" />
          <Controls showInteractive={false} position="bottom-left" />
          <CanvasMiniMap gestures={gestures} ariaLabel={t('canvas.a11y.minimap')} />
        </ReactFlow>
      </div>
    </RenameContext.Provider>
  );
}

/**
 * The organisation canvas: fills its parent, draws the current scenario and turns every
 * gesture into a command. A new scenario (or project) gets a fresh view fitted to it.
 */
export function OrganisationCanvas() {
  const scenarioId = useEditor((s) => s.view.scenarioId);
  return (
    <ReactFlowProvider key={scenarioId}>
      <CanvasView />
    </ReactFlowProvider>
  );
}
