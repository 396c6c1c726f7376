import { describe, expect, it } from 'vitest';
import { createTask, type RoleId, type Task } from '../../src/model';
import { heldHours, tasksHeldBy } from '../../src/ui/roleTasks';

const PLN = 'role:pln' as RoleId;
const SUP = 'role:sup' as RoleId;

describe('tasksHeldBy', () => {
  const list: Task[] = [
    createTask({ name: 'schedule', load: 4, assignments: { [PLN]: 1 } }),
    createTask({ name: 'dispatch', load: 20, assignments: { [PLN]: 0.75, [SUP]: 0.25 } }),
    createTask({ name: 'allocate', load: 26, assignments: { [SUP]: 1 } }),
    createTask({ name: 'unassigned', load: 5 }),
  ];
  const tasks = Object.fromEntries(list.map((t) => [t.id, t]));

  it('lists the role’s tasks by name with its share and hours', () => {
    const held = tasksHeldBy(tasks, PLN);
    expect(held.map((h) => [h.task.name, h.share, h.hours])).toEqual([
      ['dispatch', 0.75, 15],
      ['schedule', 1, 4],
    ]);
    expect(heldHours(held)).toBe(19);
  });

  it('is empty for a role without tasks', () => {
    expect(tasksHeldBy(tasks, 'role:none' as RoleId)).toEqual([]);
  });
});
