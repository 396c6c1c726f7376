import { ScenarioBuilder, mctChain, project } from './builder';
import type { TemplateDefinition } from './definition';

/**
 * Functional job shop → QRM cells. The as-is is domain.md §6 exactly (same ids, loads and
 * holders as tests/fixtures/job-shop.latitude.json); the to-be splits the shop into an
 * assemblies cell and a brackets cell, keeps the paint booth as a shared monument and links
 * the cells to it with POLCA loops.
 */

const ALL = ['L1', 'L2', 'B1', 'B2', 'W1', 'W2', 'P1'];

function asIs() {
  const b = new ScenarioBuilder('asis', 'As-is: functional shop', 0);
  b.unit('cut', 'Cutting', 'functional').unit('bend', 'Bending', 'functional').unit('weld', 'Welding', 'functional');
  b.unit('paint', 'Painting', 'functional')
    .unit('tech', 'Technical services', 'staff')
    .unit('maint', 'Maintenance', 'support');
  b.unit('log', 'Logistics', 'support').unit('qc', 'Quality control', 'staff').unit('mgmt', 'Management', 'management');
  b.ws('L1', 'Laser 1', 'cut', 'cut').ws('L2', 'Laser 2', 'cut', 'cut');
  b.ws('B1', 'Press brake 1', 'bend', 'bend').ws('B2', 'Press brake 2', 'bend', 'bend');
  b.ws('W1', 'Welding station 1', 'weld', 'weld').ws('W2', 'Welding station 2', 'weld', 'weld');
  b.ws('P1', 'Paint booth', 'paint', 'paint');
  b.family('F1', 'F1 frames', [['L1', 'L2'], ['B1', 'B2'], ['W1', 'W2'], ['P1']], {
    demand: 40,
    ftms: 'assemblies',
    mct: {
      weeklyHours: 40,
      segments: [
        { id: 'order', name: 'Order entry and engineering', kind: 'office', touch: 0.5, wait: 1.5, timeUnit: 'days' },
        { id: 'material', name: 'Waiting for sheet metal', kind: 'material', touch: 0, wait: 1, timeUnit: 'days' },
        { id: 'purchasing', name: 'Purchasing of bought parts', kind: 'office', touch: 0.5, wait: 3, timeUnit: 'days' },
        { id: 'cut-bend', name: 'Cutting and bending', kind: 'workstation', touch: 2, wait: 3, timeUnit: 'days' },
        { id: 'weld-paint', name: 'Welding and painting', kind: 'workstation', touch: 4, wait: 10, timeUnit: 'days' },
        { id: 'ship', name: 'Shipping', kind: 'shipping', touch: 1, wait: 3, timeUnit: 'days' },
      ],
      edges: [
        { from: 'order', to: 'material' },
        { from: 'material', to: 'cut-bend' },
        { from: 'order', to: 'purchasing' },
        { from: 'purchasing', to: 'weld-paint' },
        { from: 'cut-bend', to: 'weld-paint' },
        { from: 'weld-paint', to: 'ship' },
      ],
    },
  });
  b.family('F2', 'F2 brackets', [['L1', 'L2'], ['B1', 'B2'], ['P1']], {
    demand: 120,
    ftms: 'brackets',
    mct: mctChain([
      ['order', 'Order entry', 'office', 0.5, 1.5],
      ['material', 'Waiting for sheet metal', 'material', 0, 1],
      ['cut-bend', 'Cutting and bending', 'workstation', 1.5, 3],
      ['paint', 'Queue and painting', 'workstation', 0.5, 6],
      ['ship', 'Shipping', 'shipping', 1, 3],
    ]),
  });
  b.family('F3', 'F3 tubes', [['L1', 'L2'], ['W1', 'W2'], ['P1']], {
    demand: 30,
    ftms: 'assemblies',
    mct: mctChain([
      ['order', 'Order entry and engineering', 'office', 0.5, 1.5],
      ['material', 'Waiting for tube stock', 'material', 0, 1],
      ['cut', 'Cutting', 'workstation', 1, 3],
      ['weld-paint', 'Welding and painting', 'workstation', 3, 8],
      ['ship', 'Shipping', 'shipping', 1, 3],
    ]),
  });
  b.role('LAS', 'Laser operator', 'cut', { headcount: 2, quals: { L1: 3, L2: 2 } });
  b.role('BRK', 'Press brake operator', 'bend', { headcount: 2, quals: { B1: 3, B2: 2 } });
  b.role('WLD', 'Welder', 'weld', { headcount: 2, quals: { W1: 2, W2: 1 } });
  b.role('PNT', 'Painter', 'paint', { quals: { P1: 3 } });
  b.role('SET', 'Setter', 'tech', { quals: ScenarioBuilder.quals(['L1', 'L2', 'B1', 'B2'], 2) });
  b.role('MNT', 'Mechanic', 'maint').role('MH', 'Material handler', 'log').role('PLN', 'Planner', 'log');
  b.role('QCI', 'Quality inspector', 'qc')
    .role('SUP', 'Supervisor', 'mgmt', { headcount: 2 })
    .role('PM', 'Production manager', 'mgmt');
  b.make('cut', 'Cut', ['L1', 'L2'], { load: 70, cycle: 3, dist: 8, by: { LAS: 1 }, type: 'make:cut' });
  b.make('bend', 'Bend', ['B1', 'B2'], { load: 64, cycle: 1, dist: 12, by: { BRK: 1 }, type: 'make:bend' });
  b.make('weld', 'Weld', ['W1', 'W2'], { load: 72, cycle: 8, dist: 10, by: { WLD: 1 }, type: 'make:weld' });
  b.make('paint', 'Paint', ['P1'], { load: 36, cycle: 1.2, dist: 3, by: { PNT: 1 }, type: 'make:paint' });
  b.prepare('setup-cut', 'Setup cut', ['L1', 'L2'], { load: 16, dist: 2, by: { SET: 1 }, type: 'prep:setup' });
  b.prepare('setup-bend', 'Setup bend', ['B1', 'B2'], { load: 20, dist: 2, by: { SET: 1 }, type: 'prep:setup' });
  b.prepare('kitting', 'Kitting', ALL, { load: 20, dist: 1, by: { MH: 1 }, type: 'prep:kitting' });
  b.support('transport', 'Transport', ALL, { load: 16, dist: 1, by: { MH: 1 }, type: 'sup:transport' });
  b.support('maintenance', 'Maintenance work', ALL, { load: 24, dist: 2, by: { MNT: 1 }, type: 'sup:maintenance' });
  b.control('inspect', 'Inspect', 'op:quality', ALL, { load: 30, dist: 4, by: { QCI: 1 } });
  b.control('dispose', 'Dispose', 'op:quality', ALL, { load: 6, dist: 1, by: { SUP: 1 } });
  b.control('diagnose', 'Diagnose', 'op:maintenance', ALL, { load: 6, dist: 2, by: { MNT: 1 } });
  b.control('schedule', 'Schedule maintenance', 'op:maintenance', ALL, { load: 4, by: { PLN: 1 } });
  b.control('dispatch', 'Dispatch', 'op:logistics', ALL, { load: 20, dist: 3, by: { PLN: 1 } });
  b.control('sequence', 'Sequence', 'op:logistics', ALL, { load: 8, dist: 2, by: { SUP: 1 } });
  b.control('allocate', 'Allocate people', 'op:personnel', ALL, { load: 26, dist: 2, by: { SUP: 1 } });
  b.control('capacity', 'Capacity planning', 'tac:logistics', ALL, { load: 12, by: { PLN: 1 } });
  b.control('improve', 'Improve', 'tac:quality', ALL, { load: 12, by: { PM: 1 } });
  b.control('training', 'Training', 'tac:personnel', ALL, { load: 8, by: { PM: 1 } });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 12, by: { PM: 1 } });
  return b.build({ rows: [['cut', 'bend', 'weld', 'paint'], ['tech', 'maint', 'log', 'qc'], ['mgmt']] });
}

function toBe() {
  const b = new ScenarioBuilder('tobe', 'To-be: QRM cells', 1);
  b.unit('cell-assemblies', 'Assemblies cell', 'cell').unit('cell-brackets', 'Brackets cell', 'cell');
  b.unit('paint', 'Paint shop (shared)', 'cell');
  b.unit('services', 'Planning and maintenance', 'support').unit('mgmt', 'Management', 'management');
  b.ws('L1', 'Laser 1', 'cut', 'cell-assemblies').ws('B1', 'Press brake 1', 'bend', 'cell-assemblies');
  b.ws('W1', 'Welding station 1', 'weld', 'cell-assemblies').ws('W2', 'Welding station 2', 'weld', 'cell-assemblies');
  b.ws('L2', 'Laser 2', 'cut', 'cell-brackets').ws('B2', 'Press brake 2', 'bend', 'cell-brackets');
  b.ws('P1', 'Paint booth', 'paint', 'paint', true);
  const A = ['L1', 'B1', 'W1', 'W2'];
  const B = ['L2', 'B2'];
  b.family('F1', 'F1 frames', [['L1'], ['B1'], ['W1', 'W2'], ['P1']], {
    demand: 40,
    ftms: 'assemblies',
    mct: {
      weeklyHours: 40,
      segments: [
        { id: 'order', name: 'Order entry in the cell', kind: 'office', touch: 0.5, wait: 0.5, timeUnit: 'days' },
        { id: 'material', name: 'Sheet metal from stock', kind: 'material', touch: 0, wait: 1, timeUnit: 'days' },
        { id: 'purchasing', name: 'Purchasing of bought parts', kind: 'office', touch: 0.5, wait: 2, timeUnit: 'days' },
        {
          id: 'cell',
          name: 'Cut, bend and weld in the cell',
          kind: 'workstation',
          touch: 3,
          wait: 2,
          timeUnit: 'days',
        },
        { id: 'paint', name: 'Painting (POLCA)', kind: 'workstation', touch: 0.5, wait: 1.5, timeUnit: 'days' },
        { id: 'ship', name: 'Shipping', kind: 'shipping', touch: 0.5, wait: 0.5, timeUnit: 'days' },
      ],
      edges: [
        { from: 'order', to: 'material' },
        { from: 'material', to: 'cell' },
        { from: 'order', to: 'purchasing' },
        { from: 'purchasing', to: 'cell' },
        { from: 'cell', to: 'paint' },
        { from: 'paint', to: 'ship' },
      ],
    },
  });
  b.family('F2', 'F2 brackets', [['L2'], ['B2'], ['P1']], {
    demand: 120,
    ftms: 'brackets',
    mct: mctChain([
      ['order', 'Order entry in the cell', 'office', 0.5, 0.5],
      ['material', 'Sheet metal from kanban', 'material', 0, 0.5],
      ['cell', 'Cut and bend in the cell', 'workstation', 1, 1],
      ['paint', 'Painting (POLCA)', 'workstation', 0.5, 1],
      ['ship', 'Shipping', 'shipping', 0.5, 0.5],
    ]),
  });
  b.family('F3', 'F3 tubes', [['L1'], ['W1', 'W2'], ['P1']], {
    demand: 30,
    ftms: 'assemblies',
    mct: mctChain([
      ['order', 'Order entry in the cell', 'office', 0.5, 0.5],
      ['material', 'Tube stock', 'material', 0, 1],
      ['cell', 'Cut and weld in the cell', 'workstation', 2.5, 1.5],
      ['paint', 'Painting (POLCA)', 'workstation', 0.5, 1],
      ['ship', 'Shipping', 'shipping', 0.5, 0.5],
    ]),
  });
  b.team('assemblies', 'Assemblies', 'cell-assemblies').team('brackets', 'Brackets', 'cell-brackets');
  b.role('asm-op', 'Assemblies operator', 'cell-assemblies', {
    headcount: 5,
    team: 'assemblies',
    quals: { L1: 3, B1: 3, W1: 3, W2: 2 },
  });
  b.role('brk-op', 'Brackets operator', 'cell-brackets', {
    headcount: 4,
    team: 'brackets',
    quals: { L2: 3, B2: 3, P1: 2 },
  });
  b.role('PNT', 'Painter', 'paint', { quals: { P1: 4, B2: 1 } });
  b.role('PLN', 'Capacity planner', 'services', { hours: 16 });
  b.role('MNT', 'Mechanic', 'services').role('PM', 'Production manager', 'mgmt');
  // Assemblies cell: the team owns its whole order, from kitting to the hand-over to paint.
  const asm = { by: { 'asm-op': 1 } };
  b.make('cut-a', 'Cut (assemblies)', ['L1'], { load: 28, cycle: 3, dist: 3, type: 'make:cut', ...asm });
  b.make('bend-a', 'Bend (assemblies)', ['B1'], { load: 20, cycle: 1, dist: 3, type: 'make:bend', ...asm });
  b.make('weld', 'Weld', ['W1', 'W2'], { load: 72, cycle: 8, dist: 6, type: 'make:weld', ...asm });
  b.prepare('setup-a', 'Set up laser and brake', ['L1', 'B1'], { load: 12, dist: 1, type: 'prep:setup', ...asm });
  b.prepare('kitting-a', 'Kit parts and bought items', A, { load: 8, type: 'prep:kitting', ...asm });
  b.support('transport-a', 'Move jobs to the paint shop', ['W1', 'W2'], { load: 5, type: 'sup:transport', ...asm });
  b.support('am-a', 'Autonomous maintenance', A, { load: 6, type: 'sup:maintenance', ...asm });
  b.control('inspect-a', 'Inspect own work', 'op:quality', A, { load: 10, dist: 2, ...asm });
  b.control('dispose-a', 'Decide on rejects', 'op:quality', A, { load: 2, ...asm });
  b.control('diagnose-a', 'First-line fault diagnosis', 'op:maintenance', A, { load: 3, dist: 1, ...asm });
  b.control('sequence-a', 'Sequence jobs on POLCA cards', 'op:logistics', A, { load: 6, dist: 1, ...asm });
  b.control('allocate-a', 'Divide the work in the team', 'op:personnel', A, { load: 3, ...asm });
  b.control('improve-a', 'Improve the cell', 'tac:quality', A, { load: 6, by: { 'asm-op': 0.7, PM: 0.3 } });
  b.control('training-a', 'Cross-training plan', 'tac:personnel', A, { load: 3, ...asm });
  // Brackets cell.
  const brk = { by: { 'brk-op': 1 } };
  b.make('cut-b', 'Cut (brackets)', ['L2'], { load: 42, cycle: 3, dist: 4, type: 'make:cut', ...brk });
  b.make('bend-b', 'Bend (brackets)', ['B2'], { load: 44, cycle: 1, dist: 5, type: 'make:bend', ...brk });
  b.prepare('setup-b', 'Set up laser and brake', B, { load: 18, dist: 1, type: 'prep:setup', ...brk });
  b.prepare('kitting-b', 'Kit sheet metal', B, { load: 6, type: 'prep:kitting', ...brk });
  b.support('transport-b', 'Move jobs to the paint shop', ['B2'], { load: 5, type: 'sup:transport', ...brk });
  b.support('am-b', 'Autonomous maintenance', B, { load: 4, type: 'sup:maintenance', ...brk });
  b.control('inspect-b', 'Inspect own work', 'op:quality', B, { load: 8, dist: 2, ...brk });
  b.control('dispose-b', 'Decide on rejects', 'op:quality', B, { load: 2, ...brk });
  b.control('diagnose-b', 'First-line fault diagnosis', 'op:maintenance', B, { load: 2, dist: 1, ...brk });
  b.control('sequence-b', 'Sequence jobs on POLCA cards', 'op:logistics', B, { load: 4, dist: 1, ...brk });
  b.control('allocate-b', 'Divide the work in the team', 'op:personnel', B, { load: 2, ...brk });
  b.control('improve-b', 'Improve the cell', 'tac:quality', B, { load: 4, by: { 'brk-op': 0.7, PM: 0.3 } });
  b.control('training-b', 'Cross-training plan', 'tac:personnel', B, { load: 2, ...brk });
  // Paint shop: the monument both cells share, fed through POLCA cards.
  b.make('paint', 'Paint', ['P1'], {
    load: 36,
    cycle: 1.2,
    dist: 3,
    type: 'make:paint',
    by: { PNT: 0.7, 'brk-op': 0.3 },
  });
  b.prepare('paint-prep', 'Mix paint and set up the booth', ['P1'], { load: 4, dist: 1, by: { PNT: 1 } });
  b.control('inspect-paint', 'Inspect the coating', 'op:quality', ['P1'], { load: 4, dist: 1, by: { PNT: 1 } });
  b.control('diagnose-paint', 'First-line booth faults', 'op:maintenance', ['P1'], { load: 1, by: { PNT: 1 } });
  b.control('sequence-paint', 'Release jobs against POLCA cards', 'op:logistics', ['P1'], {
    load: 3,
    dist: 1,
    by: { PNT: 1 },
  });
  // What stays outside the cells: planned maintenance, capacity across cells, strategy.
  b.support('maintenance', 'Planned maintenance', ALL, { load: 16, dist: 1, type: 'sup:maintenance', by: { MNT: 1 } });
  b.control('maint-plan', 'Preventive maintenance plan', 'tac:maintenance', ALL, { load: 4, by: { MNT: 1 } });
  b.control('capacity', 'Capacity planning and POLCA cards', 'tac:logistics', ALL, { load: 8, by: { PLN: 1 } });
  b.control('due-dates', 'Order acceptance and delivery dates', 'tac:logistics', ALL, { load: 6, by: { PLN: 1 } });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 12, by: { PM: 1 } });
  b.polca('assemblies-paint', 'cell-assemblies', 'paint', {
    leadTimeFrom: 3,
    transit: 0.25,
    leadTimeTo: 1,
    returnTime: 0.25,
    jobs: 128,
    periodDays: 63,
    safety: 0.1,
  });
  b.polca('brackets-paint', 'cell-brackets', 'paint', {
    leadTimeFrom: 1.5,
    transit: 0.25,
    leadTimeTo: 1,
    returnTime: 0.25,
    jobs: 240,
    periodDays: 63,
    safety: 0.1,
  });
  return b.build({
    rows: [
      [['cell-assemblies', 'cell-brackets'], 'paint'],
      ['services', 'mgmt'],
    ],
    columns: { paint: 2 },
  });
}

export const jobShop: TemplateDefinition = {
  slug: 'job-shop-qrm-cells',
  names: { en: 'Job shop to QRM cells', nl: 'Job shop naar QRM-cellen' },
  descriptions: {
    en: 'A functional metalworking job shop (cutting, bending, welding, painting) redesigned into an assemblies cell and a brackets cell that own their orders, with the paint shop as a shared monument fed through POLCA cards.',
    nl: 'Een functioneel ingerichte metaalbewerker (knippen, kanten, lassen, lakken) herontworpen tot een cel voor samenstellingen en een cel voor beugels die hun orders zelf doorlopen, met de lakstraat als gedeeld monument dat via POLCA-kaarten wordt gevoed.',
  },
  caseKind: { en: 'Metalworking job shop, make-to-order', nl: 'Metaalbewerking op order (job shop)' },
  build: () =>
    project(
      'template-job-shop',
      'Job shop to QRM cells',
      'A metalworking job shop with three product families. As-is: the functional shop of the worked example (domain.md §6): every family crosses four departments and all control sits with planners, inspectors and supervisors. To-be: two QRM cells, each owning a focused target market segment (welded assemblies; brackets) with cross-trained operators who set up, inspect, sequence and divide the work themselves; the paint booth stays a shared monument, fed through POLCA loops from both cells. Compare handoffs, MCT and the structure parameters between the tabs.',
      [asIs(), toBe()],
    ),
};
