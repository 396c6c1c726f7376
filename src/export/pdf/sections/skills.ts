import type { WorkstationCoverage } from '../../../analysis';
import type { Role, Workstation } from '../../../model';
import { joinNames, matrixColumns, matrixRows } from '../../../ui/skills/matrix';
import { INK, TYPE } from '../layout/composer';
import type { TableCell, TableColumn } from '../layout/table';
import type { ReportSection, SectionContext } from '../types';

const ROLE_COLUMN = 120;
const PEOPLE_COLUMN = 40;
const MIN_LEVEL_COLUMN = 40;
const MAX_LEVEL_COLUMN = 64;

const LEVEL_FILL = ['', '#f6f0dc', '#e0f4ee', '#c9ebdf', '#b2e2d0'] as const;
const STATUS_FILL = { uncovered: '#f7d5d2', 'red-zone': '#f7d5d2', 'below-k': '#fcf1d9', ok: '#e0f4ee' } as const;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function levelCell(role: Role, ws: Workstation): TableCell {
  const level = role.qualifications[ws.id] ?? 0;
  return level === 0 ? { text: '·', colour: '#aab1bd' } : { text: String(level), bold: level >= 2, fill: LEVEL_FILL[level] };
}

function coverageCell(c: WorkstationCoverage | undefined, k: number): TableCell {
  if (!c) return { text: '' };
  return { text: `${c.qualifiedPeople}/${k}`, bold: c.status !== 'ok', fill: STATUS_FILL[c.status], colour: c.status === 'red-zone' || c.status === 'uncovered' ? '#8c1d16' : INK.text };
}

/** One matrix table for a slice of the workstations; roles in the skills view's order. */
function matrixTable(ctx: SectionContext, roles: Role[], workstations: Workstation[]): void {
  const c = ctx.composer;
  const cov = new Map(ctx.analysis.coverage.workstations.map((w) => [w.workstationId, w]));
  const levelWidth = Math.min(MAX_LEVEL_COLUMN, (c.width - ROLE_COLUMN - PEOPLE_COLUMN) / Math.max(1, workstations.length));
  const columns: TableColumn[] = [
    { header: ctx.t('analysis.table.column.role'), width: ROLE_COLUMN },
    { header: ctx.t('export.pdf.skills.people'), width: PEOPLE_COLUMN, align: 'right' },
    ...workstations.map((w) => ({ header: w.name, width: levelWidth, align: 'center' as const })),
  ];
  const rows: TableCell[][] = roles.map((role) => [
    { text: role.name, bold: true },
    { text: String(role.headcount) },
    ...workstations.map((w) => levelCell(role, w)),
  ]);
  rows.push([
    { text: ctx.t('export.pdf.skills.qualified'), bold: true },
    { text: '' },
    ...workstations.map((w) => coverageCell(cov.get(w.id), ctx.analysis.coverage.kPerWorkstation)),
  ]);
  c.table(columns, rows);
}

function redZones(ctx: SectionContext): void {
  const c = ctx.composer;
  const s = ctx.scenario;
  const cov = ctx.analysis.coverage;
  const name = (id: string) => s.workstations[id as never]?.name ?? id;
  c.heading(ctx.t('export.pdf.skills.redZones'), 30);
  if (cov.redZones.length === 0 && cov.uncovered.length === 0) return c.paragraph(ctx.t('export.pdf.skills.noRedZones'));
  for (const id of cov.redZones) {
    const w = cov.workstations.find((x) => x.workstationId === id);
    const names = (w?.qualifiedRoles ?? []).map((r) => s.roles[r]?.name ?? r);
    c.paragraph(`• ${ctx.t('export.pdf.skills.redZone', { workstation: name(id), names: joinNames(names, ctx.t('analysisInputs.skills.and')) })}`, { after: 1 });
  }
  if (cov.uncovered.length > 0)
    c.paragraph(`• ${ctx.t('export.pdf.skills.uncovered', { workstations: cov.uncovered.map(name).join(', ') })}`, { after: 1 });
}

function render(ctx: SectionContext): void {
  const c = ctx.composer;
  const cov = ctx.analysis.coverage;
  c.section(ctx.t('export.pdf.skills.title'));
  c.paragraph(ctx.t('export.pdf.skills.intro'), { colour: INK.muted });
  c.paragraph(ctx.t('export.pdf.skills.target', { k: cov.kPerWorkstation, kr: cov.kPerRole }), { colour: INK.muted, size: TYPE.small });
  if (!cov.hasData) return c.paragraph(ctx.t('export.pdf.skills.noData'));
  const roles = matrixRows(ctx.scenario).flatMap((g) => g.roles);
  const workstations = matrixColumns(ctx.scenario).flatMap((g) => g.workstations);
  const perTable = Math.max(1, Math.floor((c.width - ROLE_COLUMN - PEOPLE_COLUMN) / MIN_LEVEL_COLUMN));
  const parts = chunks(workstations, perTable);
  parts.forEach((part, i) => {
    if (parts.length > 1) {
      const from = i * perTable + 1;
      c.heading(ctx.t('export.pdf.skills.part', { from, to: from + part.length - 1, count: workstations.length }), 60);
    }
    matrixTable(ctx, roles, part);
  });
  redZones(ctx);
}

export const skillsSection: ReportSection = { id: 'skills', render };
