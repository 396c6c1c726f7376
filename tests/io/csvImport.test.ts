import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../src/io/csv';
import { createTeam, type RoleId } from '../../src/model';
import { brief, byName, current, en, importInto, jobShopStore, plan } from './csvHelpers';

describe('roles import', () => {
  it('matches names ignoring case and spaces, reads decimal commas, keeps roles not in the file', () => {
    const store = jobShopStore();
    const p = importInto(
      store,
      'roles',
      'name;unit;headcount;hours_per_week\r\n  laser   OPERATOR ;cutting;2,5;"37,5"\r\nWelder;Welding;2;40\r\n',
    );
    expect(p.rows.map((r) => [r.name, r.action])).toEqual([
      ['Laser operator', 'update'],
      ['Welder', 'unchanged'],
    ]);
    expect(p.rows[0]!.changes).toEqual([
      { column: 'headcount', from: '2', to: '2.5' },
      { column: 'hours_per_week', from: '40', to: '37.5' },
    ]);
    const s = current(store);
    expect(byName(s.roles, 'Laser operator')).toMatchObject({ headcount: 2.5, hoursPerWeek: 37.5, unitId: 'unit:cut' });
    expect(Object.keys(s.roles)).toHaveLength(11);
  });

  it('reads tab-separated files and headings written as words', () => {
    const store = jobShopStore();
    const p = importInto(store, 'roles', 'Name\tUnit\tHours per week\r\nWelder\tWelding\t32\r\n');
    expect(p.rows[0]!.changes).toEqual([{ column: 'Hours per week', from: '40', to: '32' }]);
  });

  it('adds a role with defaults for the columns the file leaves out; a team sets the unit', () => {
    const store = jobShopStore();
    const s = current(store);
    const team = createTeam({ name: 'Night shift', unitId: 'unit:weld' as never });
    store.dispatch('addTeam', { scenarioId: s.id, entity: team });
    const p = importInto(store, 'roles', 'name,team\r\nNight welder,night shift\r\n');
    expect(p.rows).toEqual([{ row: 2, name: 'Night welder', action: 'add', changes: [] }]);
    expect(byName(current(store).roles, 'Night welder')).toMatchObject({
      unitId: 'unit:weld',
      teamId: team.id,
      headcount: 1,
      hoursPerWeek: 40,
    });
  });

  it('applies a whole file as one undo step', () => {
    const store = jobShopStore();
    const before = store.getState().project;
    importInto(store, 'roles', 'name,headcount\r\nWelder,3\r\nPainter,2\r\nNew role,1\r\n');
    expect(Object.keys(current(store).roles)).toHaveLength(12);
    expect(store.undo()).toBe(true);
    expect(store.getState().project).toEqual(before);
    expect(store.canUndo()).toBe(false);
  });
});

describe('tasks import', () => {
  it('reads holders, normalises shares written rounded, and matches scope names', () => {
    const store = jobShopStore();
    const text =
      'name;kind;scope;load;holders\r\nCut;make;laser 1|LASER 2;70;Laser operator: 33,33 % | Setter: 33,33% | Welder:33,34\r\n';
    const p = importInto(store, 'tasks', text);
    expect(p.rows[0]!.action).toBe('update');
    const cut = byName(current(store).tasks, 'Cut');
    expect(cut.scope).toEqual(['ws:L1', 'ws:L2']);
    const shares = Object.values(cut.assignments) as number[];
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(cut.assignments['role:WLD' as RoleId]).toBeCloseTo(0.3334, 12);
  });

  it('accepts a lone holder without a share as 100 %, and empty holders as unassigned', () => {
    const store = jobShopStore();
    importInto(store, 'tasks', 'name,holders\r\nCut,Setter\r\nBend,\r\n');
    const s = current(store);
    expect(byName(s.tasks, 'Cut').assignments).toEqual({ 'role:SET': 1 });
    expect(byName(s.tasks, 'Bend').assignments).toEqual({});
  });

  it('turns a task into a control task with level and aspect, and adds new ones', () => {
    const store = jobShopStore();
    const p = importInto(
      store,
      'tasks',
      'name,kind,control_level,control_aspect,load,cycle_min,disturbances_per_day,difficulty\r\nPaint,control,TAC,quality,36,,3,2\r\nDeburr,make,,,4.5,0.5,1,\r\n',
    );
    expect(p.rows.map((r) => r.action)).toEqual(['update', 'add']);
    const s = current(store);
    expect(byName(s.tasks, 'Paint')).toMatchObject({
      kind: 'control',
      control: { level: 'tac', aspect: 'quality' },
      cycleMin: null,
      difficulty: 2,
    });
    expect(byName(s.tasks, 'Deburr')).toMatchObject({
      kind: 'make',
      control: null,
      load: 4.5,
      cycleMin: 0.5,
      assignments: {},
    });
  });
});

describe('skills import', () => {
  it('plans one setQualification per changed cell; an empty cell is level 0', () => {
    const store = jobShopStore();
    const text = exportCsv('skills', current(store), en).replace('Welder,0,0,0,0,0,2,1', 'Welder,0,0,0,0,0,3,');
    const p = plan(store, 'skills', text);
    expect(p.issues).toEqual([]);
    expect(p.rows.filter((r) => r.action === 'update')).toEqual([
      {
        row: 12,
        name: 'Welder',
        action: 'update',
        changes: [
          { column: 'Welding station 1', from: '2', to: '3' },
          { column: 'Welding station 2', from: '1', to: '0' },
        ],
      },
    ]);
    importInto(store, 'skills', text);
    expect(byName(current(store).roles, 'Welder').qualifications).toEqual({ 'ws:W1': 3 });
  });

  it('leaves workstations without a column and roles without a row as they are', () => {
    const store = jobShopStore();
    importInto(store, 'skills', 'role;Laser 1\r\nSetter;4\r\n');
    const s = current(store);
    expect(byName(s.roles, 'Setter').qualifications).toEqual({ 'ws:L1': 4, 'ws:L2': 2, 'ws:B1': 2, 'ws:B2': 2 });
    expect(byName(s.roles, 'Laser operator').qualifications).toEqual({ 'ws:L1': 3, 'ws:L2': 2 });
  });
});

describe('a file with errors', () => {
  it('plans nothing, though its other rows are fine', () => {
    const store = jobShopStore();
    const p = plan(store, 'roles', 'name,headcount\r\nWelder,3\r\nPainter,0\r\nNew role,1\r\n');
    expect(brief(p)).toEqual([{ code: 'not-positive', row: 3, column: 'headcount' }]);
    expect(p.commands).toEqual([]);
  });
});
