import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  createProject,
  createRole,
  createTask,
  scenariosInOrder,
  type Project,
  type RoleId,
  type Scenario,
  type Task,
} from '../../src/model';
import { RoleChipsFeed, chipsOf, createChipIndex } from '../../src/canvas/roleChips';
import { EditorStore } from '../../src/store/editorStore';
import { arbScenario } from '../analysis/arbitraries';
import { otherEdits, scenarioOf, smallEdits } from '../analysis/editActions';

type Tasks = Scenario['tasks'];

function tasksOf(...list: Task[]): Tasks {
  return Object.fromEntries(list.map((t) => [t.id, t])) as Tasks;
}

describe('role chips', () => {
  const a = createRole({ name: 'Operator' }).id;
  const b = createRole({ name: 'Planner' }).id;
  const plan = createTask({
    name: 'Plan',
    kind: 'control',
    control: { level: 'tac', aspect: 'general' },
    assignments: { [a]: 0.4, [b]: 0.6 },
  });
  const weld = createTask({ name: 'Weld', kind: 'make', assignments: { [a]: 1 } });
  const clean = createTask({ name: 'Clean', kind: 'support', assignments: { [a]: 1 } });
  const adjust = createTask({ name: 'Adjust', kind: 'make', assignments: { [a]: 1 } });

  it('lists what each role holds, in kind order then by name, with its share', () => {
    const index = createChipIndex()(tasksOf(plan, weld, clean, adjust));
    expect(chipsOf(index, a).map((c) => [c.name, c.kind, c.level, c.share])).toEqual([
      ['Adjust', 'make', null, 1],
      ['Weld', 'make', null, 1],
      ['Clean', 'support', null, 1],
      ['Plan', 'control', 'tac', 0.4],
    ]);
    expect(chipsOf(index, b).map((c) => [c.name, c.share])).toEqual([['Plan', 0.6]]);
    expect(chipsOf(index, 'role_nobody' as RoleId)).toEqual([]);
  });

  it('keeps a role’s chips identical while what they show is unchanged', () => {
    const indexOf = createChipIndex();
    const tasks = tasksOf(plan, weld);
    const first = indexOf(tasks);
    expect(indexOf(tasks)).toBe(first);
    // A figure the chips do not show: both roles keep their arrays.
    const loaded = indexOf(tasksOf({ ...plan, load: 3 } as Task, weld));
    expect(chipsOf(loaded, a)).toBe(chipsOf(first, a));
    expect(chipsOf(loaded, b)).toBe(chipsOf(first, b));
    // A new share changes both holders' chips; a rename of a task only a holds leaves b's chips alone.
    const shared = indexOf(tasksOf({ ...plan, assignments: { [a]: 0.5, [b]: 0.5 } }, weld));
    expect(chipsOf(shared, a)).not.toBe(chipsOf(loaded, a));
    expect(chipsOf(shared, b).map((c) => c.share)).toEqual([0.5]);
    const renamed = indexOf(tasksOf({ ...plan, assignments: { [a]: 0.5, [b]: 0.5 } }, { ...weld, name: 'Join' }));
    expect(chipsOf(renamed, a).map((c) => c.name)).toEqual(['Join', 'Plan']);
    expect(chipsOf(renamed, b)).toBe(chipsOf(shared, b));
  });
});

describe('role chips after random edits', () => {
  const actions = [...Object.values(smallEdits), ...Object.values(otherEdits)];
  const arbScript = fc.array(
    fc.tuple(fc.nat(actions.length - 1), fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 })),
    { minLength: 1, maxLength: 25 },
  );

  function projectWith(scenario: Scenario): Project {
    const project = createProject('Random', '2026-01-01T00:00:00.000Z');
    const id = scenariosInOrder(project)[0]!.id;
    project.scenarios = { [id]: { ...scenario, id } };
    return project;
  }

  const plain = (index: ReadonlyMap<RoleId, readonly unknown[]>) =>
    [...index].filter(([, chips]) => chips.length > 0).sort(([a], [b]) => (a < b ? -1 : 1));

  it('patched after each edit, equals the chips built from scratch', () => {
    fc.assert(
      fc.property(arbScenario, arbScript, (scenario, script) => {
        const store = new EditorStore(projectWith(scenario));
        const indexOf = createChipIndex();
        indexOf(scenarioOf(store).tasks);
        for (const [actionIndex, numbers] of script) {
          let cursor = 0;
          actions[actionIndex]!(store, (n) => numbers[cursor++ % numbers.length]! % n);
          const { tasks } = scenarioOf(store);
          expect(plain(indexOf(tasks))).toEqual(plain(createChipIndex()(tasks)));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('role chips feed', () => {
  const a = createRole({ name: 'Operator' }).id;
  const b = createRole({ name: 'Planner' }).id;
  const weld = createTask({ name: 'Weld', kind: 'make', assignments: { [a]: 1 } });
  const plan = createTask({ name: 'Plan', kind: 'prepare', assignments: { [b]: 1 } });

  function source(initial: Scenario['tasks'] | undefined) {
    let tasks = initial;
    const listeners = new Set<() => void>();
    return {
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      tasks: () => tasks,
      set(next: Scenario['tasks'] | undefined) {
        tasks = next;
        for (const listener of listeners) listener();
      },
      listeners,
    };
  }

  it('tells a card only of a change to its own chips', () => {
    const tasks = source(tasksOf(weld, plan));
    const feed = new RoleChipsFeed(tasks);
    const heardA = vi.fn();
    const heardB = vi.fn();
    feed.subscribe(a, heardA);
    feed.subscribe(b, heardB);
    expect(feed.chips(a)?.map((c) => c.name)).toEqual(['Weld']);
    tasks.set(tasksOf({ ...weld, load: 9 } as Task, plan));
    expect(heardA).not.toHaveBeenCalled();
    expect(heardB).not.toHaveBeenCalled();
    tasks.set(tasksOf({ ...weld, name: 'Join' }, plan));
    expect(heardA).toHaveBeenCalledTimes(1);
    expect(heardB).not.toHaveBeenCalled();
    expect(feed.chips(a)?.map((c) => c.name)).toEqual(['Join']);
    tasks.set(undefined);
    expect(heardB).toHaveBeenCalledTimes(1);
    expect(feed.chips(b)).toBeUndefined();
  });

  it('holds one subscription to its source while any card listens', () => {
    const tasks = source(tasksOf(weld));
    const feed = new RoleChipsFeed(tasks);
    const offA = feed.subscribe(a, () => {});
    const offB = feed.subscribe(b, () => {});
    expect(tasks.listeners.size).toBe(1);
    offA();
    expect(tasks.listeners.size).toBe(1);
    offB();
    expect(tasks.listeners.size).toBe(0);
  });
});
