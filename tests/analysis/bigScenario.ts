import { ScenarioBuilder } from './builders';
import type { Scenario } from '../../src/model/types';
import { CONTROL_ASPECTS, type ControlAspect, type ControlLevel, type TaskKind } from '../../src/model/types';

/** Deterministic pseudo-random numbers (mulberry32) so the benchmark scenario is the same every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A large plausible organisation: per 10 roles one unit of 4 workstations and two teams, per
 * 1,000 roles 60 families; `tasks` tasks (make, prepare/support, op/tac/str control). The
 * density per workstation stays the same as the organisation grows.
 */
export function bigScenario(roles = 1000, tasks = 5000, seed = 42): Scenario {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const b = new ScenarioBuilder('scenario:big');
  const unitCount = Math.max(10, Math.round(roles / 10));
  const units = Array.from({ length: unitCount }, (_, u) => `u${u}`);
  const wsOfUnit = new Map<string, string[]>();
  const wsOfType = new Map<string, string[]>();
  units.forEach((u, i) => {
    b.unit(u, i % 5 === 0 ? 'cell' : 'functional');
    for (let k = 0; k < 4; k++) {
      const w = `${u}w${k}`;
      const type = `t${(i * 4 + k) % 40}`;
      b.ws(w, type, u, k === 3 && i % 7 === 0);
      wsOfUnit.set(u, [...(wsOfUnit.get(u) ?? []), w]);
      wsOfType.set(type, [...(wsOfType.get(type) ?? []), w]);
    }
  });
  const allWs = [...wsOfUnit.values()].flat();
  for (let f = 0; f < Math.max(3, Math.round(roles * 0.06)); f++) {
    const steps = Array.from({ length: 5 }, () => {
      const sameType = wsOfType.get(`t${Math.floor(rand() * 40)}`) ?? [];
      return [pick(sameType), pick(sameType)].filter((w, i, xs) => xs.indexOf(w) === i);
    });
    b.family(`f${f}`, steps, `ftms${f % 8}`);
  }
  for (let t = 0; t < 2 * unitCount; t++) b.team(`tm${t}`, units[t % unitCount] ?? null);
  const roleKeys = Array.from({ length: roles }, (_, r) => `r${r}`);
  const unitOfRole = new Map<string, string>();
  const rolesOfUnit = new Map<string, string[]>();
  roleKeys.forEach((r, i) => {
    const unit = pick(units);
    const team = i % 2 === 0 ? `tm${units.indexOf(unit) + (rand() < 0.5 ? 0 : unitCount)}` : null;
    unitOfRole.set(r, unit);
    rolesOfUnit.set(unit, [...(rolesOfUnit.get(unit) ?? []), r]);
    const quals: Record<string, 0 | 1 | 2 | 3 | 4> = {};
    for (const w of wsOfUnit.get(unit) ?? []) quals[w] = pick([0, 1, 2, 3, 4] as const);
    b.role(r, { unit, team, headcount: 1 + Math.floor(rand() * 4), quals });
  });
  // Tactical and strategic control spans a department of five units; a few strategic tasks span everything.
  const departmentWs = (unit: string) => {
    const start = Math.floor(units.indexOf(unit) / 5) * 5;
    return units.slice(start, start + 5).flatMap((u) => wsOfUnit.get(u) ?? []);
  };
  let allScope = 0;
  for (let t = 0; t < tasks; t++) {
    const holder = roleKeys[t % roleKeys.length] ?? 'r0';
    const unitWs = wsOfUnit.get(unitOfRole.get(holder) ?? '') ?? [];
    // Co-holders are mostly colleagues in the same unit, sometimes anyone.
    const colleagues = rolesOfUnit.get(unitOfRole.get(holder) ?? '') ?? roleKeys;
    const other = rand() < 0.8 ? pick(colleagues) : pick(roleKeys);
    const holders = rand() < 0.7 || other === holder ? { [holder]: 1 } : { [holder]: 0.6, [other]: 0.4 };
    const x = rand();
    const kind: TaskKind = t < roles ? 'make' : x < 0.3 ? 'prepare' : x < 0.45 ? 'support' : 'control';
    const level: ControlLevel = x < 0.9 ? 'op' : x < 0.98 ? 'tac' : 'str';
    const aspect: ControlAspect = pick(CONTROL_ASPECTS);
    const wide = kind === 'control' && level !== 'op';
    b.task(`k${t}`, {
      kind,
      control: kind === 'control' ? [level, aspect] : undefined,
      typeLabel: `${kind}:${Math.floor(rand() * 12)}`,
      scope: wide
        ? level === 'str' && allScope++ < 8
          ? allWs
          : departmentWs(unitOfRole.get(holder) ?? '')
        : unitWs.filter(() => rand() < 0.6),
      load: Math.round(rand() * 40),
      cycle: kind === 'make' ? 0.5 + rand() * 40 : null,
      dist: Math.round(rand() * 10),
      difficulty: pick([null, 1, 2, 3] as const),
      holders,
    });
  }
  return b.scenario;
}
