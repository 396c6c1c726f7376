import type { Box } from '../../scene/ops';

/**
 * How the canvas goes on paper: fitted on one page when it stays readable there, else
 * cut into overlapping tiles at a readable scale, with an overview page that shows where
 * each tile lies.
 */

export interface TilingOptions {
  /** Smallest points per canvas pixel that still reads well on paper (13 px names → ~6.5 pt). */
  minScale: number;
  /** Largest scale: a tiny canvas is not blown up beyond this. */
  maxScale: number;
  /** Canvas pixels each tile repeats from its neighbour, so nothing is lost at a cut. */
  overlap: number;
}

export const DEFAULT_TILING: TilingOptions = { minScale: 0.5, maxScale: 1, overlap: 48 };

export interface Tile {
  /** Row and column, from 0. */
  row: number;
  column: number;
  /** "A1": column letter, row number; the same label is drawn on the overview. */
  label: string;
  /** The part of the canvas (canvas pixels) this tile shows. */
  view: Box;
}

export type CanvasPlan =
  | { mode: 'fit'; scale: number; view: Box }
  | { mode: 'tiled'; scale: number; tiles: Tile[]; rows: number; columns: number; overview: { scale: number; view: Box } };

/** Scale that fits `content` into `area`, capped at `max`. */
export const fitScale = (content: { w: number; h: number }, area: { width: number; height: number }, max = Infinity): number =>
  Math.min(max, content.w > 0 ? area.width / content.w : max, content.h > 0 ? area.height / content.h : max);

/** "A", …, "Z", "AA", … for columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Start offsets of `count` windows of `size` covering `[0, total]` with equal overlap. */
function starts(total: number, size: number, count: number): number[] {
  if (count <= 1) return [0];
  const step = (total - size) / (count - 1);
  return Array.from({ length: count }, (_, i) => i * step);
}

/**
 * Plans the canvas pages for a canvas of `bounds` on a page area of `area` (points).
 * Tiles are spread evenly, so every neighbour shares at least `overlap` pixels.
 */
export function planCanvas(bounds: Box, area: { width: number; height: number }, o: TilingOptions = DEFAULT_TILING): CanvasPlan {
  const fit = fitScale(bounds, area, o.maxScale);
  if (fit >= o.minScale) return { mode: 'fit', scale: fit, view: bounds };
  const tileW = area.width / o.minScale;
  const tileH = area.height / o.minScale;
  const count = (total: number, size: number) =>
    total <= size ? 1 : Math.ceil((total - o.overlap) / Math.max(1, size - o.overlap));
  const columns = count(bounds.w, tileW);
  const rows = count(bounds.h, tileH);
  const xs = starts(bounds.w, tileW, columns);
  const ys = starts(bounds.h, tileH, rows);
  const tiles: Tile[] = [];
  ys.forEach((y, row) =>
    xs.forEach((x, column) =>
      tiles.push({
        row,
        column,
        label: `${columnLetter(column)}${row + 1}`,
        view: { x: bounds.x + x, y: bounds.y + y, w: Math.min(tileW, bounds.w), h: Math.min(tileH, bounds.h) },
      }),
    ),
  );
  return { mode: 'tiled', scale: o.minScale, tiles, rows, columns, overview: { scale: fitScale(bounds, area), view: bounds } };
}
