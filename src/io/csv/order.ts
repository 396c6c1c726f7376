import type { Scenario, Unit } from '../../model';

/** Orders and lookups shared by the exports: the same order the skills matrix shows. */

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export const byName = (a: { name: string }, b: { name: string }): number => collator.compare(a.name, b.name);

/** The name of the entity `id` points at, or '' for none (or a dangling id). */
export function nameOf<K extends string>(record: Partial<Record<K, { name: string }>>, id: K | null): string {
  return id === null ? '' : (record[id]?.name ?? '');
}

/** Entities grouped by their unit (units by name, those without a unit last), by name inside. */
export function unitOrder<T extends { name: string; unitId: Unit['id'] | null }>(
  s: Pick<Scenario, 'units'>,
  items: readonly T[],
): T[] {
  const unitName = (t: T) => (t.unitId && s.units[t.unitId] ? s.units[t.unitId]!.name : null);
  return [...items].sort((a, b) => {
    const ua = unitName(a);
    const ub = unitName(b);
    if (ua !== ub) {
      if (ua === null) return 1;
      if (ub === null) return -1;
      const byUnit = collator.compare(ua, ub) || collator.compare(a.unitId ?? '', b.unitId ?? '');
      if (byUnit !== 0) return byUnit;
    }
    return byName(a, b);
  });
}
