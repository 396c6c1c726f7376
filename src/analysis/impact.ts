import { IMPACT_HEADINGS, type ImpactHeading } from '../model/types';
import type { NumberDelta, RoleDelta, ScenarioComparison } from './compare';
import type { Message } from './messages';
import type { Quadrant } from './scales';

/**
 * Change impact assessment of a redesign (as-is → to-be): the consequences for the people
 * who do the work under six headings, generated from the comparison. Each item is an
 * i18n message (`compare.impact.item.<key>`) with a direction, so a works council, a
 * trainer or a report reads the same assessment in either language.
 */

// The headings are part of the document format: the user's notes are stored per heading.
export { IMPACT_HEADINGS, type ImpactHeading };

/** For the people concerned: better, worse, or a change to note. */
export type ImpactDirection = 'better' | 'worse' | 'neutral';
export type ImpactVerdict = 'better' | 'worse' | 'mixed' | 'changed' | 'unchanged';

export interface ImpactItem extends Message {
  direction: ImpactDirection;
}

export interface ImpactSection {
  heading: ImpactHeading;
  verdict: ImpactVerdict;
  items: ImpactItem[];
}

/** Smallest changes worth a line (tunable): utilisation 5 points, JCQ scale 1 point, parameter 0.01. */
export const IMPACT_THRESHOLDS = { utilisation: 0.05, scale: 1, demands: 2, disturbances: 1, parameter: 0.005, overload: 1, busy: 0.85 } as const;

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const pct = (x: number) => Math.round(x * 100);
const item = (key: string, direction: ImpactDirection, params: Record<string, string | number> = {}): ImpactItem => ({ key, params, direction });
const lowerIsBetter = (d: number): ImpactDirection => (d < 0 ? 'better' : d > 0 ? 'worse' : 'neutral');
const higherIsBetter = (d: number): ImpactDirection => (d > 0 ? 'better' : d < 0 ? 'worse' : 'neutral');
const changed = (d: NumberDelta, min = 0) => d.delta !== null && Math.abs(d.delta) > min;

/** Matched roles present on both sides. */
const both = (c: ScenarioComparison) => c.roles.filter((r): r is RoleDelta & { before: NonNullable<RoleDelta['before']>; after: NonNullable<RoleDelta['after']> } => !!r.before && !!r.after);

function workload(c: ScenarioComparison): ImpactItem[] {
  const out: ImpactItem[] = [];
  for (const { name, before, after } of both(c)) {
    const t = IMPACT_THRESHOLDS;
    if (Math.abs(after.U - before.U) >= t.utilisation) {
      const up = after.U > before.U;
      const direction = up ? (after.U > t.busy ? 'worse' : 'neutral') : before.U > t.busy ? 'better' : 'neutral';
      const key = after.U > t.overload ? 'workload.overloaded' : 'workload.utilisation';
      out.push(item(key, direction, { role: name, before: pct(before.U), after: pct(after.U) }));
    }
    if (Math.abs(after.PD - before.PD) >= t.demands)
      out.push(item('workload.demands', lowerIsBetter(after.PD - before.PD), { role: name, before: r1(before.PD), after: r1(after.PD) }));
    if (Math.abs(after.disturbancesPerPerson - before.disturbancesPerPerson) >= t.disturbances)
      out.push(
        item('workload.disturbances', lowerIsBetter(after.disturbancesPerPerson - before.disturbancesPerPerson), {
          role: name,
          before: r1(before.disturbancesPerPerson),
          after: r1(after.disturbancesPerPerson),
        }),
      );
  }
  return out;
}

function jobContent(c: ScenarioComparison): ImpactItem[] {
  const out: ImpactItem[] = [];
  const s = IMPACT_THRESHOLDS.scale;
  for (const r of both(c)) {
    const role = r.name;
    if (r.tasksGained.length) out.push(item('jobContent.tasksGained', 'neutral', { role, tasks: r.tasksGained.join(', ') }));
    if (r.tasksLost.length) out.push(item('jobContent.tasksLost', 'neutral', { role, tasks: r.tasksLost.join(', ') }));
    if (Math.abs(r.after.SD - r.before.SD) >= s)
      out.push(item('jobContent.skillDiscretion', higherIsBetter(r.after.SD - r.before.SD), { role, before: r1(r.before.SD), after: r1(r.after.SD) }));
    if (Math.abs(r.after.DA - r.before.DA) >= s)
      out.push(item('jobContent.decisionAuthority', higherIsBetter(r.after.DA - r.before.DA), { role, before: r1(r.before.DA), after: r1(r.after.DA) }));
    if (r.webaFailuresLost.length) out.push(item('jobContent.webaMet', 'better', { role, criteria: r.webaFailuresLost.join(', ') }));
    if (r.webaFailuresGained.length) out.push(item('jobContent.webaFailed', 'worse', { role, criteria: r.webaFailuresGained.join(', ') }));
  }
  return out;
}

function workOrganisation(c: ScenarioComparison): ImpactItem[] {
  const out: ImpactItem[] = [];
  for (const p of c.parameters)
    if (changed(p, IMPACT_THRESHOLDS.parameter))
      out.push(item('organisation.parameter', lowerIsBetter(p.delta ?? 0), { parameter: p.key, before: r2(p.before ?? 0), after: r2(p.after ?? 0) }));
  for (const f of c.families) {
    if (changed(f.handoffs))
      out.push(item('organisation.handoffs', lowerIsBetter(f.handoffs.delta ?? 0), { family: f.name, before: f.handoffs.before ?? 0, after: f.handoffs.after ?? 0 }));
    if (changed(f.mctDays, 0.05))
      out.push(item('organisation.mct', lowerIsBetter(f.mctDays.delta ?? 0), { family: f.name, before: r1(f.mctDays.before ?? 0), after: r1(f.mctDays.after ?? 0) }));
  }
  for (const e of c.entities) {
    if (e.kind === 'team' && e.status === 'added') out.push(item('organisation.teamFormed', 'better', { team: e.name }));
    if (e.kind === 'team' && e.status === 'removed') out.push(item('organisation.teamDissolved', 'neutral', { team: e.name }));
    if (e.kind === 'unit' && e.status !== 'same' && e.status !== 'changed') out.push(item(`organisation.unit.${e.status}`, 'neutral', { unit: e.name }));
  }
  for (const cell of c.cells)
    if (cell.before !== null && cell.after !== null && cell.before !== cell.after)
      out.push(item(cell.after ? 'organisation.cellComplete' : 'organisation.cellIncomplete', cell.after ? 'better' : 'worse', { ftms: cell.ftms }));
  return out;
}

/** Karasek quadrants from worst to best for the person: leaving high strain is the aim. */
const QUADRANT_RANK: Record<Quadrant, number> = { 'high-strain': 0, passive: 1, active: 2, 'low-strain': 2 };

function qualityOfWork(c: ScenarioComparison): ImpactItem[] {
  const out: ImpactItem[] = [];
  const p = c.people;
  if (changed(p.highStrainPeople))
    out.push(item('quality.highStrainPeople', lowerIsBetter(p.highStrainPeople.delta ?? 0), { before: p.highStrainPeople.before ?? 0, after: p.highStrainPeople.after ?? 0 }));
  for (const r of both(c)) {
    const role = r.name;
    if (r.quadrantMoved) {
      const d = QUADRANT_RANK[r.after.quadrant] - QUADRANT_RANK[r.before.quadrant];
      out.push(item('quality.quadrant', higherIsBetter(d), { role, quadrantFrom: r.before.quadrant, quadrantTo: r.after.quadrant }));
    }
    const flags = [
      ['iso', r.before.isoStrain, r.after.isoStrain],
      ['controlProblem', r.before.strainRatio > 1, r.after.strainRatio > 1],
      ['stressRisk', r.before.stressRisk, r.after.stressRisk],
      ['learningRisk', r.before.learningRisk, r.after.learningRisk],
    ] as const;
    for (const [flag, was, is] of flags)
      if (was !== is) out.push(item(`quality.${flag}.${is ? 'gained' : 'lost'}`, is ? 'worse' : 'better', { role }));
  }
  return out;
}

function employment(c: ScenarioComparison): ImpactItem[] {
  const out: ImpactItem[] = [];
  const { headcount, fte } = c.people;
  if (changed(headcount)) out.push(item('employment.headcount', higherIsBetter(headcount.delta ?? 0), { before: headcount.before ?? 0, after: headcount.after ?? 0 }));
  if (changed(fte, 0.005)) out.push(item('employment.fte', higherIsBetter(fte.delta ?? 0), { before: r1(fte.before ?? 0), after: r1(fte.after ?? 0) }));
  for (const r of c.roles) {
    if (r.status === 'added') out.push(item('employment.roleAdded', 'neutral', { role: r.name, people: r.after?.headcount ?? 0 }));
    if (r.status === 'removed') out.push(item('employment.roleRemoved', 'worse', { role: r.name, people: r.before?.headcount ?? 0 }));
    if (!r.before || !r.after) continue;
    if (r.before.headcount !== r.after.headcount)
      out.push(item('employment.roleHeadcount', higherIsBetter(r.after.headcount - r.before.headcount), { role: r.name, before: r.before.headcount, after: r.after.headcount }));
    if (r.before.unitName !== r.after.unitName)
      out.push(item('employment.roleMoved', 'neutral', { role: r.name, from: r.before.unitName ?? '—', to: r.after.unitName ?? '—' }));
  }
  return out;
}

function skills(c: ScenarioComparison): ImpactItem[] {
  const out: ImpactItem[] = [];
  for (const r of both(c)) if (r.newTasks.length) out.push(item('skills.newTasks', 'neutral', { role: r.name, tasks: r.newTasks.join(', ') }));
  const { redZones, uncovered, qualificationGap, k } = c.coverage;
  for (const w of redZones.gained) out.push(item('skills.redZone.gained', 'worse', { workstation: w }));
  for (const w of redZones.lost) out.push(item('skills.redZone.lost', 'better', { workstation: w }));
  for (const w of uncovered.gained) out.push(item('skills.uncovered.gained', 'worse', { workstation: w }));
  for (const w of uncovered.lost) out.push(item('skills.uncovered.lost', 'better', { workstation: w }));
  if (changed(qualificationGap))
    out.push(item('skills.qualificationGap', lowerIsBetter(qualificationGap.delta ?? 0), { k, before: qualificationGap.before ?? 0, after: qualificationGap.after ?? 0 }));
  return out;
}

const GENERATORS: Record<ImpactHeading, (c: ScenarioComparison) => ImpactItem[]> = {
  workload,
  jobContent,
  workOrganisation,
  qualityOfWork,
  employment,
  skills,
};

function verdictOf(items: readonly ImpactItem[]): ImpactVerdict {
  const better = items.some((i) => i.direction === 'better');
  const worse = items.some((i) => i.direction === 'worse');
  if (better && worse) return 'mixed';
  if (better) return 'better';
  if (worse) return 'worse';
  return items.length ? 'changed' : 'unchanged';
}

/** The six headings of the assessment, each with its items (worse first) and a verdict. */
export function assessImpact(c: ScenarioComparison): ImpactSection[] {
  const rank: Record<ImpactDirection, number> = { worse: 0, better: 1, neutral: 2 };
  return IMPACT_HEADINGS.map((heading) => {
    const items = GENERATORS[heading](c).sort((a, b) => rank[a.direction] - rank[b.direction]);
    return { heading, verdict: verdictOf(items), items };
  });
}

/** Every message key the assessment can emit: the i18n test checks each has an English and a Dutch text. */
export const IMPACT_ITEM_KEYS = [
  'workload.utilisation',
  'workload.overloaded',
  'workload.demands',
  'workload.disturbances',
  'jobContent.tasksGained',
  'jobContent.tasksLost',
  'jobContent.skillDiscretion',
  'jobContent.decisionAuthority',
  'jobContent.webaMet',
  'jobContent.webaFailed',
  'organisation.parameter',
  'organisation.handoffs',
  'organisation.mct',
  'organisation.teamFormed',
  'organisation.teamDissolved',
  'organisation.unit.added',
  'organisation.unit.removed',
  'organisation.cellComplete',
  'organisation.cellIncomplete',
  'quality.highStrainPeople',
  'quality.quadrant',
  ...(['iso', 'controlProblem', 'stressRisk', 'learningRisk'] as const).flatMap((f) => [`quality.${f}.gained`, `quality.${f}.lost`]),
  'employment.headcount',
  'employment.fte',
  'employment.roleAdded',
  'employment.roleRemoved',
  'employment.roleHeadcount',
  'employment.roleMoved',
  'skills.newTasks',
  'skills.redZone.gained',
  'skills.redZone.lost',
  'skills.uncovered.gained',
  'skills.uncovered.lost',
  'skills.qualificationGap',
] as const;
