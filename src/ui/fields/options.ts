import type { Scenario, Unit, Workstation } from '../../model';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Entities of one kind by name, the order every list and picker shows them in. */
export function sortedByName<T extends { name: string }>(record: Partial<Record<string, T>>): T[] {
  return Object.values(record)
    .filter((e): e is T => e !== undefined)
    .sort((a, b) => collator.compare(a.name, b.name));
}

export interface WorkstationGroup {
  unit: Unit | null;
  workstations: Workstation[];
}

/** Workstations grouped by unit (units by name, unplaced ones last) for pickers. */
export function workstationGroups(s: Pick<Scenario, 'units' | 'workstations'>): WorkstationGroup[] {
  const groups: WorkstationGroup[] = sortedByName(s.units).map((unit) => ({ unit, workstations: [] }));
  const loose: WorkstationGroup = { unit: null, workstations: [] };
  const byUnit = new Map(groups.map((g) => [g.unit?.id, g]));
  for (const ws of sortedByName(s.workstations)) (byUnit.get(ws.unitId ?? undefined) ?? loose).workstations.push(ws);
  return [...groups, loose].filter((g) => g.workstations.length > 0);
}

/** Distinct non-empty values of a text field, for a datalist of suggestions. */
export function distinctValues(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter(Boolean))].sort(collator.compare);
}
