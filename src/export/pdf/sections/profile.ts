import { PARAMETER_KEYS, type ParameterKey } from '../../../analysis';
import type { DrawOp } from '../../scene/ops';
import { INK, TYPE } from '../layout/composer';
import { clampLines } from '../layout/text';
import type { ReportSection, SectionContext } from '../types';
import { fixed, hline, vline } from './common';

const ROW = 40;
const NAME_WIDTH = 190;
const VALUE_WIDTH = 44;
/** From this value a parameter is a finding (analysis/findings.ts PARAMETER_CUT). */
const CUT = 0.5;

const barColour = (v: number) => (v >= 0.75 ? '#d55e00' : v >= CUT ? '#e69f00' : '#009e73');

/** One parameter: key and name, a 0–1 bar with the cut marked, the value, and what lowers it. */
function parameterRow(ctx: SectionContext, key: ParameterKey, x: number, y: number, width: number): DrawOp[] {
  const value = ctx.analysis.parameters[key].value;
  const name = clampLines(ctx.t(`analysis.parameter.${key}.name`), NAME_WIDTH - 26, 2, ctx.measure, { size: TYPE.body });
  const barX = x + NAME_WIDTH;
  const barW = width - NAME_WIDTH - VALUE_WIDTH;
  const ops: DrawOp[] = [
    { op: 'text', x, y: y + 12, text: key, size: TYPE.body, bold: true, colour: INK.text },
    ...name.map((text, i): DrawOp => ({ op: 'text', x: x + 24, y: y + 12 + i * 11.5, text, size: TYPE.body, colour: INK.text })),
    { op: 'rect', x: barX, y: y + 4, w: barW, h: 10, r: 2, fill: '#eef1f5' },
  ];
  if (value !== null) ops.push({ op: 'rect', x: barX, y: y + 4, w: Math.max(1, barW * value), h: 10, r: 2, fill: barColour(value) });
  ops.push(
    vline(barX + barW * CUT, y + 1, y + 17, '#5b6475', 0.7, [1.5, 1.5]),
    {
      op: 'text',
      x: x + width,
      y: y + 12.5,
      text: value === null ? ctx.t('analysis.profile.na') : fixed(value, ctx.language, 3),
      size: TYPE.body,
      bold: true,
      colour: value === null ? INK.muted : INK.text,
      align: 'right',
    },
    {
      op: 'text',
      x: barX,
      y: y + 27,
      text: ctx.t('analysis.profile.lowersBy', { moves: ctx.t(`analysis.lowers.${key}`) }),
      size: TYPE.small,
      colour: INK.muted,
    },
    hline(x, x + width, y + ROW - 4, INK.rule, 0.4),
  );
  return ops;
}

/** Scale under the bars: 0, the cut and 1. */
function scaleOps(ctx: SectionContext, x: number, y: number, width: number): DrawOp[] {
  const barX = x + NAME_WIDTH;
  const barW = width - NAME_WIDTH - VALUE_WIDTH;
  return [0, CUT, 1].map((v): DrawOp => ({
    op: 'text',
    x: barX + barW * v,
    y: y + 8,
    text: fixed(v, ctx.language, v === CUT ? 1 : 0),
    size: TYPE.small,
    colour: INK.muted,
    align: v === 0 ? 'left' : v === 1 ? 'right' : 'center',
  }));
}

function handoffTable(ctx: SectionContext): void {
  const c = ctx.composer;
  const rows = ctx.analysis.handoffs.flatMap((h) => {
    const family = ctx.scenario.families[h.familyId];
    if (!family || family.route.length === 0) return [];
    const route = family.route.map((step) => step.workstations.map((w) => ctx.scenario.workstations[w]?.name ?? w).join(' / '));
    return [[{ text: family.name, bold: true }, { text: route.join(' → ') }, { text: String(h.count) }, { text: String(h.unitsCrossed) }]];
  });
  c.heading(ctx.t('analysis.profile.handoffs'));
  c.paragraph(ctx.t('analysis.profile.handoffsHint'), { colour: INK.muted, size: TYPE.small });
  if (rows.length === 0) return c.paragraph(ctx.t('analysis.profile.noFamilies'));
  const w = c.width;
  c.table(
    [
      { header: ctx.t('model.entity.family'), width: w * 0.22 },
      { header: ctx.t('model.field.route'), width: w * 0.5 },
      { header: ctx.t('export.pdf.profile.handoffs'), width: w * 0.14, align: 'right' },
      { header: ctx.t('export.pdf.profile.units'), width: w * 0.14, align: 'right' },
    ],
    rows,
  );
}

function render(ctx: SectionContext): void {
  const c = ctx.composer;
  c.section(ctx.t('analysis.profile.title'));
  c.paragraph(ctx.t('export.pdf.profile.intro'), { colour: INK.muted });
  c.space(6);
  for (const key of PARAMETER_KEYS) c.block(ROW, (x, y) => parameterRow(ctx, key, x, y, c.width));
  c.block(14, (x, y) => scaleOps(ctx, x, y, c.width));
  handoffTable(ctx);
}

export const profileSection: ReportSection = { id: 'profile', render };
