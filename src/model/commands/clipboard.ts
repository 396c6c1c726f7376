import type { NodeEntityId, RoleId } from '../ids';
import type { Project, Scenario, Task } from '../types';
import { plainCopy, remapFragment, type ScenarioFragment } from './clone';
import { scenarioOf, type ScenarioArgs } from './shared';
import { nodeExists } from './structure';

/**
 * What copying the given nodes puts on the clipboard: the entities, a unit's contents
 * with the unit, and the tasks held only by copied roles.
 */
export function extractFragment(s: Scenario, ids: NodeEntityId[]): ScenarioFragment {
  const chosen = new Set<string>(ids.filter((id) => nodeExists(s, id)));
  for (const id of [...chosen]) {
    if (!id.startsWith('unit:')) continue;
    for (const e of [...Object.values(s.workstations), ...Object.values(s.teams), ...Object.values(s.roles)])
      if (e.unitId === id) chosen.add(e.id);
  }
  const pick = <T extends { id: string }>(r: Record<string, T>) => Object.values(r).filter((e) => chosen.has(e.id));
  const roles = pick(s.roles);
  const roleIds = new Set(roles.map((r) => r.id));
  const tasks = Object.values(s.tasks).filter((t) => {
    const holders = Object.keys(t.assignments);
    return holders.length > 0 && holders.every((r) => roleIds.has(r as RoleId));
  });
  const layout: ScenarioFragment['layout'] = {};
  for (const id of chosen) {
    const pos = s.layout[id as NodeEntityId];
    if (pos) layout[id as NodeEntityId] = pos;
  }
  const polcaLoops = Object.values(s.polcaLoops).filter((l) => chosen.has(l.fromUnitId) && chosen.has(l.toUnitId));
  return plainCopy({
    polcaLoops,
    units: pick(s.units),
    workstations: pick(s.workstations),
    families: pick(s.families),
    teams: pick(s.teams),
    roles,
    tasks,
    layout,
  });
}

function normaliseShares(task: Task): void {
  const entries = Object.entries(task.assignments) as [RoleId, number][];
  const sum = entries.reduce((acc, [, v]) => acc + v, 0);
  if (sum > 0) for (const [r, v] of entries) task.assignments[r] = v / sum;
}

/**
 * Inserts a copy of the fragment with new ids, offset on the canvas. References to
 * entities outside the fragment are kept when they exist in this scenario. Returns the
 * new node ids through `out` so the caller can select them.
 */
export function pasteFragment(
  draft: Project,
  args: ScenarioArgs & { fragment: ScenarioFragment; offset: { x: number; y: number }; out?: NodeEntityId[] },
): void {
  const s = scenarioOf(draft, args.scenarioId);
  const f = remapFragment(plainCopy(args.fragment), (id) => nodeExists(s, id));
  const pastedUnits = new Set<string>(f.units.map((u) => u.id));
  for (const u of f.units) s.units[u.id] = u;
  for (const w of f.workstations) s.workstations[w.id] = w;
  for (const fam of f.families) s.families[fam.id] = fam;
  for (const t of f.teams) s.teams[t.id] = t;
  for (const r of f.roles) {
    if (r.teamId && s.teams[r.teamId]?.unitId !== r.unitId) r.teamId = null;
    s.roles[r.id] = r;
  }
  for (const t of f.tasks) {
    normaliseShares(t);
    s.tasks[t.id] = t;
  }
  for (const loop of f.polcaLoops) s.polcaLoops[loop.id] = loop;
  const parentOf = (id: string): string | null =>
    s.workstations[id as never]?.unitId ?? s.teams[id as never]?.unitId ?? s.roles[id as never]?.unitId ?? null;
  for (const [id, pos] of Object.entries(f.layout)) {
    if (!pos) continue;
    // Children of a pasted unit keep their place inside it; everything else shifts.
    const insidePastedUnit = pastedUnits.has(parentOf(id) ?? '');
    s.layout[id as NodeEntityId] = insidePastedUnit ? pos : { ...pos, x: pos.x + args.offset.x, y: pos.y + args.offset.y };
    args.out?.push(id as NodeEntityId);
  }
}
