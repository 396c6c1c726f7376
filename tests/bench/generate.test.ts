import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProject } from '../../src/io/projectFile';
import { toFlow } from '../../src/canvas/toFlow';
import { countsOf, generateProject, generatedScenario, nodeCount, specForNodes, GENERATED_AT } from '../../scripts/bench/generate';

const at = new Date(GENERATED_AT);

describe('the benchmark generator', () => {
  it('makes the sizes asked for', () => {
    const project = generateProject({ roles: 120, tasks: 600, families: 20, seed: 3 });
    const counts = countsOf(generatedScenario(project));
    expect(counts).toMatchObject({ roles: 120, tasks: 600, families: 20, units: 12, workstations: 48, teams: 24 });
    expect(counts.nodes).toBe(nodeCount({ roles: 120, tasks: 600, families: 20 }));
  });

  it.each([500, 1000, 2000])('makes exactly %i canvas nodes with about 1.5 edges each', (nodes) => {
    const scenario = generatedScenario(generateProject(specForNodes(nodes)));
    const counts = countsOf(scenario);
    expect(counts.nodes).toBe(nodes);
    expect(counts.edges / counts.nodes).toBeGreaterThan(1.3);
    expect(counts.edges / counts.nodes).toBeLessThan(1.7);
    // What the canvas derives agrees with the counts.
    const graph = toFlow(scenario);
    expect(graph.nodes).toHaveLength(counts.nodes);
    expect(graph.edges).toHaveLength(counts.edges);
  });

  it('passes the import pipeline', () => {
    const project = generateProject({ roles: 300, tasks: 1500, seed: 7 });
    const result = parseProjectFile(serializeProject(project, at));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.project).toEqual(project);
  });

  it('gives the same file for the same seed, another for another seed', () => {
    const a = serializeProject(generateProject({ roles: 50, tasks: 250, seed: 11 }), at);
    const b = serializeProject(generateProject({ roles: 50, tasks: 250, seed: 11 }), at);
    const c = serializeProject(generateProject({ roles: 50, tasks: 250, seed: 12 }), at);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('lays out every node inside its unit without overlaps', () => {
    const scenario = generatedScenario(generateProject({ roles: 40, tasks: 200, seed: 5 }));
    const graph = toFlow(scenario);
    const units = graph.nodes.filter((n) => n.type === 'unit');
    for (const n of graph.nodes.filter((n) => n.parentId)) {
      const unit = units.find((u) => u.id === n.parentId);
      expect(unit).toBeDefined();
      expect(n.position.x + 160).toBeLessThanOrEqual(unit?.width ?? 0);
      expect(n.position.y + 88).toBeLessThanOrEqual(unit?.height ?? 0);
    }
    const keys = graph.nodes.filter((n) => n.parentId).map((n) => `${n.parentId} ${n.position.x} ${n.position.y}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
