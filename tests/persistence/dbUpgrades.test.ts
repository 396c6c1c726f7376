import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION } from '../../src/model/types';
import { LatitudeDatabase, PROJECT_EXPORT_INDEX, PROJECT_HEAD_INDEX, SCHEMA_STEPS, SCHEMA_VERSION } from '../../src/persistence/db';
import { createProjectRepository } from '../../src/persistence/projectRepository';

/**
 * The Dexie schema (tables and indexes) migrates with named steps, like the document
 * format. Each past schema version has a fixture: rows as that version stored them, written
 * with the database opened at that version. Upgrading every fixture must run every step.
 */
const V1_FILE = JSON.parse(readFileSync(new URL('../fixtures/formats/v1.latitude.json', import.meta.url), 'utf8')) as {
  formatVersion: number;
  project: { id: string; name: string; updatedAt: string };
};

/** Rows exactly as schema version 1 stored them: no revision, no export time. */
const SCHEMA_FIXTURES: Record<number, (db: LatitudeDatabase) => Promise<void>> = {
  1: async (db) => {
    await db.table('projects').put({
      id: V1_FILE.project.id,
      name: V1_FILE.project.name,
      updatedAt: V1_FILE.project.updatedAt,
      formatVersion: V1_FILE.formatVersion,
      doc: V1_FILE.project,
    });
    await db.table('meta').put({ key: 'lastProjectId', value: V1_FILE.project.id });
  },
  /** Schema v2: revisions and export times in the row, no index over them. */
  2: async (db) => {
    const row = { name: V1_FILE.project.name, updatedAt: V1_FILE.project.updatedAt, formatVersion: V1_FILE.formatVersion };
    await db.table('projects').put({ ...row, id: V1_FILE.project.id, doc: V1_FILE.project, revision: 4, lastExportedAt: '2026-01-02T03:04:05.000Z' });
    await db.table('projects').put({ ...row, id: EXPORTED_NEVER, doc: { ...V1_FILE.project, id: EXPORTED_NEVER }, revision: 7, lastExportedAt: null });
  },
};
const EXPORTED_NEVER = 'project:never-exported';

/** [EMPTY_ARRAY_KEY] sorts after every key whose first part is a string: [''] to it spans a whole compound index. */
const EMPTY_ARRAY_KEY: never[] = [];

const opened: LatitudeDatabase[] = [];
function open(name: string, options: ConstructorParameters<typeof LatitudeDatabase>[1] = {}) {
  const db = new LatitudeDatabase(name, options);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Writes the fixture of `version` and reopens at the newest schema; returns the step ids that ran. */
async function upgradeFrom(version: number) {
  const name = `latitude-upgrade-${version}-${crypto.randomUUID()}`;
  const old = new LatitudeDatabase(name, { version });
  await old.open();
  await SCHEMA_FIXTURES[version]?.(old);
  old.close();
  const ran: string[] = [];
  const db = open(name, { onUpgrade: (id) => ran.push(id) });
  await db.open();
  return { db, ran };
}

describe('Dexie schema steps', () => {
  it('are numbered one by one with unique PascalCase ids', () => {
    SCHEMA_STEPS.forEach((step, i) => {
      expect(step.version).toBe(i + 1);
      expect(step.id).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    });
    expect(new Set(SCHEMA_STEPS.map((s) => s.id)).size).toBe(SCHEMA_STEPS.length);
    expect(SCHEMA_VERSION).toBe(SCHEMA_STEPS.length);
  });

  it('have a fixture for every past schema version', () => {
    const past = SCHEMA_STEPS.map((s) => s.version).filter((v) => v < SCHEMA_VERSION);
    expect(Object.keys(SCHEMA_FIXTURES).map(Number)).toEqual(past);
  });

  it('each upgrade step is exercised by some fixture', async () => {
    const ran = new Set<string>();
    for (const version of Object.keys(SCHEMA_FIXTURES).map(Number)) for (const id of (await upgradeFrom(version)).ran) ran.add(id);
    const withUpgrade = SCHEMA_STEPS.filter((s) => s.upgrade).map((s) => s.id);
    expect(withUpgrade.filter((id) => !ran.has(id)), 'schema upgrades no fixture reaches').toEqual([]);
  });

  it('AddRevisionsAndVersionHistory: before, a v1 row; after, revision 0, never exported, a snapshots table', async () => {
    const { db, ran } = await upgradeFrom(1);
    expect(ran).toEqual(['AddRevisionsAndVersionHistory']);
    expect(db.verno).toBe(SCHEMA_VERSION);
    const row = await db.projects.get(V1_FILE.project.id as never);
    expect(row).toMatchObject({ id: V1_FILE.project.id, formatVersion: 1, revision: 0, lastExportedAt: null });
    expect(row?.doc).toEqual(V1_FILE.project);
    expect(await db.snapshots.count()).toBe(0);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['meta', 'projects', 'snapshots']);
    expect((await db.meta.get('lastProjectId'))?.value).toBe(V1_FILE.project.id);
  });

  it('a project stored by schema v1 in format v1 still opens, and its first save keeps the old state', async () => {
    const { db } = await upgradeFrom(1);
    const repo = createProjectRepository(db);
    const loaded = await repo.loadProject(V1_FILE.project.id as never);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.revision).toBe(0);
    const out = await repo.writeProject(loaded.project, { expectedRevision: 0 });
    expect(out.revision).toBe(1);
    const snapshots = await db.snapshots.toArray();
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ kind: 'before-migration', formatVersion: 1, doc: V1_FILE.project });
  });

  it('IndexProjectHeads: before, v2 rows; after, revision, format, edit and export time are index keys', async () => {
    const { db } = await upgradeFrom(2);
    const heads = await db.projects.where(PROJECT_HEAD_INDEX).between([''], [EMPTY_ARRAY_KEY]).keys();
    expect(heads).toEqual([
      [V1_FILE.project.id, 4, 1, V1_FILE.project.updatedAt],
      [EXPORTED_NEVER, 7, 1, V1_FILE.project.updatedAt],
    ]);
    expect(await db.projects.where(PROJECT_EXPORT_INDEX).between([''], [EMPTY_ARRAY_KEY]).keys()).toEqual([
      [V1_FILE.project.id, '2026-01-02T03:04:05.000Z'],
    ]);
    const repo = createProjectRepository(db);
    expect(await repo.storedRevision(V1_FILE.project.id as never)).toBe(4);
    expect(await repo.storedRevision(EXPORTED_NEVER as never)).toBe(7);
    const loaded = await repo.loadProject(V1_FILE.project.id as never);
    if (!loaded.ok) throw new Error(loaded.error.message);
    await expect(repo.writeProject(loaded.project, { expectedRevision: 3 })).rejects.toMatchObject({ code: 'conflict' });
    expect((await repo.writeProject(loaded.project, { expectedRevision: 4 })).revision).toBe(5);
    expect(await db.projects.get(V1_FILE.project.id as never)).toMatchObject({ revision: 5, lastExportedAt: '2026-01-02T03:04:05.000Z', formatVersion: CURRENT_FORMAT_VERSION });
    expect(await db.snapshots.toArray()).toMatchObject([{ kind: 'before-migration', formatVersion: 1, doc: V1_FILE.project }]);
  });

  it('opens an empty database at the newest version without running upgrades', async () => {
    const ran: string[] = [];
    const db = open(`latitude-fresh-${crypto.randomUUID()}`, { onUpgrade: (id) => ran.push(id) });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(ran).toEqual([]);
  });
});
