import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackupFile, serializeBackup } from '../../src/io/backup';
import { IMPORT_LIMITS, parseProjectFile, type ImportResult } from '../../src/io/projectFile';
import { checkProjectInvariants } from '../../src/model/invariants';
import { projectSchema } from '../../src/model/schema';
import type { Project } from '../../src/model/types';
import { createBackupRepository } from '../../src/persistence/backupRepository';
import { LatitudeDatabase } from '../../src/persistence/db';
import { createProjectRepository } from '../../src/persistence/projectRepository';

/**
 * Mutates a valid file in the ways hostile or damaged files differ from good ones and checks
 * the pipeline's contract: it never throws, and every refusal is typed and explained.
 *
 * `npm run fuzz` runs 10,000 mutated files (FUZZ_RUNS=10000); the normal suite runs 1,000.
 * A tenth of the runs also go through the repository on fake-indexeddb, where a refused
 * file must leave every stored byte as it was.
 */
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1000));
const STORAGE_RUNS = Math.max(20, Math.round(RUNS / 10));

const FIXTURE_TEXT = readFileSync(new URL('../fixtures/formats/v1.latitude.json', import.meta.url), 'utf8');
const BASE: unknown = JSON.parse(FIXTURE_TEXT);
const CODES = ['not-json', 'not-a-project-file', 'too-new', 'too-large', 'invalid-entities', 'broken-references'];

type Path = (string | number)[];
type Container = Record<string | number, unknown>;

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  return out;
}
const PATHS = pathsOf(BASE);
const CONTAINER_PATHS = PATHS.filter((p) => {
  const v = p.reduce<unknown>((o, k) => (o as Container)[k], BASE);
  return v !== null && typeof v === 'object';
});

/** Placeholders swapped for text JSON.stringify cannot produce. */
const HUGE_NUMBER = '@@HUGE_NUMBER@@';
const DEEP = (n: number, open: string) => `@@DEEP_${open === '[' ? 'A' : 'O'}_${n}@@`;

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 0.1 + 0.2, 1e-320, 2 ** 53),
  fc.double(),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e400', '', ' ', '\u0000', '\uD800'),
  fc.constant(HUGE_NUMBER),
  fc.tuple(fc.integer({ min: 50, max: 3000 }), fc.constantFrom('[', '{')).map(([n, open]) => DEEP(n, open)),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('blob', 'cell', 'control', 'make', 'op', 'quality', 'latitude-project'),
  fc.constantFrom(
    'unit:ghost',
    'ws:ghost',
    'role:ghost',
    'team:ghost',
    'unit:cell1',
    'ws:cut',
    'role:lead',
    'task:saw',
  ),
  fc.constantFrom(null, true, {}, [], { id: 'role:x' }, ['ws:cut', 'ws:cut']),
  fc.jsonValue({ maxDepth: 3 }),
);

const KEYS = fc.constantFrom('__proto__', 'constructor', 'prototype', 'role:new', 'unit:cell1', 'extra', 'id', '');

type Mutation =
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'delete'; path: Path }
  | { op: 'add'; path: Path; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...PATHS), value }),
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...PATHS.filter((p) => p.length > 0)) }),
  fc.record({ op: fc.constant('add' as const), path: fc.constantFrom(...CONTAINER_PATHS), key: KEYS, value }),
);

type TextEdit = { op: 'none' } | { op: 'truncate'; at: number } | { op: 'replace'; at: number; char: string };
const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ op: 'none' as const }) },
  fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    char: fc.constantFrom('"', '{', '}', ',', ':', '\\', 'x', '\n', '0'),
  }),
);

function apply(doc: unknown, m: Mutation): unknown {
  if (m.path.length === 0 && m.op === 'set') return m.value;
  const parentPath = m.op === 'add' ? m.path : m.path.slice(0, -1);
  let parent: unknown = doc;
  for (const k of parentPath) {
    if (parent === null || typeof parent !== 'object') return doc;
    parent = (parent as Container)[k];
  }
  if (parent === null || typeof parent !== 'object') return doc;
  const target = parent as Container;
  if (m.op === 'add') {
    // defineProperty makes `__proto__` an own key, as JSON.parse would, rather than setting the prototype.
    Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    return doc;
  }
  const key = m.path[m.path.length - 1] as string | number;
  if (m.op === 'set') target[key] = m.value;
  else if (Array.isArray(target) && typeof key === 'number') {
    // By hand: splice reads `constructor` (species), which a mutation may have made an own key.
    const list = target as unknown[];
    for (let i = key; i < list.length - 1; i++) list[i] = list[i + 1];
    if (key < list.length) list.length -= 1;
  }
  else delete target[key];
  return doc;
}

function render(doc: unknown, edit: TextEdit): string {
  let text = JSON.stringify(doc, null, 1) ?? 'undefined';
  text = text.split(`"${HUGE_NUMBER}"`).join('1e400');
  text = text.replace(/"@@DEEP_([AO])_(\d+)@@"/g, (_, kind: string, n: string) =>
    kind === 'A'
      ? '['.repeat(Number(n)) + ']'.repeat(Number(n))
      : '{"a":'.repeat(Number(n)) + '0' + '}'.repeat(Number(n)),
  );
  if (edit.op === 'truncate') text = text.slice(0, Math.floor(edit.at * text.length));
  if (edit.op === 'replace') {
    const at = Math.floor(edit.at * text.length);
    text = text.slice(0, at) + edit.char + text.slice(at + 1);
  }
  return text;
}

function expectContract(result: ImportResult): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  if (result.ok) {
    expect(projectSchema.safeParse(result.project).success).toBe(true);
    expect(checkProjectInvariants(result.project)).toEqual([]);
    return;
  }
  const { error } = result;
  expect(CODES).toContain(error.code);
  expect(typeof error.message === 'string' && error.message.length > 0).toBe(true);
  expect(error.issues.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxIssues);
  for (const issue of error.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
  // Entity problems always say where.
  if (error.code === 'invalid-entities' || error.code === 'broken-references') expect(error.issues.length).toBeGreaterThan(0);
  for (const v of Object.values(error.params)) expect(['string', 'number']).toContain(typeof v);
}

describe('import fuzzing', () => {
  it('never throws on mutated project files and explains every refusal', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), textEdit, (mutations, edit) => {
        const doc = mutations.reduce(apply, structuredClone(BASE));
        const result = parseProjectFile(render(doc, edit));
        seen.add(result.ok ? 'ok' : result.error.code);
        expectContract(result);
      }),
      { numRuns: RUNS },
    );
    // The mutations are only useful if they reach every step of the pipeline.
    for (const code of ['ok', 'not-json', 'not-a-project-file', 'too-large', 'invalid-entities', 'broken-references'])
      expect(seen).toContain(code);
  });

  it('never throws on arbitrary text or JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 6 })), (text) => {
        expectContract(parseProjectFile(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('import fuzzing against storage (fake-indexeddb)', () => {
  const db = new LatitudeDatabase(`latitude-fuzz-${crypto.randomUUID()}`);
  const repo = createProjectRepository(db);
  const backups = createBackupRepository(db);
  const dump = async () => JSON.stringify({ p: await db.projects.toArray(), s: await db.snapshots.toArray(), m: await db.meta.toArray() });
  const ACCEPTED_EDIT: [Mutation[], TextEdit] = [[{ op: 'set', path: ['project', 'name'], value: 'Renamed by the fuzzer' }], { op: 'none' }];
  const mutatedFile = fc.tuple(fc.array(mutation, { minLength: 1, maxLength: 4 }), textEdit);

  beforeAll(async () => {
    const base = parseProjectFile(FIXTURE_TEXT);
    if (!base.ok) throw new Error(base.error.message);
    await repo.importProject(base.project);
    await repo.createProject('Bystander');
  });
  afterAll(async () => {
    await db.delete();
  });

  it('a refused file changes nothing stored; an accepted one adds one project that loads back', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutatedFile, async ([mutations, edit]) => {
        const before = await dump();
        const count = await db.projects.count();
        const result = parseProjectFile(render(mutations.reduce(apply, structuredClone(BASE)), edit));
        expectContract(result);
        if (!result.ok) {
          expect(await dump()).toBe(before);
          return;
        }
        accepted++;
        const id = await repo.importProject(result.project);
        expect(await db.projects.count()).toBe(count + 1);
        const back = await repo.loadProject(id);
        expect(back.ok).toBe(true);
        await repo.deleteProject(id);
        expect(await dump()).toBe(before);
      }),
      // About 3 % of the mutated files are accepted; the example makes sure that branch runs in every run.
      { numRuns: STORAGE_RUNS, examples: [[ACCEPTED_EDIT]] },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('a backup holding a mutated project is refused whole, or restores into storage that still loads', async () => {
    const base = parseProjectFile(FIXTURE_TEXT);
    if (!base.ok) throw new Error(base.error.message);
    const good: Project = { ...base.project, id: 'project:fuzzgood', name: 'Good one' };
    await fc.assert(
      fc.asyncProperty(mutatedFile, async ([mutations, edit]) => {
        const before = await dump();
        const inner = mutations.reduce(apply, structuredClone(BASE));
        const text = serializeBackup([good]).replace(/\]\s*}\s*$/, `, ${render(inner, edit)}]}`);
        const result = parseBackupFile(text);
        if (!result.ok) {
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(await dump()).toBe(before);
          return;
        }
        await backups.restore(result.projects, 'merge');
        for (const p of result.projects) expect((await repo.loadProject(p.id)).ok).toBe(true);
      }),
      { numRuns: STORAGE_RUNS },
    );
  });
});
