import { describe, expect, it } from 'vitest';
import {
  createFamily,
  createRole,
  createScenario,
  createTask,
  createTeam,
  createUnit,
  createWorkstation,
  createStepId,
  type Scenario,
  type WorkstationId,
} from '../../src/model';
import { createFlowDeriver, toFlow } from '../../src/canvas/toFlow';
import type { FlowNode, RouteEdge } from '../../src/canvas/types';
import { NODE_SIZE, UNIT_DEFAULT_SIZE, overlaps } from '../../src/canvas/geometry';

function sample(): Scenario {
  const s = createScenario('As-is');
  const unit = createUnit({ name: 'Cell A', kind: 'cell' });
  const cut1 = createWorkstation({ name: 'Saw 1', processType: 'cut', unitId: unit.id });
  const cut2 = createWorkstation({ name: 'Saw 2', processType: 'cut', unitId: unit.id });
  const weld = createWorkstation({ name: 'Weld', processType: 'weld', unitId: unit.id });
  const paint = createWorkstation({ name: 'Paint', processType: 'paint', monument: true });
  const team = createTeam({ name: 'Blue', unitId: unit.id });
  const role = createRole({ name: 'Operator', unitId: unit.id, teamId: team.id, headcount: 2 });
  const family = createFamily({
    name: 'Frames',
    route: [
      { id: createStepId(), workstations: [cut1.id, cut2.id] },
      { id: createStepId(), workstations: [weld.id] },
      { id: createStepId(), workstations: [paint.id] },
    ],
  });
  const task = createTask({
    name: 'Plan',
    kind: 'control',
    control: { level: 'op', aspect: 'general' },
    assignments: { [role.id]: 1 },
  });
  s.units[unit.id] = unit;
  for (const w of [cut1, cut2, weld, paint]) s.workstations[w.id] = w;
  s.teams[team.id] = team;
  s.roles[role.id] = role;
  s.families[family.id] = family;
  s.tasks[task.id] = task;
  s.layout[unit.id] = { x: 100, y: 50, width: 600, height: 400 };
  s.layout[cut1.id] = { x: 20, y: 60 };
  s.layout[family.id] = { x: -300, y: 80 };
  return s;
}

const byId = (nodes: FlowNode[], id: string) => nodes.find((n) => n.id === id)!;
const idOf = (s: Scenario, record: keyof Scenario, name: string): string =>
  Object.values(s[record] as Record<string, { id: string; name: string }>).find((e) => e.name === name)!.id;

describe('toFlow', () => {
  it('makes one node per entity, typed by kind', () => {
    const s = sample();
    const { nodes } = toFlow(s);
    expect(nodes).toHaveLength(8);
    const types = nodes.map((n) => n.type).sort();
    expect(types).toEqual([
      'family',
      'role',
      'team',
      'unit',
      'workstation',
      'workstation',
      'workstation',
      'workstation',
    ]);
  });

  it('puts every parent before its children and keeps stored positions relative', () => {
    const s = sample();
    const { nodes } = toFlow(s);
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const n of nodes) if (n.parentId) expect(index.get(n.parentId)!).toBeLessThan(index.get(n.id)!);
    const cut1 = byId(nodes, idOf(s, 'workstations', 'Saw 1'));
    expect(cut1.parentId).toBe(idOf(s, 'units', 'Cell A'));
    expect(cut1.position).toEqual({ x: 20, y: 60 });
    expect(cut1.extent).toBeUndefined();
    const unit = byId(nodes, idOf(s, 'units', 'Cell A'));
    expect(unit).toMatchObject({ type: 'unit', position: { x: 100, y: 50 }, width: 600, height: 400 });
    const paint = byId(nodes, idOf(s, 'workstations', 'Paint'));
    expect(paint.parentId).toBeUndefined();
  });

  it('sizes a unit without a stored size at the default', () => {
    const s = createScenario('x');
    const unit = createUnit();
    s.units[unit.id] = unit;
    expect(toFlow(s).nodes[0]).toMatchObject({ width: UNIT_DEFAULT_SIZE.width, height: UNIT_DEFAULT_SIZE.height });
  });

  it('draws route edges from the family to every workstation of step 1 and between all of consecutive steps', () => {
    const s = sample();
    const { edges } = toFlow(s);
    const route = edges.filter((e): e is RouteEdge => e.type === 'route');
    const pairs = route.map((e) => `${e.source}>${e.target}`).sort();
    const [fam, cut1, cut2, weld, paint] = [
      idOf(s, 'families', 'Frames'),
      idOf(s, 'workstations', 'Saw 1'),
      idOf(s, 'workstations', 'Saw 2'),
      idOf(s, 'workstations', 'Weld'),
      idOf(s, 'workstations', 'Paint'),
    ];
    expect(pairs).toEqual(
      [`${fam}>${cut1}`, `${fam}>${cut2}`, `${cut1}>${weld}`, `${cut2}>${weld}`, `${weld}>${paint}`].sort(),
    );
    for (const e of route) {
      expect(e.data?.familyName).toBe('Frames');
      expect(e.markerEnd).toMatchObject({ type: 'arrowclosed' });
    }
    expect(new Set(route.map((e) => e.id)).size).toBe(route.length);
  });

  it('gives each family its own pattern and numbers parallel edges', () => {
    const s = sample();
    const cut1 = idOf(s, 'workstations', 'Saw 1') as WorkstationId;
    const weld = idOf(s, 'workstations', 'Weld') as WorkstationId;
    const other = createFamily({
      name: 'Doors',
      route: [
        { id: createStepId(), workstations: [cut1] },
        { id: createStepId(), workstations: [weld] },
      ],
    });
    s.families[other.id] = other;
    const route = toFlow(s).edges.filter(
      (e): e is RouteEdge => e.type === 'route' && e.source === cut1 && e.target === weld,
    );
    expect(route.map((e) => e.data?.pattern).sort()).toEqual([0, 1]);
    expect(route.map((e) => e.data?.parallelIndex).sort()).toEqual([0, 1]);
    expect(route.every((e) => e.data?.parallelCount === 2)).toBe(true);
  });

  it('draws membership as an edge role → team and badges the role with its team', () => {
    const s = sample();
    const { nodes, edges } = toFlow(s);
    const roleId = idOf(s, 'roles', 'Operator');
    const teamId = idOf(s, 'teams', 'Blue');
    expect(edges.filter((e) => e.type === 'member')).toEqual([
      expect.objectContaining({ source: roleId, target: teamId, type: 'member' }),
    ]);
    const role = byId(nodes, roleId);
    expect(role.type === 'role' && role.data.teamName).toBe('Blue');
    const team = byId(nodes, teamId);
    expect(team.type === 'team' && team.data.memberCount).toBe(1);
  });

  it('hands on the same graph when only task figures or holders change', () => {
    const derive = createFlowDeriver();
    const s = sample();
    const first = derive(s);
    const taskId = idOf(s, 'tasks', 'Plan') as keyof Scenario['tasks'];
    const task = s.tasks[taskId]!;
    const next: Scenario = { ...s, tasks: { ...s.tasks, [taskId]: { ...task, name: 'Schedule' } } };
    expect(derive(next)).toBe(first);
  });

  it('gives unplaced nodes deterministic, non-overlapping default positions', () => {
    const a = toFlow(sample());
    const s = sample();
    const b = toFlow(s);
    const positions = (g: typeof a) => g.nodes.map((n) => [n.type, n.position.x, n.position.y]);
    expect(positions(a)).toEqual(positions(b));
    const unitId = idOf(s, 'units', 'Cell A');
    const children = b.nodes.filter((n) => n.parentId === unitId);
    const rects = children.map((n) => ({ ...n.position, ...NODE_SIZE[n.type as 'workstation'] }));
    rects.forEach((r, i) => rects.slice(i + 1).forEach((q) => expect(overlaps(r, q)).toBe(false)));
    for (const r of rects) expect(r.y).toBeGreaterThan(0);
  });

  it('places unplaced top-level nodes below the placed ones', () => {
    const s = sample();
    const { nodes } = toFlow(s);
    const paint = byId(nodes, idOf(s, 'workstations', 'Paint'));
    expect(paint.position.y).toBeGreaterThanOrEqual(50 + 400);
  });

  it('marks selected nodes', () => {
    const s = sample();
    const roleId = idOf(s, 'roles', 'Operator');
    const { nodes } = toFlow(s, [roleId]);
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual([roleId]);
  });

  it('keeps untouched nodes identical between derivations', () => {
    const derive = createFlowDeriver();
    const s = sample();
    const first = derive(s);
    expect(derive(s)).toBe(first);
    const roleId = idOf(s, 'roles', 'Operator') as keyof Scenario['roles'];
    const next: Scenario = { ...s, roles: { ...s.roles, [roleId]: { ...s.roles[roleId]!, name: 'Lead' } } };
    const second = derive(next);
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changed).toEqual([roleId]);
    expect(second.edges).toBe(first.edges);
  });

  it('derives 2,000 nodes and re-derives an edit by reusing every untouched node', () => {
    const s = createScenario('big');
    for (let u = 0; u < 50; u++) {
      const unit = createUnit({ name: `U${u}` });
      s.units[unit.id] = unit;
      for (let i = 0; i < 39; i++) {
        const w = createWorkstation({ name: `W${u}.${i}`, unitId: unit.id });
        s.workstations[w.id] = w;
      }
    }
    const derive = createFlowDeriver();
    const g = derive(s);
    expect(g.nodes).toHaveLength(2000);
    const [firstUnit] = Object.keys(s.units) as (keyof Scenario['units'])[];
    const edited = { ...s, units: { ...s.units, [firstUnit!]: { ...s.units[firstUnit!]!, name: 'renamed' } } };
    const next = derive(edited);
    // Speed is measured by `npm run bench`; here: only the renamed unit's node is new.
    const rebuilt = next.nodes.filter((n, i) => n !== g.nodes[i]).map((n) => n.id);
    expect(rebuilt).toEqual([firstUnit]);
  });
});
