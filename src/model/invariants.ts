import type { Project, Scenario } from './types';

/** Tolerance for "shares sum to 100 %": shares are typed as percentages with decimals. */
export const SHARE_TOLERANCE = 1e-6;

export type InvariantCode =
  | 'missing-reference'
  | 'shares-not-100'
  | 'team-outside-role-unit'
  | 'control-info-mismatch'
  | 'key-id-mismatch';

export interface InvariantViolation {
  code: InvariantCode;
  /** Path inside the project, e.g. ["scenarios", id, "roles", id, "teamId"]. */
  path: (string | number)[];
  /** Plain English detail for logs and tests; the UI words it from `code` and `params`. */
  detail: string;
  params: Record<string, string | number>;
}

export function shareSum(assignments: Partial<Record<string, number>>): number {
  let sum = 0;
  for (const share of Object.values(assignments)) sum += share ?? 0;
  return sum;
}

export function sharesSumToOne(assignments: Partial<Record<string, number>>): boolean {
  const keys = Object.keys(assignments);
  return keys.length === 0 || Math.abs(shareSum(assignments) - 1) <= SHARE_TOLERANCE;
}

/** Every invariant of a scenario; an empty list means the scenario is consistent. */
export function checkScenarioInvariants(s: Scenario, base: (string | number)[] = []): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  const missing = (path: (string | number)[], ref: string) =>
    out.push({ code: 'missing-reference', path: [...base, ...path], detail: `refers to ${ref}, which does not exist`, params: { ref } });

  const kinds = ['units', 'workstations', 'families', 'teams', 'roles', 'tasks'] as const;
  for (const kind of kinds) {
    for (const [key, entity] of Object.entries(s[kind])) {
      if (entity.id !== key)
        out.push({ code: 'key-id-mismatch', path: [...base, kind, key], detail: `stored under ${key} but has id ${entity.id}`, params: { key, id: entity.id } });
    }
  }
  for (const ws of Object.values(s.workstations)) {
    if (ws.unitId && !s.units[ws.unitId]) missing(['workstations', ws.id, 'unitId'], ws.unitId);
  }
  for (const team of Object.values(s.teams)) {
    if (team.unitId && !s.units[team.unitId]) missing(['teams', team.id, 'unitId'], team.unitId);
  }
  for (const fam of Object.values(s.families)) {
    fam.route.forEach((step, i) =>
      step.workstations.forEach((w, j) => {
        if (!s.workstations[w]) missing(['families', fam.id, 'route', i, 'workstations', j], w);
      }),
    );
  }
  for (const role of Object.values(s.roles)) {
    if (role.unitId && !s.units[role.unitId]) missing(['roles', role.id, 'unitId'], role.unitId);
    if (role.teamId) {
      const team = s.teams[role.teamId];
      if (!team) missing(['roles', role.id, 'teamId'], role.teamId);
      else if (team.unitId !== role.unitId)
        out.push({
          code: 'team-outside-role-unit',
          path: [...base, 'roles', role.id, 'teamId'],
          detail: `team ${team.id} lies in ${team.unitId ?? 'no unit'}, the role in ${role.unitId ?? 'no unit'}`,
          params: { role: role.name, team: team.name },
        });
    }
    for (const w of Object.keys(role.qualifications)) {
      if (!s.workstations[w as keyof typeof s.workstations]) missing(['roles', role.id, 'qualifications', w], w);
    }
  }
  for (const task of Object.values(s.tasks)) {
    task.scope.forEach((w, i) => {
      if (!s.workstations[w]) missing(['tasks', task.id, 'scope', i], w);
    });
    for (const r of Object.keys(task.assignments)) {
      if (!s.roles[r as keyof typeof s.roles]) missing(['tasks', task.id, 'assignments', r], r);
    }
    if (!sharesSumToOne(task.assignments))
      out.push({
        code: 'shares-not-100',
        path: [...base, 'tasks', task.id, 'assignments'],
        detail: `shares sum to ${(shareSum(task.assignments) * 100).toFixed(1)} %`,
        params: { task: task.name, percent: Math.round(shareSum(task.assignments) * 1000) / 10 },
      });
    if ((task.kind === 'control') !== (task.control !== null))
      out.push({ code: 'control-info-mismatch', path: [...base, 'tasks', task.id, 'control'], detail: 'control info must be set exactly for control tasks', params: { task: task.name } });
  }
  for (const loop of Object.values(s.polcaLoops)) {
    if (!s.units[loop.fromUnitId]) missing(['polcaLoops', loop.id, 'fromUnitId'], loop.fromUnitId);
    if (!s.units[loop.toUnitId]) missing(['polcaLoops', loop.id, 'toUnitId'], loop.toUnitId);
  }
  for (const [key, loop] of Object.entries(s.polcaLoops))
    if (loop.id !== key)
      out.push({ code: 'key-id-mismatch', path: [...base, 'polcaLoops', key], detail: `stored under ${key} but has id ${loop.id}`, params: { key, id: loop.id } });
  for (const id of Object.keys(s.layout)) {
    const exists = [s.units, s.workstations, s.families, s.teams, s.roles].some((r) => Object.hasOwn(r, id));
    if (!exists) missing(['layout', id], id);
  }
  return out;
}

export function checkProjectInvariants(p: Project): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const [key, step] of Object.entries(p.story)) {
    if (step.id !== key)
      out.push({ code: 'key-id-mismatch', path: ['story', key], detail: `stored under ${key} but has id ${step.id}`, params: { key, id: step.id } });
    if (!Object.hasOwn(p.scenarios, step.scenarioId))
      out.push({ code: 'missing-reference', path: ['story', key, 'scenarioId'], detail: `refers to ${step.scenarioId}, which does not exist`, params: { ref: step.scenarioId } });
  }
  for (const key of Object.keys(p.impactNotes))
    for (const ref of key.split('>'))
      if (!Object.hasOwn(p.scenarios, ref))
        out.push({ code: 'missing-reference', path: ['impactNotes', key], detail: `refers to ${ref}, which does not exist`, params: { ref } });
  for (const [key, s] of Object.entries(p.scenarios)) {
    if (s.id !== key)
      out.push({ code: 'key-id-mismatch', path: ['scenarios', key], detail: `stored under ${key} but has id ${s.id}`, params: { key, id: s.id } });
    out.push(...checkScenarioInvariants(s, ['scenarios', key]));
  }
  return out;
}
