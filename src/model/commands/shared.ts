import type { z } from 'zod/mini';
import type { ScenarioId } from '../ids';
import type { Project, Scenario } from '../types';
import { CommandError } from './errors';

export interface ScenarioArgs {
  scenarioId: ScenarioId;
}

export function scenarioOf(draft: Project, scenarioId: ScenarioId): Scenario {
  const s = draft.scenarios[scenarioId];
  if (!s) throw new CommandError('unknown-scenario', `no scenario ${scenarioId}`, { id: scenarioId });
  return s;
}

export function entityOf<K extends string, T>(record: Partial<Record<K, T>>, id: K): T {
  const e = record[id];
  if (!e) throw new CommandError('unknown-entity', `no entity ${id}`, { id });
  return e;
}

/** Validates a whole entity after a patch so the document never holds an invalid value. */
export function validated<T>(schema: z.ZodMiniType<T, unknown>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new CommandError('invalid-field', `${field}: ${issue?.message ?? 'invalid'}`, {
      field,
      message: issue?.message ?? '',
    });
  }
  return result.data;
}

/** Assigns the given fields onto a draft entity, refusing changes to the id. */
export function patchEntity<T extends { id: string }>(
  draft: T,
  patch: Partial<Omit<T, 'id'>>,
  schema: z.ZodMiniType<T, unknown>,
): void {
  const next = validated(schema, { ...draft, ...patch, id: draft.id });
  for (const key of Object.keys(patch) as (keyof Omit<T, 'id'>)[]) {
    (draft as Record<keyof T, unknown>)[key] = next[key];
  }
}
