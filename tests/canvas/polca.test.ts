import { describe, expect, it } from 'vitest';
import { createPolcaLoop, createScenario, createUnit, createWorkstation, type Scenario } from '../../src/model';
import { POLCA_SOURCE_HANDLE, POLCA_TARGET_HANDLE, polcaConnection } from '../../src/canvas/polca';
import { LOOP_REACH, LOOP_RISE, polcaPath } from '../../src/canvas/polcaPath';
import { createFlowDeriver, toFlow } from '../../src/canvas/toFlow';
import type { FlowEdge, PolcaEdge } from '../../src/canvas/types';

function sample() {
  const s = createScenario('Cells');
  const a = createUnit({ name: 'Cell A', kind: 'cell' });
  const b = createUnit({ name: 'Cell B', kind: 'cell' });
  const office = createUnit({ name: 'Planning', kind: 'staff' });
  for (const u of [a, b, office]) s.units[u.id] = u;
  const ws = createWorkstation({ name: 'Laser', unitId: a.id });
  s.workstations[ws.id] = ws;
  const loop = createPolcaLoop(a.id, b.id, {
    leadTimeFrom: 3,
    transit: 0.25,
    leadTimeTo: 1,
    returnTime: 0.25,
    jobs: 128,
    periodDays: 63,
  });
  s.polcaLoops[loop.id] = loop;
  return { s, a, b, office, loop };
}

const polcaEdges = (edges: FlowEdge[]) => edges.filter((e): e is PolcaEdge => e.type === 'polca');

describe('POLCA edges in toFlow', () => {
  it('draws each loop between the two cells’ POLCA points, identified by the loop id', () => {
    const { s, a, b, loop } = sample();
    const [edge, ...rest] = polcaEdges(toFlow(s).edges);
    expect(rest).toEqual([]);
    expect(edge).toMatchObject({
      id: loop.id,
      type: 'polca',
      source: a.id,
      target: b.id,
      sourceHandle: POLCA_SOURCE_HANDLE,
      targetHandle: POLCA_TARGET_HANDLE,
      selected: false,
      data: { loopId: loop.id, fromName: 'Cell A', toName: 'Cell B' },
    });
  });

  it('marks a loop selected when the store selection holds its id', () => {
    const { s, loop } = sample();
    expect(polcaEdges(toFlow(s, [loop.id]).edges)[0]?.selected).toBe(true);
  });

  it('skips a loop whose unit is gone instead of drawing a dangling edge', () => {
    const { s, b } = sample();
    delete s.units[b.id];
    expect(polcaEdges(toFlow(s).edges)).toEqual([]);
  });

  it('keeps edge identity across unrelated edits and rebuilds only the loop that changed', () => {
    const { s, loop } = sample();
    const derive = createFlowDeriver();
    const first = derive(s);
    const moved = { ...s, layout: { ...s.layout } };
    const second = derive(moved);
    expect(second.edges).toBe(first.edges);

    const edited = { ...moved, polcaLoops: { ...s.polcaLoops, [loop.id]: { ...loop, jobs: 64 } } };
    const third = derive(edited);
    expect(third.edges).not.toBe(first.edges);
    expect(polcaEdges(third.edges)[0]).not.toBe(polcaEdges(first.edges)[0]);

    // Selecting a node does not rebuild the loop's edge; selecting the loop does.
    const selectedNode = derive(edited, [Object.keys(s.workstations)[0]!]);
    expect(polcaEdges(selectedNode.edges)[0]).toBe(polcaEdges(third.edges)[0]);
    expect(polcaEdges(derive(edited, [loop.id]).edges)[0]?.selected).toBe(true);
  });

  it('renames follow the unit names', () => {
    const { s, a } = sample();
    const derive = createFlowDeriver();
    derive(s);
    const renamed: Scenario = { ...s, units: { ...s.units, [a.id]: { ...a, name: 'Laser cell' } } };
    expect(polcaEdges(derive(renamed).edges)[0]?.data?.fromName).toBe('Laser cell');
  });
});

describe('polcaConnection', () => {
  it('makes a loop with the default figures between two cells', () => {
    const { s, a, b } = sample();
    const found = polcaConnection(s, b.id, a.id);
    expect(found).toMatchObject({
      ok: true,
      loop: { fromUnitId: b.id, toUnitId: a.id, jobs: 20, periodDays: 20, safety: 0.1 },
    });
    expect(found.ok && found.loop.id.startsWith('polca:')).toBe(true);
  });

  it('refuses a unit that is not a cell, naming it', () => {
    const { s, a, office } = sample();
    expect(polcaConnection(s, a.id, office.id)).toEqual({ ok: false, reason: 'not-cell', unit: office });
    expect(polcaConnection(s, office.id, a.id)).toEqual({ ok: false, reason: 'not-cell', unit: office });
  });

  it('refuses a second loop in the same direction, but allows the way back', () => {
    const { s, a, b } = sample();
    expect(polcaConnection(s, a.id, b.id)).toEqual({ ok: false, reason: 'duplicate', from: a, to: b });
    expect(polcaConnection(s, b.id, a.id).ok).toBe(true);
  });

  it('refuses ends that are not two different units', () => {
    const { s, a } = sample();
    const ws = Object.keys(s.workstations)[0]!;
    expect(polcaConnection(s, a.id, ws)).toEqual({ ok: false, reason: 'wrong-end' });
    expect(polcaConnection(s, a.id, a.id)).toEqual({ ok: false, reason: 'wrong-end' });
    expect(polcaConnection(s, a.id, 'unit:gone')).toEqual({ ok: false, reason: 'wrong-end' });
  });
});

describe('polcaPath', () => {
  it('runs forward loops as a horizontal S-curve with the label halfway', () => {
    const p = polcaPath({ sourceX: 400, sourceY: 22, targetX: 640, targetY: 22 });
    expect(p.path).toBe('M400,22 C520,22 520,22 640,22');
    expect(p).toMatchObject({ labelX: 520, labelY: 22, run: 240 });
  });

  it('lifts backward loops over both headers and brings them into B from the left', () => {
    const p = polcaPath({ sourceX: 1040, sourceY: 22, targetX: 0, targetY: 30 });
    const top = 22 - LOOP_RISE;
    expect(p.path).toBe(
      `M1040,22 C${1040 + LOOP_REACH},22 ${1040 + LOOP_REACH},${top} 1040,${top} L0,${top} C${-LOOP_REACH},${top} ${-LOOP_REACH},30 0,30`,
    );
    expect(p).toMatchObject({ labelX: 520, labelY: top, run: 1040 });
  });
});
