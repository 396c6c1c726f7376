import { barGeometry } from '../../../ui/mct/mctBarGeometry';
import type { Family } from '../../../model';
import type { DrawOp } from '../../scene/ops';
import { INK, TYPE } from '../layout/composer';
import { fitText } from '../layout/text';
import type { ReportSection, SectionContext } from '../types';
import { num } from './common';

const NAME_WIDTH = 150;
const BAR_H = 16;
const ROW = 46;
const GREY = '#9aa3b2';
/** Room right of the bars for the total and its grey/white split. */
const TOTAL_WIDTH = 104;

interface Bar {
  family: Family;
  geometry: ReturnType<typeof barGeometry>;
}

/** One family's critical path as white (waiting) then grey (touch) per segment, on a shared day scale. */
function barOps(ctx: SectionContext, bar: Bar, maxDays: number, x: number, y: number, width: number): DrawOp[] {
  const g = bar.geometry;
  const barX = x + NAME_WIDTH;
  const barW = width - NAME_WIDTH - TOTAL_WIDTH;
  const ops: DrawOp[] = [{ op: 'text', x, y: y + 12, text: fitText(bar.family.name, NAME_WIDTH - 10, ctx.measure, { size: TYPE.body, bold: true }), size: TYPE.body, bold: true, colour: INK.text }];
  if (!g.ok) {
    const text = g.reason === 'cycle' ? ctx.t('export.pdf.mct.cycle') : ctx.t('export.pdf.mct.none');
    return [...ops, { op: 'text', x: barX, y: y + 12, text, size: TYPE.small, colour: INK.muted }];
  }
  const k = maxDays > 0 ? barW / maxDays : 0;
  for (const p of g.parts) {
    const px = barX + p.start * k;
    const waitW = p.wait * k;
    const touchW = p.touch * k;
    ops.push({ op: 'rect', x: px, y: y + 2, w: waitW, h: BAR_H, fill: '#ffffff', stroke: { colour: '#5b6475', width: 0.6 } });
    ops.push({ op: 'rect', x: px + waitW, y: y + 2, w: touchW, h: BAR_H, fill: GREY, stroke: { colour: '#5b6475', width: 0.6 } });
    const label = fitText(p.name, Math.max(0, waitW + touchW - 4), ctx.measure, { size: 7 });
    if (label !== '…') ops.push({ op: 'text', x: px + 2, y: y + BAR_H + 12, text: label, size: 7, colour: INK.muted });
  }
  ops.push(
    { op: 'text', x: x + width, y: y + 10, text: ctx.t('export.pdf.mct.total', { days: num(g.total, ctx.language) }), size: TYPE.body, bold: true, colour: INK.text, align: 'right' },
    { op: 'text', x: x + width, y: y + 22, text: ctx.t('export.pdf.mct.split', { grey: num(g.grey, ctx.language), white: num(g.white, ctx.language) }), size: 7, colour: INK.muted, align: 'right' },
  );
  return ops;
}

function legend(ctx: SectionContext, x: number, y: number): DrawOp[] {
  const white = ctx.t('export.pdf.mct.legendWhite');
  const greyX = x + 18 + ctx.measure(white, TYPE.small) + 18;
  return [
    { op: 'rect', x, y: y + 2, w: 12, h: 9, fill: '#ffffff', stroke: { colour: '#5b6475', width: 0.6 } },
    { op: 'text', x: x + 18, y: y + 10, text: white, size: TYPE.small, colour: INK.text },
    { op: 'rect', x: greyX, y: y + 2, w: 12, h: 9, fill: GREY, stroke: { colour: '#5b6475', width: 0.6 } },
    { op: 'text', x: greyX + 18, y: y + 10, text: ctx.t('export.pdf.mct.legendGrey'), size: TYPE.small, colour: INK.text },
  ];
}

function polcaTable(ctx: SectionContext): void {
  const c = ctx.composer;
  const polca = ctx.analysis.polca;
  if (polca.length === 0) return;
  const unit = (id: string) => ctx.scenario.units[id as never]?.name ?? id;
  c.heading(ctx.t('export.pdf.mct.polca'));
  c.table(
    [
      { header: ctx.t('export.pdf.mct.loop'), width: c.width * 0.7 },
      { header: ctx.t('export.pdf.mct.cards'), width: c.width * 0.3, align: 'right' },
    ],
    polca.map((p) => [
      { text: `${unit(p.fromUnitId)} → ${unit(p.toUnitId)}`, bold: true },
      p.cards === null ? { text: ctx.t('export.pdf.mct.noCards'), colour: INK.muted } : { text: String(p.cards) },
    ]),
  );
}

function render(ctx: SectionContext): void {
  const c = ctx.composer;
  c.section(ctx.t('export.pdf.mct.title'));
  c.paragraph(ctx.t('export.pdf.mct.intro'), { colour: INK.muted });
  const bars: Bar[] = Object.values(ctx.scenario.families).flatMap((family) => (family.mct ? [{ family, geometry: barGeometry(family.mct) }] : []));
  if (bars.length === 0) c.paragraph(ctx.t('export.pdf.mct.none'));
  else {
    const maxDays = Math.max(0, ...bars.map((b) => (b.geometry.ok ? b.geometry.total : 0)));
    c.block(20, (x, y) => legend(ctx, x + NAME_WIDTH, y));
    for (const bar of bars) c.block(ROW, (x, y) => barOps(ctx, bar, maxDays, x, y, c.width));
  }
  polcaTable(ctx);
}

export const mctSection: ReportSection = { id: 'mct', render };
