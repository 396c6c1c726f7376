import type { Finding } from '../../../analysis';
import { findingTitle, messageText } from '../../../ui/analysis/messageText';
import { transformOp, type DrawOp } from '../../scene/ops';
import { INK, TYPE } from '../layout/composer';
import { wrapText } from '../layout/text';
import type { ReportSection, SectionContext } from '../types';
import { SEVERITY_COLOUR } from './common';

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  colour?: string;
  indent: number;
  bullet?: boolean;
  height: number;
}

const LINE = 12.5;

function wrapped(ctx: SectionContext, text: string, o: Omit<Line, 'text' | 'height'>, width: number): Line[] {
  return wrapText(text, width - o.indent, ctx.measure, { size: o.size, bold: o.bold }).map((t, i) => ({
    ...o,
    text: t,
    bullet: o.bullet && i === 0,
    height: LINE,
  }));
}

/** A finding as lines: what and about whom, why, and what to change. */
function findingLines(ctx: SectionContext, f: Finding, width: number): Line[] {
  const m = ctx.messages;
  const about = f.entityId === ctx.scenario.id ? ctx.t('analysis.findings.scenario') : ctx.t('export.pdf.findings.about', { name: m.nameOf(f.entityId) });
  const lines: Line[] = [
    ...wrapped(ctx, findingTitle(f, m), { size: 10.5, bold: true, indent: 62 }, width),
    ...wrapped(ctx, about, { size: TYPE.small, colour: INK.muted, indent: 62 }, width),
  ];
  const list = (label: string, texts: string[]) => {
    if (texts.length === 0) return;
    lines.push({ text: label, size: TYPE.small, bold: true, colour: INK.muted, indent: 62, height: LINE + 2 });
    for (const text of texts) lines.push(...wrapped(ctx, text, { size: TYPE.body, indent: 74, bullet: true }, width));
  };
  list(ctx.t('analysis.findings.because'), f.drivers.map((d) => messageText(d, m)));
  list(ctx.t('analysis.findings.moves'), f.suggestedMoves.map((d) => messageText(d, m)));
  if (f.suggestedMoves.length === 0) lines.push(...wrapped(ctx, ctx.t('analysis.findings.noMoves'), { size: TYPE.body, colour: INK.muted, indent: 62 }, width));
  return lines;
}

function lineOps(l: Line, x: number, y: number): DrawOp[] {
  const ops: DrawOp[] = [{ op: 'text', x: x + l.indent, y: y + l.height - 3.5, text: l.text, size: l.size, bold: l.bold, colour: l.colour ?? INK.text }];
  if (l.bullet) ops.push({ op: 'circle', cx: x + l.indent - 7, cy: y + l.height - 7, r: 1.5, fill: INK.muted });
  return ops;
}

function severityTag(ctx: SectionContext, f: Finding, x: number, y: number): DrawOp[] {
  const colour = SEVERITY_COLOUR[f.severity];
  return [
    { op: 'rect', x, y: y + 1.5, w: 54, h: 13, r: 3, fill: colour },
    { op: 'text', x: x + 27, y: y + 11, text: ctx.t(`analysis.severity.${f.severity}`), size: 7.5, bold: true, colour: '#ffffff', align: 'center' },
  ];
}

/** Bullets of one column, from `top`; returns the ops and the height used. */
function columnOps(ctx: SectionContext, label: string, texts: string[], x: number, top: number, width: number): { ops: DrawOp[]; height: number } {
  const lines: Line[] = [{ text: label, size: TYPE.small, bold: true, colour: INK.muted, indent: 0, height: LINE + 1 }];
  for (const text of texts) lines.push(...wrapped(ctx, text, { size: TYPE.body, indent: 10, bullet: true }, width));
  let y = top;
  const ops: DrawOp[] = [];
  for (const l of lines) {
    ops.push(...lineOps(l, x, y));
    y += l.height;
  }
  return { ops, height: y - top };
}

/** Title across, then why (left) and what to change (right) side by side: half the height of one column. */
function twoColumnBlock(ctx: SectionContext, f: Finding, width: number): { height: number; draw: (x: number, y: number) => DrawOp[] } {
  const m = ctx.messages;
  const title = wrapped(ctx, findingTitle(f, m), { size: 10.5, bold: true, indent: 62 }, width);
  const about = f.entityId === ctx.scenario.id ? ctx.t('analysis.findings.scenario') : ctx.t('export.pdf.findings.about', { name: m.nameOf(f.entityId) });
  const aboutLines = wrapped(ctx, about, { size: TYPE.small, colour: INK.muted, indent: 62 }, width);
  const gap = 16;
  const colW = (width - 62 - gap) / 2;
  const moves = f.suggestedMoves.length ? f.suggestedMoves.map((d) => messageText(d, m)) : [ctx.t('analysis.findings.noMoves')];
  const why = columnOps(ctx, ctx.t('analysis.findings.because'), f.drivers.map((d) => messageText(d, m)), 0, 0, colW);
  const what = columnOps(ctx, ctx.t('analysis.findings.moves'), moves, 0, 0, colW);
  const headH = (title.length + aboutLines.length) * LINE;
  const height = headH + Math.max(why.height, what.height) + 14;
  const draw = (x: number, y: number): DrawOp[] => {
    const ops = severityTag(ctx, f, x, y);
    let ly = y;
    for (const l of [...title, ...aboutLines]) {
      ops.push(...lineOps(l, x, ly));
      ly += l.height;
    }
    const shift = (list: DrawOp[], dx: number) => list.map((op) => transformOp(op, { scale: 1, dx, dy: ly }));
    ops.push(...shift(why.ops, x + 62), ...shift(what.ops, x + 62 + colW + gap));
    ops.push({ op: 'path', segments: [{ t: 'M', x, y: y + height - 6 }, { t: 'L', x: x + width, y: y + height - 6 }], stroke: { colour: INK.rule, width: 0.5 } });
    return ops;
  };
  return { height, draw };
}

/**
 * A finding as one block with its reasons and moves side by side, kept on one page; one
 * too long for a page runs on line by line in a single column.
 */
function placeFinding(ctx: SectionContext, f: Finding): void {
  const c = ctx.composer;
  const block = twoColumnBlock(ctx, f, c.width);
  if (block.height <= c.frame.content.height) return c.block(block.height, block.draw);
  c.ensure(4 * LINE);
  c.add(severityTag(ctx, f, c.left, c.y));
  for (const l of findingLines(ctx, f, c.width)) c.block(l.height, (x, y) => lineOps(l, x, y));
  c.space(6);
  c.block(8, (x, y) => [{ op: 'path', segments: [{ t: 'M', x, y }, { t: 'L', x: x + c.width, y }], stroke: { colour: INK.rule, width: 0.5 } }]);
}

function render(ctx: SectionContext): void {
  const c = ctx.composer;
  c.section(ctx.t('analysis.findings.title'));
  if (ctx.analysis.findings.length === 0) return c.paragraph(ctx.t('analysis.findings.empty'));
  c.paragraph(ctx.t('export.pdf.findings.intro'), { colour: INK.muted });
  c.space(4);
  for (const f of ctx.analysis.findings) placeFinding(ctx, f);
}

export const findingsSection: ReportSection = { id: 'findings', render };
