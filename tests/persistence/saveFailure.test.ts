import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProjectSaver } from '../../src/app/projectSaver';
import type { AutosaveStatus } from '../../src/persistence/autosave';
import { LatitudeDatabase } from '../../src/persistence/db';
import { createVersionHistory } from '../../src/persistence/historyRepository';
import { createProjectRepository, type ProjectRepository } from '../../src/persistence/projectRepository';
import { isQuotaError } from '../../src/persistence/storageInfo';
import type { TabChannel, TabMessage } from '../../src/persistence/tabs';
import { EditorStore } from '../../src/store/editorStore';

let db: LatitudeDatabase;
beforeEach(() => {
  db = new LatitudeDatabase(`latitude-savefail-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function recordingChannel() {
  const posted: TabMessage[] = [];
  const channel: TabChannel = { post: (m) => posted.push(m), subscribe: () => () => {}, close: () => {} };
  return { channel, posted };
}

async function setup() {
  const real = createProjectRepository(db);
  let failing = false;
  const repository: ProjectRepository = {
    ...real,
    writeProject: (p, o) => (failing ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : real.writeProject(p, o)),
  };
  const project = await real.createProject('Shop');
  const store = new EditorStore(project);
  const { channel, posted } = recordingChannel();
  const saver = new ProjectSaver({ store, repository, history: createVersionHistory(db), channel, project, revision: 1 });
  const statuses: AutosaveStatus[] = [];
  saver.on({ status: (s) => statuses.push(s) });
  const detach = saver.attach();
  const stored = async () => {
    const r = await real.loadProject(project.id);
    if (!r.ok) throw new Error(r.error.message);
    return r.project;
  };
  return { store, saver, statuses, posted, detach, stored, setFailing: (f: boolean) => (failing = f) };
}

describe('a failing save', () => {
  it('reports a quota error, keeps the last good state stored, lets editing go on, and retries', async () => {
    const { store, saver, statuses, posted, stored, setFailing, detach } = await setup();
    expect(store.dispatch('renameProject', { name: 'Saved' }).ok).toBe(true);
    await expect(saver.autosaver.flush()).resolves.toBe(true);
    expect((await stored()).name).toBe('Saved');
    expect(posted.at(-1)).toMatchObject({ type: 'saved', revision: 2 });

    setFailing(true);
    expect(store.dispatch('renameProject', { name: 'Not stored yet' }).ok).toBe(true);
    await expect(saver.autosaver.flush()).resolves.toBe(false);
    const failure = statuses.at(-1);
    expect(failure?.state).toBe('error');
    expect(failure?.state === 'error' && isQuotaError(failure.error)).toBe(true);
    expect((await stored()).name).toBe('Saved');

    // Editing continues in memory while storage refuses.
    expect(store.dispatch('renameProject', { name: 'Newest' }).ok).toBe(true);
    expect(store.getState().project.name).toBe('Newest');

    setFailing(false);
    await vi.waitFor(() => expect(saver.autosaver.status.state).toBe('saved'), { timeout: 5000 });
    expect((await stored()).name).toBe('Newest');
    detach();
  });

  it('recognises quota errors as browsers and Dexie report them', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('disk on fire'))).toBe(false);
    const loop: { inner?: unknown; name: string } = { name: 'x' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });
});

describe('a conflicting save', () => {
  it('keeps this tab’s version in history, loads the stored one, and never overwrites', async () => {
    const real = createProjectRepository(db);
    const history = createVersionHistory(db);
    const project = await real.createProject('Shop');
    const store = new EditorStore(project);
    const { channel } = recordingChannel();
    const saver = new ProjectSaver({ store, repository: real, history, channel, project, revision: 1 });
    const conflicts = vi.fn();
    saver.on({ conflict: conflicts });
    const detach = saver.attach();
    // Another tab writes first.
    await real.writeProject({ ...project, name: 'Other tab' }, { expectedRevision: 1 });
    store.dispatch('renameProject', { name: 'This tab' });
    await expect(saver.autosaver.flush()).resolves.toBe(true);
    expect(conflicts).toHaveBeenCalledOnce();
    const stored = await real.loadProject(project.id);
    expect(stored.ok && stored.project.name).toBe('Other tab');
    expect(store.getState().project.name).toBe('Other tab');
    const kept = await history.list(project.id);
    expect(kept.map((s) => [s.kind, s.projectName])).toEqual([['conflict', 'This tab']]);
    detach();
  });
});

describe('read-only editor store', () => {
  it('refuses commands, undo and redo while read-only, and still loads documents', async () => {
    const real = createProjectRepository(db);
    const project = await real.createProject('Shop');
    const store = new EditorStore(project);
    store.dispatch('renameProject', { name: 'Before' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.setReadOnly(true);
    expect(listener).toHaveBeenCalledOnce();
    expect(store.isReadOnly()).toBe(true);
    const refused = store.dispatch('renameProject', { name: 'Refused' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(store.batch([{ name: 'renameProject', args: { name: 'Refused' } }]).ok).toBe(false);
    expect(store.canUndo()).toBe(false);
    expect(store.undo()).toBe(false);
    expect(store.redo()).toBe(false);
    expect(store.getState().project.name).toBe('Before');
    store.load({ ...project, name: 'From the writer' });
    expect(store.getState().project.name).toBe('From the writer');
    store.setReadOnly(false);
    expect(store.dispatch('renameProject', { name: 'Editable' }).ok).toBe(true);
  });
});
