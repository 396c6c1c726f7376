import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProject } from '../../src/io/projectFile';
import { scenariosInOrder } from '../../src/model/factories';
import { CURRENT_FORMAT_VERSION, type Scenario } from '../../src/model/types';
import { catalogueSchema, templatePath } from '../../src/ui/templates/catalogue';
import { TEMPLATE_DATE } from '../../scripts/templates/builder';
import { TEMPLATES } from '../../scripts/templates/catalogue';
import { TEMPLATE_DIR, readTemplate, templateFiles } from './loadTemplates';

const catalogue = catalogueSchema.parse(JSON.parse(readFileSync(new URL('index.json', TEMPLATE_DIR), 'utf8')));
const files = templateFiles();

describe('template files', () => {
  it('are at least eight, and the catalogue lists every one of them once', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    const listed = catalogue.map((e) => templatePath(e.slug).slice('/templates/'.length)).sort();
    expect(listed).toEqual(files);
  });

  it.each(files)('%s loads through the import pipeline at the current format version', (file) => {
    const text = readTemplate(file);
    expect(JSON.parse(text).formatVersion).toBe(CURRENT_FORMAT_VERSION);
    const result = parseProjectFile(text);
    if (!result.ok) throw new Error(`${result.error.message}\n${JSON.stringify(result.error.issues, null, 1)}`);
    expect(result.migratedFrom).toBeNull();
    expect(result.project.description.length).toBeGreaterThan(200);
    const tabs = scenariosInOrder(result.project).map((s) => s.name);
    expect(tabs).toHaveLength(2);
    expect(tabs[0]).toMatch(/^As-is/);
    expect(tabs[1]).toMatch(/^To-be/);
  });

  it('are what the generator writes today (run `npm run templates` after changing a template)', () => {
    for (const t of TEMPLATES)
      expect(readTemplate(`${t.slug}.latitude.json`)).toBe(serializeProject(t.build(), new Date(TEMPLATE_DATE)));
  });
});

describe('template catalogue', () => {
  it.each(catalogue.map((e) => [e.slug, e] as const))(
    '%s has a name, description and case kind in English and Dutch',
    (_, entry) => {
      for (const text of [entry.names, entry.descriptions, entry.caseKind]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.nl.trim()).not.toBe('');
        expect(text.nl).not.toBe(text.en);
      }
      expect(entry.descriptions.en.length).toBeGreaterThan(80);
      expect(entry.descriptions.nl.length).toBeGreaterThan(80);
    },
  );

  it('names every template differently in both languages', () => {
    for (const lang of ['en', 'nl'] as const)
      expect(new Set(catalogue.map((e) => e.names[lang])).size).toBe(catalogue.length);
  });
});

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
const SIZE = { ws: [160, 60], family: [176, 64], team: [160, 40], role: [160, 104] } as const;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Child boxes per unit, relative to the unit; the canvas draws them with these nominal sizes. */
function childBoxes(s: Scenario): Map<string, Box[]> {
  const out = new Map<string, Box[]>();
  const add = (id: string, unitId: string | null, [w, h]: readonly [number, number]) => {
    const pos = s.layout[id as keyof typeof s.layout];
    if (!pos || !unitId) throw new Error(`${s.name}: ${id} has no position or no unit`);
    out.set(unitId, [...(out.get(unitId) ?? []), { id, x: pos.x, y: pos.y, w, h }]);
  };
  for (const w of Object.values(s.workstations)) add(w.id, w.unitId, SIZE.ws);
  for (const t of Object.values(s.teams)) add(t.id, t.unitId, SIZE.team);
  for (const r of Object.values(s.roles)) add(r.id, r.unitId, SIZE.role);
  return out;
}

describe('template layout', () => {
  const scenarios = files.flatMap((f) => {
    const result = parseProjectFile(readTemplate(f));
    return result.ok ? scenariosInOrder(result.project).map((s) => [`${f} ${s.name}`, s] as const) : [];
  });

  it.each(scenarios)('%s: units are boxes holding their children without overlaps; families on the left', (_, s) => {
    const units: Box[] = Object.values(s.units).map((u) => {
      const pos = s.layout[u.id];
      expect(pos?.width, u.id).toBeGreaterThan(0);
      expect(pos?.height, u.id).toBeGreaterThan(0);
      return { id: u.id, x: pos?.x ?? 0, y: pos?.y ?? 0, w: pos?.width ?? 0, h: pos?.height ?? 0 };
    });
    units.forEach((a, i) => units.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false)));
    for (const [unitId, children] of childBoxes(s)) {
      const unit = units.find((u) => u.id === unitId) as Box;
      for (const c of children) {
        expect(c.x, c.id).toBeGreaterThanOrEqual(0);
        expect(c.y, c.id).toBeGreaterThanOrEqual(44);
        expect(c.x + c.w, c.id).toBeLessThanOrEqual(unit.w);
        expect(c.y + c.h, c.id).toBeLessThanOrEqual(unit.h);
      }
      children.forEach((a, i) =>
        children.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false)),
      );
    }
    const left = Math.min(...units.map((u) => u.x));
    for (const f of Object.values(s.families))
      expect((s.layout[f.id]?.x ?? Infinity) + SIZE.family[0], f.id).toBeLessThan(left);
  });
});
