/** Clearance of a backward loop above the higher of its two ends (the unit header's middle). */
export const LOOP_RISE = 64;
/** How far a backward loop leaves and enters its ends horizontally before it turns. */
export const LOOP_REACH = 48;

export interface PolcaPath {
  path: string;
  labelX: number;
  labelY: number;
  /** Length of the straight run under the label: short runs get the compact label. */
  run: number;
}

interface Ends {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * The line of a POLCA loop from A's POLCA point (right of its header) to B's (left of
 * B's header). Forward, B to the right, it is a plain horizontal S-curve. Backward it
 * would cut through both headers, so it rises above them, crosses over and comes down
 * into B from the left: a loop the other way reads as one, and never hides a name.
 */
export function polcaPath({ sourceX: sx, sourceY: sy, targetX: tx, targetY: ty }: Ends): PolcaPath {
  if (tx - sx >= LOOP_REACH) {
    const bend = Math.max(LOOP_REACH, (tx - sx) / 2);
    return {
      path: `M${r(sx)},${r(sy)} C${r(sx + bend)},${r(sy)} ${r(tx - bend)},${r(ty)} ${r(tx)},${r(ty)}`,
      labelX: (sx + tx) / 2,
      labelY: (sy + ty) / 2,
      run: Math.hypot(tx - sx, ty - sy),
    };
  }
  const top = Math.min(sy, ty) - LOOP_RISE;
  const out = sx + LOOP_REACH;
  const into = tx - LOOP_REACH;
  const path = [
    `M${r(sx)},${r(sy)}`,
    `C${r(out)},${r(sy)} ${r(out)},${r(top)} ${r(sx)},${r(top)}`,
    `L${r(tx)},${r(top)}`,
    `C${r(into)},${r(top)} ${r(into)},${r(ty)} ${r(tx)},${r(ty)}`,
  ].join(' ');
  return { path, labelX: (sx + tx) / 2, labelY: top, run: Math.abs(sx - tx) };
}
