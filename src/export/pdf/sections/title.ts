import type { DrawOp } from '../../scene/ops';
import { INK } from '../layout/composer';
import { wrapText } from '../layout/text';
import type { ReportSection, SectionContext } from '../types';

function facts(ctx: SectionContext): string {
  const s = ctx.scenario;
  const roles = Object.values(s.roles);
  return ctx.t('export.pdf.facts', {
    units: Object.keys(s.units).length,
    workstations: Object.keys(s.workstations).length,
    families: Object.keys(s.families).length,
    roles: roles.length,
    people: roles.reduce((sum, r) => sum + r.headcount, 0),
    tasks: Object.keys(s.tasks).length,
  });
}

function glance(ctx: SectionContext): string[] {
  const a = ctx.analysis;
  const t = ctx.t;
  return [
    t('analysis.summary.roles', { count: a.roles.length }),
    t('analysis.summary.highStrain', { count: a.roles.filter((r) => r.quadrant === 'high-strain').length }),
    t('analysis.summary.controlProblem', { count: a.roles.filter((r) => r.flags.includes('CONTROL_PROBLEM')).length }),
    t('analysis.summary.redZones', { count: a.coverage.redZones.length }),
    t('analysis.summary.critical', { count: a.findings.filter((f) => f.severity === 'critical').length }),
  ];
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, o: { bold?: boolean; colour?: string } = {}): DrawOp[] {
  return lines.map((text, i) => ({ op: 'text', x, y: y + i * lineHeight, text, size, colour: INK.text, ...o }));
}

/** The cover: project, scenario, date, a few facts, and the headline figures. */
function render(ctx: SectionContext): void {
  const c = ctx.composer;
  c.newPage();
  const { x, width } = c.frame.content;
  const top = c.frame.content.y + c.frame.content.height * 0.18;
  const name = wrapText(ctx.project.name, width, ctx.measure, { size: 30, bold: true });
  const ops: DrawOp[] = [
    { op: 'rect', x: 0, y: 0, w: c.frame.width, h: 10, fill: INK.accent },
    { op: 'text', x, y: top, text: ctx.t('export.pdf.kicker').toUpperCase(), size: 10, bold: true, colour: INK.accent },
    ...textLines(name, x, top + 42, 30, 36, { bold: true }),
  ];
  let y = top + 42 + (name.length - 1) * 36 + 32;
  ops.push({ op: 'text', x, y, text: `${ctx.t('export.pdf.scenario')}: ${ctx.scenario.name}`, size: 16, colour: INK.text });
  const date = new Intl.DateTimeFormat(ctx.language, { dateStyle: 'long' }).format(ctx.date);
  y += 24;
  ops.push({ op: 'text', x, y, text: `${ctx.t('export.pdf.date')}: ${date}`, size: 11, colour: INK.muted });
  y += 30;
  ops.push({ op: 'rect', x, y, w: 36, h: 2.2, fill: INK.accent });
  y += 26;
  const description = ctx.project.description.trim();
  if (description) {
    const lines = wrapText(description, width * 0.8, ctx.measure, { size: 10.5 }).slice(0, 12);
    ops.push(...textLines(lines, x, y, 10.5, 15));
    y += lines.length * 15 + 14;
  }
  ops.push(...textLines(wrapText(facts(ctx), width, ctx.measure, { size: 10 }), x, y, 10, 14, { colour: INK.muted }));
  y += 44;
  ops.push({ op: 'text', x, y, text: ctx.t('export.pdf.glance'), size: 11.5, bold: true, colour: INK.text });
  ops.push(...glance(ctx).flatMap((line, i): DrawOp[] => [
    { op: 'circle', cx: x + 3, cy: y + 20 + i * 17 - 3, r: 1.8, fill: INK.accent },
    { op: 'text', x: x + 12, y: y + 20 + i * 17, text: line, size: 10, colour: INK.text },
  ]));
  const bottom = c.frame.content.y + c.frame.content.height;
  ops.push({ op: 'text', x, y: bottom, text: ctx.t('export.pdf.madeWith'), size: 9, colour: INK.muted });
  c.add(ops);
}

export const titleSection: ReportSection = { id: 'title', front: true, render };
