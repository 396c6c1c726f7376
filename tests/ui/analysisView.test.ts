import { describe, expect, it } from 'vitest';
import { analyseScenarioData } from '../../src/analysis';
import { focusNodeOf } from '../../src/canvas/useFocusRequest';
import type { Scenario } from '../../src/model/types';
import { placeLabels, radiusOf, xOf, yOf, type Box } from '../../src/ui/analysis/chartGeometry';
import { DEFAULT_ROLE_SORT, nextSort, roleRows, sortRoleRows } from '../../src/ui/analysis/roleRows';
import { rankMoves } from '../../src/ui/analysis/topMoves';
import { jobShop } from '../analysis/fixtures';

const project = jobShop();
const scenario = Object.values(project.scenarios)[0] as Scenario;
const analysis = analyseScenarioData(scenario, project.settings);
const rows = roleRows(analysis.roles, scenario);

describe('role table rows', () => {
  it('puts the worst strain ratio first by default', () => {
    const sorted = sortRoleRows(rows, DEFAULT_ROLE_SORT, 'en');
    expect(sorted.map((r) => r.roleId).slice(0, 3)).toEqual(['role:BRK', 'role:PNT', 'role:LAS']);
    expect(sorted.at(-1)?.roleId).toBe('role:PM');
  });

  it('sorts names with the collator and quadrants worst first', () => {
    expect(sortRoleRows(rows, { column: 'role', descending: false }, 'en')[0]?.name).toBe('Laser operator');
    const byQuadrant = sortRoleRows(rows, { column: 'quadrant', descending: true }, 'en').map((r) => r.quadrant);
    expect(byQuadrant.indexOf('passive')).toBeGreaterThan(byQuadrant.lastIndexOf('high-strain'));
    expect(byQuadrant.indexOf('active')).toBeGreaterThan(byQuadrant.indexOf('passive'));
  });

  it('flips the sorted column and starts latitude ascending, demands descending', () => {
    expect(nextSort(DEFAULT_ROLE_SORT, 'ratio')).toEqual({ column: 'ratio', descending: false });
    expect(nextSort(DEFAULT_ROLE_SORT, 'DL')).toEqual({ column: 'DL', descending: false });
    expect(nextSort(DEFAULT_ROLE_SORT, 'PD')).toEqual({ column: 'PD', descending: true });
  });
});

describe('quadrant chart geometry', () => {
  it('maps the JCQ ranges onto the plot and clamps outside values', () => {
    expect(xOf(24)).toBeLessThan(xOf(60));
    expect(yOf(48)).toBeLessThan(yOf(12));
    expect(xOf(200)).toBe(xOf(96));
    expect(radiusOf(4)).toBeGreaterThan(radiusOf(1));
  });

  it('places the job shop labels without overlapping each other', () => {
    const points = rows.map((r) => ({
      id: r.roleId,
      text: r.name,
      cx: xOf(r.DL),
      cy: yOf(r.PD),
      r: radiusOf(r.headcount),
    }));
    const labels = placeLabels(points);
    expect(labels).toHaveLength(points.length);
    const boxes: Box[] = labels.map((l) => {
      const width = l.text.length * 6.1 + 2;
      const x = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
      return { x, y: l.y - 10, width, height: 13 };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${labels[i]!.text} / ${labels[j]!.text}`).toBe(true);
      }
  });
});

describe('what to change first', () => {
  it('names different kinds of move, the one answering the most severe findings first', () => {
    const moves = rankMoves(analysis.findings, 6);
    expect(new Set(moves.map((m) => m.move.key)).size).toBe(moves.length);
    expect(moves[0]?.move.key).toBe('move.controlToRole');
    expect(moves[0]?.severity).toBe('critical');
    expect(moves[0]?.similar).toBeGreaterThan(10);
  });
});

describe('focus on the canvas', () => {
  it('shows a node as itself, a task by its main holder, anything else not at all', () => {
    expect(focusNodeOf(scenario, 'role:LAS')).toBe('role:LAS');
    expect(focusNodeOf(scenario, 'ws:P1')).toBe('ws:P1');
    expect(focusNodeOf(scenario, 'task:inspect')).toBe('role:QCI');
    expect(focusNodeOf(scenario, scenario.id)).toBeNull();
  });
});
