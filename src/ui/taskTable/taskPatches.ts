import type { ControlAspect, ControlLevel, Difficulty, Task, TaskKind } from '../../model';

type TaskPatch = Partial<Omit<Task, 'id'>>;

/** Changing the kind lets updateTask add or drop the control info that goes with it. */
export const kindPatch = (kind: TaskKind): TaskPatch => ({ kind });

export function levelPatch(task: Task, level: ControlLevel): TaskPatch {
  return { control: { level, aspect: task.control?.aspect ?? 'general' } };
}

export function aspectPatch(task: Task, aspect: ControlAspect): TaskPatch {
  return { control: { level: task.control?.level ?? 'op', aspect } };
}

/** Select value for a difficulty; empty means not rated. */
export const difficultyValue = (d: Difficulty | null): string => (d === null ? '' : String(d));

export function difficultyPatch(value: string): TaskPatch {
  const n = Number(value);
  return { difficulty: n === 1 || n === 2 || n === 3 ? n : null };
}
