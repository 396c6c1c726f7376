import { ScenarioBuilder, project } from './builder';
import type { TemplateDefinition } from './definition';

/**
 * Home care. As-is: nurses, carers and domestic helpers work in town-wide pools by function;
 * an intake office assesses clients, a planning office plans every visit and roster, and
 * team managers handle absence and incidents. To-be: four self-managing neighbourhood teams
 * (at most twelve people each) that take in their own clients, plan their own rounds and
 * rosters and evaluate the care with the client, with a coach and a small back office.
 */

interface Neighbourhood {
  key: string;
  name: string;
  clients: number;
  nurses: number;
  carers: number;
  domestic: number;
}

const AREAS: Neighbourhood[] = [
  { key: 'north', name: 'North', clients: 46, nurses: 4, carers: 6, domestic: 2 },
  { key: 'east', name: 'East', clients: 42, nurses: 4, carers: 6, domestic: 2 },
  { key: 'south', name: 'South', clients: 40, nurses: 4, carers: 6, domestic: 2 },
  { key: 'west', name: 'West', clients: 40, nurses: 4, carers: 6, domestic: 2 },
];
const CLIENTS = AREAS.reduce((n, a) => n + a.clients, 0);

/** Client groups per neighbourhood: the order streams of home care. */
function families(b: ScenarioBuilder, route: (a: Neighbourhood) => string[][]) {
  for (const a of AREAS) b.family(a.key, a.name, route(a), { kind: 'client-group', demand: a.clients, ftms: a.key });
}

function asIs() {
  const b = new ScenarioBuilder('asis', 'As-is: functional pools', 0);
  b.unit('nursing', 'Nursing pool', 'functional').unit('care', 'Personal care pool', 'functional');
  b.unit('domestic', 'Domestic help pool', 'functional').unit('intake', 'Client office', 'staff');
  b.unit('planning', 'Planning office', 'staff').unit('mgmt', 'Management', 'management');
  b.ws('NUR-AM', 'Nursing, morning round', 'nursing', 'nursing').ws(
    'NUR-PM',
    'Nursing, evening round',
    'nursing',
    'nursing',
  );
  b.ws('CARE-AM', 'Personal care, morning', 'personal-care', 'care').ws(
    'CARE-PM',
    'Personal care, evening',
    'personal-care',
    'care',
  );
  b.ws('DOM', 'Domestic help routes', 'domestic', 'domestic');
  families(b, () => [['NUR-AM', 'NUR-PM'], ['CARE-AM', 'CARE-PM'], ['DOM']]);
  const ALL = b.wsOf();
  b.role('nurse', 'District nurse', 'nursing', { headcount: 12, hours: 32, quals: { 'NUR-AM': 3, 'NUR-PM': 3 } });
  b.role('carer', 'Certified carer', 'care', { headcount: 24, hours: 28, quals: { 'CARE-AM': 3, 'CARE-PM': 3 } });
  b.role('helper', 'Domestic helper', 'domestic', { headcount: 8, hours: 24, quals: { DOM: 3 } });
  b.role('assessor', 'Intake assessor', 'intake', { headcount: 3, hours: 36 });
  b.role('admin', 'Client administrator', 'intake', { headcount: 2, hours: 32 });
  b.role('planner', 'Planner', 'planning', { headcount: 4, hours: 36 });
  b.role('manager', 'Team manager', 'mgmt', { headcount: 3, hours: 36 }).role('director', 'Area manager', 'mgmt');
  b.role('quality', 'Quality officer', 'mgmt', { hours: 32 });
  b.make('nursing', 'Nursing care (wounds, injections)', ['NUR-AM', 'NUR-PM'], {
    load: 260,
    cycle: 20,
    dist: 72,
    by: { nurse: 1 },
  });
  b.make('personal', 'Personal care (washing, dressing)', ['CARE-AM', 'CARE-PM'], {
    load: 500,
    cycle: 15,
    dist: 120,
    by: { carer: 1 },
  });
  b.make('domestic', 'Domestic support', ['DOM'], { load: 120, cycle: 60, dist: 32, by: { helper: 1 } });
  // Town-wide pools drive all over town: travel is work too.
  b.support('travel-n', 'Travel between clients', ['NUR-AM', 'NUR-PM'], {
    load: 60,
    type: 'sup:travel',
    by: { nurse: 1 },
  });
  b.support('travel-c', 'Travel between clients', ['CARE-AM', 'CARE-PM'], {
    load: 120,
    type: 'sup:travel',
    by: { carer: 1 },
  });
  b.support('travel-d', 'Travel between clients', ['DOM'], { load: 16, type: 'sup:travel', by: { helper: 1 } });
  b.prepare('intake', 'Intake and needs assessment', ALL, { load: 44, dist: 3, by: { assessor: 1 } });
  b.prepare('care-plans', 'Draw up care plans', ALL, { load: 24, dist: 2, by: { assessor: 1 } });
  b.support('minutes', 'Register minutes per visit', ALL, { load: 40, dist: 4, by: { admin: 1 } });
  b.support('aids', 'Order aids and supplies', ALL, { load: 12, dist: 2, by: { admin: 1 } });
  b.control('evaluate', 'Evaluate care plans', 'op:quality', ALL, { load: 20, dist: 2, by: { assessor: 1 } });
  b.control('incidents', 'Handle incidents and complaints', 'op:quality', ALL, {
    load: 12,
    dist: 2,
    by: { manager: 1 },
  });
  b.control('audits', 'Audit client files', 'op:quality', ALL, { load: 12, by: { quality: 1 } });
  b.control('routes', 'Plan routes and visits', 'op:logistics', ALL, { load: 64, dist: 10, by: { planner: 1 } });
  b.control('changes', 'Handle sick calls and changes', 'op:logistics', ALL, {
    load: 36,
    dist: 14,
    by: { planner: 1 },
  });
  b.control('rosters', 'Rosters', 'op:personnel', ALL, { load: 20, dist: 4, by: { planner: 1 } });
  b.control('absence', 'Absence and replacements', 'op:personnel', ALL, { load: 30, dist: 6, by: { manager: 1 } });
  b.control('policy', 'Care quality policy', 'tac:quality', ALL, { load: 16, by: { quality: 1 } });
  b.control('coaching', 'Appraisals and coaching', 'tac:personnel', ALL, { load: 30, by: { manager: 1 } });
  b.control('workforce', 'Workforce planning and hiring', 'tac:personnel', ALL, {
    load: 20,
    by: { manager: 0.5, director: 0.5 },
  });
  b.control('contracts', 'Contracts with insurers', 'tac:logistics', ALL, { load: 16, by: { director: 1 } });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 12, by: { director: 1 } });
  return b.build({
    rows: [
      ['nursing', 'care', 'domestic'],
      ['intake', 'planning', 'mgmt'],
    ],
  });
}

/** One neighbourhood team: nurses hold quality, carers logistics and personnel, helpers their own visits. */
function team(b: ScenarioBuilder, a: Neighbourhood) {
  const share = a.clients / CLIENTS;
  const h = (town: number) => Math.round(town * share);
  const [nur, care, dom] = [`NUR-${a.key}`, `CARE-${a.key}`, `DOM-${a.key}`];
  b.unit(a.key, `Neighbourhood ${a.name}`, 'cell');
  b.ws(nur, `Nursing care ${a.name}`, 'nursing', a.key).ws(care, `Personal care ${a.name}`, 'personal-care', a.key);
  b.ws(dom, `Domestic help ${a.name}`, 'domestic', a.key);
  b.team(a.key, `Team ${a.name}`, a.key);
  const [nurse, carer, helper] = [`nurse-${a.key}`, `carer-${a.key}`, `helper-${a.key}`];
  b.role(nurse, `District nurse (${a.name})`, a.key, {
    team: a.key,
    headcount: a.nurses,
    hours: 32,
    quals: { [nur]: 3, [care]: 3, [dom]: 2 },
  });
  b.role(carer, `Certified carer (${a.name})`, a.key, {
    team: a.key,
    headcount: a.carers,
    hours: 28,
    quals: { [care]: 3, [dom]: 2, [nur]: 1 },
  });
  b.role(helper, `Domestic helper (${a.name})`, a.key, {
    team: a.key,
    headcount: a.domestic,
    hours: 24,
    quals: { [dom]: 3, [care]: 1 },
  });
  const k = (task: string) => `${task}-${a.key}`;
  const all = [nur, care, dom];
  b.make(k('nursing'), 'Nursing care (wounds, injections)', [nur], {
    load: h(240),
    cycle: 30,
    dist: 5,
    type: 'make:nursing',
    by: { [nurse]: 1 },
  });
  b.make(k('personal'), 'Personal care (washing, dressing)', [care], {
    load: h(460),
    cycle: 25,
    dist: 8,
    type: 'make:personal',
    by: { [carer]: 0.92, [nurse]: 0.08 },
  });
  b.make(k('domestic'), 'Domestic support', [dom], {
    load: h(120),
    cycle: 90,
    dist: 1,
    type: 'make:domestic',
    by: { [helper]: 1 },
  });
  b.support(k('travel'), 'Travel within the neighbourhood', all, {
    load: h(112),
    type: 'sup:travel',
    by: { [nurse]: 0.3, [carer]: 0.62, [helper]: 0.08 },
  });
  b.prepare(k('intake'), 'Intake at the client’s home', all, {
    load: h(40),
    dist: 1,
    type: 'prep:intake',
    by: { [nurse]: 1 },
  });
  b.prepare(k('care-plans'), 'Care plan with the client', [nur, care], {
    load: h(20),
    type: 'prep:care-plan',
    by: { [nurse]: 0.7, [carer]: 0.3 },
  });
  b.support(k('aids'), 'Arrange aids with the family', all, { load: h(10), type: 'sup:aids', by: { [carer]: 1 } });
  b.control(k('evaluate'), 'Evaluate care with the client', 'op:quality', [nur, care], {
    load: h(20),
    dist: 1,
    by: { [nurse]: 1 },
  });
  b.control(k('incidents'), 'Handle incidents', 'op:quality', [nur, care], { load: h(8), by: { [nurse]: 1 } });
  b.control(k('signals'), 'Signal changes at home', 'op:quality', [dom], { load: h(4), by: { [helper]: 1 } });
  b.control(k('rounds'), 'Plan the daily rounds', 'op:logistics', [nur, care], {
    load: h(24),
    dist: 2,
    by: { [carer]: 1 },
  });
  b.control(k('changes'), 'Handle sick calls and changes', 'op:logistics', [nur, care], {
    load: h(12),
    dist: 2,
    by: { [carer]: 1 },
  });
  b.control(k('dom-visits'), 'Plan domestic visits', 'op:logistics', [dom], { load: h(6), by: { [helper]: 1 } });
  b.control(k('roster'), 'Team roster and holidays', 'op:personnel', all, { load: h(16), dist: 1, by: { [carer]: 1 } });
  b.control(k('meeting'), 'Team meeting: results, improvement', 'tac:quality', all, {
    load: h(16),
    by: { [nurse]: 0.4, [carer]: 0.45, [helper]: 0.15 },
  });
  b.control(k('hiring'), 'Hire and train colleagues', 'tac:personnel', all, {
    load: h(10),
    by: { [nurse]: 0.5, [carer]: 0.5 },
  });
  b.control(k('network'), 'Contacts with GPs and the district', 'tac:logistics', all, {
    load: h(12),
    by: { [nurse]: 1 },
  });
}

function toBe() {
  const b = new ScenarioBuilder('tobe', 'To-be: neighbourhood teams', 1);
  for (const a of AREAS) team(b, a);
  b.unit('office', 'Back office and coaching', 'support').unit('mgmt', 'Management', 'management');
  families(b, (a) => [[`NUR-${a.key}`], [`CARE-${a.key}`], [`DOM-${a.key}`]]);
  const ALL = b.wsOf();
  b.role('admin', 'Back-office employee', 'office', { hours: 32 }).role('coach', 'Team coach', 'office', { hours: 32 });
  b.role('director', 'Director', 'mgmt');
  b.support('invoicing', 'Invoicing and client records', ALL, { load: 24, by: { admin: 1 } });
  b.control('coaching', 'Coach teams on request', 'tac:personnel', ALL, { load: 24, by: { coach: 1 } });
  b.control('contracts', 'Contracts with insurers', 'tac:logistics', ALL, { load: 16, by: { director: 1 } });
  b.control('policy', 'Care quality framework', 'tac:quality', ALL, { load: 8, by: { coach: 0.5, director: 0.5 } });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 12, by: { director: 1 } });
  return b.build({
    rows: [
      [
        ['north', 'east', 'south', 'west'],
        ['office', 'mgmt'],
      ],
    ],
    columns: { north: 4, east: 4, south: 4, west: 4 },
  });
}

export const homeCare: TemplateDefinition = {
  slug: 'home-care-neighbourhood-teams',
  names: { en: 'Home care: neighbourhood teams', nl: 'Thuiszorg: buurtteams' },
  descriptions: {
    en: 'A home-care organisation moves from town-wide pools of nurses, carers and domestic helpers, planned by a planning office, to four self-managing neighbourhood teams of at most twelve people who take in, plan and evaluate the care of their own clients.',
    nl: 'Een thuiszorgorganisatie gaat van stadsbrede pools van wijkverpleegkundigen, verzorgenden en huishoudelijke hulpen, ingepland door een planbureau, naar vier zelfsturende buurtteams van hoogstens twaalf mensen die de zorg voor hun eigen cliënten zelf indiceren, plannen en evalueren.',
  },
  caseKind: { en: 'Home care (district nursing)', nl: 'Thuiszorg (wijkverpleging)' },
  build: () =>
    project(
      'template-home-care',
      'Home care: neighbourhood teams',
      'A home-care organisation serving about 170 clients in four neighbourhoods. As-is: nurses, certified carers and domestic helpers work in town-wide pools by function and time of day; an intake office assesses clients and writes the care plans, a planning office plans every visit and roster and handles sick calls, an administrator registers minutes, and team managers handle absence and incidents. To-be: four self-managing neighbourhood teams of at most twelve people, each serving the clients of its own neighbourhood: nurses do the intake, care plans and evaluations, carers plan the rounds and the roster, domestic helpers plan their own visits. A coach and a small back office support the teams.',
      [asIs(), toBe()],
    ),
};
