import { ScenarioBuilder, project } from './builder';
import type { TemplateDefinition } from './definition';

/**
 * Potato processing (fries). As-is: intake, processing, packing and the cold store are
 * departments, and the quality lab, technical service, planning and shift leaders steer the
 * whole chain from outside. To-be: the chain is segmented into three units with their own
 * teams: receipt and quality control, production, and the distribution centre. Each segment
 * holds the control tasks of its own part of the flow.
 */

const RECEIPT = ['WEIGH', 'LAB', 'STORE'];
const LINE = ['PEEL', 'CUT', 'BLANCH', 'FRY', 'FREEZE', 'BAG', 'CARTON'];
const DC = ['COLD', 'PICK', 'LOAD'];

function workstations(b: ScenarioBuilder, unitOf: (ws: string) => string) {
  const list: [string, string, string][] = [
    ['WEIGH', 'Weighbridge and unloading', 'receive'],
    ['LAB', 'Sampling and tare lab', 'sample'],
    ['STORE', 'Potato storage boxes', 'store'],
    ['PEEL', 'Washer and steam peeler', 'peel'],
    ['CUT', 'Cutting line', 'cut'],
    ['BLANCH', 'Blancher and dryer', 'blanch'],
    ['FRY', 'Pre-fryer', 'fry'],
    ['FREEZE', 'Spiral freezer', 'freeze'],
    ['BAG', 'Bagging line (retail)', 'pack'],
    ['CARTON', 'Carton line (catering)', 'pack'],
    ['COLD', 'Cold store (−22 °C)', 'cold-store'],
    ['PICK', 'Order picking', 'pick'],
    ['LOAD', 'Loading docks', 'load'],
  ];
  for (const [key, name, type] of list) b.ws(key, name, type, unitOf(key));
  const chain = (pack: string[]) =>
    [...RECEIPT, 'PEEL', 'CUT', 'BLANCH', 'FRY', 'FREEZE']
      .map((w) => [w])
      .concat(
        [pack],
        DC.map((w) => [w]),
      );
  b.family('retail', 'Retail', chain(['BAG']), { kind: 'order-stream', demand: 40, ftms: 'fries' });
  b.family('catering', 'Catering', chain(['CARTON']), { kind: 'order-stream', demand: 25, ftms: 'fries' });
  b.family('private', 'Store brands', chain(['BAG', 'CARTON']), { kind: 'order-stream', demand: 15, ftms: 'fries' });
}

/** Make work on the line: the same in both scenarios (hours a week, cycle in minutes). */
const MAKE: [key: string, name: string, ws: string, load: number, cycle: number, dist: number][] = [
  ['weigh', 'Weigh and unload lorries', 'WEIGH', 60, 20, 4],
  ['sample', 'Sample and grade loads', 'LAB', 40, 15, 3],
  ['store', 'Store and retrieve boxes', 'STORE', 40, 6, 2],
  ['peel', 'Run washer and peeler', 'PEEL', 64, 30, 5],
  ['cut', 'Run the cutting line', 'CUT', 64, 30, 6],
  ['blanch', 'Run blancher and dryer', 'BLANCH', 56, 30, 4],
  ['fry', 'Run the pre-fryer', 'FRY', 72, 30, 6],
  ['freeze', 'Run the spiral freezer', 'FREEZE', 32, 30, 2],
  ['bag', 'Bag and case', 'BAG', 140, 0.5, 10],
  ['carton', 'Fill and close cartons', 'CARTON', 72, 1, 5],
  ['cold', 'Put away in the cold store', 'COLD', 60, 4, 3],
  ['pick', 'Pick customer orders', 'PICK', 100, 2, 6],
  ['load', 'Load trucks', 'LOAD', 60, 8, 4],
];

function asIs() {
  const b = new ScenarioBuilder('asis', 'As-is: functional chain', 0);
  b.unit('intake', 'Goods intake', 'functional').unit('processing', 'Processing', 'functional');
  b.unit('packing', 'Packing', 'functional').unit('warehouse', 'Cold store and shipping', 'functional');
  b.unit('qa', 'Quality assurance', 'staff').unit('tech', 'Technical service', 'support');
  b.unit('planning', 'Planning', 'staff').unit('mgmt', 'Plant management', 'management');
  const unitOf: Record<string, string> = {
    WEIGH: 'intake',
    LAB: 'qa',
    STORE: 'intake',
    BAG: 'packing',
    CARTON: 'packing',
    COLD: 'warehouse',
    PICK: 'warehouse',
    LOAD: 'warehouse',
  };
  workstations(b, (w) => unitOf[w] ?? 'processing');
  const ALL = b.wsOf();
  b.role('intake-op', 'Intake operator', 'intake', { headcount: 3, quals: { WEIGH: 3, STORE: 3 } });
  b.role('peel-op', 'Peeling operator', 'processing', { headcount: 2, quals: { PEEL: 3 } });
  b.role('cut-op', 'Cutting operator', 'processing', { headcount: 2, quals: { CUT: 3 } });
  b.role('fry-op', 'Fryer operator', 'processing', { headcount: 4, quals: { BLANCH: 3, FRY: 3 } });
  b.role('freeze-op', 'Freezer operator', 'processing', { quals: { FREEZE: 3 } });
  b.role('packer', 'Packing operator', 'packing', { headcount: 6, quals: { BAG: 2, CARTON: 2 } });
  b.role('driver', 'Reach-truck driver', 'warehouse', { headcount: 4, quals: { COLD: 3, LOAD: 3 } });
  b.role('picker', 'Order picker', 'warehouse', { headcount: 3, quals: { PICK: 3 } });
  b.role('lab', 'Lab technician', 'qa', { headcount: 3, quals: { LAB: 3 } });
  b.role('mechanic', 'Mechanic', 'tech', { headcount: 4 }).role('hygiene', 'Hygiene operator', 'tech', {
    headcount: 2,
  });
  b.role('planner', 'Planner', 'planning', { headcount: 2 });
  b.role('shift', 'Shift leader', 'mgmt', { headcount: 2 }).role('manager', 'Plant manager', 'mgmt');
  const holder: Record<string, string> = {
    weigh: 'intake-op',
    sample: 'lab',
    store: 'intake-op',
    peel: 'peel-op',
    cut: 'cut-op',
    blanch: 'fry-op',
    fry: 'fry-op',
    freeze: 'freeze-op',
    bag: 'packer',
    carton: 'packer',
    cold: 'driver',
    pick: 'picker',
    load: 'driver',
  };
  for (const [key, name, ws, load, cycle, dist] of MAKE)
    b.make(key, name, [ws], { load, cycle, dist: dist * 2, by: { [holder[key] as string]: 1 } });
  b.prepare('cleaning', 'Changeover cleaning and CIP', LINE, { load: 60, dist: 2, by: { hygiene: 1 } });
  b.prepare('packaging', 'Supply packaging material', ['BAG', 'CARTON'], { load: 16, dist: 2, by: { driver: 1 } });
  b.support('maintenance', 'Maintenance and repairs', ALL, { load: 100, dist: 6, by: { mechanic: 1 } });
  b.control('accept', 'Accept or reject loads', 'op:quality', RECEIPT, { load: 8, dist: 2, by: { lab: 1 } });
  b.control('line-checks', 'In-line quality checks', 'op:quality', LINE, { load: 36, dist: 4, by: { lab: 1 } });
  b.control('release', 'Release finished goods', 'op:quality', DC, { load: 16, dist: 2, by: { lab: 1 } });
  b.control('hold', 'Hold and release decisions', 'op:quality', LINE, { load: 8, dist: 2, by: { shift: 1 } });
  b.control('diagnose', 'Breakdown diagnosis', 'op:maintenance', ALL, { load: 24, dist: 4, by: { mechanic: 1 } });
  b.control('slots', 'Plan intake slots', 'op:logistics', RECEIPT, { load: 12, dist: 3, by: { planner: 1 } });
  b.control('schedule', 'Production schedule', 'op:logistics', LINE, { load: 20, dist: 3, by: { planner: 1 } });
  b.control('changeovers', 'Sequence changeovers', 'op:logistics', LINE, { load: 10, dist: 2, by: { shift: 1 } });
  b.control('shipping', 'Shipping and transport plan', 'op:logistics', DC, { load: 20, dist: 4, by: { planner: 1 } });
  b.control('staffing', 'Staffing and breaks', 'op:personnel', ALL, { load: 24, dist: 3, by: { shift: 1 } });
  b.control('sop', 'Sales and operations planning', 'tac:logistics', ALL, { load: 12, by: { planner: 1 } });
  b.control('maint-plan', 'Maintenance plan', 'tac:maintenance', ALL, { load: 8, by: { mechanic: 1 } });
  b.control('haccp', 'HACCP and audits', 'tac:quality', ALL, { load: 12, by: { lab: 0.5, manager: 0.5 } });
  b.control('training', 'Training and hiring', 'tac:personnel', ALL, { load: 8, by: { manager: 1 } });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 14, by: { manager: 1 } });
  return b.build({
    rows: [
      ['intake', 'processing', 'packing', 'warehouse'],
      ['qa', 'tech', 'planning', 'mgmt'],
    ],
    columns: { processing: 3 },
  });
}

function toBe() {
  const b = new ScenarioBuilder('tobe', 'To-be: three segments', 1);
  b.unit('receipt', 'Receipt and quality control', 'segment').unit('production', 'Production', 'segment');
  b.unit('dc', 'Distribution centre', 'segment')
    .unit('support', 'Plant support', 'staff')
    .unit('mgmt', 'Plant management', 'management');
  workstations(b, (w) => (RECEIPT.includes(w) ? 'receipt' : DC.includes(w) ? 'dc' : 'production'));
  const ALL = b.wsOf();
  b.team('receipt', 'Receipt', 'receipt').team('line', 'Line', 'production').team('dc', 'DC', 'dc');
  b.role('receipt-op', 'Receipt operator', 'receipt', {
    team: 'receipt',
    headcount: 5,
    quals: { WEIGH: 3, LAB: 2, STORE: 3 },
  });
  b.role('line-op', 'Line operator', 'production', {
    team: 'line',
    headcount: 18,
    quals: { PEEL: 2, CUT: 3, BLANCH: 2, FRY: 3, FREEZE: 2, BAG: 3, CARTON: 3 },
  });
  b.role('line-tech', 'Line technician', 'production', { team: 'line', headcount: 2, quals: { PEEL: 2, FRY: 2 } });
  b.role('dc-op', 'DC operator', 'dc', { team: 'dc', headcount: 7, quals: { COLD: 3, PICK: 3, LOAD: 3 } });
  b.role('qa', 'QA manager', 'support')
    .role('scp', 'Supply chain planner', 'support')
    .role('manager', 'Plant manager', 'mgmt');
  const segmentOf = (ws: string) => (RECEIPT.includes(ws) ? 'receipt-op' : DC.includes(ws) ? 'dc-op' : 'line-op');
  for (const [key, name, ws, load, cycle, dist] of MAKE)
    b.make(key, name, [ws], { load, cycle, dist, by: { [segmentOf(ws)]: 1 } });
  // Receipt: the segment that accepts the potatoes also judges them.
  const rec = { by: { 'receipt-op': 1 } };
  b.prepare('boxes', 'Prepare boxes and sample kits', RECEIPT, { load: 4, ...rec });
  b.control('accept', 'Accept or reject loads', 'op:quality', RECEIPT, { load: 8, dist: 1, ...rec });
  b.control('grading', 'Grade loads for the line', 'op:quality', RECEIPT, { load: 6, ...rec });
  b.control('climate', 'Storage climate control', 'op:maintenance', RECEIPT, { load: 4, ...rec });
  b.control('slots', 'Plan intake slots', 'op:logistics', RECEIPT, { load: 8, dist: 1, ...rec });
  b.control('rota-r', 'Rota', 'op:personnel', RECEIPT, { load: 2, ...rec });
  b.control('growers', 'Feedback to growers', 'tac:quality', RECEIPT, { load: 4, ...rec });
  // Production: line operators rotate over all positions; two technicians in the team.
  const line = { by: { 'line-op': 1 } };
  b.prepare('cleaning', 'Changeover cleaning and CIP', LINE, { load: 60, dist: 1, ...line });
  b.prepare('packaging', 'Supply packaging material', ['BAG', 'CARTON'], { load: 16, ...line });
  b.support('am', 'Autonomous maintenance', LINE, { load: 16, type: 'sup:maintenance', ...line });
  b.support('maintenance', 'Maintenance and repairs', LINE, {
    load: 52,
    dist: 2,
    type: 'sup:maintenance',
    by: { 'line-tech': 1 },
  });
  b.control('line-checks', 'In-line quality checks', 'op:quality', LINE, { load: 30, dist: 2, ...line });
  b.control('hold', 'Hold and release on the line', 'op:quality', LINE, { load: 6, ...line });
  b.control('diagnose', 'Breakdown diagnosis', 'op:maintenance', LINE, { load: 12, dist: 2, by: { 'line-tech': 1 } });
  b.control('stops', 'Plan maintenance stops', 'op:maintenance', LINE, { load: 4, by: { 'line-tech': 1 } });
  b.control('changeovers', 'Sequence changeovers', 'op:logistics', LINE, { load: 8, dist: 1, ...line });
  b.control('rota-p', 'Rota and breaks', 'op:personnel', LINE, { load: 6, dist: 1, ...line });
  b.control('improve-p', 'Line improvement (OEE)', 'tac:quality', LINE, {
    load: 8,
    by: { 'line-op': 0.5, 'line-tech': 0.25, qa: 0.25 },
  });
  b.control('schedule', 'Weekly production plan', 'tac:logistics', LINE, { load: 8, by: { 'line-op': 0.5, scp: 0.5 } });
  // Distribution centre: releases and plans its own shipments.
  const dc = { by: { 'dc-op': 1 } };
  b.prepare('load-lists', 'Prepare load lists and labels', DC, { load: 6, ...dc });
  b.support('trucks', 'Reach-truck checks', DC, { load: 6, type: 'sup:maintenance', ...dc });
  b.control('release', 'Release finished goods', 'op:quality', DC, { load: 12, dist: 1, ...dc });
  b.control('truck-faults', 'Truck and door faults', 'op:maintenance', DC, { load: 4, ...dc });
  b.control('shipping', 'Shipping and transport plan', 'op:logistics', DC, { load: 16, dist: 2, ...dc });
  b.control('rota-d', 'Rota', 'op:personnel', DC, { load: 2, ...dc });
  // What stays central: the HACCP system, the customer plan, utilities, strategy.
  b.control('haccp', 'HACCP system and audits', 'tac:quality', ALL, { load: 24, by: { qa: 1 } });
  b.control('sop', 'Sales and operations planning', 'tac:logistics', ALL, { load: 12, by: { scp: 1 } });
  b.control('customers', 'Customer orders and forecasts', 'tac:logistics', ALL, { load: 16, by: { scp: 1 } });
  b.control('maint-plan', 'Maintenance plan', 'tac:maintenance', ALL, { load: 6, by: { 'line-tech': 1 } });
  b.control('training', 'Training and hiring', 'tac:personnel', ALL, {
    load: 8,
    by: { manager: 0.5, 'line-op': 0.25, 'dc-op': 0.25 },
  });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 14, by: { manager: 1 } });
  return b.build({
    rows: [
      ['receipt', 'production', 'dc'],
      ['support', 'mgmt'],
    ],
    columns: { production: 4, receipt: 3, dc: 3 },
  });
}

export const potato: TemplateDefinition = {
  slug: 'potato-processing-segments',
  names: { en: 'Potato processing in three segments', nl: 'Aardappelverwerking in drie segmenten' },
  descriptions: {
    en: 'A fries factory segments its chain into receipt and quality control, production, and a distribution centre. Each segment has its own team that also judges, schedules and maintains its own part of the flow, instead of a central lab, planning office and technical service.',
    nl: 'Een frietfabriek deelt haar keten op in ontvangst en kwaliteitscontrole, productie en een distributiecentrum. Ieder segment heeft een eigen team dat zijn deel van de stroom ook zelf beoordeelt, plant en onderhoudt, in plaats van een centraal lab, planbureau en technische dienst.',
  },
  caseKind: { en: 'Food processing, continuous line', nl: 'Voedingsmiddelen, continue lijnproductie' },
  build: () =>
    project(
      'template-potato',
      'Potato processing in three segments',
      'A plant that turns potatoes into frozen fries for retail, catering and private label. As-is: goods intake, processing, packing and the cold store are departments; a central quality lab samples every load, checks the line and releases pallets, planners schedule intake, production and shipping, mechanics repair everything and shift leaders staff the whole chain. To-be: the chain is segmented into receipt and quality control, production, and a distribution centre. Each segment team owns its part: receipt accepts and grades loads and plans intake slots, the line team rotates over all positions, checks quality and sequences changeovers with two technicians of its own, and the DC releases and plans its shipments.',
      [asIs(), toBe()],
    ),
};
