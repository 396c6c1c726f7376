import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject } from '../../src/model/factories';
import type { Project } from '../../src/model/types';
import { LatitudeDatabase } from '../../src/persistence/db';
import { createVersionHistory, type VersionHistory } from '../../src/persistence/historyRepository';
import { RepositoryError, createProjectRepository, type ProjectRepository } from '../../src/persistence/projectRepository';
import type { RetentionPolicy } from '../../src/persistence/versionHistory';

let db: LatitudeDatabase;
let repo: ProjectRepository;
let history: VersionHistory;
let clock: number;
const MINUTE = 60_000;
const policy: RetentionPolicy = { maxAutomatic: 5, maxAgeDays: 30, autoIntervalMs: 5 * MINUTE };

beforeEach(() => {
  db = new LatitudeDatabase(`latitude-history-${crypto.randomUUID()}`);
  clock = Date.UTC(2026, 0, 1);
  const now = () => new Date(clock);
  repo = createProjectRepository(db, { now, retention: policy });
  history = createVersionHistory(db, { now, retention: policy });
});
afterEach(async () => {
  await db.delete();
});

const named = (p: Project, name: string): Project => ({ ...p, description: name });
const descriptions = async (id: Project['id']) =>
  (await db.snapshots.where('projectId').equals(id).sortBy('createdAt')).map((s) => (s.doc as Project).description);

describe('automatic snapshots while editing', () => {
  it('keep the overwritten state at most once per interval', async () => {
    const p = await repo.createProject('Shop');
    let rev = 1;
    const edit = async (text: string, minutes: number) => {
      clock += minutes * MINUTE;
      rev = (await repo.writeProject(named(p, text), { expectedRevision: rev, autoSnapshot: true })).revision;
    };
    await edit('a', 1); // first save: the state as created is kept
    await edit('b', 1);
    await edit('c', 2); // within 5 minutes of the first snapshot: none
    await edit('d', 3); // 6 minutes after it: the state before this save ('c') is kept
    await edit('e', 1);
    expect(await descriptions(p.id)).toEqual(['', 'c']);
    expect((await history.list(p.id)).map((s) => s.kind)).toEqual(['auto', 'auto']);
  });

  it('are not taken by saves that do not ask for them, nor twice of the same state', async () => {
    const p = await repo.createProject('Shop');
    await repo.saveProject(named(p, 'x'));
    expect(await db.snapshots.count()).toBe(0);
    clock += 10 * MINUTE;
    await history.save((await repo.loadProject(p.id).then((r) => (r.ok ? r.project : p))), 'named', 'Kept');
    clock += 10 * MINUTE;
    await repo.writeProject(named(p, 'y'), { autoSnapshot: true });
    // The newest snapshot already holds the stored state: no duplicate.
    expect(await db.snapshots.count()).toBe(1);
  });

  it('keep at most maxAutomatic automatic ones, none older than maxAgeDays, and every named one', async () => {
    const p = await repo.createProject('Shop');
    await history.save(p, 'named', 'Baseline');
    for (let i = 0; i < 8; i++) {
      clock += 6 * MINUTE;
      await repo.writeProject(named(p, `v${i}`), { autoSnapshot: true });
    }
    const list = await history.list(p.id);
    expect(list.filter((s) => s.kind === 'auto')).toHaveLength(5);
    expect(list.filter((s) => s.kind === 'named').map((s) => s.label)).toEqual(['Baseline']);
    clock += 31 * 86_400_000;
    await repo.writeProject(named(p, 'later'), { autoSnapshot: true });
    const after = await history.list(p.id);
    expect(after.map((s) => s.kind)).toEqual(['auto', 'named']);
    expect(after[0]!.createdAt).toBe(new Date(clock).toISOString());
  });
});

describe('revisions', () => {
  it('refuse a save over a revision this writer has not seen, and leave the row alone', async () => {
    const p = await repo.createProject('Shop');
    const first = await repo.writeProject(named(p, 'tab A'), { expectedRevision: 1 });
    expect(first.revision).toBe(2);
    const stale = repo.writeProject(named(p, 'tab B'), { expectedRevision: 1 });
    await expect(stale).rejects.toBeInstanceOf(RepositoryError);
    await expect(stale).rejects.toMatchObject({ code: 'conflict', params: { expected: 1, actual: 2 } });
    const stored = await repo.loadProject(p.id);
    expect(stored.ok && stored.project.description).toBe('tab A');
    expect(stored.ok && stored.revision).toBe(2);
  });

  it('refuse to write back a project that was deleted meanwhile', async () => {
    const p = await repo.createProject('Shop');
    await repo.deleteProject(p.id);
    await expect(repo.writeProject(p, { expectedRevision: 1 })).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.projects.count()).toBe(0);
  });
});

describe('named versions and restore', () => {
  it('restores a version after keeping the current state, so the restore can be undone', async () => {
    const p = await repo.createProject('Shop');
    await repo.writeProject(named(p, 'one'));
    const stored = await repo.loadProject(p.id);
    if (!stored.ok) throw new Error('stored');
    const versionId = await history.save(stored.project, 'named', '  First draft  ');
    clock += MINUTE;
    const two = await repo.writeProject(named(p, 'two'));

    const restored = await history.restore(p.id, versionId, two.revision);
    expect(restored.project.description).toBe('one');
    expect(restored.revision).toBe(two.revision + 1);
    const list = await history.list(p.id);
    expect(list.map((s) => [s.kind, s.label])).toEqual([
      ['before-restore', ''],
      ['named', 'First draft'],
    ]);
    // Undo the restore by restoring the state kept before it.
    const undone = await history.restore(p.id, list[0]!.id, restored.revision);
    expect(undone.project.description).toBe('two');
  });

  it('refuses to restore over a revision it was not given, and refuses an unreadable version', async () => {
    const p = await repo.createProject('Shop');
    const id = await history.save(p, 'named', 'v');
    await expect(history.restore(p.id, id, 99)).rejects.toMatchObject({ code: 'conflict' });
    await db.snapshots.update(id, { doc: { broken: true } });
    await expect(history.restore(p.id, id, 1)).rejects.toMatchObject({ code: 'unreadable' });
    const read = await history.read(id);
    expect(read.ok).toBe(false);
    expect((await repo.loadProject(p.id)).ok).toBe(true);
  });

  it('previews a version through the import pipeline with summary counts', async () => {
    const p = createProject('Counted');
    await repo.importProject(p);
    const id = await history.save(p, 'named', 'v');
    const [summary] = await history.list(p.id);
    expect(summary).toMatchObject({ id, projectName: 'Counted', counts: { scenarios: 1, roles: 0, units: 0 } });
    const read = await history.read(id);
    expect(read.ok && read.project.name).toBe('Counted');
  });

  it('deletes the history with its project', async () => {
    const p = await repo.createProject('Shop');
    await history.save(p, 'named', 'v');
    await repo.deleteProject(p.id);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('lists projects that only snapshots remember and recovers them', async () => {
    const p = await repo.createProject('Gone');
    await history.save(named(p, 'last'), 'conflict');
    await db.projects.delete(p.id);
    const recoverable = await history.recoverable();
    expect(recoverable.map((r) => [r.projectId, r.name])).toEqual([[p.id, 'Gone']]);
    const back = await history.recover(p.id);
    expect(back.description).toBe('last');
    expect(await history.recoverable()).toEqual([]);
    await expect(history.recover(p.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('counts versions for the storage dialog', async () => {
    const p = await repo.createProject('Shop');
    await history.save(p, 'named', 'a');
    await history.save(p, 'conflict');
    expect(await history.stats()).toEqual({ count: 2, named: 1 });
  });
});

describe('export reminder', () => {
  it('says a project changed since its last export until it is exported again', async () => {
    const p = await repo.createProject('Shop');
    expect((await repo.listProjects())[0]).toMatchObject({ lastExportedAt: null, changedSinceExport: true });
    clock += MINUTE;
    await repo.markExported([p.id]);
    expect((await repo.listProjects())[0]).toMatchObject({ changedSinceExport: false });
    clock += MINUTE;
    await repo.writeProject(named(p, 'changed'));
    const [summary] = await repo.listProjects();
    expect(summary).toMatchObject({ changedSinceExport: true, lastExportedAt: new Date(clock - MINUTE).toISOString() });
    const loaded = await repo.loadProject(p.id);
    expect(loaded.ok && loaded.lastExportedAt).toBe(new Date(clock - MINUTE).toISOString());
  });
});
