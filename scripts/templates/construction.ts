import { ScenarioBuilder, mctChain, project } from './builder';
import type { TemplateDefinition } from './definition';

/**
 * Construction firm. As-is: crews per trade (carpenters, bricklayers, roofers, finishers) are
 * sent from site to site; work planners, a buyer, site managers and a safety officer prepare
 * and steer the work. To-be: three self-managing production teams per order stream
 * (new-build, renovation, service jobs) with mixed trades, where roles replace functions:
 * a planning role, a quality and safety role and a materials role in each team.
 */

type Trade = 'MAS' | 'CAR' | 'ROOF' | 'FIN';
const TRADES: Record<Trade, [name: string, type: string]> = {
  MAS: ['Bricklaying', 'masonry'],
  CAR: ['Carpentry', 'carpentry'],
  ROOF: ['Roofing', 'roofing'],
  FIN: ['Finishing', 'finishing'],
};
const STREAMS: Record<'newbuild' | 'renovation' | 'service', Trade[]> = {
  newbuild: ['MAS', 'CAR', 'ROOF', 'FIN'],
  renovation: ['CAR', 'MAS', 'FIN'],
  service: ['CAR', 'FIN'],
};

function families(b: ScenarioBuilder, ws: (stream: keyof typeof STREAMS, trade: Trade) => string, toBe: boolean) {
  const route = (stream: keyof typeof STREAMS) => STREAMS[stream].map((t) => [ws(stream, t)]);
  b.family('newbuild', 'New-build', route('newbuild'), {
    kind: 'order-stream',
    demand: 2,
    ftms: 'newbuild',
    mct: toBe
      ? mctChain([
          ['prep', 'Work packages in the team', 'office', 5, 5],
          ['shell', 'Shell and roof', 'workstation', 25, 5],
          ['finish', 'Finishing', 'workstation', 10, 2],
          ['handover', 'Handover', 'shipping', 1, 2],
        ])
      : mctChain([
          ['prep', 'Work preparation and purchasing', 'office', 10, 15],
          ['shell', 'Shell and roof', 'workstation', 25, 15],
          ['finish', 'Finishing', 'workstation', 10, 10],
          ['handover', 'Snags and handover', 'shipping', 3, 10],
        ]),
  });
  b.family('renovation', 'Renovation', route('renovation'), { kind: 'order-stream', demand: 6, ftms: 'renovation' });
  b.family('service', 'Service jobs', route('service'), { kind: 'order-stream', demand: 25, ftms: 'service' });
}

function asIs() {
  const b = new ScenarioBuilder('asis', 'As-is: trade crews', 0);
  b.unit('carpenters', 'Carpenters', 'functional').unit('bricklayers', 'Bricklayers', 'functional');
  b.unit('roof-finish', 'Roofing and finishing', 'functional').unit('prep', 'Work preparation', 'staff');
  b.unit('sites', 'Site management', 'staff').unit('equipment', 'Equipment and logistics', 'support');
  b.unit('mgmt', 'Management', 'management');
  const unitOf: Record<Trade, string> = {
    CAR: 'carpenters',
    MAS: 'bricklayers',
    ROOF: 'roof-finish',
    FIN: 'roof-finish',
  };
  for (const [t, [name, type]] of Object.entries(TRADES) as [Trade, [string, string]][])
    b.ws(t, `${name} crews`, type, unitOf[t]);
  families(b, (_, t) => t, false);
  const ALL = b.wsOf();
  b.role('carpenter', 'Carpenter', 'carpenters', { headcount: 10, quals: { CAR: 3 } });
  b.role('bricklayer', 'Bricklayer', 'bricklayers', { headcount: 6, quals: { MAS: 3 } });
  b.role('roofer', 'Roofer', 'roof-finish', { headcount: 3, quals: { ROOF: 3 } });
  b.role('finisher', 'Finisher', 'roof-finish', { headcount: 4, quals: { FIN: 3 } });
  b.role('planner', 'Work planner', 'prep', { headcount: 2 }).role('buyer', 'Buyer', 'prep');
  b.role('site-manager', 'Site manager', 'sites', { headcount: 3 }).role('safety', 'QHSE officer', 'sites');
  b.role('logistics', 'Equipment handler', 'equipment', { headcount: 2 });
  b.role('pm', 'Project manager', 'mgmt', { headcount: 2 }).role('director', 'Director', 'mgmt');
  const make: [Trade, string, number, number, number, string][] = [
    ['MAS', 'Lay bricks and blocks', 200, 10, 30, 'bricklayer'],
    ['CAR', 'Carpentry and frames', 330, 20, 45, 'carpenter'],
    ['ROOF', 'Roofing', 100, 15, 14, 'roofer'],
    ['FIN', 'Plaster, paint, tiles', 130, 20, 18, 'finisher'],
  ];
  for (const [t, name, load, cycle, dist, role] of make)
    b.make(t.toLowerCase(), name, [t], { load, cycle, dist, by: { [role]: 1 } });
  b.prepare('packages', 'Drawings and work packages', ALL, { load: 60, dist: 3, by: { planner: 1 } });
  b.prepare('purchase', 'Purchase materials', ALL, { load: 30, dist: 3, by: { buyer: 1 } });
  b.prepare('site-setup', 'Set up site and scaffolding', ALL, { load: 36, dist: 2, by: { logistics: 1 } });
  b.support('deliveries', 'Deliver materials and equipment', ALL, { load: 30, dist: 3, by: { logistics: 1 } });
  b.control('inspect', 'Inspect work and snag lists', 'op:quality', ALL, {
    load: 30,
    dist: 4,
    by: { 'site-manager': 1 },
  });
  b.control('audits', 'Quality and safety inspections', 'op:quality', ALL, { load: 16, dist: 1, by: { safety: 1 } });
  b.control('toolbox', 'Safety rounds and toolbox talks', 'op:general', ALL, { load: 12, by: { safety: 1 } });
  b.control('schedule', 'Site planning, week schedules', 'op:logistics', ALL, {
    load: 40,
    dist: 6,
    by: { 'site-manager': 1 },
  });
  b.control('calloff', 'Call off deliveries', 'op:logistics', ALL, { load: 12, dist: 3, by: { buyer: 1 } });
  b.control('crews', 'Assign crews to sites', 'op:personnel', ALL, { load: 24, dist: 4, by: { 'site-manager': 1 } });
  b.control('breakdowns', 'Equipment breakdowns', 'op:maintenance', ALL, { load: 6, dist: 1, by: { logistics: 1 } });
  b.control('projects', 'Project planning and budgets', 'tac:logistics', ALL, { load: 40, by: { pm: 1 } });
  b.control('iso', 'Quality and safety system', 'tac:quality', ALL, { load: 8, by: { safety: 1 } });
  b.control('staffing', 'Staffing and training', 'tac:personnel', ALL, { load: 12, by: { pm: 0.5, director: 0.5 } });
  b.control('tenders', 'Tenders and clients', 'tac:logistics', ALL, { load: 24, by: { pm: 0.5, director: 0.5 } });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 16, by: { director: 1 } });
  return b.build({
    rows: [
      ['carpenters', 'bricklayers', 'roof-finish'],
      ['prep', 'sites', 'equipment', 'mgmt'],
    ],
  });
}

interface TeamSpec {
  key: keyof typeof STREAMS;
  name: string;
  builders: number;
  make: Partial<Record<Trade, number>>;
  /** Share of the make work of the role holders; the builders do the rest. A small team has one role holder. */
  roles: { planning: number; quality?: number; materials?: number };
}

const TEAMS: TeamSpec[] = [
  {
    key: 'newbuild',
    name: 'New-build',
    builders: 10,
    make: { MAS: 120, CAR: 130, ROOF: 100, FIN: 30 },
    roles: { planning: 0.04, quality: 0.03, materials: 0.04 },
  },
  {
    key: 'renovation',
    name: 'Renovation',
    builders: 7,
    make: { CAR: 130, MAS: 80, FIN: 50 },
    roles: { planning: 0.05, quality: 0.07, materials: 0.08 },
  },
  { key: 'service', name: 'Service', builders: 4, make: { CAR: 70, FIN: 50 }, roles: { planning: 0.1 } },
];

/** One production team: builders of mixed trades; three of them hold the planning, quality and materials roles. */
function team(b: ScenarioBuilder, t: TeamSpec) {
  const wsKey = (trade: Trade) => `${trade}-${t.key}`;
  const trades = STREAMS[t.key];
  const ws = trades.map(wsKey);
  b.unit(t.key, `${t.name} team`, 'cell');
  for (const trade of trades)
    b.ws(wsKey(trade), `${TRADES[trade][0]} ${t.name.toLowerCase()}`, TRADES[trade][1], t.key);
  b.team(t.key, t.name, t.key);
  const r = (role: string) => `${t.key}-${role}`;
  const quals = (main: number) => Object.fromEntries(ws.map((w, i) => [w, i === main % ws.length ? 3 : 2] as const));
  const small = t.key === 'service';
  b.role(r('planning'), small ? `Planning, client (${t.name})` : `Planning role (${t.name})`, t.key, {
    team: t.key,
    quals: quals(0),
  });
  if (!small) b.role(r('quality'), `Safety role (${t.name})`, t.key, { team: t.key, quals: quals(1) });
  if (!small) b.role(r('materials'), `Materials role (${t.name})`, t.key, { team: t.key, quals: quals(2) });
  b.role(r('builder'), `Builder (${t.name})`, t.key, { team: t.key, headcount: t.builders, quals: quals(3) });
  const quality = small ? r('planning') : r('quality');
  const materials = small ? r('planning') : r('materials');
  const split: Record<string, number> = {};
  for (const [role, share] of Object.entries(t.roles)) split[r(role)] = share;
  split[r('builder')] = Math.round((1 - Object.values(t.roles).reduce((a, x) => a + x, 0)) * 100) / 100;
  for (const trade of trades)
    b.make(`${trade.toLowerCase()}-${t.key}`, TRADES[trade][0], [wsKey(trade)], {
      load: t.make[trade] ?? 0,
      cycle: 20,
      dist: 3,
      type: `make:${trade.toLowerCase()}`,
      by: split,
    });
  const size = (t.builders + (small ? 1 : 3)) / 12;
  const h = (x: number) => Math.max(1, Math.round(x * size));
  const k = (task: string) => `${task}-${t.key}`;
  b.prepare(k('packages'), 'Work packages from drawings', ws, {
    load: h(16),
    dist: 1,
    type: 'prep:packages',
    by: { [r('planning')]: 0.3, [r('builder')]: 0.7 },
  });
  b.prepare(k('calloff'), 'Call off materials and equipment', ws, {
    load: h(10),
    dist: 1,
    type: 'prep:calloff',
    by: { [materials]: 1 },
  });
  b.prepare(k('site'), 'Set up the site', ws, {
    load: h(14),
    type: 'prep:site',
    by: { [materials]: 0.4, [r('builder')]: 0.6 },
  });
  b.support(k('housekeeping'), 'Site housekeeping and waste', ws, {
    load: h(10),
    type: 'sup:housekeeping',
    by: { [r('builder')]: 1 },
  });
  b.control(k('inspect'), 'Inspect own work, snag lists', 'op:quality', ws, {
    load: h(12),
    dist: 1,
    by: { [quality]: 1 },
  });
  b.control(k('safety'), 'Safety round and toolbox talk', 'op:general', ws, { load: h(6), by: { [quality]: 1 } });
  b.control(k('schedule'), 'Week schedule on site', 'op:logistics', ws, {
    load: h(8),
    dist: 2,
    by: { [r('planning')]: 1 },
  });
  b.control(k('crew'), 'Divide the work in the team', 'op:personnel', ws, {
    load: h(4),
    dist: 1,
    by: { [r('planning')]: 1 },
  });
  b.control(k('equipment'), 'Equipment breakdowns', 'op:maintenance', ws, { load: h(3), by: { [materials]: 1 } });
  b.control(k('evaluate'), 'Evaluate projects and improve', 'tac:quality', ws, {
    load: h(6),
    by: { [quality]: 0.5, [r('builder')]: 0.5 },
  });
  b.control(k('apprentices'), 'Hire and train apprentices', 'tac:personnel', ws, {
    load: h(6),
    by: { [r('builder')]: 0.5, leader: 0.5 },
  });
}

function toBe() {
  const b = new ScenarioBuilder('tobe', 'To-be: self-managing teams', 1);
  b.unit('office', 'Project office', 'staff').unit('mgmt', 'Management', 'management');
  b.role('leader', 'Project leader', 'office', { headcount: 2 }).role('engineer', 'Work planner', 'office');
  b.role('buyer', 'Buyer', 'office').role('director', 'Director', 'mgmt');
  for (const t of TEAMS) team(b, t);
  families(b, (stream, trade) => `${trade}-${stream}`, true);
  const ALL = b.wsOf();
  b.support('deliveries', 'Deliver scaffolding and cranes', ALL, {
    load: 16,
    dist: 1,
    by: { buyer: 0.5, engineer: 0.5 },
  });
  b.control('projects', 'Project budgets and client contact', 'tac:logistics', ALL, {
    load: 40,
    by: { leader: 0.8, 'newbuild-planning': 0.1, 'renovation-planning': 0.1 },
  });
  b.control('standards', 'Standard details and engineering', 'tac:quality', ALL, { load: 24, by: { engineer: 1 } });
  b.control('contracts', 'Framework contracts with suppliers', 'tac:logistics', ALL, { load: 24, by: { buyer: 1 } });
  b.control('tenders', 'Tenders and new clients', 'tac:logistics', ALL, {
    load: 24,
    by: { leader: 0.5, director: 0.5 },
  });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 16, by: { director: 1 } });
  return b.build({
    rows: [
      [
        ['newbuild', 'renovation', 'service'],
        ['office', 'mgmt'],
      ],
    ],
    columns: { newbuild: 5, renovation: 5, service: 5 },
  });
}

export const construction: TemplateDefinition = {
  slug: 'construction-self-managing-teams',
  names: { en: 'Construction: self-managing teams', nl: 'Bouwbedrijf: zelfsturende teams' },
  descriptions: {
    en: 'A construction firm replaces trade crews steered by work planners, site managers and a safety officer with three self-managing production teams per order stream. Roles replace functions: in each team, builders take the planning role, the quality and safety role and the materials role.',
    nl: 'Een bouwbedrijf vervangt vakploegen die worden aangestuurd door werkvoorbereiders, uitvoerders en een KAM-coördinator door drie zelfsturende productieteams per orderstroom. Rollen vervangen functies: in ieder team nemen bouwvakkers de planningsrol, de rol kwaliteit en veiligheid en de materiaalrol op zich.',
  },
  caseKind: { en: 'Construction and renovation of homes', nl: 'Woningbouw en renovatie' },
  build: () =>
    project(
      'template-construction',
      'Construction: self-managing teams',
      'A construction firm that builds new homes, renovates homes for housing associations and does small service jobs. As-is: carpenters, bricklayers, roofers and finishers are crews per trade, sent from site to site; work planners draw up work packages, a buyer calls off deliveries, three site managers plan the week, inspect and assign crews, and a QHSE officer inspects safety. To-be: a new-build team, a renovation team and a service team, each with mixed trades and its own sites. Roles replace functions: builders hold the planning role, the quality and safety role and the materials role; project leaders, a work planner and a buyer support the teams from the office.',
      [asIs(), toBe()],
    ),
};
