import type { NumberDelta, RoleSnapshot, SetDelta } from '../../../analysis/compare';
import type { DrawOp } from '../../scene/ops';
import { INK, TYPE } from '../layout/composer';
import { columnWidths, type TableCell, type TableColumn } from '../layout/table';
import { wrapText } from '../layout/text';
import type { ReportComparison, ReportSection, SectionContext } from '../types';
import { QUADRANT_COLOUR, num } from './common';

/** Which way is good for a figure: fewer handoffs are better, headcount is not judged. */
type Better = 'lower' | 'higher' | 'none';
type Tone = 'better' | 'worse' | 'changed' | 'same';

export const TONE_COLOUR = { better: '#00664a', worse: '#a3420a', changed: INK.text, same: INK.muted } as const;

function toneOf(delta: number | null, better: Better, digits: number): Tone {
  if (delta === null) return 'same';
  const shown = Math.round(delta * 10 ** digits) / 10 ** digits;
  if (Math.abs(shown) < 1e-9) return 'same';
  if (better === 'none') return 'changed';
  return shown < 0 === (better === 'lower') ? 'better' : 'worse';
}

/** Before, after and change as three cells; the change says better or worse in words, colour only adds. */
function deltaCells(ctx: SectionContext, d: NumberDelta, better: Better, digits: number, missing = '—'): TableCell[] {
  const fmt = (v: number | null) => (v === null ? missing : num(v, ctx.language, digits));
  const tone = toneOf(d.delta, better, digits);
  const value = d.delta ?? 0;
  let change: TableCell = { text: '0', colour: INK.muted };
  if (tone !== 'same') {
    const sign = value > 0 ? '+' : '−';
    const arrow = value > 0 ? '▲' : '▼';
    const word = tone === 'better' || tone === 'worse' ? ` ${ctx.t(`compare.deltas.${tone}`)}` : '';
    change = { text: `${sign}${num(Math.abs(value), ctx.language, digits)} ${arrow}${word}`, colour: TONE_COLOUR[tone], bold: tone !== 'changed' };
  }
  return [{ text: fmt(d.before) }, { text: fmt(d.after) }, change];
}

const deltaHeaders = (ctx: SectionContext) => [
  ctx.t('compare.deltas.column.before'),
  ctx.t('compare.deltas.column.after'),
  ctx.t('compare.deltas.column.delta'),
];

/** A first column, then before / after / change per group of three. */
function deltaColumns(ctx: SectionContext, first: string, groups: string[], width: number): TableColumn[] {
  const specs = [{ weight: 1 }, ...groups.flatMap(() => [{ fixed: 50 }, { fixed: 50 }, { fixed: 74 }])];
  const widths = columnWidths(specs, width);
  const columns: TableColumn[] = [{ header: first, width: widths[0] ?? 0 }];
  groups.forEach((group, g) =>
    deltaHeaders(ctx).forEach((side, i) =>
      columns.push({ header: group ? ctx.t('export.pdf.comparison.column', { what: group, side }) : side, width: widths[1 + g * 3 + i] ?? 0, align: 'right' }),
    ),
  );
  return columns;
}

/** A bullet list whose lines start with the direction in words. */
function bullets(ctx: SectionContext, items: { tone: Tone; text: string }[]): void {
  const c = ctx.composer;
  const LINE = 13;
  for (const item of items) {
    const label = item.tone === 'better' || item.tone === 'worse' ? `${ctx.t(`compare.impact.direction.${item.tone}`)}:` : '';
    const labelW = 58;
    const lines = wrapText(item.text, c.width - labelW - 12, ctx.measure, { size: TYPE.body });
    c.block(lines.length * LINE + 2, (x, y) => {
      const ops: DrawOp[] = [
        { op: 'circle', cx: x + 3, cy: y + LINE - 7, r: 1.6, fill: TONE_COLOUR[item.tone] },
        { op: 'text', x: x + 10, y: y + LINE - 3.5, text: label, size: TYPE.body, bold: true, colour: TONE_COLOUR[item.tone] },
      ];
      lines.forEach((l, i) => ops.push({ op: 'text', x: x + 10 + labelW, y: y + LINE * (i + 1) - 3.5, text: l, size: TYPE.body, colour: INK.text }));
      return ops;
    });
  }
}

/** What a trainer reads out first: who leaves or enters high strain, people in high strain, MCT per family. */
function headline(ctx: SectionContext, cmp: ReportComparison): void {
  const { comparison } = cmp;
  const t = ctx.t;
  const fmt = (v: number, digits = 1) => num(v, ctx.language, digits);
  const quadrantName = (q: RoleSnapshot['quadrant']) => t(`analysis.quadrant.${q}.name`).toLocaleLowerCase(ctx.language);
  const items: { tone: Tone; text: string }[] = [];
  for (const r of comparison.roles) {
    if (!r.quadrantMoved || !r.before || !r.after) continue;
    if (r.before.quadrant === 'high-strain') items.push({ tone: 'better', text: t('compare.deltas.headline.leaves', { role: r.name, quadrant: quadrantName(r.after.quadrant) }) });
    if (r.after.quadrant === 'high-strain') items.push({ tone: 'worse', text: t('compare.deltas.headline.enters', { role: r.name }) });
  }
  const strain = comparison.people.highStrainPeople;
  if (strain.delta)
    items.push({ tone: strain.delta < 0 ? 'better' : 'worse', text: t('compare.deltas.headline.strainPeople', { before: fmt(strain.before ?? 0), after: fmt(strain.after ?? 0) }) });
  for (const f of comparison.families) {
    const { before, after, delta } = f.mctDays;
    if (before === null || after === null || !delta || Math.abs(delta) < 0.05) continue;
    const percent = `${delta < 0 ? '−' : '+'}${fmt(Math.abs((delta / (before || 1)) * 100), 0)}`;
    items.push({ tone: delta < 0 ? 'better' : 'worse', text: t('compare.deltas.headline.mct', { family: f.name, before: fmt(before), after: fmt(after), percent }) });
  }
  ctx.composer.heading(t('compare.deltas.headline.label'), 20);
  if (items.length === 0) ctx.composer.paragraph(t('compare.deltas.headline.none'), { colour: INK.muted });
  else bullets(ctx, items);
}

function parameters(ctx: SectionContext, cmp: ReportComparison): void {
  const c = ctx.composer;
  c.heading(ctx.t('compare.deltas.parameters.title'));
  c.paragraph(ctx.t('compare.deltas.parameters.hint'), { colour: INK.muted, size: TYPE.small });
  c.table(
    deltaColumns(ctx, '', [''], c.width),
    cmp.comparison.parameters.map((p) => [
      { text: `${p.key}  ${ctx.t(`analysis.parameter.${p.key}.name`)}`, bold: true },
      ...deltaCells(ctx, p, 'lower', 2, ctx.t('analysis.profile.na')),
    ]),
  );
}

function families(ctx: SectionContext, cmp: ReportComparison): void {
  const c = ctx.composer;
  c.heading(ctx.t('compare.deltas.families.title'));
  if (cmp.comparison.families.length === 0) return c.paragraph(ctx.t('compare.deltas.families.empty'), { colour: INK.muted });
  const noMap = ctx.t('compare.deltas.families.noMct');
  c.table(
    deltaColumns(ctx, ctx.t('compare.deltas.families.family'), [ctx.t('compare.deltas.families.handoffs'), ctx.t('export.pdf.comparison.mct')], c.width),
    cmp.comparison.families.map((f) => [{ text: f.name, bold: true }, ...deltaCells(ctx, f.handoffs, 'lower', 0), ...deltaCells(ctx, f.mctDays, 'lower', 1, noMap)]),
  );
}

/** Karasek quadrants from worst to best for the person, as the impact assessment ranks them. */
const QUADRANT_RANK = { 'high-strain': 0, passive: 1, active: 2, 'low-strain': 2 } as const;

function quadrants(ctx: SectionContext, cmp: ReportComparison): void {
  const c = ctx.composer;
  c.heading(ctx.t('compare.deltas.chart.title'));
  const moved = cmp.comparison.roles.filter((r) => r.quadrantMoved && r.before && r.after);
  if (moved.length === 0) return c.paragraph(ctx.t('export.pdf.comparison.noQuadrantMoves'), { colour: INK.muted });
  const widths = columnWidths([{ weight: 1.2 }, { weight: 1 }, { weight: 1 }, { fixed: 70 }], c.width);
  const quadrant = (s: RoleSnapshot): TableCell => ({ text: ctx.t(`analysis.quadrant.${s.quadrant}.name`), bold: true, colour: QUADRANT_COLOUR[s.quadrant].text });
  c.table(
    [
      { header: ctx.t('compare.deltas.roles.role'), width: widths[0] ?? 0 },
      { header: ctx.t('compare.deltas.column.before'), width: widths[1] ?? 0 },
      { header: ctx.t('compare.deltas.column.after'), width: widths[2] ?? 0 },
      { header: ctx.t('compare.deltas.column.delta'), width: widths[3] ?? 0 },
    ],
    moved.map((r) => {
      const before = r.before!;
      const after = r.after!;
      const d = QUADRANT_RANK[after.quadrant] - QUADRANT_RANK[before.quadrant];
      const tone: Tone = d > 0 ? 'better' : d < 0 ? 'worse' : 'changed';
      const word = tone === 'changed' ? ctx.t('compare.impact.direction.neutral') : ctx.t(`compare.impact.direction.${tone}`);
      return [{ text: r.name, bold: true }, quadrant(before), quadrant(after), { text: word, bold: true, colour: TONE_COLOUR[tone] }];
    }),
  );
}

function weba(ctx: SectionContext, cmp: ReportComparison): void {
  const c = ctx.composer;
  c.heading(ctx.t('export.pdf.comparison.weba'));
  const risks = (s: RoleSnapshot) => {
    const list = [s.stressRisk && ctx.t('compare.deltas.roles.stress'), s.learningRisk && ctx.t('compare.deltas.roles.learning')].filter(Boolean);
    return list.length ? list.join(', ') : ctx.t('compare.deltas.roles.noRisk');
  };
  const rows = cmp.comparison.roles.flatMap((r): TableCell[][] => {
    if (!r.before || !r.after) return [];
    const riskChanged = r.before.stressRisk !== r.after.stressRisk || r.before.learningRisk !== r.after.learningRisk;
    if (!riskChanged && r.webaFailuresGained.length === 0 && r.webaFailuresLost.length === 0) return [];
    const gainedRisk = (r.after.stressRisk && !r.before.stressRisk) || (r.after.learningRisk && !r.before.learningRisk);
    const none = { text: '–', colour: INK.muted };
    return [
      [
        { text: r.name, bold: true },
        { text: risks(r.before) },
        { text: risks(r.after), bold: riskChanged, colour: riskChanged ? TONE_COLOUR[gainedRisk ? 'worse' : 'better'] : INK.text },
        r.webaFailuresLost.length ? { text: r.webaFailuresLost.join(', '), colour: TONE_COLOUR.better, bold: true } : none,
        r.webaFailuresGained.length ? { text: r.webaFailuresGained.join(', '), colour: TONE_COLOUR.worse, bold: true } : none,
      ],
    ];
  });
  if (rows.length === 0) return c.paragraph(ctx.t('export.pdf.comparison.noWebaChange'), { colour: INK.muted });
  const widths = columnWidths([{ weight: 1.3 }, { weight: 1 }, { weight: 1 }, { fixed: 80 }, { fixed: 80 }], c.width);
  const headers = [
    ctx.t('compare.deltas.roles.role'),
    ctx.t('export.pdf.comparison.column', { what: ctx.t('compare.deltas.roles.risks'), side: ctx.t('compare.deltas.column.before') }),
    ctx.t('export.pdf.comparison.column', { what: ctx.t('compare.deltas.roles.risks'), side: ctx.t('compare.deltas.column.after') }),
    ctx.t('export.pdf.comparison.criteriaMet'),
    ctx.t('export.pdf.comparison.criteriaFailed'),
  ];
  c.table(
    headers.map((header, i) => ({ header, width: widths[i] ?? 0 })),
    rows,
  );
}

function coverage(ctx: SectionContext, cmp: ReportComparison): void {
  const c = ctx.composer;
  const cov = cmp.comparison.coverage;
  c.heading(ctx.t('compare.deltas.coverage.title'));
  if (!cov.hasData.before && !cov.hasData.after) return c.paragraph(ctx.t('compare.deltas.coverage.noData'), { colour: INK.muted });
  const none = ctx.t('compare.deltas.coverage.none');
  const list = (names: string[]) => (names.length ? names.join(', ') : none);
  const setRow = (label: string, s: SetDelta): TableCell[] => {
    const change = [...s.gained.map((n) => `+ ${n}`), ...s.lost.map((n) => `− ${n}`)];
    const tone: Tone = s.gained.length && s.lost.length ? 'changed' : s.gained.length ? 'worse' : s.lost.length ? 'better' : 'same';
    const word = tone === 'better' || tone === 'worse' ? ` (${ctx.t(`compare.deltas.${tone}`)})` : '';
    return [{ text: label, bold: true }, { text: list(s.before) }, { text: list(s.after) }, change.length ? { text: `${change.join(', ')}${word}`, colour: TONE_COLOUR[tone], bold: true } : { text: '0', colour: INK.muted }];
  };
  const gap = cov.qualificationGap;
  const gapChange = deltaCells(ctx, gap, 'lower', 0)[2]!;
  const widths = columnWidths([{ weight: 1.1 }, { weight: 1 }, { weight: 1 }, { weight: 1 }], c.width);
  c.table(
    ['', ...deltaHeaders(ctx)].map((header, i) => ({ header, width: widths[i] ?? 0 })),
    [
      setRow(ctx.t('compare.deltas.coverage.redZones'), cov.redZones),
      setRow(ctx.t('compare.deltas.coverage.uncovered'), cov.uncovered),
      [{ text: ctx.t('compare.deltas.coverage.qualificationGap', { k: cov.k }), bold: true }, { text: String(gap.before ?? '—') }, { text: String(gap.after ?? '—') }, gapChange],
    ],
  );
}

function people(ctx: SectionContext, cmp: ReportComparison): void {
  const c = ctx.composer;
  const p = cmp.comparison.people;
  c.heading(ctx.t('compare.deltas.people.title'));
  const rows = [
    ['headcount', p.headcount, 'none', 0],
    ['fte', p.fte, 'none', 1],
    ['roles', p.roles, 'none', 0],
    ['teams', p.teams, 'none', 0],
    ['highStrainPeople', p.highStrainPeople, 'lower', 0],
    ['isoStrainRoles', p.isoStrainRoles, 'lower', 0],
  ] as const;
  c.table(
    deltaColumns(ctx, '', [''], c.width),
    rows.map(([key, d, better, digits]) => [{ text: ctx.t(`compare.deltas.people.${key}`), bold: true }, ...deltaCells(ctx, d, better, digits)]),
  );
}

function render(ctx: SectionContext): void {
  const cmp = ctx.comparison;
  if (!cmp) return;
  const c = ctx.composer;
  c.section(ctx.t('export.pdf.comparison.title', { before: cmp.before.name }));
  c.paragraph(ctx.t('export.pdf.comparison.intro', { before: cmp.before.name, after: ctx.scenario.name }), { colour: INK.muted });
  headline(ctx, cmp);
  parameters(ctx, cmp);
  families(ctx, cmp);
  quadrants(ctx, cmp);
  weba(ctx, cmp);
  coverage(ctx, cmp);
  people(ctx, cmp);
}

/** The report's scenario (after the change) against the one chosen to compare with (before it). */
export const comparisonSection: ReportSection = { id: 'comparison', render };
