import type { RoleId, Task } from '../model';

export interface HeldTask {
  task: Task;
  /** Fraction of the task this role holds (0–1). */
  share: number;
  /** Hours per week this role spends on the task: load × share. */
  hours: number;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The tasks a role holds, with its share of each, by name. */
export function tasksHeldBy(tasks: Partial<Record<string, Task>>, roleId: RoleId): HeldTask[] {
  const held: HeldTask[] = [];
  for (const task of Object.values(tasks)) {
    const share = task?.assignments[roleId];
    if (task && share !== undefined && share > 0) held.push({ task, share, hours: task.load * share });
  }
  return held.sort((a, b) => collator.compare(a.task.name, b.task.name));
}

/** Hours per week held in total, to compare with headcount × hours per week. */
export function heldHours(held: readonly HeldTask[]): number {
  return held.reduce((acc, h) => acc + h.hours, 0);
}
