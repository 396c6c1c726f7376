import { describe, expect, it } from 'vitest';
import { canvasSvg, safeScale } from '../../src/export/picture';
import { escapeXml } from '../../src/export/picture/svg';
import { exportFileName } from '../../src/export/fileName';
import { buildCanvasScene } from '../../src/export/scene/canvasScene';
import { scenariosInOrder, type Scenario, type UnitId } from '../../src/model';
import { fakeMeasure, jobShop, translate } from './reportHelpers';

const scenario = (): Scenario => scenariosInOrder(jobShop())[0]!;
const t = translate('en');

describe('canvas pictures as SVG', () => {
  it('draws every unit, workstation and role with its name as text', () => {
    const s = scenario();
    const { svg, width, height } = canvasSvg(s, { background: 'white', scale: 2, only: null }, fakeMeasure, t);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const name of ['Cutting', 'Bending', 'Laser 1', 'Welder', 'F1 welded frames']) expect(svg).toContain(`>${name}<`);
    expect(width).toBeGreaterThan(2000);
    expect(svg).toContain(`width="${width}" height="${height}"`);
    expect(svg).toMatch(/<rect [^>]*fill="#ffffff"\/>/);
  });

  it('escapes names, so a name cannot add markup', () => {
    const s = scenario();
    const unitId = Object.keys(s.units)[0] as UnitId;
    const hostile: Scenario = { ...s, units: { ...s.units, [unitId]: { ...s.units[unitId]!, name: '<script>&"' } } };
    const { svg } = canvasSvg(hostile, { background: 'transparent', scale: 1, only: null }, fakeMeasure, t);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp;');
    expect(escapeXml(`a<b>"c'&`)).toBe('a&lt;b&gt;&quot;c&apos;&amp;');
  });

  it('has no backdrop when transparent', () => {
    const { svg } = canvasSvg(scenario(), { background: 'transparent', scale: 1, only: null }, fakeMeasure, t);
    expect(svg.split('\n')[2]).not.toMatch(/^<rect [^>]*fill="#ffffff"\/>$/);
  });

  it('draws only the selection (a unit with what lies in it) and the lines between those', () => {
    const s = scenario();
    const cut = Object.values(s.units).find((u) => u.name === 'Cutting')!;
    const scene = buildCanvasScene(s, { measure: fakeMeasure, t, only: new Set([cut.id]) });
    const inCut = [...Object.values(s.workstations), ...Object.values(s.roles)].filter((e) => e.unitId === cut.id).map((e) => e.id);
    expect([...scene.boxes.keys()].sort()).toEqual([cut.id, ...inCut].sort());
    const { svg } = canvasSvg(s, { background: 'white', scale: 1, only: new Set([cut.id]) }, fakeMeasure, t);
    expect(svg).toContain('>Laser 1<');
    expect(svg).not.toContain('>Bending<');
  });

  it('lowers the scale of a huge picture to what a browser can draw', () => {
    expect(safeScale(1000, 800, 3)).toBe(3);
    expect(safeScale(20000, 1000, 2)).toBeLessThan(1);
  });

  it('makes safe file names', () => {
    expect(exportFileName('Shop: A/B', 'As-is', 'pdf')).toBe('Shop- A-B-As-is.pdf');
    expect(exportFileName('  ', 'x', 'svg')).toBe('latitude-x.svg');
  });
});
