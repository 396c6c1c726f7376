import { describe, expect, it } from 'vitest';
import {
  GRID,
  NODE_SIZE,
  UNIT_DEFAULT_SIZE,
  UNIT_HEADER,
  freeSlotInUnit,
  freeSpotNear,
  overlaps,
  slotColumns,
} from '../../src/canvas/geometry';
import { routeStyle } from '../../src/canvas/routeStyles';

describe('placement helpers', () => {
  it('fits two columns in a default unit', () => {
    expect(slotColumns(UNIT_DEFAULT_SIZE.width)).toBe(2);
    expect(slotColumns(100)).toBe(1);
  });

  it('finds the first free slot below the unit header', () => {
    const size = NODE_SIZE.workstation;
    const first = freeSlotInUnit([], UNIT_DEFAULT_SIZE.width, size);
    expect(first.y).toBeGreaterThanOrEqual(UNIT_HEADER);
    const second = freeSlotInUnit([{ ...first, ...size }], UNIT_DEFAULT_SIZE.width, size);
    expect(second.y).toBe(first.y);
    expect(second.x).toBeGreaterThan(first.x + size.width);
  });

  it('puts a new node at the wanted centre, or beside what is already there', () => {
    const size = NODE_SIZE.role;
    const first = freeSpotNear([], { x: 500, y: 300 }, size);
    expect(Math.abs(first.x + size.width / 2 - 500)).toBeLessThanOrEqual(GRID);
    const taken = [{ ...first, ...size }];
    const second = freeSpotNear(taken, { x: 500, y: 300 }, size);
    expect(overlaps({ ...second, ...size }, taken[0]!)).toBe(false);
    expect(Math.hypot(second.x - first.x, second.y - first.y)).toBeLessThan(300);
  });

  it('gives the first families distinct colour and dash combinations', () => {
    const styles = Array.from({ length: 30 }, (_, i) => routeStyle(i));
    expect(new Set(styles.map((s) => `${s.colour}|${s.dash}`)).size).toBe(30);
    expect(routeStyle(0).dash).not.toBe(routeStyle(1).dash);
  });
});
