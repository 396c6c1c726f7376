import type { Measure } from '../scene/ops';
import { PICTURE_FONT } from './svg';

/** Browser-only parts of the picture export: measuring text and painting SVG into a PNG. */

/** Text widths in the picture's font, from a canvas 2D context (what the SVG will be drawn with). */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let unit = cache.get(key);
    if (unit === undefined) {
      if (ctx) ctx.font = `${bold ? '700 ' : ''}100px ${PICTURE_FONT}`;
      // Without a 2D context, fall back to an average glyph width.
      unit = ctx ? ctx.measureText(text).width / 100 : text.length * 0.55;
      cache.set(key, unit);
    }
    return unit * size;
  };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The drawing could not be rendered.'));
    img.src = url;
  });
}

/** Paints an SVG document at its own pixel size into a PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images.');
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image is too large for this browser.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
