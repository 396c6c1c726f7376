import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackupFile, serializeBackup } from '../../src/io/backup';
import { createProject } from '../../src/model/factories';
import type { Project } from '../../src/model/types';
import { createBackupRepository, type BackupRepository } from '../../src/persistence/backupRepository';
import { LatitudeDatabase } from '../../src/persistence/db';
import { createVersionHistory, type VersionHistory } from '../../src/persistence/historyRepository';
import { createProjectRepository, type ProjectRepository } from '../../src/persistence/projectRepository';

let db: LatitudeDatabase;
let repo: ProjectRepository;
let backups: BackupRepository;
let history: VersionHistory;
let clock: number;

beforeEach(() => {
  db = new LatitudeDatabase(`latitude-backup-${crypto.randomUUID()}`);
  clock = Date.UTC(2026, 0, 1);
  const now = () => new Date((clock += 1000));
  repo = createProjectRepository(db, { now });
  backups = createBackupRepository(db, { now });
  history = createVersionHistory(db, { now });
});
afterEach(async () => {
  await db.delete();
});

/** Everything stored, for "nothing changed" checks. */
const dump = async () => ({ projects: await db.projects.toArray(), snapshots: await db.snapshots.toArray(), meta: await db.meta.toArray() });

async function backupText(): Promise<string> {
  return serializeBackup((await backups.collect()).projects);
}

function parsed(text: string): Project[] {
  const r = parseBackupFile(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.projects;
}

describe('backup and restore', () => {
  it('backs up every readable project and says which could not be read', async () => {
    const a = await repo.createProject('A');
    await repo.createProject('B');
    await db.projects.put({ ...(await db.projects.get(a.id))!, id: 'project:junk', doc: 'junk' as never });
    const { projects, unreadable } = await backups.collect();
    expect(projects.map((p) => p.name)).toEqual(['A', 'B']);
    expect(unreadable).toEqual(['project:junk']);
  });

  it('merge adds missing projects, updates older ones (keeping them first) and keeps newer ones', async () => {
    const a = await repo.createProject('A');
    const b = await repo.createProject('B');
    const text = await backupText();
    await repo.deleteProject(a.id); // missing here: added back
    await repo.saveProject({ ...b, description: 'newer here' }); // newer here: kept
    const c = await repo.createProject('C'); // not in the backup: untouched
    const outcome = await backups.restore(parsed(text), 'merge');
    expect(outcome).toEqual({ added: 1, updated: 0, kept: 1, removed: 0 });
    const names = (await repo.listProjects()).map((p) => p.name).sort();
    expect(names).toEqual(['A', 'B', 'C']);
    const storedB = await repo.loadProject(b.id);
    expect(storedB.ok && storedB.project.description).toBe('newer here');
    expect((await repo.loadProject(c.id)).ok).toBe(true);

    // A backup copy newer than the stored one replaces it, after a snapshot.
    const newer = { ...b, description: 'from backup', updatedAt: new Date(clock + 60_000).toISOString() };
    expect(await backups.restore([newer], 'merge')).toMatchObject({ updated: 1 });
    const kept = await history.list(b.id);
    expect(kept.map((s) => s.kind)).toEqual(['before-import']);
    const read = await history.read(kept[0]!.id);
    expect(read.ok && read.project.description).toBe('newer here');
  });

  it('replace makes the stored projects exactly the backup’s, keeping every replaced one as a snapshot', async () => {
    const a = await repo.createProject('A');
    const text = await backupText();
    await repo.saveProject({ ...a, description: 'edited after the backup' });
    const extra = await repo.createProject('Extra');
    const outcome = await backups.restore(parsed(text), 'replace');
    expect(outcome).toEqual({ added: 0, updated: 1, kept: 0, removed: 1 });
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['A']);
    const storedA = await repo.loadProject(a.id);
    expect(storedA.ok && storedA.project.description).toBe('');
    expect((await history.list(a.id)).map((s) => s.kind)).toEqual(['before-restore']);
    // The removed project can be recovered from its snapshot.
    expect((await history.recoverable()).map((r) => r.projectId)).toEqual([extra.id]);
    expect((await history.recover(extra.id)).name).toBe('Extra');
  });

  it('restored projects count as exported at their backup time', async () => {
    await repo.createProject('A');
    const text = await backupText();
    await db.projects.clear();
    await backups.restore(parsed(text), 'merge');
    expect((await repo.listProjects())[0]).toMatchObject({ changedSinceExport: false });
  });

  it('an invalid backup is refused before anything is written', async () => {
    await repo.createProject('A');
    await repo.createProject('B');
    const before = await dump();
    const broken = (await backupText()).replace('"name": "B"', '"name": 42');
    const result = parseBackupFile(broken);
    expect(result.ok).toBe(false);
    expect(await dump()).toEqual(before);
  });

  it('a restore that fails midway writes nothing', async () => {
    const a = await repo.createProject('A');
    const before = await dump();
    const bad = { ...createProject('New'), id: a.id, updatedAt: '2099-01-01T00:00:00.000Z', scenarios: undefined } as unknown as Project;
    const good = createProject('Fine');
    // A value IndexedDB cannot store (a function) makes the transaction fail after some writes.
    const poisoned = { ...good, description: (() => 1) as unknown as string };
    await expect(backups.restore([bad, poisoned], 'replace')).rejects.toBeTruthy();
    expect(await dump()).toEqual(before);
  });
});
