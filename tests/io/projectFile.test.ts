import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  IMPORT_LIMITS,
  parseProjectDocument,
  parseProjectFile,
  parseProjectValue,
  projectFileName,
  serializeProject,
  type ImportError,
  type ImportResult,
} from '../../src/io/projectFile';
import { projectSchema } from '../../src/model/schema';
import { CURRENT_FORMAT_VERSION, type Project } from '../../src/model/types';

const FIXTURE_TEXT = readFileSync(new URL(`../fixtures/formats/v${CURRENT_FORMAT_VERSION}.latitude.json`, import.meta.url), 'utf8');
const S = 'scenarios.scenario:asis';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh copy of the fixture file, changed by `edit`, as text. */
function fileWith(edit: (file: Json) => void): string {
  const file = JSON.parse(FIXTURE_TEXT) as Json;
  edit(file);
  return JSON.stringify(file);
}

function expectError(result: ImportResult, code: ImportError['code']): ImportError {
  if (result.ok) throw new Error(`expected ${code}, but the import succeeded`);
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(0);
  return result.error;
}

function fixtureProject(): Project {
  const result = parseProjectFile(FIXTURE_TEXT);
  if (!result.ok) throw new Error(result.error.message);
  return result.project;
}

describe('parseProjectFile: failures', () => {
  it('refuses text that is not JSON', () => {
    const error = expectError(parseProjectFile('hello world'), 'not-json');
    expect(error.message).toMatch(/not JSON/);
  });

  it('names where a truncated file stops', () => {
    const text = FIXTURE_TEXT.slice(0, 1000);
    const error = expectError(parseProjectFile(text), 'not-json');
    expect(error.params.truncated).toBe(1);
    expect(error.params.position).toBe(text.length);
    expect(error.params.line).toBe(text.split('\n').length);
    expect(error.message).toMatch(/cut off/);
  });

  it('gives line and column of a syntax error in the middle', () => {
    const error = expectError(parseProjectFile('{\n  "format": "latitude-project",,\n}'), 'not-json');
    expect(error.params).toMatchObject({ line: 2, truncated: 0 });
  });

  it.each([
    ['a JSON array', '[1, 2, 3]', 'format'],
    ['a JSON string', '"latitude-project"', 'format'],
    ['another object', '{ "name": "package", "version": "1.0.0" }', 'format'],
    ['a missing format', fileWith((f) => delete f.format), 'format'],
    ['a wrong format', fileWith((f) => (f.format = 'excalidraw')), 'format'],
    ['a textual version', fileWith((f) => (f.formatVersion = '1')), 'formatVersion'],
    ['a fractional version', fileWith((f) => (f.formatVersion = 1.5)), 'formatVersion'],
    ['version zero', fileWith((f) => (f.formatVersion = 0)), 'formatVersion'],
    ['a missing project', fileWith((f) => delete f.project), 'project'],
    ['a project array', fileWith((f) => (f.project = [])), 'project'],
  ])('refuses %s as not a project file', (_, text, field) => {
    const error = expectError(parseProjectFile(text), 'not-a-project-file');
    expect(error.params.field).toBe(field);
  });

  it('refuses a newer version, naming both versions', () => {
    const error = expectError(
      parseProjectFile(fileWith((f) => (f.formatVersion = CURRENT_FORMAT_VERSION + 1))),
      'too-new',
    );
    expect(error.params).toEqual({ fileVersion: CURRENT_FORMAT_VERSION + 1, supportedVersion: CURRENT_FORMAT_VERSION });
    expect(error.message).toContain(String(CURRENT_FORMAT_VERSION + 1));
    expect(error.message).toContain(String(CURRENT_FORMAT_VERSION));
  });

  it('refuses text over the size cap before parsing it', () => {
    const error = expectError(parseProjectFile(' '.repeat(IMPORT_LIMITS.maxChars + 1)), 'too-large');
    expect(error.params).toMatchObject({ measure: 'size', limit: IMPORT_LIMITS.maxChars });
  });

  it('refuses nesting deeper than the cap, naming where', () => {
    const deep = '['.repeat(200) + ']'.repeat(200);
    const text = fileWith((f) => (f.project.description = '@DEEP@')).replace('"@DEEP@"', deep);
    const error = expectError(parseProjectFile(text), 'too-large');
    expect(error.params).toMatchObject({ measure: 'depth', limit: IMPORT_LIMITS.maxDepth });
    expect(error.issues[0]?.path).toMatch(/^description\.0\.0/);
  });

  it('names the path of an invalid value', () => {
    const text = fileWith((f) => (f.project.scenarios['scenario:asis'].roles['role:lead'].headcount = -2));
    const error = expectError(parseProjectFile(text), 'invalid-entities');
    expect(error.issues).toEqual([{ path: `${S}.roles.role:lead.headcount`, message: 'must be more than 0' }]);
    expect(error.message).toContain(`${S}.roles.role:lead.headcount`);
  });

  it('names an unknown kind and an unknown field', () => {
    const text = fileWith((f) => {
      f.project.scenarios['scenario:asis'].units['unit:cell1'].kind = 'blob';
      f.project.scenarios['scenario:asis'].tasks['task:saw'].colour = 'red';
    });
    const paths = expectError(parseProjectFile(text), 'invalid-entities').issues.map((i) => i.path);
    expect(paths).toContain(`${S}.units.unit:cell1.kind`);
    expect(paths).toContain(`${S}.tasks.task:saw`);
  });

  it('lists at most the issue cap but counts them all', () => {
    const text = fileWith((f) => {
      const tasks = f.project.scenarios['scenario:asis'].tasks;
      for (let i = 0; i < 30; i++) tasks[`task:bad${i}`] = { id: `task:bad${i}` };
    });
    const error = expectError(parseProjectFile(text), 'invalid-entities');
    expect(error.issues).toHaveLength(IMPORT_LIMITS.maxIssues);
    expect(error.params.count).toBeGreaterThan(IMPORT_LIMITS.maxIssues);
  });

  it('names the path of a broken reference', () => {
    const text = fileWith((f) => (f.project.scenarios['scenario:asis'].workstations['ws:cut'].unitId = 'unit:ghost'));
    const error = expectError(parseProjectFile(text), 'broken-references');
    expect(error.issues[0]?.path).toBe(`${S}.workstations.ws:cut.unitId`);
    expect(error.issues[0]?.message).toContain('unit:ghost');
  });

  it('treats an entity stored under another key as a broken reference', () => {
    const text = fileWith((f) => {
      const units = f.project.scenarios['scenario:asis'].units;
      units['unit:cell1'].id = 'unit:other';
    });
    const error = expectError(parseProjectFile(text), 'broken-references');
    expect(error.issues.map((i) => i.path)).toContain(`${S}.units.unit:cell1`);
  });

  it('treats shares not summing to 100 % and a team outside the role unit as invalid entities', () => {
    const shares = fileWith(
      (f) => (f.project.scenarios['scenario:asis'].tasks['task:setup'].assignments['role:lead'] = 0.5),
    );
    expect(expectError(parseProjectFile(shares), 'invalid-entities').issues[0]?.path).toBe(
      `${S}.tasks.task:setup.assignments`,
    );
    const team = fileWith((f) => (f.project.scenarios['scenario:asis'].teams['team:alpha'].unitId = null));
    expect(expectError(parseProjectFile(team), 'invalid-entities').issues[0]?.path).toBe(
      `${S}.roles.role:operator.teamId`,
    );
  });

  it('reports references first when a file has both kinds of violation', () => {
    const text = fileWith((f) => {
      const s = f.project.scenarios['scenario:asis'];
      s.tasks['task:setup'].assignments['role:lead'] = 0.5;
      s.tasks['task:saw'].scope = ['ws:ghost'];
    });
    const error = expectError(parseProjectFile(text), 'broken-references');
    expect(error.issues.map((i) => i.path)).toEqual([
      `${S}.tasks.task:saw.scope.0`,
      `${S}.tasks.task:setup.assignments`,
    ]);
  });
});

describe('parseProjectFile: prototype keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key anywhere, naming where', (key) => {
    const text = FIXTURE_TEXT.replace('"role:lead": {', `"role:lead": { "${key}": { "polluted": true },`);
    const error = expectError(parseProjectFile(text), 'invalid-entities');
    expect(error.issues[0]?.path).toBe(`${S}.roles.role:lead.${key}`);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('refuses a __proto__ entity key in a record and at the top level', () => {
    const inRecord = FIXTURE_TEXT.replace('"roles": {', '"roles": { "__proto__": { "polluted": true },');
    expect(expectError(parseProjectFile(inRecord), 'invalid-entities').issues[0]?.path).toBe(`${S}.roles.__proto__`);
    const top = `{ "__proto__": { "format": "latitude-project" }, ${FIXTURE_TEXT.slice(FIXTURE_TEXT.indexOf('"format"'))}`;
    expect(expectError(parseProjectFile(top), 'invalid-entities').issues[0]?.path).toBe('__proto__');
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('would not be protected by zod alone: records drop __proto__ silently (so the pipeline refuses it first)', () => {
    const project = JSON.parse(FIXTURE_TEXT).project as Json;
    const raw = JSON.parse(JSON.stringify(project).replace('"roles":{', '"roles":{"__proto__":{"id":"x"},')) as Json;
    const roles = raw.scenarios['scenario:asis'].roles as Json;
    expect(Object.keys(roles)).toContain('__proto__');
    const parsed = projectSchema.safeParse(raw);
    // Zod 4.6 neither fails nor pollutes: it leaves the key out, hiding that the file held it.
    // If a zod upgrade changes this, revisit the guard in projectFile.ts and this test.
    expect(parsed.success).toBe(true);
    const out = parsed.data?.scenarios['scenario:asis']?.roles as object;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).not.toContain('__proto__');
    expect(({} as Json).polluted).toBeUndefined();
  });
});

describe('parseProjectFile: success', () => {
  it('reads the current fixture without migrating', () => {
    const result = parseProjectFile(FIXTURE_TEXT);
    expect(result.ok && result.migratedFrom).toBe(null);
  });

  it('roundtrips serialize → parse to an equal project', () => {
    const project = fixtureProject();
    const text = serializeProject(project, new Date('2025-02-01T12:00:00.000Z'));
    const envelope = JSON.parse(text) as Json;
    expect(envelope).toMatchObject({
      format: 'latitude-project',
      formatVersion: CURRENT_FORMAT_VERSION,
      exportedAt: '2025-02-01T12:00:00.000Z',
    });
    expect(Object.keys(envelope)).toEqual(['format', 'formatVersion', 'exportedAt', 'project']);
    const again = parseProjectFile(text);
    expect(again.ok && again.project).toEqual(project);
  });

  it('accepts a byte order mark and a missing exportedAt', () => {
    const text = fileWith((f) => delete f.exportedAt);
    expect(parseProjectFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it('does not change a value passed in', () => {
    const value = JSON.parse(FIXTURE_TEXT) as Json;
    const before = JSON.stringify(value);
    expect(parseProjectValue(value).ok).toBe(true);
    expect(JSON.stringify(value)).toBe(before);
  });

  it('reads an envelope-less stored document with its version', () => {
    const project = fixtureProject();
    expect(parseProjectDocument(structuredClone(project), CURRENT_FORMAT_VERSION)).toEqual({
      ok: true,
      project,
      migratedFrom: null,
    });
    expectError(parseProjectDocument(project, CURRENT_FORMAT_VERSION + 1), 'too-new');
    expectError(parseProjectDocument(project, 'one'), 'not-a-project-file');
    expectError(parseProjectDocument(null, CURRENT_FORMAT_VERSION), 'not-a-project-file');
  });
});

describe('projectFileName', () => {
  it.each([
    ['Fixture v1 — Assembly', 'fixture-v1-assembly.latitude.json'],
    ['Één café, Zürich', 'een-cafe-zurich.latitude.json'],
    ['  ***  ', 'project.latitude.json'],
    ['a'.repeat(100), `${'a'.repeat(60)}.latitude.json`],
  ])('%s → %s', (name, file) => {
    expect(projectFileName({ name })).toBe(file);
  });
});
