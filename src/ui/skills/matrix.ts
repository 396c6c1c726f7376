import type {
  CoverageResult,
  RoleCoverage,
  TrainingNeed,
  WorkstationCoverage,
  WorkstationCoverageStatus,
} from '../../analysis';
import type { Role, RoleId, Scenario, Team, Unit, WorkstationId } from '../../model';
import { sortedByName, workstationGroups, type WorkstationGroup } from '../fields/options';

/**
 * The skills matrix as plain data: which rows and columns in which order, and the gaps the
 * coverage analysis found, grouped the way the view lists them. No React here, so the
 * ordering and the gap texts are tested without a browser.
 */

/** Workstations by unit (units by name, unplaced last): the column groups. */
export type MatrixColumnGroup = WorkstationGroup;

/** Roles of one unit and team (or of the unit without a team): a row group. */
export interface MatrixRowGroup {
  key: string;
  unit: Unit | null;
  team: Team | null;
  roles: Role[];
}

export function matrixColumns(s: Pick<Scenario, 'units' | 'workstations'>): MatrixColumnGroup[] {
  return workstationGroups(s);
}

/**
 * Roles grouped by unit, then by team: units by name with unplaced roles last; inside a
 * unit the teams by name, then the roles that belong to no team. Roles by name.
 */
export function matrixRows(s: Pick<Scenario, 'units' | 'teams' | 'roles'>): MatrixRowGroup[] {
  const groups = new Map<string, MatrixRowGroup>();
  const ensure = (unit: Unit | null, team: Team | null): MatrixRowGroup => {
    const key = `${unit?.id ?? '-'}/${team?.id ?? '-'}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, unit, team, roles: [] }));
    return g;
  };
  const units = sortedByName(s.units);
  const teams = sortedByName(s.teams);
  // Create the groups in display order first, so filling them keeps that order.
  for (const unit of units) {
    for (const team of teams) if (team.unitId === unit.id) ensure(unit, team);
    ensure(unit, null);
  }
  ensure(null, null);
  for (const role of sortedByName(s.roles)) {
    const unit = role.unitId ? (s.units[role.unitId] ?? null) : null;
    const team = role.teamId && unit ? (s.teams[role.teamId] ?? null) : null;
    ensure(unit, team?.unitId === unit?.id ? team : null).roles.push(role);
  }
  return [...groups.values()].filter((g) => g.roles.length > 0);
}

/** The order keyboard navigation follows: rows top to bottom, columns left to right. */
export function matrixOrder(rows: readonly MatrixRowGroup[], columns: readonly MatrixColumnGroup[]) {
  return {
    roleIds: rows.flatMap((g) => g.roles.map((r) => r.id)),
    workstationIds: columns.flatMap((g) => g.workstations.map((w) => w.id)),
  };
}

export interface CoverageLookup {
  workstation: Map<WorkstationId, WorkstationCoverage>;
  role: Map<RoleId, RoleCoverage>;
}

export function coverageLookup(coverage: CoverageResult): CoverageLookup {
  return {
    workstation: new Map(coverage.workstations.map((w) => [w.workstationId, w])),
    role: new Map(coverage.roles.map((r) => [r.roleId, r])),
  };
}

/** A workstation short of k qualified people, with the roles the analysis suggests to train. */
export interface WorkstationGap {
  workstationId: WorkstationId;
  status: Exclude<WorkstationCoverageStatus, 'ok'>;
  qualifiedPeople: number;
  qualifiedRoles: RoleId[];
  gap: number;
  candidates: TrainingNeed[];
}

/** A role qualified on fewer than k workstations, with the workstations suggested for it. */
export interface RoleGap {
  roleId: RoleId;
  qualifiedWorkstations: number;
  gap: number;
  candidates: TrainingNeed[];
}

const SEVERITY: Record<WorkstationGap['status'], number> = { uncovered: 0, 'red-zone': 1, 'below-k': 2 };

/**
 * The gaps to close, most urgent first: uncovered workstations, then red zones, then the
 * rest short of k, each in column order; then the roles short of k in row order.
 */
export function trainingGaps(
  coverage: CoverageResult,
  order: { roleIds: readonly RoleId[]; workstationIds: readonly WorkstationId[] },
): { workstations: WorkstationGap[]; roles: RoleGap[] } {
  const column = new Map(order.workstationIds.map((id, i) => [id, i]));
  const row = new Map(order.roleIds.map((id, i) => [id, i]));
  const needsFor = (reason: TrainingNeed['reasons'][number], match: (n: TrainingNeed) => boolean) =>
    coverage.trainingNeeds.filter((n) => n.reasons.includes(reason) && match(n));
  const workstations = coverage.workstations
    .filter((w): w is WorkstationCoverage & { status: WorkstationGap['status'] } => w.status !== 'ok' && w.gap > 0)
    .map((w) => ({
      workstationId: w.workstationId,
      status: w.status,
      qualifiedPeople: w.qualifiedPeople,
      qualifiedRoles: w.qualifiedRoles,
      gap: w.gap,
      candidates: needsFor('workstation-coverage', (n) => n.workstationId === w.workstationId),
    }))
    .sort(
      (a, b) =>
        SEVERITY[a.status] - SEVERITY[b.status] ||
        (column.get(a.workstationId) ?? Infinity) - (column.get(b.workstationId) ?? Infinity),
    );
  const roles = coverage.roles
    .filter((r) => r.gap > 0)
    .map((r) => ({
      roleId: r.roleId,
      qualifiedWorkstations: r.qualifiedWorkstations,
      gap: r.gap,
      candidates: needsFor('role-coverage', (n) => n.roleId === r.roleId),
    }))
    .sort((a, b) => (row.get(a.roleId) ?? Infinity) - (row.get(b.roleId) ?? Infinity));
  return { workstations, roles };
}

/** "Piet", "Piet and Anna", "Piet, Anna and Kees": names joined for a sentence. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
