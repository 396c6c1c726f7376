import type { Box, DrawOp, PathSegment, Stroke } from '../scene/ops';

/**
 * A display list as an SVG document. Every text goes through `escapeXml`, so a name like
 * `<script>` stays text; nothing from the model becomes markup or an attribute name.
 */

/** The font stack pictures are drawn and measured with (see picture/measure.ts). */
export const PICTURE_FONT = 'Arial, Helvetica, sans-serif';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

const n = (x: number): string => String(Math.round(x * 100) / 100);

/** Colours come from the drawing code, but are checked anyway before going into an attribute. */
const colour = (c: string | undefined): string => (c && /^#[0-9a-f]{3,8}$/i.test(c) ? c : 'none');

function strokeAttrs(s: Stroke | undefined): string {
  if (!s) return ' stroke="none"';
  const dash = s.dash?.length ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : '';
  return ` stroke="${colour(s.colour)}" stroke-width="${n(s.width)}"${dash}`;
}

function pathData(segments: readonly PathSegment[]): string {
  return segments
    .map((s) => {
      if (s.t === 'Z') return 'Z';
      if (s.t === 'C') return `C${n(s.x1)} ${n(s.y1)} ${n(s.x2)} ${n(s.y2)} ${n(s.x)} ${n(s.y)}`;
      return `${s.t}${n(s.x)} ${n(s.y)}`;
    })
    .join('');
}

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

function element(op: DrawOp, clipId: () => string): string {
  switch (op.op) {
    case 'rect':
      return `<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}"${op.r ? ` rx="${n(op.r)}"` : ''} fill="${colour(op.fill)}"${strokeAttrs(op.stroke)}/>`;
    case 'circle':
      return `<circle cx="${n(op.cx)}" cy="${n(op.cy)}" r="${n(op.r)}" fill="${colour(op.fill)}"${strokeAttrs(op.stroke)}/>`;
    case 'path':
      return `<path d="${pathData(op.segments)}" fill="${colour(op.fill)}"${strokeAttrs(op.stroke)} stroke-linejoin="round"/>`;
    case 'text':
      return `<text x="${n(op.x)}" y="${n(op.y)}" font-size="${n(op.size)}"${op.bold ? ' font-weight="700"' : ''} fill="${colour(op.colour ?? '#1d2330')}" text-anchor="${ANCHOR[op.align ?? 'left']}">${escapeXml(op.text)}</text>`;
    case 'clip': {
      const id = clipId();
      return `<clipPath id="${id}"><rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}"/></clipPath><g clip-path="url(#${id})">`;
    }
    case 'unclip':
      return '</g>';
    case 'link':
      return '';
  }
}

export interface SvgOptions {
  /** The part of the drawing to show (its units become the viewBox). */
  view: Box;
  /** Pixels per drawing unit. */
  scale: number;
  /** A white backdrop, or none for a transparent picture. */
  background: 'white' | 'transparent';
  title?: string;
}

export function opsToSvg(ops: readonly DrawOp[], o: SvgOptions): string {
  let clips = 0;
  const clipId = () => `clip${++clips}`;
  const width = Math.max(1, Math.round(o.view.w * o.scale));
  const height = Math.max(1, Math.round(o.view.h * o.scale));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(o.view.x)} ${n(o.view.y)} ${n(o.view.w)} ${n(o.view.h)}" font-family="${PICTURE_FONT}">`,
  ];
  if (o.title) parts.push(`<title>${escapeXml(o.title)}</title>`);
  if (o.background === 'white') parts.push(`<rect x="${n(o.view.x)}" y="${n(o.view.y)}" width="${n(o.view.w)}" height="${n(o.view.h)}" fill="#ffffff"/>`);
  for (const op of ops) parts.push(element(op, clipId));
  parts.push('</svg>');
  return parts.join('\n');
}
