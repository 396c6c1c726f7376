/** Page sizes and the frame every page is laid out in; all lengths in PDF points (1/72 in). */

export const PAGE_SIZES = { a4: { width: 595.28, height: 841.89 }, a3: { width: 841.89, height: 1190.55 } } as const;
export type PaperSize = keyof typeof PAGE_SIZES;
export type Orientation = 'portrait' | 'landscape';

export interface PageSpec {
  paper: PaperSize;
  orientation: Orientation;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A page and the area between its margins where content goes (the footer sits below it). */
export interface PageFrame {
  spec: PageSpec;
  width: number;
  height: number;
  margins: Margins;
  content: { x: number; y: number; width: number; height: number };
}

/** 18 mm around, a little more at the bottom for the footer. */
export const DEFAULT_MARGINS: Margins = { top: 51, right: 51, bottom: 62, left: 51 };

export function pageFrame(spec: PageSpec, margins: Margins = DEFAULT_MARGINS): PageFrame {
  const base = PAGE_SIZES[spec.paper];
  const landscape = spec.orientation === 'landscape';
  const width = landscape ? base.height : base.width;
  const height = landscape ? base.width : base.height;
  return {
    spec,
    width,
    height,
    margins,
    content: {
      x: margins.left,
      y: margins.top,
      width: width - margins.left - margins.right,
      height: height - margins.top - margins.bottom,
    },
  };
}

/** Bottom of the content area: nothing but the footer goes below it. */
export const contentBottom = (frame: PageFrame): number => frame.content.y + frame.content.height;
