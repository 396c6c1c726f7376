import { WEBA_CRITERIA, type RoleAnalysis } from '../../../analysis';
import { INK, TYPE } from '../layout/composer';
import { columnWidths, type TableCell, type TableColumn } from '../layout/table';
import type { ReportSection, SectionContext } from '../types';
import { QUADRANT_COLOUR, fixed } from './common';

/** Roles that still exist, worst strain first (the analysis view's default order). */
export function reportRoles(ctx: SectionContext): { analysis: RoleAnalysis; name: string; headcount: number }[] {
  const collator = new Intl.Collator(ctx.language, { numeric: true, sensitivity: 'base' });
  return ctx.analysis.roles
    .flatMap((analysis) => {
      const role = ctx.scenario.roles[analysis.roleId];
      return role ? [{ analysis, name: role.name, headcount: role.headcount }] : [];
    })
    .sort((a, b) => b.analysis.strainRatio - a.analysis.strainRatio || collator.compare(a.name, b.name));
}

function roleRow(ctx: SectionContext, r: ReturnType<typeof reportRoles>[number]): TableCell[] {
  const a = r.analysis;
  const one = (v: number) => ({ text: fixed(v, ctx.language, 1) });
  const none = ctx.t('analysis.table.none');
  return [
    { text: r.name, bold: true },
    { text: String(r.headcount) },
    one(a.scores.SD),
    one(a.scores.DA),
    one(a.scores.DL),
    one(a.scores.PD),
    { text: fixed(a.strainRatio, ctx.language, 2), bold: a.strainRatio > 1 },
    { text: ctx.t(`analysis.quadrant.${a.quadrant}.name`), colour: QUADRANT_COLOUR[a.quadrant].text, bold: true },
    { text: a.weba.failures.length ? a.weba.failures.join(', ') : none },
    { text: a.flags.length ? a.flags.map((f) => ctx.t(`analysis.flag.${f}.short`)).join(', ') : ctx.t('analysis.table.noFlags') },
  ];
}

function renderRoles(ctx: SectionContext): void {
  const c = ctx.composer;
  c.section(ctx.t('analysis.table.title'));
  const rows = reportRoles(ctx);
  if (rows.length === 0) return c.paragraph(ctx.t('analysis.table.empty'));
  c.paragraph(ctx.t('analysis.table.columnHint.DL'), { colour: INK.muted, size: TYPE.small, after: 0 });
  c.paragraph(ctx.t('analysis.table.columnHint.ratio'), { colour: INK.muted, size: TYPE.small });
  const keys = ['role', 'headcount', 'SD', 'DA', 'DL', 'PD', 'ratio', 'quadrant', 'weba', 'flags'] as const;
  const widths = columnWidths(
    [{ weight: 1.3 }, { fixed: 38 }, { fixed: 32 }, { fixed: 32 }, { fixed: 32 }, { fixed: 32 }, { fixed: 36 }, { weight: 1 }, { weight: 0.8 }, { weight: 1.7 }],
    c.width,
  );
  const columns: TableColumn[] = keys.map((k, i) => ({
    header: ctx.t(`analysis.table.column.${k}`),
    width: widths[i] ?? 0,
    align: i >= 1 && i <= 6 ? 'right' : 'left',
  }));
  c.table(columns, rows.map((r) => roleRow(ctx, r)));
}

const MARK = { pass: '✓', fail: '✗', 'n/a': '–' } as const;

function renderWeba(ctx: SectionContext): void {
  const c = ctx.composer;
  c.section(ctx.t('export.pdf.weba.title'));
  c.paragraph(ctx.t('export.pdf.weba.intro'), { colour: INK.muted });
  const rows = reportRoles(ctx);
  if (rows.length === 0) return c.paragraph(ctx.t('analysis.table.empty'));
  const widths = columnWidths([{ weight: 1 }, ...WEBA_CRITERIA.map(() => ({ fixed: 30 })), { fixed: 64 }, { fixed: 64 }], c.width);
  const columns: TableColumn[] = [
    { header: ctx.t('analysis.table.column.role'), width: widths[0] ?? 0 },
    ...WEBA_CRITERIA.map((k, i) => ({ header: String(k), width: widths[i + 1] ?? 0, align: 'center' as const })),
    { header: ctx.t('export.pdf.weba.stress'), width: widths[8] ?? 0, align: 'center' },
    { header: ctx.t('export.pdf.weba.learning'), width: widths[9] ?? 0, align: 'center' },
  ];
  const risk = (on: boolean): TableCell =>
    on ? { text: ctx.t('export.pdf.yes'), bold: true, colour: '#a3420a', fill: '#fbe9dd' } : { text: '–', colour: INK.muted };
  const body = rows.map(({ analysis: a, name }): TableCell[] => [
    { text: name, bold: true },
    ...WEBA_CRITERIA.map((k): TableCell => {
      const o = a.weba.criteria[k];
      return o === 'fail' ? { text: MARK.fail, bold: true, colour: '#a3420a', fill: '#fbe9dd' } : { text: MARK[o], colour: o === 'pass' ? '#00664a' : INK.muted };
    }),
    risk(a.weba.stressRisk),
    risk(a.weba.learningRisk),
  ]);
  c.table(columns, body);
  c.heading(ctx.t('export.pdf.weba.criteria'), 20);
  for (const k of WEBA_CRITERIA) c.paragraph(`${k}  ${ctx.t(`analysis.weba.${k}`)}`, { after: 0 });
}

export const rolesSection: ReportSection = { id: 'roles', render: renderRoles };
export const webaSection: ReportSection = { id: 'weba', render: renderWeba };
