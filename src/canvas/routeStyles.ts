/**
 * Each family's route gets its own colour and dash pattern. Colours are the Okabe–Ito set
 * (colour-blind safe), without yellow (too faint on white) and bluish green (the dotted
 * team-membership lines); the dash pattern and the family name mean colour is never the
 * only cue. 6 colours × 5 dashes are coprime, so neighbouring families differ in both and
 * the first 30 are all distinct.
 */
const ROUTE_COLOURS = ['#e69f00', '#0072b2', '#d55e00', '#cc79a7', '#56b4e9', '#000000'] as const;
const ROUTE_DASHES = ['', '10 5', '3 4', '12 4 3 4', '6 3 2 3 2 3'] as const;

export interface RouteStyle {
  colour: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
}

export function routeStyle(pattern: number): RouteStyle {
  const i = Math.max(0, Math.floor(pattern));
  return { colour: ROUTE_COLOURS[i % ROUTE_COLOURS.length]!, dash: ROUTE_DASHES[i % ROUTE_DASHES.length]! };
}
