import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../src/io/projectFile';
import type { ProjectId } from '../../src/model/ids';
import { CURRENT_FORMAT_VERSION, type Project } from '../../src/model/types';
import { LatitudeDatabase } from '../../src/persistence/db';
import {
  RepositoryError,
  createProjectRepository,
  type LoadResult,
  type ProjectRepository,
} from '../../src/persistence/projectRepository';

const FIXTURE_TEXT = readFileSync(new URL('../fixtures/formats/v1.latitude.json', import.meta.url), 'utf8');

function fixtureProject(): Project {
  const result = parseProjectFile(FIXTURE_TEXT);
  if (!result.ok) throw new Error(result.error.message);
  return result.project;
}

function loaded(result: LoadResult): Project {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.project;
}

let db: LatitudeDatabase;
let repo: ProjectRepository;
let minutes = 0;

beforeEach(() => {
  db = new LatitudeDatabase(`latitude-test-${crypto.randomUUID()}`);
  minutes = 0;
  // Each call is a minute later, so "newest first" is decided by the order of operations.
  repo = createProjectRepository(db, { now: () => new Date(Date.UTC(2025, 0, 1, 0, minutes++)) });
});

afterEach(async () => {
  await db.delete();
});

describe('project repository', () => {
  it('creates, lists newest first with counts, and loads', async () => {
    const a = await repo.createProject('Alpha');
    const b = await repo.importProject(fixtureProject());
    const list = await repo.listProjects();
    expect(list.map((s) => s.id)).toEqual([b, a.id]);
    expect(list[0]).toMatchObject({ name: 'Fixture v1 — Assembly', scenarioCount: 1, roleCount: 2 });
    expect(list[1]).toMatchObject({ name: 'Alpha', scenarioCount: 1, roleCount: 0, updatedAt: a.updatedAt });
    expect(loaded(await repo.loadProject(a.id))).toEqual(a);
  });

  it('saves with a fresh updatedAt in one row', async () => {
    const project = await repo.createProject('Alpha');
    const saved = await repo.saveProject({ ...project, description: 'changed' });
    expect(saved.updatedAt > project.updatedAt).toBe(true);
    const row = await db.projects.get(project.id);
    expect(row).toMatchObject({ id: project.id, name: 'Alpha', updatedAt: saved.updatedAt, formatVersion: CURRENT_FORMAT_VERSION });
    expect(loaded(await repo.loadProject(project.id))).toEqual(saved);
  });

  it('saves without reading the stored document back, and keeps revision and export time', async () => {
    const project = await repo.importProject(fixtureProject());
    await repo.markExported([project]);
    const exportedAt = (await db.projects.get(project))?.lastExportedAt;
    const stored = await repo.loadProject(project);
    const doc = loaded(stored);
    const revision = stored.ok ? stored.revision : NaN;
    let documentsRead = 0;
    const countReads = (row: unknown) => {
      documentsRead++;
      return row;
    };
    db.projects.hook('reading', countReads);
    const out = await repo.writeProject({ ...doc, description: 'changed' }, { expectedRevision: revision });
    await repo.saveProject({ ...doc, description: 'again' });
    db.projects.hook('reading').unsubscribe(countReads);
    expect(documentsRead).toBe(0);
    expect(out.revision).toBe(revision + 1);
    expect(await db.projects.get(project)).toMatchObject({ revision: revision + 2, lastExportedAt: exportedAt, doc: { description: 'again' } });
  });

  it('still checks the revision of a damaged row the indexes leave out', async () => {
    const project = await repo.createProject('Alpha');
    const row = await db.projects.get(project.id);
    await db.projects.put({ ...row, updatedAt: undefined, revision: 6 } as never);
    await expect(repo.writeProject(project, { expectedRevision: 1 })).rejects.toMatchObject({ code: 'conflict', params: { actual: 6 } });
    expect((await repo.writeProject(project, { expectedRevision: 6 })).revision).toBe(7);
  });

  it('renames the row and the document', async () => {
    const project = await repo.createProject('Alpha');
    await repo.renameProject(project.id, '  Beta  ');
    expect(loaded(await repo.loadProject(project.id)).name).toBe('Beta');
    expect((await repo.listProjects())[0]?.name).toBe('Beta');
    await expect(repo.renameProject(project.id, '   ')).rejects.toMatchObject({ code: 'invalid-name' });
    await expect(repo.renameProject('project:nothere', 'X')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('duplicates under a new id with the same content', async () => {
    const source = fixtureProject();
    const id = await repo.importProject(source);
    const copy = await repo.duplicateProject(id, 'Copy');
    expect(copy.id).not.toBe(id);
    expect(copy.name).toBe('Copy');
    expect(copy.scenarios).toEqual(source.scenarios);
    expect(copy.settings).toEqual(source.settings);
    expect(loaded(await repo.loadProject(copy.id))).toEqual(copy);
    expect(loaded(await repo.loadProject(id)).name).toBe(source.name);
  });

  it('deletes, and forgets it as the last project', async () => {
    const keep = await repo.createProject('Keep');
    const gone = await repo.createProject('Gone');
    await repo.setMeta('lastProjectId', gone.id);
    await repo.deleteProject(gone.id);
    expect((await repo.listProjects()).map((s) => s.id)).toEqual([keep.id]);
    expect(await repo.loadProject(gone.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await repo.getMeta('lastProjectId')).toBeUndefined();
  });

  it('never overwrites on import: a taken id gets a new one', async () => {
    const project = fixtureProject();
    const first = await repo.importProject(project);
    expect(first).toBe(project.id);
    const second = await repo.importProject({ ...project, name: 'Imported again' });
    expect(second).not.toBe(first);
    expect(loaded(await repo.loadProject(first)).name).toBe(project.name);
    expect(loaded(await repo.loadProject(second))).toMatchObject({ id: second, name: 'Imported again' });
    expect(await db.projects.count()).toBe(2);
  });

  it('keeps typed meta values and ignores ones of the wrong type', async () => {
    expect(await repo.getMeta('language')).toBeUndefined();
    await repo.setMeta('language', 'nl');
    expect(await repo.getMeta('language')).toBe('nl');
    await db.meta.put({ key: 'language', value: 42 });
    await db.meta.put({ key: 'lastProjectId', value: 'not an id' });
    expect(await repo.getMeta('language')).toBeUndefined();
    expect(await repo.getMeta('lastProjectId')).toBeUndefined();
  });

  it('refuses an invalid name on create', async () => {
    await expect(repo.createProject('')).rejects.toBeInstanceOf(RepositoryError);
  });
});

describe('corrupt stored rows', () => {
  const put = (id: string, row: Record<string, unknown>) =>
    db.projects.put({ id, name: 'Broken', updatedAt: '2030-01-01T00:00:00.000Z', formatVersion: 1, ...row } as never);

  it.each([
    ['a document that is not a project', { doc: { hello: 'world' } }, 'invalid-entities'],
    ['no document', { doc: undefined }, 'not-a-project-file'],
    ['a missing format version', { formatVersion: undefined }, 'not-a-project-file'],
    ['a newer format version', { formatVersion: 99 }, 'too-new'],
  ])('gives a typed error for %s', async (_, row, code) => {
    const id = 'project:broken' as ProjectId;
    await put(id, { doc: { ...fixtureProject(), id }, ...row });
    const result = await repo.loadProject(id);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('gives a typed error for a broken reference and for a prototype key', async () => {
    const bad = fixtureProject();
    const scenario = Object.values(bad.scenarios)[0];
    if (!scenario) throw new Error('fixture has a scenario');
    Object.values(scenario.workstations)[0]!.unitId = 'unit:ghost';
    await put(bad.id, { doc: bad });
    expect(await repo.loadProject(bad.id)).toMatchObject({ ok: false, error: { code: 'broken-references' } });

    const polluted = JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(fixtureProject()).slice(1)}`) as Project;
    await put(polluted.id, { doc: polluted });
    expect(await repo.loadProject(polluted.id)).toMatchObject({
      ok: false,
      error: { code: 'invalid-entities', issues: [{ path: '__proto__' }] },
    });
  });

  it('gives a typed error for a document stored under another id', async () => {
    await put('project:elsewhere', { doc: fixtureProject() });
    const result = await repo.loadProject('project:elsewhere');
    expect(result).toMatchObject({ ok: false, error: { code: 'broken-references', issues: [{ path: 'id' }] } });
  });

  it('still lists a corrupt row so it can be deleted, and refuses to rename it', async () => {
    await put('project:junk', { doc: 'junk', name: 42 });
    expect(await repo.listProjects()).toEqual([
      {
        id: 'project:junk',
        name: '',
        updatedAt: '2030-01-01T00:00:00.000Z',
        scenarioCount: 0,
        roleCount: 0,
        lastExportedAt: null,
        changedSinceExport: true,
      },
    ]);
    await expect(repo.renameProject('project:junk', 'Fixed')).rejects.toMatchObject({ code: 'unreadable' });
    await repo.deleteProject('project:junk');
    expect(await repo.listProjects()).toEqual([]);
  });
});
