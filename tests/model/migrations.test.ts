import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../src/io/projectFile';
import {
  MIGRATIONS,
  MigrationError,
  OLDEST_FORMAT_VERSION,
  checkMigrationChain,
  migrateProjectDocument,
  type Migration,
} from '../../src/model/migrations';
import { CURRENT_FORMAT_VERSION } from '../../src/model/types';

const FORMATS_DIR = new URL('../fixtures/formats/', import.meta.url);

/** One frozen file per format version that ever shipped: `v<n>.latitude.json`. */
const fixtures = readdirSync(FORMATS_DIR)
  .map((name) => ({ name, match: /^v(\d+)\.latitude\.json$/.exec(name) }))
  .filter((f) => f.match !== null)
  .map((f) => ({
    name: f.name,
    version: Number(f.match?.[1]),
    text: readFileSync(new URL(f.name, FORMATS_DIR), 'utf8'),
  }))
  .sort((a, b) => a.version - b.version);

interface FileLike {
  formatVersion: number;
  project: unknown;
}

/** Ids of the steps that migrating every file to `target` never runs (tldraw's "all migrators called"). */
function unexercised(migrations: readonly Migration[], target: number, files: FileLike[]): string[] {
  const ran = new Set<string>();
  for (const f of files)
    for (const id of migrateProjectDocument(f.project, f.formatVersion, migrations, target).applied) ran.add(id);
  return migrations.map((m) => m.id).filter((id) => !ran.has(id));
}

/**
 * Before/after cases for each registered step, keyed by migration id: the small, readable
 * proof of what a step does. A step without a case fails the suite.
 */
const STEP_CASES: Record<string, { before: unknown; after: unknown }[]> = {
  AddQuestionnaireMctAndPolcaLoops: [
    {
      before: {
        name: 'P',
        scenarios: {
          'scenario:a': {
            roles: { 'role:r': { name: 'R', headcount: 2 } },
            families: { 'family:f': { name: 'F', route: [] } },
          },
        },
      },
      after: {
        name: 'P',
        scenarios: {
          'scenario:a': {
            polcaLoops: {},
            roles: { 'role:r': { name: 'R', headcount: 2, questionnaire: null } },
            families: { 'family:f': { name: 'F', route: [], mct: null } },
          },
        },
      },
    },
    { before: { scenarios: 'not a record' }, after: { scenarios: 'not a record' } },
  ],
  AddStoryAndImpactNotes: [
    { before: { name: 'P', scenarios: {} }, after: { name: 'P', scenarios: {}, story: {}, impactNotes: {} } },
    { before: ['not', 'a', 'project'], after: ['not', 'a', 'project'] },
  ],
};

describe('registered migrations', () => {
  it('form one chain from the oldest readable version to the current one', () => {
    expect(checkMigrationChain()).toEqual([]);
  });

  it('have a fixture for every version from the oldest to the current', () => {
    const expected = Array.from(
      { length: CURRENT_FORMAT_VERSION - OLDEST_FORMAT_VERSION + 1 },
      (_, i) => OLDEST_FORMAT_VERSION + i,
    );
    expect(fixtures.map((f) => f.version)).toEqual(expected);
  });

  it.each(fixtures)('load $name through the import pipeline', ({ text, version }) => {
    const result = parseProjectFile(text);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.migratedFrom).toBe(version === CURRENT_FORMAT_VERSION ? null : version);
  });

  it('are each exercised by at least one fixture', () => {
    const never = unexercised(
      MIGRATIONS,
      CURRENT_FORMAT_VERSION,
      fixtures.map((f) => JSON.parse(f.text) as FileLike),
    );
    expect(never, 'migrations no fixture in tests/fixtures/formats reaches').toEqual([]);
  });

  it('each have before/after cases that hold', () => {
    for (const m of MIGRATIONS) {
      const cases = STEP_CASES[m.id] ?? [];
      expect(cases.length, `before/after cases for ${m.id}`).toBeGreaterThan(0);
      for (const c of cases) expect(m.migrate(structuredClone(c.before))).toEqual(c.after);
    }
  });
});

describe('migrateProjectDocument (mechanism, with stand-in steps)', () => {
  const steps: Migration[] = [
    { id: 'AddColour', from: 1, to: 2, migrate: (d) => ({ ...(d as object), colour: 'blue' }) },
    {
      id: 'RenameColourToTint',
      from: 2,
      to: 3,
      migrate: (d) => {
        const { colour, ...rest } = d as { colour: string };
        return { ...rest, tint: colour };
      },
    },
  ];

  it('runs every step in order from the given version', () => {
    expect(migrateProjectDocument({ name: 'x' }, 1, steps, 3)).toEqual({
      doc: { name: 'x', tint: 'blue' },
      applied: ['AddColour', 'RenameColourToTint'],
    });
    expect(migrateProjectDocument({ colour: 'red' }, 2, steps, 3).applied).toEqual(['RenameColourToTint']);
  });

  it('returns a current document unchanged, without steps', () => {
    const doc = { name: 'x' };
    expect(migrateProjectDocument(doc, 3, steps, 3)).toEqual({ doc, applied: [] });
  });

  it('never changes the caller’s value', () => {
    const doc = { name: 'x', nested: { a: 1 } };
    const mutating: Migration[] = [
      { id: 'Mutate', from: 1, to: 2, migrate: (d) => Object.assign(d as object, { touched: true }) },
    ];
    migrateProjectDocument(doc, 1, mutating, 2);
    expect(doc).toEqual({ name: 'x', nested: { a: 1 } });
  });

  it('refuses versions it cannot bridge and names a failing step', () => {
    expect(() => migrateProjectDocument({}, 4, steps, 3)).toThrow(MigrationError);
    expect(() => migrateProjectDocument({}, 0, steps, 3)).toThrow(/no migration from version 0/);
    expect(() => migrateProjectDocument({}, 1.5, steps, 3)).toThrow(MigrationError);
    const failing: Migration[] = [
      {
        id: 'Explode',
        from: 1,
        to: 2,
        migrate: () => {
          throw new Error('boom');
        },
      },
    ];
    try {
      migrateProjectDocument({}, 1, failing, 2);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MigrationError);
      expect((e as MigrationError).stepId).toBe('Explode');
    }
  });

  it('the exercise check names a step that no fixture reaches', () => {
    expect(unexercised(steps, 3, [{ formatVersion: 1, project: {} }])).toEqual([]);
    expect(
      unexercised(steps, 3, [
        { formatVersion: 2, project: {} },
        { formatVersion: 3, project: {} },
      ]),
    ).toEqual(['AddColour']);
  });

  it('checkMigrationChain finds gaps, jumps, duplicates and a wrong end', () => {
    expect(checkMigrationChain(steps, 1, 3)).toEqual([]);
    const [first, second] = steps as [Migration, Migration];
    expect(checkMigrationChain([first], 1, 3)).toEqual(['the chain ends at version 2, but the current version is 3']);
    expect(checkMigrationChain([second], 1, 2)[0]).toMatch(/starts at 2, expected 1/);
    expect(checkMigrationChain([first, { ...second, id: 'AddColour' }], 1, 3)).toEqual([
      'step 1: id "AddColour" is used twice',
    ]);
    expect(checkMigrationChain([{ ...first, to: 3 }], 1, 2)[0]).toMatch(/not one version/);
    expect(checkMigrationChain([{ ...first, id: 'add colour' }], 1, 2)[0]).toMatch(/PascalCase/);
  });
});
