import type { Family, Role, Team, Unit, Workstation } from '../../model';
import { routeStyle } from '../../canvas/routeStyles';
import { clampLines, fitText } from '../pdf/layout/text';
import type { Box, DrawOp, Measure } from './ops';

/**
 * Each kind of node drawn as on the canvas (app/styles.css, canvas/nodes/*.css): its own
 * shape, colour and texts. Coordinates are canvas pixels; the caller scales them.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface NodeDrawContext {
  measure: Measure;
  t: Translate;
}

export const KIND_COLOUR = {
  unit: '#6b7280',
  workstation: '#0072b2',
  family: '#e69f00',
  team: '#009e73',
  role: '#cc79a7',
} as const;

const TEXT = '#1d2330';
const MUTED = '#5b6475';
const BORDER = { colour: '#aab1bd', width: 1 };
const NAME = 13;
const META = 11;

const TASK_COLOURS = {
  make: { stroke: '#0072b2', fill: '#e5f0f8', text: '#005a8c' },
  prepare: { stroke: '#56b4e9', fill: '#eaf6fd', text: '#1d6a93' },
  support: { stroke: '#009e73', fill: '#e3f5ef', text: '#00664a' },
  control: { stroke: '#d55e00', fill: '#fcebe0', text: '#9c4300' },
} as const;

const marker = (x: number, y: number, colour: string, round: boolean): DrawOp =>
  round ? { op: 'circle', cx: x + 5, cy: y + 5, r: 5, fill: colour } : { op: 'rect', x, y, w: 10, h: 10, r: 2.5, fill: colour };

function nameLines(name: string, x: number, y: number, width: number, lines: number, c: NodeDrawContext): DrawOp[] {
  const text = name.trim() || '–';
  return clampLines(text, width, lines, c.measure, { size: NAME, bold: true }).map((l, i) => ({
    op: 'text',
    x,
    y: y + i * 16,
    text: l,
    size: NAME,
    bold: true,
    colour: TEXT,
  }));
}

export function unitOps(unit: Unit, b: Box, c: NodeDrawContext): DrawOp[] {
  const dashed = unit.kind === 'management' || unit.kind === 'staff';
  const kind = c.t(`model.unitKind.${unit.kind}`);
  const kindWidth = Math.min(b.w * 0.45, c.measure(kind, META) + 16);
  const kindText = fitText(kind, kindWidth - 16, c.measure, { size: META });
  return [
    {
      op: 'rect',
      ...b,
      r: 12,
      fill: unit.kind === 'cell' ? '#f2faf7' : '#f8f8f9',
      stroke: { colour: KIND_COLOUR.unit, width: 1.5, ...(dashed ? { dash: [6, 4] } : {}) },
    },
    { op: 'path', segments: [{ t: 'M', x: b.x + 1, y: b.y + 44 }, { t: 'L', x: b.x + b.w - 1, y: b.y + 44 }], stroke: { colour: '#d9dbdf', width: 1 } },
    marker(b.x + 12, b.y + 17, KIND_COLOUR.unit, false),
    ...nameLines(unit.name, b.x + 30, b.y + 27, b.w - 30 - kindWidth - 20, 1, c).map((op) => (op.op === 'text' ? { ...op, size: 14 } : op)),
    { op: 'rect', x: b.x + b.w - 12 - kindWidth, y: b.y + 12, w: kindWidth, h: 20, r: 10, fill: '#ffffff', stroke: { colour: '#d5d9e0', width: 1 } },
    { op: 'text', x: b.x + b.w - 12 - kindWidth / 2, y: b.y + 26, text: kindText, size: META, colour: MUTED, align: 'center' },
  ];
}

export function workstationOps(ws: Workstation, b: Box, c: NodeDrawContext): DrawOp[] {
  const border = ws.monument ? { ...BORDER, dash: [4, 3] } : BORDER;
  const names = nameLines(ws.name, b.x + 28, b.y + 21, b.w - 38, 2, c);
  const process = ws.processType || c.t('canvas.node.noProcessType');
  const ops: DrawOp[] = [
    { op: 'rect', ...b, r: 3, fill: '#ffffff', stroke: border },
    { op: 'rect', x: b.x, y: b.y, w: 4, h: b.h, fill: KIND_COLOUR.workstation },
    marker(b.x + 12, b.y + 12, KIND_COLOUR.workstation, false),
    ...names,
    { op: 'text', x: b.x + 12, y: b.y + 21 + names.length * 16, text: fitText(process, b.w - 24, c.measure, { size: META }), size: META, colour: MUTED },
  ];
  if (ws.monument) {
    const tag = c.t('canvas.node.monument').toUpperCase();
    const w = c.measure(tag, 9, true) + 10;
    ops.push(
      { op: 'rect', x: b.x + b.w - 8 - w, y: b.y - 8, w, h: 15, r: 3, fill: '#ffffff', stroke: { colour: MUTED, width: 1 } },
      { op: 'text', x: b.x + b.w - 8 - w / 2, y: b.y + 3, text: tag, size: 9, bold: true, colour: TEXT, align: 'center' },
    );
  }
  return ops;
}

export function familyOps(family: Family, pattern: number, b: Box, c: NodeDrawContext): DrawOp[] {
  const sx = b.w / 176;
  const sy = b.h / 64;
  const pts = [[1, 1], [158, 1], [175, 32], [158, 63], [1, 63], [13, 32]] as const;
  const style = routeStyle(pattern);
  const swatchY = b.y + 45;
  return [
    {
      op: 'path',
      segments: [...pts.map(([x, y], i) => ({ t: i === 0 ? ('M' as const) : ('L' as const), x: b.x + x * sx, y: b.y + y * sy })), { t: 'Z' }],
      fill: '#fff8ea',
      stroke: { colour: KIND_COLOUR.family, width: 2 },
    },
    marker(b.x + 20, b.y + 12, KIND_COLOUR.family, false),
    ...nameLines(family.name, b.x + 36, b.y + 22, b.w - 36 - 26, 1, c),
    {
      op: 'path',
      segments: [{ t: 'M', x: b.x + 21, y: swatchY }, { t: 'L', x: b.x + 47, y: swatchY }],
      stroke: { colour: style.colour, width: 2.5, ...(style.dash ? { dash: style.dash.split(' ').map(Number) } : {}) },
    },
    { op: 'text', x: b.x + 54, y: swatchY + 4, text: c.t('canvas.node.steps', { count: family.route.length }), size: META, colour: MUTED },
  ];
}

export function teamOps(team: Team, members: number, b: Box, c: NodeDrawContext): DrawOp[] {
  const count = String(members);
  const badge = Math.max(22, c.measure(count, META, true) + 12);
  return [
    { op: 'rect', ...b, r: b.h / 2, fill: '#ffffff', stroke: { colour: KIND_COLOUR.team, width: 2 } },
    marker(b.x + 12, b.y + b.h / 2 - 5, KIND_COLOUR.team, true),
    ...nameLines(team.name, b.x + 28, b.y + b.h / 2 + 4.5, b.w - 28 - badge - 12, 1, c),
    { op: 'rect', x: b.x + b.w - 8 - badge, y: b.y + b.h / 2 - 11, w: badge, h: 22, r: 11, fill: '#e3f5ef' },
    { op: 'text', x: b.x + b.w - 8 - badge / 2, y: b.y + b.h / 2 + 4, text: count, size: META, bold: true, colour: '#00664a', align: 'center' },
  ];
}

export interface RoleCard {
  role: Role;
  teamName: string | null;
  chips: { kind: keyof typeof TASK_COLOURS; label: string }[];
}

/** Chips of a role card, at most four, the last one "+n" when more. */
function chipOps(chips: RoleCard['chips'], x: number, y: number, width: number, c: NodeDrawContext): DrawOp[] {
  const ops: DrawOp[] = [];
  const shown = chips.length > 4 ? chips.slice(0, 3) : chips;
  const items: { label: string; colours: { stroke: string; fill: string; text: string } }[] = shown.map((ch) => ({ label: ch.label, colours: TASK_COLOURS[ch.kind] }));
  if (chips.length > shown.length)
    items.push({ label: c.t('canvas.node.moreTasks', { count: chips.length - shown.length }), colours: { stroke: '#aab1bd', fill: '#f0f2f5', text: MUTED } });
  let cx = x;
  for (const item of items) {
    const w = c.measure(item.label, 10.5, true) + 10;
    if (cx + w > x + width) break;
    ops.push(
      { op: 'rect', x: cx, y, w, h: 17, r: 4, fill: item.colours.fill, stroke: { colour: item.colours.stroke, width: 1 } },
      { op: 'text', x: cx + w / 2, y: y + 12.5, text: item.label, size: 10.5, bold: true, colour: item.colours.text, align: 'center' },
    );
    cx += w + 3;
  }
  if (chips.length === 0) ops.push({ op: 'text', x, y: y + 12, text: c.t('canvas.node.noTasks'), size: META, colour: MUTED });
  return ops;
}

export function roleOps(card: RoleCard, b: Box, c: NodeDrawContext): DrawOp[] {
  const { role, teamName } = card;
  const headcount = c.t('canvas.node.headcount', { count: role.headcount });
  const hcWidth = c.measure(headcount, 12, true);
  const names = nameLines(role.name, b.x + 27, b.y + 22, b.w - 27 - hcWidth - 14, 2, c);
  const metaY = b.y + 22 + names.length * 16 + 2;
  const hours = c.t('canvas.node.hours', { hours: role.hoursPerWeek });
  const ops: DrawOp[] = [
    { op: 'rect', ...b, r: 8, fill: '#ffffff', stroke: BORDER },
    { op: 'rect', x: b.x + 0.5, y: b.y, w: b.w - 1, h: 4, r: 2, fill: KIND_COLOUR.role },
    marker(b.x + 10, b.y + 12, KIND_COLOUR.role, true),
    ...names,
    { op: 'text', x: b.x + b.w - 9, y: b.y + 22, text: headcount, size: 12, bold: true, colour: '#8a3b66', align: 'right' },
    { op: 'text', x: b.x + 9, y: metaY, text: hours, size: META, colour: TEXT },
  ];
  if (teamName) {
    const left = b.x + 9 + c.measure(hours, META) + 8;
    const text = fitText(teamName, b.x + b.w - 9 - left - 12, c.measure, { size: META, bold: true });
    const w = c.measure(text, META, true) + 12;
    ops.push(
      { op: 'rect', x: b.x + b.w - 9 - w, y: metaY - 11, w, h: 15, r: 7.5, fill: '#e3f5ef' },
      { op: 'text', x: b.x + b.w - 9 - w / 2, y: metaY, text, size: META, bold: true, colour: '#00664a', align: 'center' },
    );
  }
  ops.push(...chipOps(card.chips, b.x + 9, metaY + 7, b.w - 18, c));
  return ops;
}

/** Height a role card needs: taller than nominal when its name takes two lines. */
export function roleHeight(role: Role, width: number, nominal: number, c: NodeDrawContext): number {
  const hcWidth = c.measure(c.t('canvas.node.headcount', { count: role.headcount }), 12, true);
  const lines = clampLines(role.name.trim() || '–', width - 27 - hcWidth - 14, 2, c.measure, { size: NAME, bold: true }).length;
  return Math.max(nominal, 22 + lines * 16 + 2 + 7 + 17 + 9);
}
