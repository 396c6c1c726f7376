import { ScenarioBuilder, project } from './builder';
import type { TemplateDefinition } from './definition';

/**
 * Residential care (psychogeriatric nursing home). As-is: one ward of 58 residents where work
 * is divided by task (medication rounds, care rounds, meals and housekeeping, activities) and
 * a roster planner and the ward manager steer. To-be: four small wards of 14–15 residents,
 * each with a multidisciplinary team whose members hold team roles (roster, family contact,
 * medication and quality, household and upkeep); the physician, psychologist and physio
 * review the care with each team.
 */

interface Ward {
  key: string;
  name: string;
  residents: number;
  nurses: number;
  carers: number;
  hosts: number;
}

const WARDS: Ward[] = [
  { key: 'linde', name: 'Linde', residents: 15, nurses: 2, carers: 3, hosts: 3 },
  { key: 'eik', name: 'Eik', residents: 15, nurses: 2, carers: 3, hosts: 3 },
  { key: 'beuk', name: 'Beuk', residents: 14, nurses: 2, carers: 3, hosts: 3 },
  { key: 'wilg', name: 'Wilg', residents: 14, nurses: 2, carers: 3, hosts: 3 },
];
const RESIDENTS = WARDS.reduce((n, w) => n + w.residents, 0);

/** Resident groups: in the as-is corridors of the big ward, in the to-be the small wards. */
function families(b: ScenarioBuilder, name: (w: Ward) => string, route: (w: Ward) => string[][]) {
  for (const w of WARDS) b.family(w.key, name(w), route(w), { kind: 'client-group', demand: w.residents, ftms: w.key });
}

/** The treatment team: the same in both scenarios; it plans and evaluates its own consultations. */
function treatment(b: ScenarioBuilder) {
  b.unit('treatment', 'Treatment service', 'support').ws('TREAT', 'Treatment rooms', 'treatment', 'treatment', true);
  b.team('treatment', 'Treatment', 'treatment');
  b.role('physician', 'Physician (elderly care)', 'treatment', { hours: 36, team: 'treatment', quals: { TREAT: 3 } });
  b.role('psychologist', 'Psychologist', 'treatment', { hours: 32, team: 'treatment', quals: { TREAT: 3 } });
  b.role('physio', 'Physio', 'treatment', { hours: 32, team: 'treatment', quals: { TREAT: 3 } });
  const three = { physician: 0.34, psychologist: 0.33, physio: 0.33 };
  b.make('treat', 'Consultations and treatment', ['TREAT'], { load: 64, cycle: 30, dist: 4, by: three });
  b.control('consult-plan', 'Plan consultations', 'op:logistics', ['TREAT'], { load: 6, dist: 1, by: three });
  b.control('protocols', 'Treatment protocols and evaluation', 'op:quality', ['TREAT'], { load: 6, by: three });
}

function asIs() {
  const b = new ScenarioBuilder('asis', 'As-is: one ward of 58', 0);
  b.unit('ward', 'Ward, 58 residents', 'functional').unit('wellbeing', 'Wellbeing department', 'functional');
  b.unit('office', 'Ward office', 'staff').unit('facility', 'Facility service', 'support');
  b.ws('MED', 'Medication rounds', 'medication', 'ward').ws('CARE', 'Care rounds', 'personal-care', 'ward');
  b.ws('LIV', 'Meals and housekeeping', 'hospitality', 'ward').ws('ACT', 'Activity room', 'activities', 'wellbeing');
  treatment(b);
  families(
    b,
    (w) => `Corridor ${WARDS.indexOf(w) + 1}`,
    () => [['MED'], ['CARE'], ['LIV'], ['ACT'], ['TREAT']],
  );
  const WARD = ['MED', 'CARE', 'LIV', 'ACT'];
  b.role('nurse', 'Nurse (level 4)', 'ward', { headcount: 6, hours: 32, quals: { MED: 3, CARE: 3 } });
  b.role('carer', 'Carer (level 3)', 'ward', { headcount: 18, hours: 28, quals: { CARE: 3 } });
  b.role('assistant', 'Care assistant', 'ward', { headcount: 8, hours: 32, quals: { LIV: 3 } });
  b.role('activity', 'Activity worker', 'wellbeing', { headcount: 3, hours: 32, quals: { ACT: 3 } });
  b.role('roster', 'Roster planner', 'office', { hours: 36 }).role('manager', 'Ward manager', 'office');
  b.role('facility', 'Facility employee', 'facility', { headcount: 2, hours: 36 });
  b.make('medication', 'Medication rounds', ['MED'], { load: 60, cycle: 10, dist: 10, by: { nurse: 1 } });
  b.make('care', 'Care rounds (washing, dressing)', ['CARE'], { load: 420, cycle: 15, dist: 80, by: { carer: 1 } });
  b.make('living', 'Serve meals, housekeeping', ['LIV'], { load: 210, cycle: 5, dist: 24, by: { assistant: 1 } });
  b.make('activities', 'Group activities', ['ACT'], { load: 80, cycle: 45, dist: 3, by: { activity: 1 } });
  b.prepare('care-plans', 'Write care plans', ['MED', 'CARE'], { load: 40, dist: 2, by: { nurse: 1 } });
  b.prepare('pharmacy', 'Check pharmacy rolls', ['MED'], { load: 12, by: { nurse: 1 } });
  b.support('laundry', 'Laundry and supplies', ['LIV', 'CARE'], { load: 30, dist: 2, by: { facility: 1 } });
  b.support('aids', 'Maintain hoists and aids', ['CARE'], { load: 20, dist: 2, by: { facility: 1 } });
  b.control('evaluate', 'Evaluate care plans', 'op:quality', WARD, { load: 24, dist: 2, by: { nurse: 1 } });
  b.control('incidents', 'Follow up incidents and falls', 'op:quality', WARD, { load: 6, dist: 2, by: { manager: 1 } });
  b.control('defects', 'Handle defect reports', 'op:maintenance', WARD, { load: 8, dist: 2, by: { facility: 1 } });
  b.control('rounds', 'Divide the rounds', 'op:logistics', WARD, { load: 10, dist: 3, by: { roster: 1 } });
  b.control('rosters', 'Rosters', 'op:personnel', WARD, { load: 20, dist: 4, by: { roster: 1 } });
  b.control('absence', 'Absence and replacements', 'op:personnel', WARD, { load: 10, dist: 4, by: { manager: 1 } });
  b.control('mdt', 'Multidisciplinary review', 'tac:quality', [...WARD, 'TREAT'], {
    load: 20,
    by: { physician: 0.3, psychologist: 0.3, physio: 0.2, nurse: 0.2 },
  });
  b.control('policy', 'Quality and safety policy', 'tac:quality', WARD, { load: 4, by: { manager: 1 } });
  b.control('appraisals', 'Appraisals and training', 'tac:personnel', WARD, { load: 8, by: { manager: 1 } });
  b.control('admissions', 'Admissions and beds', 'tac:logistics', WARD, { load: 4, by: { manager: 1 } });
  b.control('strategy', 'Strategy', 'str:general', b.wsOf(), { load: 4, by: { manager: 1 } });
  return b.build({
    rows: [
      ['ward', 'wellbeing'],
      ['office', 'facility', 'treatment'],
    ],
    columns: { ward: 4 },
  });
}

/** One small ward: every team member holds a team role, so each control aspect has one holder. */
function ward(b: ScenarioBuilder, w: Ward) {
  const share = w.residents / RESIDENTS;
  const h = (total: number) => Math.round(total * share * 10) / 10;
  const [med, care, liv, act] = ['MED', 'CARE', 'LIV', 'ACT'].map((p) => `${p}-${w.key}`) as [
    string,
    string,
    string,
    string,
  ];
  const all = [med, care, liv, act];
  b.unit(w.key, `Ward ${w.name} (${w.residents})`, 'cell');
  b.ws(med, `Medication ${w.name}`, 'medication', w.key).ws(care, `Care ${w.name}`, 'personal-care', w.key);
  b.ws(liv, `Living room ${w.name}`, 'hospitality', w.key).ws(act, `Activities ${w.name}`, 'activities', w.key);
  b.team(w.key, `Team ${w.name}`, w.key);
  const r = (role: string) => `${w.key}-${role}`;
  const q = (levels: Record<string, 1 | 2 | 3>) =>
    Object.fromEntries(Object.entries(levels).map(([p, l]) => [`${p}-${w.key}`, l]));
  b.role(r('nurse'), `Nurse (${w.name})`, w.key, {
    team: w.key,
    headcount: w.nurses,
    hours: 24,
    quals: q({ MED: 3, CARE: 3, ACT: 2 }),
  });
  b.role(r('roster'), `Roster carer (${w.name})`, w.key, {
    team: w.key,
    hours: 26,
    quals: q({ CARE: 3, ACT: 2, LIV: 2 }),
  });
  b.role(r('family'), `Family carer (${w.name})`, w.key, {
    team: w.key,
    hours: 26,
    quals: q({ CARE: 3, ACT: 3, LIV: 2 }),
  });
  b.role(r('carer'), `Carer (${w.name})`, w.key, {
    team: w.key,
    headcount: w.carers,
    hours: 26,
    quals: q({ CARE: 3, ACT: 2, MED: 1 }),
  });
  b.role(r('host'), `Host (${w.name})`, w.key, {
    team: w.key,
    headcount: w.hosts,
    hours: 28,
    quals: q({ LIV: 3, ACT: 3, CARE: 1 }),
  });
  const k = (task: string) => `${task}-${w.key}`;
  b.make(k('medication'), 'Medication', [med], {
    load: h(60),
    cycle: 10,
    dist: 1,
    type: 'make:medication',
    by: { [r('nurse')]: 1 },
  });
  b.make(k('care'), 'Personal care', [care], {
    load: h(380),
    cycle: 20,
    dist: 6,
    type: 'make:care',
    by: { [r('nurse')]: 0.1, [r('roster')]: 0.14, [r('family')]: 0.08, [r('carer')]: 0.68 },
  });
  b.make(k('living'), 'Meals and housekeeping', [liv], {
    load: h(190),
    cycle: 10,
    dist: 3,
    type: 'make:living',
    by: { [r('host')]: 1 },
  });
  b.make(k('activities'), 'Day programme', [act], {
    load: h(90),
    cycle: 45,
    dist: 1,
    type: 'make:activities',
    by: { [r('host')]: 0.6, [r('family')]: 0.2, [r('carer')]: 0.2 },
  });
  b.prepare(k('care-plans'), 'Care plans with the family', [med, care], {
    load: h(36),
    type: 'prep:care-plan',
    by: { [r('nurse')]: 0.5, [r('family')]: 0.3, [r('carer')]: 0.2 },
  });
  b.prepare(k('pharmacy'), 'Check pharmacy rolls', [med], {
    load: h(12),
    type: 'prep:pharmacy',
    by: { [r('nurse')]: 1 },
  });
  b.support(k('laundry'), 'Laundry and supplies', [liv], { load: h(24), type: 'sup:laundry', by: { [r('host')]: 1 } });
  b.support(k('aids'), 'Check hoists and aids', [care], { load: h(8), type: 'sup:aids', by: { [r('carer')]: 1 } });
  b.control(k('evaluate'), 'Evaluate care plans', 'op:quality', all, { load: h(20), dist: 1, by: { [r('nurse')]: 1 } });
  b.control(k('incidents'), 'Follow up incidents and falls', 'op:quality', all, {
    load: h(8),
    by: { [r('nurse')]: 1 },
  });
  b.control(k('defects'), 'Report and follow up defects', 'op:maintenance', all, {
    load: h(6),
    by: { [r('host')]: 1 },
  });
  b.control(k('day-plan'), 'Plan the day and the rounds', 'op:logistics', all, {
    load: h(10),
    dist: 1,
    by: { [r('family')]: 1 },
  });
  b.control(k('visits'), 'Family visits and outings', 'op:logistics', all, { load: h(8), by: { [r('family')]: 1 } });
  b.control(k('roster'), 'Team roster', 'op:personnel', all, { load: h(20), dist: 1, by: { [r('roster')]: 1 } });
  b.control(k('absence'), 'Absence and replacements', 'op:personnel', all, { load: h(10), by: { [r('roster')]: 1 } });
  b.control(k('mdt'), 'Multidisciplinary review', 'tac:quality', [...all, 'TREAT'], {
    load: h(24),
    by: { [r('nurse')]: 0.25, [r('family')]: 0.15, physician: 0.2, psychologist: 0.2, physio: 0.2 },
  });
  b.control(k('development'), 'Team development and training', 'tac:personnel', all, {
    load: h(8),
    by: { [r('roster')]: 0.4, [r('nurse')]: 0.3, [r('carer')]: 0.3 },
  });
}

function toBe() {
  const b = new ScenarioBuilder('tobe', 'To-be: four small wards', 1);
  treatment(b);
  for (const w of WARDS) ward(b, w);
  b.unit('location', 'Location management', 'management').unit('facility', 'Facility service', 'support');
  families(
    b,
    (w) => `${w.name} (${w.residents})`,
    (w) => [[`MED-${w.key}`], [`CARE-${w.key}`], [`LIV-${w.key}`], [`ACT-${w.key}`], ['TREAT']],
  );
  const ALL = b.wsOf();
  b.role('manager', 'Location manager', 'location').role('facility', 'Facility employee', 'facility', {
    headcount: 2,
    hours: 28,
  });
  b.support('repairs', 'Repair hoists and aids', ALL, { load: 16, dist: 1, by: { facility: 1 } });
  b.support('building', 'Building and installations', ALL, { load: 24, dist: 1, by: { facility: 1 } });
  b.control('admissions', 'Admissions and beds', 'tac:logistics', ALL, { load: 6, by: { manager: 1 } });
  b.control('framework', 'Quality and safety framework', 'tac:quality', ALL, { load: 6, by: { manager: 1 } });
  b.control('coaching', 'Coach the ward teams', 'tac:personnel', ALL, { load: 12, by: { manager: 1 } });
  b.control('strategy', 'Strategy', 'str:general', ALL, { load: 6, by: { manager: 1 } });
  return b.build({
    rows: [
      [
        ['linde', 'eik', 'beuk', 'wilg'],
        ['treatment', 'location', 'facility'],
      ],
    ],
    columns: { linde: 6, eik: 6, beuk: 6, wilg: 6, treatment: 3 },
  });
}

export const residentialCare: TemplateDefinition = {
  slug: 'residential-care-small-wards',
  names: { en: 'Residential care: small wards', nl: 'Verpleeghuis: kleine afdelingen' },
  descriptions: {
    en: 'A nursing home splits one ward of 58 residents, where work is divided into medication, care, meal and activity rounds, into four small wards. Each has a multidisciplinary team whose members hold team roles: roster, family contact, medication and quality, household and upkeep.',
    nl: 'Een verpleeghuis deelt één afdeling van 58 bewoners, waar het werk is opgeknipt in medicatie-, verzorgings-, maaltijd- en activiteitenrondes, op in vier kleine afdelingen. Iedere afdeling heeft een multidisciplinair team met teamrollen: rooster, familiecontact, medicatie en kwaliteit, huishouding en onderhoud.',
  },
  caseKind: { en: 'Nursing home, psychogeriatric care', nl: 'Verpleeghuis, psychogeriatrische zorg' },
  build: () =>
    project(
      'template-residential-care',
      'Residential care: small wards',
      'A psychogeriatric nursing home. As-is: one ward of 58 residents in four corridors. Nurses do the medication rounds and write care plans, carers do the care rounds, care assistants serve meals and clean, a wellbeing department runs activities, a roster planner divides the rounds and the rosters, and the ward manager handles absence and incidents. To-be: four small wards of 14–15 residents, each with its own team that does all the daily care and household. Team members hold team roles (roster carer, family carer, nurse for medication and quality, hosts for household and upkeep), and the physician, psychologist and physiotherapist review the care with each team.',
      [asIs(), toBe()],
    ),
};
