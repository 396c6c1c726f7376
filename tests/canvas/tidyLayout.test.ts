import { describe, expect, it } from 'vitest';
import { placeNodes } from '../../src/canvas/defaultLayout';
import { NODE_SIZE, UNIT_HEADER } from '../../src/canvas/geometry';
import { tidyLayout } from '../../src/canvas/layout';
import type { LayoutMove } from '../../src/canvas/layout';
import type { Rect, Size } from '../../src/canvas/types';
import {
  createFamily,
  createRole,
  createScenario,
  createStepId,
  createTask,
  createUnit,
  createWorkstation,
  type NodeEntityId,
  type Scenario,
  type UnitId,
  type WorkstationId,
} from '../../src/model';
import { EditorStore } from '../../src/store/editorStore';
import { jobShop } from '../analysis/fixtures';

const asIs = (): Scenario => jobShop().scenarios['scenario:asis' as never] as Scenario;

/** The scenario with the moves applied, the way the moveNodes command merges them. */
function applied(s: Scenario, moves: readonly LayoutMove[]): Scenario {
  const layout = { ...s.layout };
  for (const m of moves) layout[m.id] = { ...layout[m.id], ...m.position };
  return { ...s, layout };
}

const unitOf = (s: Scenario, id: string): UnitId | null =>
  (s.workstations[id as WorkstationId] ?? s.roles[id as never] ?? s.teams[id as never])?.unitId ?? null;

/** Absolute boxes of every node, children sized as measured (or nominally). */
function absolute(s: Scenario, sizes: ReadonlyMap<string, Size> = new Map()): Map<string, Rect> {
  const placed = placeNodes(s);
  const out = new Map<string, Rect>();
  for (const [id, r] of placed) {
    const unit = unitOf(s, id);
    const origin = unit ? (placed.get(unit) as Rect) : { x: 0, y: 0 };
    out.set(id, { ...r, ...(sizes.get(id) ?? {}), x: r.x + origin.x, y: r.y + origin.y });
  }
  return out;
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function overlappingPairs(rects: [string, Rect][]): string[] {
  const pairs: string[] = [];
  rects.forEach(([a, ra], i) => rects.slice(i + 1).forEach(([b, rb]) => overlap(ra, rb) && pairs.push(`${a} × ${b}`)));
  return pairs;
}

/** Top-level nodes must not overlap each other; children must not overlap their siblings. */
function expectNoOverlaps(s: Scenario, sizes?: ReadonlyMap<string, Size>) {
  const abs = [...absolute(s, sizes)];
  expect(overlappingPairs(abs.filter(([id]) => unitOf(s, id) === null))).toEqual([]);
  for (const unitId of Object.keys(s.units))
    expect(overlappingPairs(abs.filter(([id]) => unitOf(s, id) === unitId))).toEqual([]);
}

function expectChildrenInside(s: Scenario, sizes: ReadonlyMap<string, Size> = new Map(), units?: readonly string[]) {
  const placed = placeNodes(s);
  for (const [id, r] of placed) {
    const unitId = unitOf(s, id);
    if (!unitId || (units && !units.includes(unitId))) continue;
    const unit = placed.get(unitId) as Rect;
    const size = sizes.get(id) ?? r;
    expect(r.x, id).toBeGreaterThanOrEqual(0);
    expect(r.y, id).toBeGreaterThanOrEqual(UNIT_HEADER);
    expect(r.x + size.width, id).toBeLessThanOrEqual(unit.width);
    expect(r.y + size.height, id).toBeLessThanOrEqual(unit.height);
  }
}

describe('tidyLayout on the job shop', () => {
  it('leaves no overlaps and keeps every child inside its unit', () => {
    const s = asIs();
    const tidied = applied(s, tidyLayout(s));
    expectNoOverlaps(tidied);
    expectChildrenInside(tidied);
  });

  it('runs every route left to right, families first', () => {
    const s = asIs();
    const abs = absolute(applied(s, tidyLayout(s)));
    for (const family of Object.values(s.families)) {
      const f = abs.get(family.id) as Rect;
      const lefts = family.route.map((step) => Math.min(...step.workstations.map((w) => (abs.get(w) as Rect).x)));
      expect(f.x + f.width).toBeLessThan(lefts[0] as number);
      for (let i = 1; i < lefts.length; i++) expect(lefts[i], `${family.name} step ${i + 1}`).toBeGreaterThan(lefts[i - 1] as number);
    }
  });

  it('puts every family in one column left of all units', () => {
    const s = asIs();
    const abs = absolute(applied(s, tidyLayout(s)));
    const familyXs = new Set(Object.keys(s.families).map((id) => abs.get(id)?.x));
    expect(familyXs.size).toBe(1);
    const unitLeft = Math.min(...Object.keys(s.units).map((id) => (abs.get(id) as Rect).x));
    expect([...familyXs][0]).toBeLessThan(unitLeft);
  });

  it('sizes units around measured children', () => {
    const s = asIs();
    const sizes = new Map<string, Size>([['role:LAS', { width: 160, height: 240 }]]);
    const tidied = applied(s, tidyLayout(s, { sizes }));
    expectNoOverlaps(tidied, sizes);
    expectChildrenInside(tidied, sizes);
  });

  it('snaps every position to the grid', () => {
    for (const m of tidyLayout(asIs())) {
      expect(Math.abs(m.position.x % 16), m.id).toBe(0);
      expect(Math.abs(m.position.y % 16), m.id).toBe(0);
    }
  });
});

describe('tidyLayout of a selection', () => {
  it('moves only the selected units and their contents, clear of the others', () => {
    const s = asIs();
    const moves = tidyLayout(s, { selection: ['unit:cut', 'unit:bend'] });
    const moved = new Set(moves.map((m) => m.id));
    const allowed = new Set(['unit:cut', 'unit:bend', 'ws:L1', 'ws:L2', 'ws:B1', 'ws:B2', 'role:LAS', 'role:BRK']);
    expect([...moved].filter((id) => !allowed.has(id))).toEqual([]);
    expect(moved.has('unit:cut')).toBe(true);
    const tidied = applied(s, moves);
    const after = absolute(tidied);
    const before = absolute(s);
    for (const id of ['unit:weld', 'family:F1', 'unit:mgmt', 'ws:W1']) expect(after.get(id)).toEqual(before.get(id));
    const others = [...after].filter(([id]) => !allowed.has(id) && unitOf(s, id) === null);
    for (const id of ['unit:cut', 'unit:bend']) for (const [other, r] of others) expect(overlap(after.get(id) as Rect, r), `${id} × ${other}`).toBe(false);
    expectChildrenInside(tidied, new Map(), ['unit:cut', 'unit:bend']);
  });

  it('tidies the unit of selected children, and the whole scenario for a single node', () => {
    const s = asIs();
    const inUnit = tidyLayout(s, { selection: ['ws:L1', 'role:LAS'] });
    expect(new Set(inUnit.map((m) => m.id))).toEqual(new Set(['unit:cut', 'ws:L1', 'ws:L2', 'role:LAS']));
    const single = tidyLayout(s, { selection: ['unit:cut'] });
    expect(single.length).toBe(tidyLayout(s).length);
  });
});

describe('tidyLayout inside a cell', () => {
  function cell(): Scenario {
    const s = createScenario('Cell');
    const unit = createUnit({ name: 'Cell A', kind: 'cell' });
    const cut = createWorkstation({ name: 'Saw', processType: 'cut', unitId: unit.id });
    const bend = createWorkstation({ name: 'Press', processType: 'bend', unitId: unit.id });
    const spare = createWorkstation({ name: 'Drill', processType: 'drill', unitId: unit.id });
    const op = createRole({ name: 'Operator', unitId: unit.id, headcount: 3 });
    const family = createFamily({
      name: 'Brackets',
      route: [
        { id: createStepId(), workstations: [cut.id] },
        { id: createStepId(), workstations: [bend.id] },
      ],
    });
    const make = createTask({ name: 'Make', kind: 'make', scope: [cut.id, bend.id], load: 80, assignments: { [op.id]: 1 } });
    Object.assign(s.units, { [unit.id]: unit });
    Object.assign(s.workstations, { [cut.id]: cut, [bend.id]: bend, [spare.id]: spare });
    Object.assign(s.roles, { [op.id]: op });
    Object.assign(s.families, { [family.id]: family });
    Object.assign(s.tasks, { [make.id]: make });
    return s;
  }

  it('orders the route inside the unit and puts people below the machines', () => {
    const s = cell();
    const tidied = applied(s, tidyLayout(s));
    const abs = absolute(tidied);
    const [cut, bend, spare] = Object.keys(s.workstations).map((id) => abs.get(id) as Rect);
    const role = abs.get(Object.keys(s.roles)[0] as string) as Rect;
    expect(bend!.x).toBeGreaterThan(cut!.x + NODE_SIZE.workstation.width);
    expect(spare!.y).toBeGreaterThan(cut!.y);
    expect(role.y).toBeGreaterThan(Math.max(cut!.y, bend!.y, spare!.y));
    expectNoOverlaps(tidied);
    expectChildrenInside(tidied);
  });

  it('is applied as one moveNodes command that one undo reverts', () => {
    const project = jobShop();
    const store = new EditorStore(project, 'scenario:asis');
    const s = store.getState().project.scenarios['scenario:asis']!;
    const before = s.layout;
    const moves = tidyLayout(s);
    expect(store.dispatch('moveNodes', { scenarioId: s.id, moves }).ok).toBe(true);
    const after = store.getState().project.scenarios['scenario:asis']!.layout;
    expect(after).not.toEqual(before);
    expect(after['unit:cut' as NodeEntityId]).toMatchObject(moves.find((m) => m.id === 'unit:cut')!.position);
    expect(store.undo()).toBe(true);
    expect(store.getState().project.scenarios['scenario:asis']!.layout).toEqual(before);
    expect(store.canUndo()).toBe(false);
  });
});
