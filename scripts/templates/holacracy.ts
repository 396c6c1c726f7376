import { ScenarioBuilder, project } from './builder';
import type { TemplateDefinition } from './definition';

/**
 * Project-management firm. As-is: departments for project management, project control,
 * contracts and documents, with department heads who allocate hours and people and a risk
 * manager who reviews deliverables. To-be: holacracy: a circle per client market, each with
 * operational roles that hold the control over their own domain, and the governance roles
 * lead link, rep link and facilitator; a support circle and the general company circle.
 * Governance roles are filled by circle members: their hours are the time the role takes.
 */

const POSITIONS: [key: string, name: string, type: string][] = [
  ['PM', 'Project management', 'project-management'],
  ['CTRL', 'Planning and cost control', 'project-control'],
  ['CON', 'Contract management', 'contract-management'],
  ['DOC', 'Document control', 'document-control'],
];

interface Circle {
  key: string;
  name: string;
  leads: number;
  /** Hours a week of make work per position: PM, CTRL, CON, DOC. */
  make: [number, number, number, number];
  /** Hours a week of the contracts and documents roles. */
  hours: [number, number, number];
}

const CIRCLES: Circle[] = [
  { key: 'infra', name: 'Infra', leads: 3, make: [90, 30, 26, 18], hours: [40, 32, 24] },
  { key: 'energy', name: 'Energy', leads: 2, make: [60, 30, 22, 20], hours: [40, 32, 24] },
  { key: 'realestate', name: 'Real estate', leads: 2, make: [64, 24, 16, 10], hours: [32, 24, 16] },
];

function families(b: ScenarioBuilder, ws: (circle: Circle, position: string) => string) {
  const names: Record<string, string> = {
    infra: 'Infra',
    energy: 'Energy grid',
    realestate: 'Real estate',
  };
  const demand: Record<string, number> = { infra: 14, energy: 10, realestate: 9 };
  for (const c of CIRCLES)
    b.family(
      c.key,
      names[c.key] ?? c.name,
      POSITIONS.map(([p]) => [ws(c, p)]),
      { kind: 'client-group', demand: demand[c.key] ?? 0, ftms: c.key },
    );
}

function asIs() {
  const b = new ScenarioBuilder('asis', 'As-is: departments', 0);
  b.unit('pm', 'Project management', 'functional').unit('control', 'Project control', 'functional');
  b.unit('contracts', 'Contracts and documents', 'functional').unit('staff', 'Bids, office and risk', 'staff');
  b.unit('board', 'Board', 'management');
  const unitOf: Record<string, string> = { PM: 'pm', CTRL: 'control', CON: 'contracts', DOC: 'contracts' };
  for (const [key, name, type] of POSITIONS) b.ws(key, name, type, unitOf[key] ?? 'pm');
  families(b, (_, p) => p);
  const ALL = b.wsOf();
  b.role('pm', 'Project manager', 'pm', { headcount: 6, quals: { PM: 3 } }).role('head-pm', 'Head of projects', 'pm');
  b.role('controller', 'Project controller', 'control', { headcount: 3, quals: { CTRL: 3 } }).role(
    'head-control',
    'Head of control',
    'control',
  );
  b.role('contract', 'Contract manager', 'contracts', { headcount: 2, quals: { CON: 3 } });
  b.role('documents', 'Document controller', 'contracts', { headcount: 2, hours: 32, quals: { DOC: 3 } });
  b.role('bid', 'Bid manager', 'staff')
    .role('office', 'Office manager', 'staff', { hours: 32 })
    .role('risk', 'Risk manager', 'staff');
  b.role('director', 'Director', 'board', { headcount: 2 });
  b.make('manage', 'Manage client projects', ['PM'], { load: 220, cycle: 120, dist: 14, by: { pm: 1 } });
  b.make('control', 'Planning and cost reports', ['CTRL'], { load: 100, cycle: 60, dist: 8, by: { controller: 1 } });
  b.make('contracts', 'Contracts and change orders', ['CON'], { load: 64, cycle: 90, dist: 6, by: { contract: 1 } });
  b.make('documents', 'Register and archive documents', ['DOC'], {
    load: 52,
    cycle: 10,
    dist: 6,
    by: { documents: 1 },
  });
  b.prepare('tenders', 'Tender and kick-off packages', ALL, { load: 30, dist: 2, by: { bid: 1 } });
  b.support('office', 'Office, IT and templates', ALL, { load: 24, dist: 3, by: { office: 1 } });
  b.control('review', 'Review deliverables', 'op:quality', ALL, { load: 20, dist: 2, by: { risk: 1 } });
  b.control('audits', 'Project audits', 'op:quality', ALL, { load: 8, by: { 'head-pm': 1 } });
  b.control('hours', 'Allocate hours and priorities', 'op:logistics', ALL, { load: 16, dist: 4, by: { 'head-pm': 1 } });
  b.control('resources', 'Resource planning', 'op:logistics', ALL, { load: 14, dist: 3, by: { 'head-control': 1 } });
  b.control('staffing', 'Staff projects, absence', 'op:personnel', ALL, {
    load: 16,
    dist: 3,
    by: { 'head-pm': 0.5, 'head-control': 0.5 },
  });
  b.control('risks', 'Risk register', 'op:general', ALL, { load: 10, by: { risk: 1 } });
  b.control('portfolio', 'Portfolio and sales plan', 'tac:logistics', ALL, { load: 16, by: { director: 1 } });
  b.control('methods', 'Methods and quality system', 'tac:quality', ALL, {
    load: 12,
    by: { risk: 0.5, 'head-pm': 0.5 },
  });
  b.control('appraisals', 'Appraisals and training', 'tac:personnel', ALL, {
    load: 20,
    by: { 'head-pm': 0.5, 'head-control': 0.5 },
  });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 16, by: { director: 1 } });
  return b.build({
    rows: [
      ['pm', 'control', 'contracts'],
      ['staff', 'board'],
    ],
  });
}

/** A circle: each operational role holds the control of its own domain; governance roles are part of the circle. */
function circle(b: ScenarioBuilder, c: Circle) {
  b.unit(c.key, `${c.name} circle`, 'cell');
  for (const [p, name, type] of POSITIONS) b.ws(`${p}-${c.key}`, `${name} ${c.name.toLowerCase()}`, type, c.key);
  b.team(c.key, c.name, c.key);
  const ws = (p: string) => `${p}-${c.key}`;
  const all = POSITIONS.map(([p]) => ws(p));
  const r = (role: string) => `${c.key}-${role}`;
  const role = (
    key: string,
    name: string,
    options: { headcount?: number; hours?: number; quals?: Record<string, 1 | 2 | 3> } = {},
  ) =>
    b.role(r(key), `${name} (${c.name})`, c.key, {
      team: c.key,
      headcount: options.headcount,
      hours: options.hours,
      quals: Object.fromEntries(Object.entries(options.quals ?? {}).map(([p, level]) => [ws(p), level])),
    });
  // Cross-qualified so that no domain depends on one person.
  role('lead', 'Project lead', { headcount: c.leads, quals: { PM: 3, CTRL: 2, DOC: 2 } });
  role('control', 'Planner', { hours: c.hours[0], quals: { CTRL: 3, PM: 2, CON: 2 } });
  role('contracts', 'Contracts', { hours: c.hours[1], quals: { CON: 3, CTRL: 2, DOC: 2 } });
  role('documents', 'Documents', { hours: c.hours[2], quals: { DOC: 3, CON: 2 } });
  role('leadlink', 'Lead link', { hours: 8 });
  role('replink', 'Rep link', { hours: 5 });
  role('facilitator', 'Facilitator', { hours: 6 });
  const k = (task: string) => `${task}-${c.key}`;
  const [pm, ctrl, con, doc] = c.make;
  b.make(k('manage'), 'Manage client projects', [ws('PM')], {
    load: pm,
    cycle: 120,
    dist: 4,
    type: 'make:manage',
    by: { [r('lead')]: 1 },
  });
  b.make(k('control'), 'Planning and cost reports', [ws('CTRL')], {
    load: ctrl,
    cycle: 60,
    dist: 2,
    type: 'make:control',
    by: { [r('control')]: 1 },
  });
  b.make(k('contracts'), 'Contracts and change orders', [ws('CON')], {
    load: con,
    cycle: 90,
    dist: 2,
    type: 'make:contracts',
    by: { [r('contracts')]: 1 },
  });
  b.make(k('documents'), 'Register and archive documents', [ws('DOC')], {
    load: doc,
    cycle: 10,
    dist: 2,
    type: 'make:documents',
    by: { [r('documents')]: 1 },
  });
  b.prepare(k('tender'), 'Tender and kick-off package', [ws('PM'), ws('CTRL')], {
    load: 8,
    type: 'prep:tender',
    by: { [r('lead')]: 0.7, [r('control')]: 0.3 },
  });
  b.support(k('lessons'), 'Templates and lessons learned', all, {
    load: 3,
    type: 'sup:templates',
    by: { [r('documents')]: 1 },
  });
  // Each role holds the control of its own domain (its workstation), so no aspect is split between roles.
  b.control(k('priorities'), 'Prioritise project work', 'op:logistics', [ws('PM')], {
    load: 5,
    dist: 1,
    by: { [r('lead')]: 1 },
  });
  b.control(k('changes'), 'Client change requests', 'op:logistics', [ws('PM')], { load: 3, by: { [r('lead')]: 1 } });
  b.control(k('acceptance'), 'Client acceptance of deliverables', 'op:quality', [ws('PM')], {
    load: 4,
    by: { [r('lead')]: 1 },
  });
  b.control(k('forecast'), 'Check forecasts and risks', 'op:quality', [ws('CTRL')], {
    load: 3,
    by: { [r('control')]: 1 },
  });
  b.control(k('cycle'), 'Run the planning cycle', 'op:logistics', [ws('CTRL')], { load: 2, by: { [r('control')]: 1 } });
  b.control(k('contract-review'), 'Contract review', 'op:quality', [ws('CON')], {
    load: 3,
    by: { [r('contracts')]: 1 },
  });
  b.control(k('doc-checks'), 'Document quality checks', 'op:quality', [ws('DOC')], {
    load: 2,
    by: { [r('documents')]: 1 },
  });
  b.control(k('assign'), 'Assign people to roles', 'op:personnel', all, { load: 3, by: { [r('leadlink')]: 1 } });
  b.control(k('role-fit'), 'Role fit and feedback', 'tac:personnel', all, { load: 3, by: { [r('leadlink')]: 1 } });
  b.control(k('represent'), 'Carry tensions to the GCC', 'tac:logistics', all, { load: 3, by: { [r('replink')]: 1 } });
  b.control(k('metrics'), 'Report circle metrics', 'tac:quality', all, {
    load: 4,
    by: { [r('replink')]: 0.25, [r('lead')]: 0.5, [r('control')]: 0.25 },
  });
  b.control(k('governance'), 'Facilitate governance meetings', 'tac:personnel', all, {
    load: 3,
    by: { [r('facilitator')]: 1 },
  });
  b.control(k('constitution'), 'Guard the constitution', 'op:general', all, { load: 1, by: { [r('facilitator')]: 1 } });
}

function toBe() {
  const b = new ScenarioBuilder('tobe', 'To-be: holacracy circles', 1);
  for (const c of CIRCLES) circle(b, c);
  b.unit('support', 'Support circle', 'support').unit('gcc', 'General company circle', 'management');
  // Support roles work in domains of their own, outside the client routes.
  b.ws('BID', 'Bid desk', 'bids', 'support')
    .ws('IT', 'Office and IT desk', 'office', 'support')
    .ws('FIN', 'Finance desk', 'finance', 'gcc');
  families(b, (c, p) => `${p}-${c.key}`);
  const ALL = b.wsOf();
  b.team('support', 'Support', 'support').team('gcc', 'GCC', 'gcc');
  b.role('bid', 'Bids and tenders', 'support', { team: 'support', quals: { BID: 3 } });
  b.role('office', 'Office and IT', 'support', { team: 'support', hours: 32, quals: { IT: 3 } });
  b.role('gcc-leadlink', 'GCC lead link', 'gcc', { team: 'gcc' }).role('finance', 'Finance', 'gcc', {
    team: 'gcc',
    hours: 32,
    quals: { FIN: 3 },
  });
  b.prepare('tenders', 'Write bids and tender texts', ['BID'], { load: 24, dist: 1, by: { bid: 1 } });
  b.control('bid-check', 'Bid/no-bid and quality check', 'op:quality', ['BID'], { load: 4, by: { bid: 1 } });
  b.control('bid-calendar', 'Bid calendar', 'op:logistics', ['BID'], { load: 2, by: { bid: 1 } });
  b.support('office', 'IT service desk and templates', ['IT'], { load: 22, dist: 2, by: { office: 1 } });
  b.control('access', 'Access rights and backups', 'op:quality', ['IT'], { load: 2, by: { office: 1 } });
  b.support('books', 'Bookkeeping and invoicing', ['FIN'], { load: 14, dist: 1, by: { finance: 1 } });
  b.control('invoice-check', 'Check hours and invoices', 'op:quality', ['FIN'], { load: 4, by: { finance: 1 } });
  b.control('budgets', 'Budgets per circle', 'tac:logistics', ALL, { load: 8, by: { finance: 1 } });
  b.control('methods', 'Methods and risk approach', 'tac:quality', ALL, {
    load: 8,
    by: { 'infra-lead': 0.4, 'energy-lead': 0.3, 'realestate-lead': 0.3 },
  });
  b.control(
    'portfolio',
    'Portfolio and market choices',
    'tac:logistics',
    CIRCLES.map((c) => `PM-${c.key}`),
    { load: 8, by: { 'gcc-leadlink': 1 } },
  );
  b.control('purpose', 'Purpose and strategy', 'str:general', ALL, { load: 16, by: { 'gcc-leadlink': 1 } });
  return b.build({
    rows: [
      [
        ['infra', 'energy', 'realestate'],
        ['support', 'gcc'],
      ],
    ],
    columns: { infra: 5, energy: 5, realestate: 5, support: 3, gcc: 2 },
  });
}

export const holacracy: TemplateDefinition = {
  slug: 'project-firm-holacracy',
  names: { en: 'Project firm: holacracy roles', nl: 'Projectbureau: holacratische rollen' },
  descriptions: {
    en: 'A project-management firm replaces departments and department heads with holacracy: a circle per client market in which each role controls its own domain, governance roles (lead link, rep link, facilitator) in every circle, a support circle and the general company circle.',
    nl: 'Een projectmanagementbureau vervangt afdelingen en afdelingshoofden door holacratie: een cirkel per klantmarkt waarin iedere rol zijn eigen domein regelt, bestuursrollen (lead link, rep link, facilitator) in iedere cirkel, een ondersteunende cirkel en de algemene bedrijfscirkel.',
  },
  caseKind: { en: 'Professional services, project management', nl: 'Zakelijke dienstverlening, projectmanagement' },
  build: () =>
    project(
      'template-holacracy',
      'Project firm: holacracy roles',
      'A firm that manages infrastructure, energy-grid and real-estate projects for clients. As-is: departments for project management, project control and contracts and documents; department heads allocate hours, priorities and people, and a risk manager reviews deliverables. To-be: holacracy. Each client market has a circle whose roles hold the control over their own domain (a project lead prioritises and gets client acceptance, planning and cost checks forecasts, contracts and documents review their own work), with the governance roles lead link, rep link and facilitator. A support circle and the general company circle hold what is common. Governance roles are filled by circle members; their hours are the time the role takes.',
      [asIs(), toBe()],
    ),
};
