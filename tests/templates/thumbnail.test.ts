import { describe, expect, it } from 'vitest';
import { createScenario } from '../../src/model/factories';
import type { Scenario } from '../../src/model/types';
import { scenarioThumbnail, viewBoxOf } from '../../src/ui/templates/thumbnail';
import { loadTemplate, templateFiles } from './loadTemplates';

function small(): Scenario {
  const s = createScenario('As-is', 0, 'scenario:t');
  s.units['unit:a'] = { id: 'unit:a', name: 'Cell A', kind: 'cell' };
  s.workstations['ws:1'] = { id: 'ws:1', name: 'Laser', processType: 'cut', unitId: 'unit:a', monument: false };
  s.workstations['ws:2'] = { id: 'ws:2', name: 'Brake', processType: 'bend', unitId: 'unit:a', monument: false };
  s.families['family:f'] = {
    id: 'family:f',
    name: 'F',
    kind: 'product-family',
    route: [
      { id: 'step:1', workstations: ['ws:1'] },
      { id: 'step:2', workstations: ['ws:2'] },
    ],
    demand: null,
    ftms: '',
    mct: null,
  };
  s.roles['role:r'] = {
    id: 'role:r',
    name: 'Op',
    unitId: 'unit:a',
    teamId: null,
    headcount: 1,
    hoursPerWeek: 40,
    qualifications: {},
    questionnaire: null,
  };
  s.layout = {
    'unit:a': { x: 300, y: 100, width: 400, height: 300 },
    'ws:1': { x: 16, y: 60 },
    'ws:2': { x: 200, y: 60 },
    'role:r': { x: 16, y: 150 },
    'family:f': { x: 0, y: 100 },
  };
  return s;
}

describe('scenarioThumbnail', () => {
  it('draws children at their unit offset, and the route from the family through each step', () => {
    const t = scenarioThumbnail(small());
    expect(t.units).toEqual([{ id: 'unit:a', kind: 'cell', x: 300, y: 100, width: 400, height: 300 }]);
    expect(t.nodes.find((n) => n.id === 'ws:1')).toMatchObject({
      kind: 'workstation',
      x: 316,
      y: 160,
      width: 160,
      height: 60,
    });
    expect(t.nodes.find((n) => n.id === 'role:r')).toMatchObject({ kind: 'role', x: 316, y: 250 });
    expect(t.nodes.find((n) => n.id === 'family:f')).toMatchObject({ kind: 'family', x: 0, y: 100 });
    expect(t.routes).toEqual([
      [
        { x: 88, y: 132 },
        { x: 396, y: 190 },
        { x: 580, y: 190 },
      ],
    ]);
  });

  it('frames everything with a margin', () => {
    const t = scenarioThumbnail(small());
    expect(t.viewBox).toEqual({ x: -24, y: 76, width: 748, height: 348 });
    expect(viewBoxOf(t)).toBe('-24 76 748 348');
  });

  it('leaves out what has no position and copes with an empty scenario', () => {
    const s = small();
    delete s.layout['role:r'];
    delete s.layout['unit:a'];
    const t = scenarioThumbnail(s);
    // Without its unit's box, a child cannot be placed: only the family is left.
    expect(t.units).toEqual([]);
    expect(t.nodes.map((n) => n.id)).toEqual(['family:f']);
    expect(t.routes).toEqual([]);
    expect(scenarioThumbnail(createScenario('Empty')).viewBox).toEqual({ x: 0, y: 0, width: 100, height: 60 });
  });

  it.each(templateFiles())('draws every unit and node of %s inside its frame', (file) => {
    for (const s of Object.values(loadTemplate(file.replace('.latitude.json', '')).scenarios)) {
      const t = scenarioThumbnail(s);
      const count = (r: Record<string, unknown>) => Object.keys(r).length;
      expect(t.units).toHaveLength(count(s.units));
      expect(t.nodes).toHaveLength(count(s.workstations) + count(s.families) + count(s.teams) + count(s.roles));
      expect(t.routes).toHaveLength(count(s.families));
      const { x, y, width, height } = t.viewBox;
      for (const r of [...t.units, ...t.nodes]) {
        expect(Number.isFinite(r.x + r.y)).toBe(true);
        expect(r.x).toBeGreaterThanOrEqual(x);
        expect(r.y).toBeGreaterThanOrEqual(y);
        expect(r.x + r.width).toBeLessThanOrEqual(x + width);
        expect(r.y + r.height).toBeLessThanOrEqual(y + height);
      }
    }
  });
});
