/// <reference types="vite/client" />
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The baseline of `npm run bench`: React Flow with its default nodes and edges and nothing
 * else, drawing the same graph as Latitude's canvas (`?graph=<name>` loads graph-<name>.json
 * written next to this page) in a pane of the same size (`?w=` and `?h=` in pixels).
 */

interface Graph {
  nodes: Node[];
  edges: Edge[];
}

const params = new URLSearchParams(window.location.search);
const size = { width: Number(params.get('w') ?? 0) || '100vw', height: Number(params.get('h') ?? 0) || '100vh' };

function Bare() {
  const [graph, setGraph] = useState<Graph | null>(null);
  useEffect(() => {
    void fetch(`./graph-${params.get('graph') ?? 'default'}.json`)
      .then((r) => r.json() as Promise<Graph>)
      .then(setGraph);
  }, []);
  return (
    <div style={size} data-testid="canvas">
      {graph && (
        <ReactFlow
          defaultNodes={graph.nodes}
          defaultEdges={graph.edges}
          fitView
          fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
          minZoom={0.05}
          maxZoom={2.5}
        />
      )}
    </div>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Bare />
    </StrictMode>,
  );
