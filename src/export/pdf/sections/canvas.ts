import { routeStyle } from '../../../canvas/routeStyles';
import { opsInView, transformOps, type Box, type DrawOp } from '../../scene/ops';
import { buildCanvasScene, type CanvasScene } from '../../scene/canvasScene';
import { INK, TYPE, type PageComposer } from '../layout/composer';
import { fitText } from '../layout/text';
import { fitScale, planCanvas, type Tile } from '../layout/tiling';
import type { ReportSection, SectionContext } from '../types';

/** The part `view` of the scene drawn into `frame` at `scale` (centred across, from the top), clipped to the frame. */
function framed(scene: CanvasScene, view: Box, scale: number, frame: Box): DrawOp[] {
  const dx = frame.x + Math.max(0, (frame.w - view.w * scale) / 2) - view.x * scale;
  const dy = frame.y + Math.max(0, Math.min(8, (frame.h - view.h * scale) / 2)) - view.y * scale;
  return [
    { op: 'clip', ...frame },
    ...transformOps(opsInView(scene.ops, view), { scale, dx, dy }),
    { op: 'unclip' },
    { op: 'rect', ...frame, stroke: { colour: INK.rule, width: 0.6 } },
  ];
}

/** One line per family: its route line's colour and dash, then its name. */
function legendOps(ctx: SectionContext, x: number, y: number, width: number): { ops: DrawOp[]; height: number } {
  const families = Object.values(ctx.scenario.families);
  if (families.length === 0) return { ops: [], height: 0 };
  const ops: DrawOp[] = [{ op: 'text', x, y: y + 9, text: ctx.t('export.pdf.canvas.routes'), size: TYPE.small, bold: true, colour: INK.muted }];
  let cx = x + ctx.measure(ctx.t('export.pdf.canvas.routes'), TYPE.small, true) + 12;
  let cy = y + 9;
  for (const [i, f] of families.entries()) {
    const name = fitText(f.name, 140, ctx.measure, { size: TYPE.small });
    const w = 26 + ctx.measure(name, TYPE.small) + 14;
    if (cx + w > x + width) {
      cx = x;
      cy += 13;
    }
    const { colour, dash } = routeStyle(i);
    ops.push(
      { op: 'path', segments: [{ t: 'M', x: cx, y: cy - 3 }, { t: 'L', x: cx + 20, y: cy - 3 }], stroke: { colour, width: 1.6, ...(dash ? { dash: dash.split(' ').map((d) => Number(d) * 0.6) } : {}) } },
      { op: 'text', x: cx + 26, y: cy, text: name, size: TYPE.small, colour: INK.text },
    );
    cx += w;
  }
  return { ops, height: cy - y + 6 };
}

/** The overview map: the whole canvas, the tile grid over it and each tile's label. */
function overviewOps(scene: CanvasScene, tiles: Tile[], frame: Box): DrawOp[] {
  const scale = fitScale(scene.bounds, { width: frame.w, height: frame.h });
  const ops = framed(scene, scene.bounds, scale, frame);
  const dx = frame.x + Math.max(0, (frame.w - scene.bounds.w * scale) / 2) - scene.bounds.x * scale;
  const dy = frame.y + Math.max(0, Math.min(8, (frame.h - scene.bounds.h * scale) / 2)) - scene.bounds.y * scale;
  for (const tile of tiles) {
    const b = { x: tile.view.x * scale + dx, y: tile.view.y * scale + dy, w: tile.view.w * scale, h: tile.view.h * scale };
    ops.push(
      { op: 'rect', ...b, stroke: { colour: INK.accent, width: 1, dash: [4, 3] } },
      { op: 'rect', x: b.x + 3, y: b.y + 3, w: 26, h: 15, r: 3, fill: INK.accent },
      { op: 'text', x: b.x + 16, y: b.y + 14, text: tile.label, size: 9, bold: true, colour: '#ffffff', align: 'center' },
    );
  }
  return ops;
}

function tilePages(c: PageComposer, ctx: SectionContext, scene: CanvasScene, tiles: Tile[], scale: number): void {
  tiles.forEach((tile, i) => {
    c.newPage();
    c.y += TYPE.h2;
    c.add([
      { op: 'text', x: c.left, y: c.y, text: ctx.t('export.pdf.canvas.tile', { label: tile.label }), size: TYPE.h2, bold: true, colour: INK.text },
      { op: 'text', x: c.left + c.width, y: c.y, text: ctx.t('export.pdf.canvas.tileOf', { index: i + 1, count: tiles.length }), size: TYPE.small, colour: INK.muted, align: 'right' },
    ]);
    c.y += 10;
    const frame = { x: c.left, y: c.y, w: c.width, h: c.remaining };
    c.add(framed(scene, tile.view, scale, frame));
    c.y += frame.h;
  });
}

/** The canvas fitted on one page when it stays readable, else an overview and tiles. */
function render(ctx: SectionContext): void {
  const c = ctx.composer;
  c.section(ctx.t('export.pdf.canvas.title'));
  const scene = buildCanvasScene(ctx.scenario, { measure: ctx.measure, t: ctx.t });
  if (scene.boxes.size === 0) return c.paragraph(ctx.t('export.pdf.canvas.empty'));
  const legend = legendOps(ctx, 0, 0, c.width);
  const first = { width: c.width, height: c.remaining - legend.height - 12 };
  const plan = planCanvas(scene.bounds, first);
  // Tiles get a whole page each; a canvas that fits a whole page but not the first is drawn a little smaller.
  const tiled = plan.mode === 'tiled' ? planCanvas(scene.bounds, { width: c.width, height: c.frame.content.height - TYPE.h2 - 10 }) : plan;
  if (tiled.mode === 'fit') {
    const scale = fitScale(scene.bounds, first, 1);
    const h = Math.min(first.height, scene.bounds.h * scale + 2);
    c.block(h, (x, y) => framed(scene, scene.bounds, scale, { x, y, w: c.width, h }));
  } else {
    c.paragraph(ctx.t('export.pdf.canvas.overview', { count: tiled.tiles.length }), { colour: INK.muted });
    const h = c.remaining - legend.height - 12;
    c.block(h, (x, y) => overviewOps(scene, tiled.tiles, { x, y, w: c.width, h }));
  }
  c.space(10);
  c.block(legend.height, (x, y) => transformOps(legend.ops, { scale: 1, dx: x, dy: y }));
  if (tiled.mode === 'tiled') tilePages(c, ctx, scene, tiled.tiles, tiled.scale);
}

export const canvasSection: ReportSection = { id: 'canvas', render };
