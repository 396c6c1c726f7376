import { describe, expect, it } from 'vitest';
import { createTask, type RoleId, type Task, type WorkstationId } from '../../src/model';
import { sortTasks, type TaskSort } from '../../src/ui/taskSort';

const names = {
  workstation: (id: WorkstationId) => ({ 'ws:l1': 'L1', 'ws:b1': 'B1' })[id as string] ?? '',
  role: (id: RoleId) => ({ 'role:las': 'LAS', 'role:brk': 'BRK' })[id as string] ?? '',
};

const tasks: Task[] = [
  createTask({ name: 'weld', kind: 'make', load: 72, cycleMin: 8, scope: ['ws:l1' as WorkstationId] }),
  createTask({ name: 'Cut 10', kind: 'make', load: 70, cycleMin: null, assignments: { ['role:las' as RoleId]: 1 } }),
  createTask({ name: 'cut 9', kind: 'prepare', load: 16, cycleMin: 3, scope: ['ws:b1' as WorkstationId] }),
  createTask({
    name: 'inspect',
    kind: 'control',
    control: { level: 'tac', aspect: 'quality' },
    load: 30,
    assignments: { ['role:brk' as RoleId]: 0.7, ['role:las' as RoleId]: 0.3 },
  }),
];

const order = (sort: TaskSort) => sortTasks(tasks, sort, names).map((t) => t.name);

describe('sortTasks', () => {
  it('sorts names naturally and case-insensitively', () => {
    expect(order({ column: 'name', direction: 'asc' })).toEqual(['cut 9', 'Cut 10', 'inspect', 'weld']);
    expect(order({ column: 'name', direction: 'desc' })).toEqual(['weld', 'inspect', 'Cut 10', 'cut 9']);
  });

  it('sorts numbers numerically', () => {
    expect(order({ column: 'load', direction: 'asc' })).toEqual(['cut 9', 'inspect', 'Cut 10', 'weld']);
  });

  it('puts empty values last in both directions', () => {
    expect(order({ column: 'cycleMin', direction: 'asc' })).toEqual(['cut 9', 'weld', 'Cut 10', 'inspect']);
    expect(order({ column: 'cycleMin', direction: 'desc' })).toEqual(['weld', 'cut 9', 'Cut 10', 'inspect']);
    expect(order({ column: 'level', direction: 'desc' })[0]).toBe('inspect');
  });

  it('sorts kinds in model order, not alphabetically', () => {
    expect(order({ column: 'kind', direction: 'asc' })).toEqual(['Cut 10', 'weld', 'cut 9', 'inspect']);
  });

  it('sorts references by name: scope by workstation, holders by the main holder', () => {
    expect(order({ column: 'scope', direction: 'asc' })).toEqual(['cut 9', 'weld', 'Cut 10', 'inspect']);
    expect(order({ column: 'assignments', direction: 'asc' })).toEqual(['inspect', 'Cut 10', 'cut 9', 'weld']);
  });

  it('does not change its input', () => {
    const before = tasks.map((t) => t.id);
    order({ column: 'load', direction: 'desc' });
    expect(tasks.map((t) => t.id)).toEqual(before);
  });
});
