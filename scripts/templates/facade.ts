import { ScenarioBuilder, mctChain, project } from './builder';
import type { TemplateDefinition } from './definition';

/**
 * Sheet-metal façade maker. As-is: departments per machine type, one machine per operator,
 * work preparation, planning, inspection and foremen outside the shop floor. To-be: two
 * self-managing flow teams (panels; trims) whose operators each hold a team role and follow
 * the 1-3-1 rule: every operator qualified on at least three machines, every machine with at
 * least three qualified operators.
 */

const PANELS = ['PU1', 'PU2', 'PB1', 'PB2', 'SW', 'AB1', 'AB2', 'PK1'];
const TRIMS = ['SH', 'FO', 'PK2'];

function asIs() {
  const b = new ScenarioBuilder('asis', 'As-is: departments', 0);
  b.unit('punch', 'Punching and shearing', 'functional').unit('bend', 'Bending and folding', 'functional');
  b.unit('assembly', 'Assembly and packing', 'functional').unit('prep', 'Work preparation', 'staff');
  b.unit('logistics', 'Planning and logistics', 'staff').unit('quality', 'Quality', 'staff');
  b.unit('maint', 'Maintenance', 'support').unit('mgmt', 'Production management', 'management');
  b.ws('PU1', 'Punching machine 1', 'punch', 'punch').ws('PU2', 'Punching machine 2', 'punch', 'punch');
  b.ws('SH', 'Guillotine shear', 'shear', 'punch');
  b.ws('PB1', 'Press brake 1', 'bend', 'bend').ws('PB2', 'Press brake 2', 'bend', 'bend');
  b.ws('FO', 'Long folding machine', 'fold', 'bend');
  b.ws('SW', 'Stud welder', 'stud-weld', 'assembly').ws('AB', 'Assembly benches', 'assemble', 'assembly');
  b.ws('PK', 'Packing bench', 'pack', 'assembly');
  const ALL = b.wsOf();
  routes(
    b,
    {
      punch: ['PU1', 'PU2'],
      bend: ['PB1', 'PB2'],
      weld: ['SW'],
      assemble: ['AB'],
      packPanels: ['PK'],
      shear: ['SH'],
      fold: ['FO'],
      packTrims: ['PK'],
    },
    false,
  );
  b.role('punch-op', 'Punch operator', 'punch', { headcount: 2, quals: { PU1: 3, PU2: 3 } });
  b.role('shear-op', 'Shear operator', 'punch', { quals: { SH: 3 } });
  b.role('brake-op', 'Press brake operator', 'bend', { headcount: 2, quals: { PB1: 3, PB2: 2 } });
  b.role('fold-op', 'Folder operator', 'bend', { quals: { FO: 3 } });
  b.role('welder', 'Stud welder', 'assembly', { quals: { SW: 3 } });
  b.role('assembler', 'Assembler', 'assembly', { headcount: 2, quals: { AB: 3, PK: 2 } });
  b.role('cam', 'CAM engineer', 'prep').role('setter', 'Tool setter', 'prep', {
    quals: { PU1: 2, PU2: 2, PB1: 2, PB2: 2 },
  });
  b.role('planner', 'Planner', 'logistics').role('warehouse', 'Warehouse employee', 'logistics');
  b.role('inspector', 'Quality inspector', 'quality').role('mechanic', 'Mechanic', 'maint');
  b.role('foreman', 'Foreman', 'mgmt', { headcount: 2 }).role('pm', 'Plant manager', 'mgmt');
  b.make('punch', 'Punch blanks', ['PU1', 'PU2'], { load: 56, cycle: 2.5, dist: 14, by: { 'punch-op': 1 } });
  b.make('shear', 'Shear strips', ['SH'], { load: 26, cycle: 0.8, dist: 7, by: { 'shear-op': 1 } });
  b.make('bend', 'Bend panels', ['PB1', 'PB2'], { load: 58, cycle: 1.2, dist: 16, by: { 'brake-op': 1 } });
  b.make('fold', 'Fold trims', ['FO'], { load: 28, cycle: 2.5, dist: 9, by: { 'fold-op': 1 } });
  b.make('weld', 'Weld studs', ['SW'], { load: 26, cycle: 1, dist: 7, by: { welder: 1 } });
  b.make('assemble', 'Assemble cassettes', ['AB'], { load: 50, cycle: 12, dist: 12, by: { assembler: 1 } });
  b.make('pack', 'Pack per façade', ['PK'], { load: 14, cycle: 4, dist: 2, by: { assembler: 1 } });
  b.prepare('cam', 'CAM programming and nesting', ['PU1', 'PU2', 'SH'], { load: 30, dist: 3, by: { cam: 1 } });
  b.prepare('setup', 'Tooling and set-ups', ['PU1', 'PU2', 'PB1', 'PB2', 'FO'], {
    load: 26,
    dist: 3,
    by: { setter: 1 },
  });
  b.prepare('kitting', 'Collect sheet and parts', ALL, { load: 16, dist: 2, by: { warehouse: 1 } });
  b.support('transport', 'Internal transport', ALL, { load: 18, dist: 2, by: { warehouse: 1 } });
  b.support('maintenance', 'Maintenance work', ALL, { load: 22, dist: 2, by: { mechanic: 1 } });
  b.control('inspect', 'First-article and final inspection', 'op:quality', ALL, {
    load: 32,
    dist: 4,
    by: { inspector: 1 },
  });
  b.control('rejects', 'Decide on rejects and rework', 'op:quality', ALL, { load: 6, dist: 1, by: { foreman: 1 } });
  b.control('diagnose', 'Breakdown diagnosis', 'op:maintenance', ALL, { load: 6, dist: 2, by: { mechanic: 1 } });
  b.control('release', 'Release work orders', 'op:logistics', ALL, { load: 20, dist: 4, by: { planner: 1 } });
  b.control('sequence', 'Sequence jobs per machine', 'op:logistics', ALL, { load: 10, dist: 3, by: { foreman: 1 } });
  b.control('assign', 'Assign operators to machines', 'op:personnel', ALL, { load: 20, dist: 3, by: { foreman: 1 } });
  b.control('capacity', 'Capacity and delivery planning', 'tac:logistics', ALL, { load: 14, by: { planner: 1 } });
  b.control('complaints', 'Complaint analysis', 'tac:quality', ALL, { load: 10, by: { inspector: 0.5, pm: 0.5 } });
  b.control('training', 'Training and staffing', 'tac:personnel', ALL, { load: 8, by: { pm: 1 } });
  b.control('maint-plan', 'Preventive maintenance plan', 'tac:maintenance', ALL, { load: 4, by: { mechanic: 1 } });
  b.control('strategy', 'Strategy and product range', 'str:general', ALL, { load: 12, by: { pm: 1 } });
  return b.build({
    rows: [
      ['punch', 'bend', 'assembly'],
      ['prep', 'logistics', 'quality'],
      ['maint', 'mgmt'],
    ],
    columns: { assembly: 3, punch: 3, bend: 3 },
  });
}

type Routes = Record<'punch' | 'bend' | 'weld' | 'assemble' | 'packPanels' | 'shear' | 'fold' | 'packTrims', string[]>;

/** The three order streams; the same in both scenarios, only the workstations differ. */
function routes(b: ScenarioBuilder, r: Routes, toBe: boolean) {
  b.family('cassettes', 'Cassettes', [r.punch, r.bend, r.weld, r.assemble, r.packPanels], {
    demand: 14,
    ftms: 'panels',
    mct: toBe
      ? mctChain([
          ['order', 'Order and drawings', 'office', 2, 2],
          ['flow', 'Panels flow', 'workstation', 3, 2],
          ['ship', 'Delivery to site', 'shipping', 1, 1],
        ])
      : mctChain([
          ['order', 'Order, drawings, CAM', 'office', 3, 6],
          ['shop', 'Four departments', 'workstation', 4, 14],
          ['ship', 'Delivery to site', 'shipping', 1, 3],
        ]),
  });
  b.family('perforated', 'Perforated', [r.punch, r.bend, r.assemble, r.packPanels], {
    demand: 10,
    ftms: 'panels',
  });
  b.family('trims', 'Trims', [r.shear, r.fold, r.packTrims], {
    demand: 30,
    ftms: 'trims',
    mct: toBe
      ? mctChain([
          ['order', 'Order and drawings', 'office', 0.5, 0.5],
          ['flow', 'Trims flow', 'workstation', 1, 1],
          ['ship', 'Delivery to site', 'shipping', 0.5, 0.5],
        ])
      : mctChain([
          ['order', 'Order, drawings, CAM', 'office', 1, 4],
          ['shop', 'Shear, fold, pack', 'workstation', 1.5, 6],
          ['ship', 'Delivery to site', 'shipping', 0.5, 2],
        ]),
  });
}

/** Panels team: nine operators, each on 3–5 machines and holding one team role. */
const PANEL_OPERATORS: [string, string, string[]][] = [
  ['p-planning', 'Operator: planning', ['PU1', 'PU2', 'PB1']],
  ['p-quality', 'Operator: quality', ['PB1', 'PB2', 'SW', 'AB1']],
  ['p-maint', 'Operator: upkeep', ['PU1', 'PU2', 'PB2', 'SW']],
  ['p-cam', 'Operator: CAM', ['PU1', 'PU2', 'AB2', 'PK1']],
  ['p-rota', 'Operator: rota', ['AB1', 'AB2', 'PK1', 'SW']],
  ['p-material', 'Operator: materials', ['PB1', 'PB2', 'AB1', 'AB2', 'PK1']],
  ['p-tooling', 'Operator: tooling', ['PU1', 'PB1', 'PB2']],
  ['p-improve', 'Operator: improve', ['SW', 'AB1', 'AB2', 'PK1']],
  ['p-safety', 'Operator: safety', ['PU1', 'PU2', 'PB1', 'PB2']],
];

function toBe() {
  const b = new ScenarioBuilder('tobe', 'To-be: flow teams', 1);
  b.unit('panels', 'Panels flow', 'cell').unit('trims', 'Trims flow', 'cell');
  b.unit('office', 'Order office', 'staff')
    .unit('services', 'Maintenance', 'support')
    .unit('mgmt', 'Management', 'management');
  b.ws('PU1', 'Punching machine 1', 'punch', 'panels').ws('PU2', 'Punching machine 2', 'punch', 'panels');
  b.ws('PB1', 'Press brake 1', 'bend', 'panels').ws('PB2', 'Press brake 2', 'bend', 'panels');
  b.ws('SW', 'Stud welder', 'stud-weld', 'panels').ws('AB1', 'Assembly bench 1', 'assemble', 'panels');
  b.ws('AB2', 'Assembly bench 2', 'assemble', 'panels').ws('PK1', 'Packing bench 1', 'pack', 'panels');
  b.ws('SH', 'Guillotine shear', 'shear', 'trims').ws('FO', 'Long folding machine', 'fold', 'trims');
  b.ws('PK2', 'Packing bench 2', 'pack', 'trims');
  routes(
    b,
    {
      punch: ['PU1', 'PU2'],
      bend: ['PB1', 'PB2'],
      weld: ['SW'],
      assemble: ['AB1', 'AB2'],
      packPanels: ['PK1'],
      shear: ['SH'],
      fold: ['FO'],
      packTrims: ['PK2'],
    },
    true,
  );
  b.team('panels', 'Panels', 'panels').team('trims', 'Trims', 'trims');
  for (const [key, name, machines] of PANEL_OPERATORS)
    b.role(key, name, 'panels', {
      team: 'panels',
      quals: ScenarioBuilder.quals(machines, machines.length > 3 ? 3 : 2),
    });
  b.role('t-plan', 'Trims: planning', 'trims', { team: 'trims', quals: { SH: 3, FO: 3, PK2: 2 } });
  b.role('t-upkeep', 'Trims: upkeep', 'trims', { team: 'trims', quals: { SH: 2, FO: 3, PK2: 3 } });
  b.role('t-rota', 'Trims: materials', 'trims', { team: 'trims', quals: { SH: 3, FO: 2, PK2: 3 } });
  b.role('coordinator', 'Order coordinator', 'office').role('coach', 'Team coach', 'office');
  b.role('mechanic', 'Mechanic', 'services').role('pm', 'Plant manager', 'mgmt');
  // Panels: the operators share the make work on the machines they are qualified on.
  b.make('punch', 'Punch blanks', ['PU1', 'PU2'], {
    load: 56,
    cycle: 2.5,
    dist: 5,
    by: { 'p-planning': 0.2, 'p-maint': 0.2, 'p-cam': 0.2, 'p-tooling': 0.2, 'p-safety': 0.2 },
  });
  b.make('bend', 'Bend panels', ['PB1', 'PB2'], {
    load: 58,
    cycle: 1.2,
    dist: 6,
    by: { 'p-quality': 0.2, 'p-material': 0.2, 'p-tooling': 0.2, 'p-planning': 0.1, 'p-safety': 0.3 },
  });
  b.make('weld', 'Weld studs', ['SW'], {
    load: 26,
    cycle: 1,
    dist: 2,
    by: { 'p-maint': 0.4, 'p-rota': 0.3, 'p-improve': 0.3 },
  });
  b.make('assemble', 'Assemble cassettes', ['AB1', 'AB2'], {
    load: 50,
    cycle: 12,
    dist: 4,
    by: { 'p-rota': 0.35, 'p-material': 0.25, 'p-improve': 0.3, 'p-safety': 0.1 },
  });
  b.make('pack-p', 'Pack per façade', ['PK1'], {
    load: 10,
    cycle: 4,
    dist: 1,
    type: 'make:pack',
    by: { 'p-cam': 0.5, 'p-improve': 0.5 },
  });
  b.prepare('cam-p', 'CAM programming and nesting', ['PU1', 'PU2'], {
    load: 22,
    dist: 2,
    type: 'prep:cam',
    by: { 'p-cam': 0.7, 'p-planning': 0.3 },
  });
  b.prepare('setup-p', 'Quick set-ups', ['PU1', 'PU2', 'PB1', 'PB2'], {
    load: 14,
    dist: 1,
    type: 'prep:setup',
    by: { 'p-tooling': 0.6, 'p-maint': 0.4 },
  });
  b.prepare('kitting-p', 'Call off and kit material', PANELS, {
    load: 8,
    dist: 1,
    type: 'prep:kitting',
    by: { 'p-material': 1 },
  });
  b.support('transport-p', 'Move and stage pallets', PANELS, {
    load: 6,
    type: 'sup:transport',
    by: { 'p-material': 0.5, 'p-rota': 0.5 },
  });
  b.support('am-p', 'Autonomous maintenance', PANELS, {
    load: 8,
    type: 'sup:maintenance',
    by: { 'p-maint': 0.5, 'p-tooling': 0.25, 'p-quality': 0.25 },
  });
  b.control('inspect-p', 'First-article and final checks', 'op:quality', PANELS, {
    load: 12,
    dist: 2,
    by: { 'p-quality': 1 },
  });
  b.control('first-off', 'Approve first-off of a program', 'op:quality', PANELS, { load: 4, by: { 'p-cam': 1 } });
  b.control('rejects-p', 'Decide on rejects and rework', 'op:quality', PANELS, { load: 3, by: { 'p-quality': 1 } });
  b.control('diagnose-p', 'First-line fault diagnosis', 'op:maintenance', PANELS, {
    load: 3,
    dist: 1,
    by: { 'p-maint': 1 },
  });
  b.control('tooling-p', 'Tooling condition checks', 'op:maintenance', PANELS, { load: 2, by: { 'p-tooling': 1 } });
  b.control('windows-p', 'Plan maintenance windows', 'op:maintenance', PANELS, { load: 2, by: { 'p-maint': 1 } });
  b.control('sequence-p', 'Sequence jobs in the flow', 'op:logistics', PANELS, {
    load: 6,
    dist: 1,
    by: { 'p-planning': 1 },
  });
  b.control('release-p', 'Release orders to the flow', 'op:logistics', PANELS, { load: 4, by: { 'p-planning': 1 } });
  b.control('calloff-p', 'Call off sheet for the week', 'op:logistics', PANELS, { load: 2, by: { 'p-material': 1 } });
  b.control('rota-p', 'Daily rota and holidays', 'op:personnel', PANELS, { load: 4, by: { 'p-rota': 1 } });
  b.control('safety-p', 'Safety and 5S round', 'op:general', PANELS, { load: 3, by: { 'p-safety': 1 } });
  b.control('improve-p', 'Daily stand-up and PDCA', 'tac:quality', PANELS, {
    load: 6,
    by: { 'p-improve': 0.5, 'p-quality': 0.5 },
  });
  b.control('skills-p', 'Skills matrix and 1-3-1 plan', 'tac:personnel', PANELS, {
    load: 3,
    by: { 'p-rota': 0.7, coach: 0.3 },
  });
  // Trims: three operators, every one on all three machines.
  const tr = (plan: number, upkeep: number, rota: number) => ({ 't-plan': plan, 't-upkeep': upkeep, 't-rota': rota });
  b.make('shear', 'Shear strips', ['SH'], { load: 26, cycle: 0.8, dist: 2, by: tr(0.34, 0.33, 0.33) });
  b.make('fold', 'Fold trims', ['FO'], { load: 28, cycle: 2.5, dist: 3, by: tr(0.3, 0.4, 0.3) });
  b.make('pack-t', 'Pack per façade', ['PK2'], { load: 4, cycle: 4, type: 'make:pack', by: tr(0.2, 0.2, 0.6) });
  b.prepare('cam-t', 'Program the folder', ['SH', 'FO'], {
    load: 6,
    dist: 1,
    type: 'prep:cam',
    by: { 't-plan': 0.5, 't-upkeep': 0.5 },
  });
  b.prepare('setup-t', 'Set-ups', ['SH', 'FO'], { load: 4, type: 'prep:setup', by: { 't-upkeep': 1 } });
  b.prepare('kitting-t', 'Call off coil and sheet', TRIMS, { load: 4, type: 'prep:kitting', by: { 't-rota': 1 } });
  b.support('am-t', 'Autonomous maintenance', TRIMS, { load: 3, type: 'sup:maintenance', by: { 't-upkeep': 1 } });
  b.control('inspect-t', 'Check profiles and lengths', 'op:quality', TRIMS, { load: 4, dist: 1, by: { 't-plan': 1 } });
  b.control('rejects-t', 'Decide on rejects', 'op:quality', TRIMS, { load: 1, by: { 't-plan': 1 } });
  b.control('diagnose-t', 'First-line fault diagnosis', 'op:maintenance', TRIMS, { load: 1, by: { 't-upkeep': 1 } });
  b.control('sequence-t', 'Sequence jobs in the flow', 'op:logistics', TRIMS, {
    load: 3,
    dist: 1,
    by: { 't-plan': 1 },
  });
  b.control('rota-t', 'Daily rota and holidays', 'op:personnel', TRIMS, { load: 1, by: { 't-rota': 1 } });
  b.control('improve-t', 'Weekly improvement meeting', 'tac:quality', TRIMS, { load: 2, by: tr(0.4, 0.3, 0.3) });
  // Outside the flows: orders across both teams, coaching, planned maintenance, strategy.
  const ALL = b.wsOf();
  b.support('maintenance', 'Planned maintenance', ALL, {
    load: 16,
    dist: 1,
    type: 'sup:maintenance',
    by: { mechanic: 1 },
  });
  b.control('maint-plan', 'Preventive maintenance plan', 'tac:maintenance', ALL, { load: 4, by: { mechanic: 1 } });
  b.control('capacity', 'Capacity and delivery dates', 'tac:logistics', ALL, {
    load: 14,
    by: { coordinator: 0.7, 'p-planning': 0.15, 't-plan': 0.15 },
  });
  b.control('customers', 'Customer and site contact', 'tac:logistics', ALL, { load: 16, by: { coordinator: 1 } });
  b.control('hiring', 'Hiring and team coaching', 'tac:personnel', ALL, { load: 12, by: { coach: 1 } });
  b.control('complaints', 'Complaint analysis', 'tac:quality', ALL, { load: 6, by: { coach: 0.5, 'p-quality': 0.5 } });
  b.control('strategy', 'Strategy and product range', 'str:general', ALL, { load: 12, by: { pm: 1 } });
  return b.build({
    rows: [
      [
        ['panels', 'trims'],
        ['office', 'services', 'mgmt'],
      ],
    ],
    columns: { panels: 4, trims: 4 },
  });
}

export const facade: TemplateDefinition = {
  slug: 'facade-self-managing-flows',
  names: { en: 'Façade maker: self-managing flows, 1-3-1', nl: 'Gevelbouwer: zelfsturende flows, 1-3-1' },
  descriptions: {
    en: 'A sheet-metal façade maker moves from machine departments with one machine per operator to two self-managing flow teams. Every operator holds a team role and is qualified on at least three machines; every machine has at least three qualified operators.',
    nl: 'Een plaatwerkende gevelbouwer gaat van machineafdelingen met één machine per operator naar twee zelfsturende flowteams. Iedere operator heeft een teamrol en is inzetbaar op minstens drie machines; iedere machine heeft minstens drie bevoegde operators.',
  },
  caseKind: { en: 'Sheet-metal façade panels, project-based', nl: 'Plaatwerk gevelelementen, projectgebonden' },
  build: () =>
    project(
      'template-facade',
      'Façade maker: self-managing flows',
      'A maker of aluminium façade cassettes, perforated panels and trims. As-is: departments per machine type; each operator runs one machine, CAM programming and set-ups sit in work preparation, inspection in quality, and two foremen assign people and sequence jobs. To-be: a panels flow and a trims flow, each run by a self-managing team. Every operator holds a team role (planning, quality, upkeep, CAM, rota, materials, tooling, improvement) and the skills matrix follows the 1-3-1 rule. Open the skills matrix in both tabs to compare coverage.',
      [asIs(), toBe()],
    ),
};
