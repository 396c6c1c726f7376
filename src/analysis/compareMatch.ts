import type { Scenario } from '../model/types';

/**
 * Matching entities across two scenarios (docs/compare.md). A duplicated to-be gets new ids
 * for every entity, so ids alone cannot say "the same role": entities match by id first,
 * then by kind and name (case and spacing ignored) within the same unit, then by kind and
 * name alone; equal names left over pair in the order the scenarios hold them.
 */

export const MATCH_KINDS = ['unit', 'workstation', 'family', 'team', 'role', 'task'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export type ChangeStatus = 'added' | 'removed' | 'changed' | 'same';

/** One entity of either scenario and what happened to it. */
export interface EntityChange {
  kind: MatchKind;
  status: ChangeStatus;
  beforeId: string | null;
  afterId: string | null;
  /** The after name, or the before name of a removed entity. */
  name: string;
  /** What differs for a changed entity, e.g. ['unit', 'tasks']. Layout never counts. */
  fields: string[];
  matchedBy: 'id' | 'name' | null;
}

/** Before id ↔ after id, both ways, for every matched entity of every kind. */
export interface Matching {
  toAfter: Map<string, string>;
  toBefore: Map<string, string>;
  matchedBy: Map<string, 'id' | 'name'>;
}

interface Named {
  id: string;
  name: string;
}

export const normaliseName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

export function recordsOf(s: Scenario, kind: MatchKind): Named[] {
  const records: Record<MatchKind, Record<string, Named>> = {
    unit: s.units,
    workstation: s.workstations,
    family: s.families,
    team: s.teams,
    role: s.roles,
    task: s.tasks,
  };
  return Object.values(records[kind]);
}

/** Where an entity sits, to tell apart two entities of the same name: the unit's name for children. */
function contextOf(s: Scenario, kind: MatchKind, id: string): string {
  if (kind === 'task') return s.tasks[id as never]?.kind ?? '';
  if (kind !== 'workstation' && kind !== 'team' && kind !== 'role') return '';
  const entity = kind === 'workstation' ? s.workstations[id as never] : kind === 'team' ? s.teams[id as never] : s.roles[id as never];
  const unitId = (entity as { unitId: string | null } | undefined)?.unitId;
  return unitId ? normaliseName(s.units[unitId as never]?.name ?? '') : '';
}

function pairByKey(before: Named[], after: Named[], key: (side: 'b' | 'a', e: Named) => string, out: Matching): void {
  const waiting = new Map<string, Named[]>();
  for (const a of after) {
    const k = key('a', a);
    waiting.set(k, [...(waiting.get(k) ?? []), a]);
  }
  for (const b of before) {
    const list = waiting.get(key('b', b));
    const a = list?.shift();
    if (!a) continue;
    out.toAfter.set(b.id, a.id);
    out.toBefore.set(a.id, b.id);
    out.matchedBy.set(b.id, 'name');
  }
}

/** Matches the entities of two scenarios, kind by kind. */
export function matchEntities(before: Scenario, after: Scenario): Matching {
  const out: Matching = { toAfter: new Map(), toBefore: new Map(), matchedBy: new Map() };
  for (const kind of MATCH_KINDS) {
    const b = recordsOf(before, kind);
    const a = recordsOf(after, kind);
    const afterIds = new Set(a.map((e) => e.id));
    for (const e of b)
      if (afterIds.has(e.id)) {
        out.toAfter.set(e.id, e.id);
        out.toBefore.set(e.id, e.id);
        out.matchedBy.set(e.id, 'id');
      }
    const restB = () => b.filter((e) => !out.toAfter.has(e.id));
    const restA = () => a.filter((e) => !out.toBefore.has(e.id));
    const scenarioOf = (side: 'b' | 'a') => (side === 'b' ? before : after);
    pairByKey(restB(), restA(), (side, e) => `${normaliseName(e.name)}\u0000${contextOf(scenarioOf(side), kind, e.id)}`, out);
    pairByKey(restB(), restA(), (_side, e) => normaliseName(e.name), out);
  }
  return out;
}

/** Maps an id of one side into the before side's id space, so references compare equal. */
type Ref = (id: string | null | undefined) => string;

const sorted = (xs: string[]): string => JSON.stringify([...xs].sort());
const shareOf = (x: number): string => x.toFixed(4);

function roleTasks(s: Scenario, roleId: string, ref: Ref): string {
  const held = Object.values(s.tasks).flatMap((t) => {
    const share = t.assignments[roleId as never];
    return share === undefined ? [] : [`${ref(t.id)}:${shareOf(share)}`];
  });
  return sorted(held);
}

/** The comparable fields of one entity; references already mapped to the before side. */
function fieldsOf(s: Scenario, kind: MatchKind, id: string, ref: Ref): Record<string, string> {
  const j = (v: unknown) => JSON.stringify(v ?? null);
  if (kind === 'unit') {
    const u = s.units[id as never]!;
    return { name: u.name, kind: u.kind };
  }
  if (kind === 'workstation') {
    const w = s.workstations[id as never]!;
    return { name: w.name, processType: w.processType, unit: ref(w.unitId), monument: j(w.monument) };
  }
  if (kind === 'family') {
    const f = s.families[id as never]!;
    const route = j(f.route.map((step) => sorted(step.workstations.map(ref))));
    return { name: f.name, kind: f.kind, route, demand: j(f.demand), ftms: f.ftms, mct: j(f.mct) };
  }
  if (kind === 'team') {
    const t = s.teams[id as never]!;
    return { name: t.name, unit: ref(t.unitId) };
  }
  if (kind === 'role') {
    const r = s.roles[id as never]!;
    const quals = Object.entries(r.qualifications).flatMap(([w, level]) => (level ? [`${ref(w)}:${level}`] : []));
    return {
      name: r.name,
      unit: ref(r.unitId),
      team: ref(r.teamId),
      headcount: j(r.headcount),
      hoursPerWeek: j(r.hoursPerWeek),
      qualifications: sorted(quals),
      tasks: roleTasks(s, id, ref),
      questionnaire: j(r.questionnaire),
    };
  }
  const t = s.tasks[id as never]!;
  const holders = Object.entries(t.assignments).map(([r, share]) => `${ref(r)}:${shareOf(share ?? 0)}`);
  return {
    name: t.name,
    kind: t.kind,
    control: j(t.control),
    typeLabel: t.typeLabel,
    scope: sorted(t.scope.map(ref)),
    load: j(t.load),
    cycleMin: j(t.cycleMin),
    disturbancesPerDay: j(t.disturbancesPerDay),
    difficulty: j(t.difficulty),
    assignments: sorted(holders),
  };
}

/** Fields whose values differ; a name that differs only in case or spacing still counts. */
function differingFields(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys(a).filter((k) => a[k] !== b[k]);
}

/** Every entity of both scenarios as added, removed, changed or the same, kind by kind. */
export function entityChanges(before: Scenario, after: Scenario, m: Matching): EntityChange[] {
  const beforeRef: Ref = (id) => id ?? '-';
  const afterRef: Ref = (id) => (id ? (m.toBefore.get(id) ?? `new:${id}`) : '-');
  const out: EntityChange[] = [];
  for (const kind of MATCH_KINDS) {
    const afterNames = new Map(recordsOf(after, kind).map((x) => [x.id, x.name]));
    for (const e of recordsOf(before, kind)) {
      const afterId = m.toAfter.get(e.id) ?? null;
      if (!afterId) {
        out.push({ kind, status: 'removed', beforeId: e.id, afterId: null, name: e.name, fields: [], matchedBy: null });
        continue;
      }
      const fields = differingFields(fieldsOf(before, kind, e.id, beforeRef), fieldsOf(after, kind, afterId, afterRef));
      const name = afterNames.get(afterId) ?? e.name;
      const status = fields.length ? 'changed' : 'same';
      out.push({ kind, status, beforeId: e.id, afterId, name, fields, matchedBy: m.matchedBy.get(e.id) ?? null });
    }
    for (const e of recordsOf(after, kind))
      if (!m.toBefore.has(e.id))
        out.push({ kind, status: 'added', beforeId: null, afterId: e.id, name: e.name, fields: [], matchedBy: null });
  }
  return out;
}
