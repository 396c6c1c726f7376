import type { Scenario } from '../../model';
import { exportFileName } from '../fileName';
import { buildCanvasScene } from '../scene/canvasScene';
import type { Measure } from '../scene/ops';
import type { Translate } from '../scene/sceneNodes';
import { opsToSvg } from './svg';

/**
 * Pictures of the canvas, drawn from the model's layout with the same code as the PDF's
 * canvas pages: SVG directly, PNG by painting that SVG onto a canvas.
 */

export type PictureFormat = 'png' | 'svg';
export type PictureBackground = 'white' | 'transparent';

export interface PictureOptions {
  format: PictureFormat;
  background: PictureBackground;
  /** 1, 2 or 3 pixels per canvas pixel. */
  scale: number;
  /** Only these nodes (a unit brings what lies in it); the whole canvas when null. */
  only: ReadonlySet<string> | null;
}

export interface CanvasSvg {
  svg: string;
  width: number;
  height: number;
  scale: number;
}

/** The canvas (or the chosen nodes) as an SVG document at `scale`. Pure. */
export function canvasSvg(s: Scenario, o: Omit<PictureOptions, 'format'>, measure: Measure, t: Translate): CanvasSvg {
  const scene = buildCanvasScene(s, { measure, t, only: o.only });
  const svg = opsToSvg(scene.ops, { view: scene.bounds, scale: o.scale, background: o.background, title: s.name });
  return { svg, width: Math.round(scene.bounds.w * o.scale), height: Math.round(scene.bounds.h * o.scale), scale: o.scale };
}

/** Browsers refuse canvases much beyond these; the scale is lowered to stay inside. */
export const MAX_SIDE = 16384;
export const MAX_AREA = 16384 * 16384 * 0.5;

/** The largest scale up to `wanted` whose image stays within the browser's canvas limits. */
export function safeScale(width: number, height: number, wanted: number): number {
  const limit = Math.min(MAX_SIDE / Math.max(1, width), MAX_SIDE / Math.max(1, height), Math.sqrt(MAX_AREA / Math.max(1, width * height)));
  return Math.min(wanted, Math.floor(limit * 100) / 100);
}

export const pictureFileName = (projectName: string, scenarioName: string, format: PictureFormat): string =>
  exportFileName(projectName, scenarioName, format);

export { escapeXml, opsToSvg, PICTURE_FONT } from './svg';
