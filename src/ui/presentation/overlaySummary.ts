import type { Quadrant, ScenarioAnalysis } from '../../analysis';
import type { Scenario } from '../../model';

export interface OverlaySummary {
  quadrants: Record<Quadrant, number>;
  /** Most strained first. */
  highStrain: { roleId: string; name: string; iso: boolean }[];
}

/** What the overlay shows besides P1–P7: roles per quadrant and the high-strain roles by name. */
export function overlaySummary(analysis: ScenarioAnalysis, scenario: Scenario): OverlaySummary {
  const quadrants: Record<Quadrant, number> = { 'high-strain': 0, active: 0, passive: 0, 'low-strain': 0 };
  for (const r of analysis.roles) quadrants[r.quadrant]++;
  const highStrain = analysis.roles
    .filter((r) => r.quadrant === 'high-strain')
    .sort((a, b) => b.strainRatio - a.strainRatio)
    .map((r) => ({ roleId: r.roleId, name: scenario.roles[r.roleId]?.name ?? r.roleId, iso: r.isoStrain }));
  return { quadrants, highStrain };
}
