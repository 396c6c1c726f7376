import { useState } from 'react';
import type { Scenario, TaskId } from '../../model';
import { sortTasks, type TaskSort } from '../taskSort';

interface OrderState {
  key: string;
  sort: TaskSort;
  ids: TaskId[];
}

function compute(s: Scenario, sort: TaskSort): TaskId[] {
  const names = {
    workstation: (id: keyof Scenario['workstations']) => s.workstations[id]?.name ?? '',
    role: (id: keyof Scenario['roles']) => s.roles[id]?.name ?? '',
  };
  return sortTasks(Object.values(s.tasks), sort, names).map((task) => task.id);
}

/**
 * Row order of the task table. It is sorted when the sort changes or tasks are added or
 * removed, but not when a value is edited: a row that jumped away while the user typed
 * in it would lose their place (and the browser drops focus from a moved row).
 */
export function useTaskOrder(s: Scenario, sort: TaskSort): TaskId[] {
  const key = Object.keys(s.tasks).sort().join('|');
  const [state, setState] = useState<OrderState>(() => ({ key, sort, ids: compute(s, sort) }));
  if (state.key !== key || state.sort !== sort) {
    // Derived state, updated during render as React recommends for values from props.
    const next = { key, sort, ids: compute(s, sort) };
    setState(next);
    return next.ids;
  }
  return state.ids;
}
