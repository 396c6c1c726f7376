import { Background, BackgroundVariant, Controls, ReactFlow, ReactFlowProvider, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../../canvas/canvas.css';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalysisProvider } from '../../app/analysisContext';
import { EditorContext } from '../../app/editorContext';
import { edgeTypes } from '../../canvas/edges';
import { GRID } from '../../canvas/geometry';
import { nodeTypes } from '../../canvas/nodes';
import { RenameContext, RenameState } from '../../canvas/renameState';
import { toFlow } from '../../canvas/toFlow';
import type { FlowEdge, FlowNode } from '../../canvas/types';
import { useControlledNodes } from '../../canvas/useControlledNodes';
import type { Project, ScenarioId } from '../../model';
import { EditorStore } from '../../store/editorStore';
import { markNodes, type ChangeMark, type CompareSide } from './changeMarks';

/** A rename state that never opens the name editor: these canvases are read-only. */
class NoRename extends RenameState {
  override start(): void {}
}
const NO_RENAME = new NoRename();

/** Nothing on a compare canvas can be moved, connected, selected or deleted. */
const READ_ONLY = {
  nodesDraggable: false,
  nodesConnectable: false,
  nodesFocusable: false,
  edgesFocusable: false,
  elementsSelectable: false,
  deleteKeyCode: null,
  selectionKeyCode: null,
  multiSelectionKeyCode: null,
  zoomOnDoubleClick: false,
  minZoom: 0.05,
  maxZoom: 2.5,
  zIndexMode: 'manual',
} as const;

function readOnlyStore(project: Project, scenarioId: ScenarioId): EditorStore {
  const store = new EditorStore(project, scenarioId);
  store.setReadOnly(true);
  return store;
}

/**
 * A read-only store on the scenario of one side: the node components read the editor
 * context (badges, names), so each canvas gets its own, analysed for its own scenario.
 * Renewed only when that scenario or the settings change, not on every document change
 * (typing an impact note must not re-analyse both canvases).
 */
function useSideStore(project: Project, scenarioId: ScenarioId): EditorStore {
  const scenario = project.scenarios[scenarioId];
  const settings = project.settings;
  const [cached, setCached] = useState(() => ({ scenario, settings, store: readOnlyStore(project, scenarioId) }));
  if (cached.scenario === scenario && cached.settings === settings) return cached.store;
  // Adjusting state while rendering, like useControlledNodes: no frame shows the old scenario.
  const next = { scenario, settings, store: readOnlyStore(project, scenarioId) };
  setCached(next);
  return next.store;
}

interface CompareCanvasProps {
  project: Project;
  scenarioId: ScenarioId;
  side: CompareSide;
  /** The scenario on the other side, named in "Not in …". */
  otherName: string;
  marks: ReadonlyMap<string, ChangeMark>;
  viewport: Viewport;
  onViewportChange: (viewport: Viewport) => void;
}

function SideFlow({ project, scenarioId, side, otherName, marks, viewport, onViewportChange }: CompareCanvasProps) {
  const { t } = useTranslation();
  const scenario = project.scenarios[scenarioId]!;
  const describe = useMemo(
    () => (mark: ChangeMark) =>
      mark.status === 'changed'
        ? t('compare.change.changed', { fields: mark.fields.map((f) => t(`compare.field.${f}`, { defaultValue: f })).join(', ') })
        : mark.status === 'added'
          ? t('compare.change.added', { name: scenario.name })
          : t('compare.change.removed', { name: otherName }),
    [scenario.name, otherName, t],
  );
  const graph = useMemo(() => toFlow(scenario), [scenario]);
  const derived = useMemo(() => markNodes(graph.nodes, marks, describe), [graph, marks, describe]);
  const edges = graph.edges;
  const { nodes, apply } = useControlledNodes(derived);
  const label = t('compare.canvases.label', { name: scenario.name, side: t(`compare.${side}`) });
  return (
    <div className="org-canvas cmp-canvas" data-testid={`compare.canvas.${side}`} aria-label={label} role="region">
      <ReactFlow<FlowNode, FlowEdge>
        {...READ_ONLY}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={apply}
        viewport={viewport}
        onViewportChange={onViewportChange}
        aria-label={label}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} color="#c3c9d3" />
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
    </div>
  );
}

/** One side of the comparison: the scenario drawn with the canvas's own nodes, marked, read-only. */
export const CompareCanvas = memo(function CompareCanvas(props: CompareCanvasProps) {
  const store = useSideStore(props.project, props.scenarioId);
  return (
    <EditorContext.Provider value={store}>
      <AnalysisProvider>
        <RenameContext.Provider value={NO_RENAME}>
          <ReactFlowProvider>
            <SideFlow {...props} />
          </ReactFlowProvider>
        </RenameContext.Provider>
      </AnalysisProvider>
    </EditorContext.Provider>
  );
});
