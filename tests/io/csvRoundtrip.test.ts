import { describe, expect, it } from 'vitest';
import { CSV_KINDS, exportCsv, type CsvStyle } from '../../src/io/csv';
import { createRole, createTask, createTeam, type RoleId, type Task } from '../../src/model';
import { byName, current, en, importInto, jobShopStore, nl, plan } from './csvHelpers';

const styles: [string, CsvStyle][] = [
  ['English', en],
  ['Dutch', nl],
];

describe('export → import changes nothing on the job shop', () => {
  describe.each(styles)('%s style', (_name, style) => {
    it.each(CSV_KINDS)('%s', (kind) => {
      const store = jobShopStore();
      const before = store.getState().project;
      const text = exportCsv(kind, current(store), style);
      const p = plan(store, kind, text);
      expect(p.issues).toEqual([]);
      expect(p.commands).toEqual([]);
      expect(p.rows.every((r) => r.action === 'unchanged')).toBe(true);
      const expectedRows =
        kind === 'tasks' ? Object.keys(current(store).tasks).length : Object.keys(current(store).roles).length;
      expect(p.rows).toHaveLength(expectedRows);
      importInto(store, kind, text);
      expect(store.getState().project).toBe(before);
    });
  });

  it('writes a BOM, CRLF line ends, the language’s separator and decimal mark', () => {
    const store = jobShopStore();
    const dutch = exportCsv('tasks', current(store), nl);
    expect(dutch.startsWith('\uFEFFname;kind;control_level;')).toBe(true);
    expect(dutch).toContain(';1,2;');
    expect(dutch.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const english = exportCsv('tasks', current(store), en);
    expect(english.startsWith('\uFEFFname,kind,control_level,')).toBe(true);
    expect(english).toContain(',1.2,');
  });
});

/** Names that need quoting or formula protection, shares that do not divide evenly. */
function awkwardStore() {
  const store = jobShopStore();
  const s = current(store);
  const scenarioId = s.id;
  const cutting = byName(s.units, 'Cutting');
  const team = createTeam({ name: 'Team "North"; day', unitId: cutting.id });
  const a = createRole({
    name: '=Lead, cutting',
    unitId: cutting.id,
    teamId: team.id,
    headcount: 2.5,
    hoursPerWeek: 36.75,
  });
  const b = createRole({ name: 'Helper: nights', unitId: null, headcount: 1, hoursPerWeek: 0.1 + 0.2 });
  const laser = byName(s.workstations, 'Laser 1');
  const task = createTask({
    name: 'Check\nfirst piece',
    kind: 'control',
    control: { level: 'tac', aspect: 'quality' },
    typeLabel: '@ctl;quality',
    scope: [laser.id],
    load: 1 / 3,
    cycleMin: 0.05,
    disturbancesPerDay: 7.125,
    difficulty: 3,
    assignments: { [a.id]: 1 / 3, [b.id]: 1 / 3, ['role:LAS' as RoleId]: 1 / 3 },
  });
  const ok = (r: { ok: boolean }) => expect(r.ok).toBe(true);
  ok(store.dispatch('addTeam', { scenarioId, entity: team }));
  ok(store.dispatch('addRole', { scenarioId, entity: a }));
  ok(store.dispatch('addRole', { scenarioId, entity: b }));
  ok(store.dispatch('addTask', { scenarioId, entity: task }));
  ok(store.dispatch('setQualification', { scenarioId, roleId: a.id, workstationId: laser.id, level: 4 }));
  return { store, a, b, task, team };
}

const withoutId = ({ id: _id, ...rest }: Task) => rest;

describe('awkward names and values survive a roundtrip', () => {
  it.each(styles)('%s: unchanged after export → import', (_name, style) => {
    const { store } = awkwardStore();
    for (const kind of CSV_KINDS) {
      const p = plan(store, kind, exportCsv(kind, current(store), style));
      expect(p.issues).toEqual([]);
      expect(p.commands).toEqual([]);
    }
  });

  it.each(styles)('%s: deleted tasks come back equal from their CSV', (_name, style) => {
    const { store } = awkwardStore();
    const before = current(store);
    const text = exportCsv('tasks', before, style);
    const ids = Object.keys(before.tasks) as Task['id'][];
    expect(store.dispatch('deleteEntities', { scenarioId: before.id, ids }).ok).toBe(true);
    const p = importInto(store, 'tasks', text);
    expect(p.rows.every((r) => r.action === 'add')).toBe(true);
    const after = current(store);
    for (const task of Object.values(before.tasks)) {
      const back = byName(after.tasks, task!.name);
      const { assignments, ...rest } = withoutId(back);
      const { assignments: expected, ...expectedRest } = withoutId(task!);
      expect(rest).toEqual(expectedRest);
      for (const [role, share] of Object.entries(expected)) expect(assignments[role as RoleId]).toBeCloseTo(share!, 12);
    }
  });

  it('restores roles and the skills matrix after they were changed', () => {
    const { store, a } = awkwardStore();
    const before = current(store);
    const roles = exportCsv('roles', before, nl);
    const skills = exportCsv('skills', before, nl);
    const scenarioId = before.id;
    for (const role of Object.values(before.roles)) {
      store.dispatch('updateRole', { scenarioId, id: role!.id, patch: { headcount: 9, unitId: null, teamId: null } });
      for (const ws of Object.keys(role!.qualifications))
        store.dispatch('setQualification', { scenarioId, roleId: role!.id, workstationId: ws as never, level: 0 });
    }
    store.dispatch('setQualification', { scenarioId, roleId: a.id, workstationId: 'ws:P1' as never, level: 2 });
    importInto(store, 'roles', roles);
    importInto(store, 'skills', skills);
    expect(current(store).roles).toEqual(before.roles);
  });
});
