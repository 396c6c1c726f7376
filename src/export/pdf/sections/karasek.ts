import type { Quadrant } from '../../../analysis';
import { CHART, DL_TICKS, PD_TICKS, PLOT, labelText, placeLabels, radiusOf, xOf, yOf } from '../../../ui/analysis/chartGeometry';
import { transformOps, type DrawOp } from '../../scene/ops';
import { INK, TYPE } from '../layout/composer';
import type { ReportSection, SectionContext } from '../types';
import { QUADRANT_COLOUR, hline, num, quadrantGlyph, vline } from './common';

/** Worst first, as the analysis view lists them. */
const QUADRANTS: Quadrant[] = ['high-strain', 'passive', 'active', 'low-strain'];

function zones(cx: number, cy: number): DrawOp[] {
  const zone = (q: Quadrant, x0: number, y0: number, x1: number, y1: number): DrawOp => ({
    op: 'rect',
    x: x0,
    y: y0,
    w: x1 - x0,
    h: y1 - y0,
    fill: QUADRANT_COLOUR[q].weak,
  });
  return [
    zone('high-strain', PLOT.x0, PLOT.y0, cx, cy),
    zone('active', cx, PLOT.y0, PLOT.x1, cy),
    zone('passive', PLOT.x0, cy, cx, PLOT.y1),
    zone('low-strain', cx, cy, PLOT.x1, PLOT.y1),
  ];
}

function axes(ctx: SectionContext, cx: number, cy: number): DrawOp[] {
  const ops: DrawOp[] = [];
  for (const v of DL_TICKS)
    ops.push(vline(xOf(v), PLOT.y0, PLOT.y1, '#ffffff', 0.8), { op: 'text', x: xOf(v), y: PLOT.y1 + 14, text: String(v), size: 10, colour: INK.muted, align: 'center' });
  for (const v of PD_TICKS)
    ops.push(hline(PLOT.x0, PLOT.x1, yOf(v), '#ffffff', 0.8), { op: 'text', x: PLOT.x0 - 6, y: yOf(v) + 3.5, text: String(v), size: 10, colour: INK.muted, align: 'right' });
  ops.push(
    vline(cx, PLOT.y0, PLOT.y1, '#5b6475', 1, [4, 3]),
    hline(PLOT.x0, PLOT.x1, cy, '#5b6475', 1, [4, 3]),
    { op: 'rect', x: PLOT.x0, y: PLOT.y0, w: PLOT.x1 - PLOT.x0, h: PLOT.y1 - PLOT.y0, stroke: { colour: '#aab1bd', width: 0.8 } },
    { op: 'text', x: (PLOT.x0 + PLOT.x1) / 2, y: CHART.height - 8, text: ctx.t('analysis.chart.xAxis'), size: 11, colour: INK.text, align: 'center' },
  );
  return ops;
}

function corners(ctx: SectionContext): DrawOp[] {
  const at: Record<Quadrant, [number, number, 'left' | 'right']> = {
    'high-strain': [PLOT.x0 + 8, PLOT.y0 + 16, 'left'],
    active: [PLOT.x1 - 8, PLOT.y0 + 16, 'right'],
    passive: [PLOT.x0 + 8, PLOT.y1 - 8, 'left'],
    'low-strain': [PLOT.x1 - 8, PLOT.y1 - 8, 'right'],
  };
  return QUADRANTS.map((q) => {
    const [x, y, align] = at[q];
    return { op: 'text', x, y, text: ctx.t(`analysis.quadrant.${q}.name`), size: 11, bold: true, colour: QUADRANT_COLOUR[q].text, align };
  });
}

/** Points sized by headcount with their names placed clear of each other. */
function points(ctx: SectionContext): DrawOp[] {
  const rows = ctx.analysis.roles.flatMap((r) => {
    const role = ctx.scenario.roles[r.roleId];
    return role ? [{ id: r.roleId, name: role.name, headcount: role.headcount, dl: r.scores.DL, pd: r.scores.PD, q: r.quadrant }] : [];
  });
  const inputs = rows.map((r) => ({ id: r.id, text: labelText(r.name), cx: xOf(r.dl), cy: yOf(r.pd), r: radiusOf(r.headcount) }));
  const ops: DrawOp[] = rows.map((r, i) => quadrantGlyph(r.q, inputs[i]!.cx, inputs[i]!.cy, inputs[i]!.r));
  for (const l of placeLabels(inputs)) {
    if (l.leader) ops.push({ op: 'path', segments: [{ t: 'M', x: l.leader.x1, y: l.leader.y1 }, { t: 'L', x: l.leader.x2, y: l.leader.y2 }], stroke: { colour: '#5b6475', width: 0.6 } });
    const align = l.anchor === 'start' ? 'left' : l.anchor === 'end' ? 'right' : 'center';
    ops.push({ op: 'text', x: l.x, y: l.y, text: l.text, size: 11, colour: INK.text, align });
  }
  return ops;
}

/** The chart in its own 560 × 380 units (as in the analysis view), scaled onto the page. */
function chartOps(ctx: SectionContext, x: number, y: number, width: number): DrawOp[] {
  const cx = xOf(ctx.analysis.settings.lowLatitudeCut);
  const cy = yOf(ctx.analysis.settings.highDemandCut);
  const k = width / CHART.width;
  const ops = [...zones(cx, cy), ...axes(ctx, cx, cy), ...corners(ctx), ...points(ctx)];
  return [
    { op: 'text', x, y: y + 9, text: ctx.t('analysis.chart.yAxis'), size: TYPE.small, colour: INK.text },
    ...transformOps(ops, { scale: k, dx: x, dy: y + 14 }),
  ];
}

function legend(ctx: SectionContext): void {
  const c = ctx.composer;
  for (const q of QUADRANTS) {
    const text = `${ctx.t(`analysis.quadrant.${q}.name`)}: ${ctx.t(`analysis.quadrant.${q}.meaning`)}`;
    c.block(15, (x, y) => [quadrantGlyph(q, x + 5, y + 8, 4), { op: 'text', x: x + 16, y: y + 11, text, size: TYPE.body, colour: INK.text }]);
  }
}

function render(ctx: SectionContext): void {
  const c = ctx.composer;
  c.section(ctx.t('analysis.chart.title'));
  if (ctx.analysis.roles.length === 0) return c.paragraph(ctx.t('analysis.chart.empty'));
  const width = Math.min(c.width, 500);
  const height = (CHART.height / CHART.width) * width + 16;
  c.block(height, (x, y) => chartOps(ctx, x + (c.width - width) / 2, y, width));
  c.space(8);
  const s = ctx.analysis.settings;
  c.paragraph(`${ctx.t('analysis.chart.size')} · ${ctx.t('analysis.chart.cutHint', { dl: num(s.lowLatitudeCut, ctx.language), pd: num(s.highDemandCut, ctx.language) })}`, {
    colour: INK.muted,
    size: TYPE.small,
  });
  c.space(4);
  legend(ctx);
}

export const karasekSection: ReportSection = { id: 'karasek', render };
