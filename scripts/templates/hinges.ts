import { ScenarioBuilder, mctChain, project } from './builder';
import type { TemplateDefinition } from './definition';

/**
 * Hinge maker. As-is: press shop, curling and machining, assembly, packing and plating as
 * departments, with shift leaders, planners, expediters and inspectors steering from outside.
 * To-be: three QRM cells (door, furniture, heavy-duty hinges), each with a working team senior
 * who sequences and divides the work, and one cell coordinator between the cells who looks
 * after capacity, POLCA cards and the exchange of people; the plating line stays a monument.
 */

type Make = [key: string, name: string, ws: string[], load: number, cycle: number, dist: number];

const ROUTES = {
  door: ['stamp', 'curl', 'drill', 'plate', 'assemble', 'pack'],
  furniture: ['stamp', 'drill', 'assemble', 'pack'],
  heavy: ['stamp', 'curl', 'weld', 'drill', 'plate', 'assemble', 'pack'],
} as const;

function families(b: ScenarioBuilder, stepWs: (family: keyof typeof ROUTES, step: string) => string[], toBe: boolean) {
  const map = (family: keyof typeof ROUTES) => ROUTES[family].map((step) => stepWs(family, step));
  b.family('door', 'Door', map('door'), {
    demand: 45,
    ftms: 'door',
    mct: toBe
      ? mctChain([
          ['order', 'Order intake', 'office', 0.5, 0.5],
          ['cell', 'Door hinge cell', 'workstation', 2, 1],
          ['plating', 'Plating (POLCA)', 'workstation', 1, 1],
          ['finish', 'Assembly and packing', 'workstation', 1, 0.5],
          ['ship', 'Shipping', 'shipping', 0.5, 0.5],
        ])
      : mctChain([
          ['order', 'Order intake and planning', 'office', 1, 3],
          ['parts', 'Press, curl, drill', 'workstation', 3, 9],
          ['plating', 'Plating', 'workstation', 1, 4],
          ['finish', 'Assembly and packing', 'workstation', 1.5, 5],
          ['ship', 'Shipping', 'shipping', 0.5, 2],
        ]),
  });
  b.family('furniture', 'Furniture', map('furniture'), { demand: 70, ftms: 'furniture' });
  b.family('heavy', 'Heavy-duty', map('heavy'), { demand: 12, ftms: 'heavy' });
}

function asIs() {
  const b = new ScenarioBuilder('asis', 'As-is: departments', 0);
  b.unit('press', 'Press shop', 'functional').unit('forming', 'Curling and machining', 'functional');
  b.unit('assembly', 'Assembly and welding', 'functional').unit('packing', 'Packing', 'functional');
  b.unit('plating', 'Plating', 'functional').unit('prep', 'Work preparation', 'staff');
  b.unit('planning', 'Planning and logistics', 'staff').unit('quality', 'Quality lab', 'staff');
  b.unit('toolroom', 'Tool room', 'support').unit('mgmt', 'Production management', 'management');
  for (const i of [1, 2, 3]) b.ws(`PR${i}`, `Stamping press ${i}`, 'stamp', 'press');
  b.ws('CU1', 'Curling machine 1', 'curl', 'forming').ws('CU2', 'Curling machine 2', 'curl', 'forming');
  for (const i of [1, 2, 3]) b.ws(`DR${i}`, `Drill and tap ${i}`, 'drill', 'forming');
  for (const i of [1, 2, 3]) b.ws(`AS${i}`, `Assembly machine ${i}`, 'assemble', 'assembly');
  b.ws('WR', 'Welding robot', 'weld', 'assembly').ws('PK', 'Packing line', 'pack', 'packing');
  b.ws('PL', 'Zinc plating line', 'plate', 'plating');
  const byStep: Record<string, string[]> = {
    stamp: ['PR1', 'PR2', 'PR3'],
    curl: ['CU1', 'CU2'],
    drill: ['DR1', 'DR2', 'DR3'],
    weld: ['WR'],
    assemble: ['AS1', 'AS2', 'AS3'],
    pack: ['PK'],
    plate: ['PL'],
  };
  families(b, (_, step) => byStep[step] ?? [], false);
  const ALL = b.wsOf();
  b.role('press-op', 'Press operator', 'press', { headcount: 3, quals: { PR1: 3, PR2: 3, PR3: 2 } });
  b.role('curl-op', 'Curling operator', 'forming', { headcount: 2, quals: { CU1: 3, CU2: 2 } });
  b.role('drill-op', 'Drilling operator', 'forming', { headcount: 3, quals: { DR1: 3, DR2: 3, DR3: 3 } });
  b.role('assembler', 'Assembly operator', 'assembly', { headcount: 3, quals: { AS1: 3, AS2: 3, AS3: 2 } });
  b.role('welder', 'Robot welder', 'assembly', { quals: { WR: 3 } });
  b.role('packer', 'Packer', 'packing', { headcount: 2, quals: { PK: 2 } });
  b.role('plater', 'Plating operator', 'plating', { headcount: 2, quals: { PL: 3 } });
  b.role('engineer', 'Process engineer', 'prep').role('planner', 'Planner', 'planning');
  b.role('expediter', 'Expediter', 'planning', { headcount: 2 }).role('inspector', 'Inspector', 'quality', {
    headcount: 2,
  });
  b.role('toolmaker', 'Toolmaker', 'toolroom', { headcount: 2 }).role('shift', 'Shift leader', 'mgmt', {
    headcount: 2,
  });
  b.role('manager', 'Production manager', 'mgmt');
  const make: [string, string, string, number, number, number, string][] = [
    ['stamp', 'Stamp hinge leaves', 'stamp', 100, 0.3, 14, 'press-op'],
    ['curl', 'Curl the knuckles', 'curl', 60, 0.5, 8, 'curl-op'],
    ['drill', 'Drill and tap', 'drill', 96, 1, 12, 'drill-op'],
    ['weld', 'Weld heavy-duty hinges', 'weld', 34, 4, 4, 'welder'],
    ['assemble', 'Assemble with pins', 'assemble', 100, 0.8, 12, 'assembler'],
    ['pack', 'Pack and label', 'pack', 60, 2, 5, 'packer'],
    ['plate', 'Rack and plate', 'plate', 70, 20, 4, 'plater'],
  ];
  for (const [key, name, step, load, cycle, dist, role] of make)
    b.make(key, name, byStep[step] ?? [], { load, cycle, dist, by: { [role]: 1 } });
  b.prepare('setups', 'Die set-ups', [...(byStep.stamp ?? []), 'CU1', 'CU2'], {
    load: 30,
    dist: 4,
    by: { toolmaker: 1 },
  });
  b.prepare('instructions', 'Programs and work instructions', ALL, { load: 20, dist: 1, by: { engineer: 1 } });
  b.prepare('kitting', 'Material supply and kitting', ALL, { load: 28, dist: 3, by: { expediter: 1 } });
  b.support('transport', 'Move batches between departments', ALL, { load: 34, dist: 3, by: { expediter: 1 } });
  b.support('die-maint', 'Die and machine maintenance', ALL, { load: 40, dist: 3, by: { toolmaker: 1 } });
  b.control('inspect', 'In-process and final inspection', 'op:quality', ALL, {
    load: 56,
    dist: 6,
    by: { inspector: 1 },
  });
  b.control('rejects', 'Decide on rejects', 'op:quality', ALL, { load: 8, dist: 2, by: { shift: 1 } });
  b.control('diagnose', 'Fault diagnosis', 'op:maintenance', ALL, { load: 10, dist: 3, by: { toolmaker: 1 } });
  b.control('die-schedule', 'Schedule die maintenance', 'op:maintenance', ALL, { load: 4, by: { planner: 1 } });
  b.control('dispatch', 'Dispatch and chase orders', 'op:logistics', ALL, {
    load: 30,
    dist: 5,
    by: { planner: 0.5, expediter: 0.5 },
  });
  b.control('sequence', 'Sequence per machine', 'op:logistics', ALL, { load: 16, dist: 3, by: { shift: 1 } });
  b.control('assign', 'Assign operators to machines', 'op:personnel', ALL, { load: 24, dist: 3, by: { shift: 1 } });
  b.control('capacity', 'Capacity planning', 'tac:logistics', ALL, { load: 14, by: { planner: 1 } });
  b.control('improve', 'Improvement projects', 'tac:quality', ALL, { load: 12, by: { engineer: 0.5, manager: 0.5 } });
  b.control('training', 'Training plan', 'tac:personnel', ALL, { load: 8, by: { manager: 1 } });
  b.control('die-plan', 'Die maintenance plan', 'tac:maintenance', ALL, { load: 6, by: { toolmaker: 1 } });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 12, by: { manager: 1 } });
  return b.build({
    rows: [
      ['press', 'forming', 'assembly'],
      ['packing', 'plating', 'prep', 'planning'],
      ['quality', 'toolroom', 'mgmt'],
    ],
    columns: { press: 3, forming: 3, assembly: 3 },
  });
}

interface CellSpec {
  key: string;
  name: string;
  team: string;
  people: number;
  ws: [key: string, name: string, processType: string][];
  make: Make[];
}

const CELLS: CellSpec[] = [
  {
    key: 'door',
    name: 'Door hinge cell',
    team: 'Door',
    people: 6,
    ws: [
      ['PR1', 'Stamping press 1', 'stamp'],
      ['CU1', 'Curling machine 1', 'curl'],
      ['DR1', 'Drill and tap 1', 'drill'],
      ['AS1', 'Assembly machine 1', 'assemble'],
      ['PK1', 'Packing table 1', 'pack'],
    ],
    make: [
      ['stamp', 'Stamp hinge leaves', ['PR1'], 44, 0.3, 5],
      ['curl', 'Curl the knuckles', ['CU1'], 36, 0.5, 3],
      ['drill', 'Drill and tap', ['DR1'], 40, 1, 4],
      ['assemble', 'Assemble with pins', ['AS1'], 48, 0.8, 4],
      ['pack', 'Pack and label', ['PK1'], 26, 2, 2],
    ],
  },
  {
    key: 'furniture',
    name: 'Furniture hinge cell',
    team: 'Furniture',
    people: 4,
    ws: [
      ['PR2', 'Stamping press 2', 'stamp'],
      ['DR2', 'Drill and tap 2', 'drill'],
      ['AS2', 'Assembly machine 2', 'assemble'],
      ['PK2', 'Packing table 2', 'pack'],
    ],
    make: [
      ['stamp', 'Stamp hinge leaves', ['PR2'], 32, 0.3, 4],
      ['drill', 'Drill and tap', ['DR2'], 30, 1, 3],
      ['assemble', 'Assemble with pins', ['AS2'], 34, 0.8, 3],
      ['pack', 'Pack and label', ['PK2'], 20, 2, 1],
    ],
  },
  {
    key: 'heavy',
    name: 'Heavy-duty cell',
    team: 'Heavy-duty',
    people: 4,
    ws: [
      ['PR3', 'Stamping press 3', 'stamp'],
      ['CU2', 'Curling machine 2', 'curl'],
      ['WR', 'Welding robot', 'weld'],
      ['DR3', 'Drill and tap 3', 'drill'],
      ['AS3', 'Assembly machine 3', 'assemble'],
      ['PK3', 'Packing table 3', 'pack'],
    ],
    make: [
      ['stamp', 'Stamp hinge leaves', ['PR3'], 24, 0.3, 2],
      ['curl', 'Curl the knuckles', ['CU2'], 24, 0.5, 2],
      ['weld', 'Weld heavy-duty hinges', ['WR'], 34, 4, 3],
      ['drill', 'Drill and tap', ['DR3'], 26, 1, 2],
      ['assemble', 'Assemble with pins', ['AS3'], 18, 0.8, 2],
      ['pack', 'Pack and label', ['PK3'], 14, 2, 1],
    ],
  },
];

/** One cell: operators hold quality and upkeep, the team senior logistics and personnel; so each aspect has one holder. */
function cell(b: ScenarioBuilder, c: CellSpec) {
  const unit = `cell-${c.key}`;
  b.unit(unit, c.name, 'cell');
  for (const [key, name, type] of c.ws) b.ws(key, name, type, unit);
  const ws = c.ws.map(([key]) => key);
  const quals = Object.fromEntries(ws.map((w, i) => [w, i % 2 === 0 ? 3 : 2] as const));
  b.team(c.key, c.team, unit);
  const senior = `${c.key}-senior`;
  const op = `${c.key}-op`;
  b.role(senior, `${c.team} senior`, unit, { team: c.key, quals: { ...quals, [ws[0] as string]: 4 } });
  b.role(op, `${c.team} operator`, unit, { team: c.key, headcount: c.people, quals });
  const scale = c.people / 6;
  const h = (x: number) => Math.max(1, Math.round(x * scale));
  // The senior works about twelve hours a week in production, spread over the machines.
  const seniorShare = Math.round((12 / c.make.reduce((sum, m) => sum + m[3], 0)) * 100) / 100;
  for (const [key, name, scope, load, cycle, dist] of c.make)
    b.make(`${key}-${c.key}`, name, scope, {
      load,
      cycle,
      dist,
      type: `make:${key}`,
      by: { [op]: 1 - seniorShare, [senior]: seniorShare },
    });
  const ops = { by: { [op]: 1 } };
  const lead = { by: { [senior]: 1 } };
  b.prepare(`setups-${c.key}`, 'Quick die changes', ws.slice(0, 2), {
    load: h(12),
    dist: 1,
    type: 'prep:setup',
    by: { [op]: 0.8, [senior]: 0.2 },
  });
  b.prepare(`kitting-${c.key}`, 'Call off and kit material', ws, { load: h(8), dist: 1, type: 'prep:kitting', ...ops });
  b.support(`am-${c.key}`, 'Autonomous maintenance', ws, { load: h(6), type: 'sup:maintenance', ...ops });
  b.control(`inspect-${c.key}`, 'Self-inspection and final check', 'op:quality', ws, { load: h(12), dist: 2, ...ops });
  b.control(`rejects-${c.key}`, 'Decide on rejects', 'op:quality', ws, { load: h(2), ...ops });
  b.control(`diagnose-${c.key}`, 'First-line fault diagnosis', 'op:maintenance', ws, { load: h(3), dist: 1, ...ops });
  b.control(`die-change-${c.key}`, 'Plan die maintenance slots', 'op:maintenance', ws, { load: h(2), ...ops });
  b.control(`sequence-${c.key}`, 'Sequence orders on POLCA cards', 'op:logistics', ws, {
    load: h(6),
    dist: 1,
    ...lead,
  });
  b.control(`calloff-${c.key}`, 'Call off coil and parts', 'op:logistics', ws, { load: h(2), ...lead });
  b.control(`allocate-${c.key}`, 'Divide the work in the team', 'op:personnel', ws, { load: h(3), dist: 1, ...lead });
  b.control(`improve-${c.key}`, 'Improve the cell', 'tac:quality', ws, {
    load: h(6),
    by: { [senior]: 0.5, [op]: 0.5 },
  });
  b.control(`training-${c.key}`, 'Cross-training in the cell', 'tac:personnel', ws, { load: h(3), ...lead });
  b.control(`team-meeting-${c.key}`, 'Weekly cell meeting', 'tac:logistics', ws, {
    load: h(3),
    by: { [senior]: 0.5, [op]: 0.5 },
  });
}

function toBe() {
  const b = new ScenarioBuilder('tobe', 'To-be: QRM cells', 1);
  for (const c of CELLS) cell(b, c);
  b.unit('plating', 'Plating (shared)', 'cell').ws('PL', 'Zinc plating line', 'plate', 'plating', true);
  b.unit('coordination', 'Cell coordination', 'staff')
    .unit('toolroom', 'Tool room', 'support')
    .unit('mgmt', 'Management', 'management');
  const inCell = (key: string) => CELLS.find((c) => c.key === key)?.ws ?? [];
  families(
    b,
    (family, step) =>
      step === 'plate'
        ? ['PL']
        : inCell(family)
            .filter(([, , type]) => type === step)
            .map(([key]) => key),
    true,
  );
  b.role('plater', 'Plating operator', 'plating', { headcount: 2, quals: { PL: 3, PK1: 2, PK3: 2 } });
  b.role('coordinator', 'Cell coordinator', 'coordination').role('engineer', 'Process engineer', 'coordination');
  b.role('toolmaker', 'Toolmaker', 'toolroom', { headcount: 2 }).role('manager', 'Production manager', 'mgmt');
  b.make('plate', 'Rack and plate', ['PL'], { load: 64, cycle: 20, dist: 3, by: { plater: 1 } });
  b.prepare('bath', 'Bath analysis and dosing', ['PL'], { load: 4, by: { plater: 1 } });
  b.control('inspect-plating', 'Layer thickness check', 'op:quality', ['PL'], { load: 4, dist: 1, by: { plater: 1 } });
  b.control('sequence-plating', 'Release racks against POLCA cards', 'op:logistics', ['PL'], {
    load: 3,
    dist: 1,
    by: { plater: 1 },
  });
  const ALL = b.wsOf();
  b.support('die-maint', 'Die and machine maintenance', ALL, {
    load: 28,
    dist: 1,
    type: 'sup:maintenance',
    by: { toolmaker: 1 },
  });
  b.support('die-build', 'Repair and build dies', ALL, { load: 20, by: { toolmaker: 1 } });
  b.control('die-plan', 'Die maintenance plan', 'tac:maintenance', ALL, { load: 6, by: { toolmaker: 1 } });
  b.control('capacity', 'Capacity across cells, POLCA cards', 'tac:logistics', ALL, {
    load: 14,
    by: { coordinator: 0.7, 'door-senior': 0.1, 'furniture-senior': 0.1, 'heavy-senior': 0.1 },
  });
  b.control('exchange', 'Lend people between cells', 'tac:personnel', ALL, {
    load: 6,
    by: { coordinator: 0.5, 'door-senior': 0.2, 'furniture-senior': 0.15, 'heavy-senior': 0.15 },
  });
  b.control('orders', 'Order intake and due dates', 'tac:logistics', ALL, { load: 12, by: { coordinator: 1 } });
  b.control('engineering', 'New products and die design', 'tac:quality', ALL, { load: 24, by: { engineer: 1 } });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 12, by: { manager: 1 } });
  for (const cellKey of ['door', 'heavy'])
    b.polca(`${cellKey}-plating`, `cell-${cellKey}`, 'plating', {
      leadTimeFrom: 3,
      transit: 0.25,
      leadTimeTo: 2,
      returnTime: 0.25,
      jobs: cellKey === 'door' ? 180 : 48,
      periodDays: 20,
      safety: 0.1,
    });
  return b.build({
    rows: [
      [['cell-door', 'cell-furniture', 'cell-heavy'], 'plating'],
      ['coordination', 'toolroom', 'mgmt'],
    ],
    columns: { 'cell-door': 5, 'cell-furniture': 4, 'cell-heavy': 3 },
  });
}

export const hinges: TemplateDefinition = {
  slug: 'hinge-qrm-cells',
  names: { en: 'Hinge maker: QRM cells with team seniors', nl: 'Scharnierfabriek: QRM-cellen met teamsenioren' },
  descriptions: {
    en: 'A hinge maker turns its press shop, machining, assembly and packing departments into three QRM cells per market (door, furniture, heavy-duty). Each cell has a working team senior; a cell coordinator between the cells balances capacity and people, and POLCA cards regulate the shared plating line.',
    nl: 'Een scharnierfabriek vormt haar perserij, bewerking, montage en inpak om tot drie QRM-cellen per markt (deur, meubel, zwaar). Iedere cel heeft een meewerkende teamsenior; een celcoördinator tussen de cellen verdeelt capaciteit en mensen, en POLCA-kaarten regelen de gedeelde galvanolijn.',
  },
  caseKind: {
    en: 'Metal products, high-volume batch production',
    nl: 'Metaalwaren, serieproductie in grote aantallen',
  },
  build: () =>
    project(
      'template-hinges',
      'Hinge maker: QRM cells with team seniors',
      'A maker of door, furniture and heavy-duty hinges. As-is: every order crosses the press shop, curling and machining, assembly, plating and packing, moved by expediters and steered by planners, inspectors and shift leaders. To-be: three QRM cells, one per focused market segment, each with its own press, machines and packing; operators inspect and maintain, a working team senior sequences the POLCA cards and divides the work, and one cell coordinator between the cells handles capacity, order intake and lending people. The zinc plating line stays a shared monument.',
      [asIs(), toBe()],
    ),
};
