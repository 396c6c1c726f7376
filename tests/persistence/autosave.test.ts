import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProject } from '../../src/model/factories';
import { LatitudeDatabase } from '../../src/persistence/db';
import { createAutosaver, type AutosaveStatus } from '../../src/persistence/autosave';
import { createProjectRepository } from '../../src/persistence/projectRepository';

interface Doc {
  v: number;
}

/** A save function that records calls, can be told to fail, and takes `ms` of fake time. */
function recorder(ms = 0) {
  const writes: { v: number; at: number }[] = [];
  const failures: Error[] = [];
  let running = 0;
  let maxConcurrent = 0;
  const save = vi.fn(async (doc: Doc) => {
    running++;
    maxConcurrent = Math.max(maxConcurrent, running);
    try {
      if (ms > 0) await new Promise((r) => setTimeout(r, ms));
      const failure = failures.shift();
      if (failure) throw failure;
      writes.push({ v: doc.v, at: Date.now() });
    } finally {
      running--;
    }
  });
  return {
    save,
    writes,
    failNext: (n = 1) => failures.push(...Array.from({ length: n }, () => new Error('disk full'))),
    maxConcurrent: () => maxConcurrent,
  };
}

describe('autosave (fake timers)', () => {
  let states: AutosaveStatus[];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    states = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once per burst, the newest document, after a quiet spell', async () => {
    const r = recorder();
    const saver = createAutosaver<Doc>({ save: r.save, onStateChange: (s) => states.push(s) });
    expect(saver.status.state).toBe('idle');
    for (let v = 1; v <= 5; v++) {
      saver.schedule({ v });
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(r.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(r.writes.map((w) => w.v)).toEqual([5]);
    expect(states.map((s) => s.state)).toEqual(['pending', 'saving', 'saved']);
  });

  it('writes within 1 s of the first change of a continuous burst', async () => {
    const r = recorder();
    const start = Date.now();
    const saver = createAutosaver<Doc>({ save: r.save });
    for (let v = 1; v <= 30; v++) {
      saver.schedule({ v });
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(r.writes[0]?.at).toBeLessThanOrEqual(start + 1000);
    expect(r.writes.length).toBeGreaterThanOrEqual(3);
    expect(r.writes.length).toBeLessThanOrEqual(4);
    expect(r.writes.at(-1)?.v).toBe(30);
  });

  it('never overlaps writes and writes changes made during a write afterwards', async () => {
    const r = recorder(700);
    const saver = createAutosaver<Doc>({ save: r.save });
    saver.schedule({ v: 1 });
    await vi.advanceTimersByTimeAsync(500); // write of v1 in flight until 1100
    saver.schedule({ v: 2 });
    saver.schedule({ v: 3 });
    expect(saver.status.state).toBe('saving');
    await vi.advanceTimersByTimeAsync(3000);
    expect(r.writes.map((w) => w.v)).toEqual([1, 3]);
    expect(r.maxConcurrent()).toBe(1);
    expect(saver.status.state).toBe('saved');
  });

  it('reports a failed write with its cause, retries with backoff, and keeps the newest document', async () => {
    const r = recorder();
    const saver = createAutosaver<Doc>({ save: r.save, onStateChange: (s) => states.push(s) });
    r.failNext(2);
    saver.schedule({ v: 1 });
    await vi.advanceTimersByTimeAsync(400);
    expect(saver.status).toMatchObject({ state: 'error', retryInMs: 500, failures: 1 });
    expect(saver.status.state === 'error' && (saver.status.error as Error).message).toBe('disk full');
    saver.schedule({ v: 2 }); // newer than the failed one; must be what lands
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.status).toMatchObject({ state: 'error', retryInMs: 1000, failures: 2 });
    await vi.advanceTimersByTimeAsync(999);
    expect(r.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.writes.map((w) => w.v)).toEqual([2]);
    expect(saver.status.state).toBe('saved');
    expect(r.save).toHaveBeenCalledTimes(3);
  });

  it('does not let a failed write replace a newer change made while it ran', async () => {
    const r = recorder(100);
    const saver = createAutosaver<Doc>({ save: r.save });
    r.failNext();
    saver.schedule({ v: 1 });
    await vi.advanceTimersByTimeAsync(450); // v1 in flight, about to fail
    saver.schedule({ v: 2 });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.status.state).toBe('error');
    await vi.advanceTimersByTimeAsync(1000);
    expect(r.writes.map((w) => w.v)).toEqual([2]);
  });

  it('caps the backoff', async () => {
    const r = recorder();
    const saver = createAutosaver<Doc>({ save: r.save, retryMs: 100, maxRetryMs: 300 });
    r.failNext(5);
    saver.schedule({ v: 1 });
    await vi.advanceTimersByTimeAsync(400 + 100 + 200 + 300 + 300);
    expect(saver.status).toMatchObject({ state: 'error', retryInMs: 300, failures: 5 });
    await vi.advanceTimersByTimeAsync(300);
    expect(r.writes.map((w) => w.v)).toEqual([1]);
  });

  it('flush writes at once, waits for a write in flight, and reports failure', async () => {
    const r = recorder(100);
    const saver = createAutosaver<Doc>({ save: r.save });
    saver.schedule({ v: 1 });
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(100);
    await expect(flushed).resolves.toBe(true);
    expect(r.writes.map((w) => w.v)).toEqual([1]);

    saver.schedule({ v: 2 });
    await vi.advanceTimersByTimeAsync(450); // write of v2 in flight
    saver.schedule({ v: 3 });
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(200);
    await expect(second).resolves.toBe(true);
    expect(r.writes.map((w) => w.v)).toEqual([1, 2, 3]);

    r.failNext();
    saver.schedule({ v: 4 });
    const third = saver.flush();
    await vi.advanceTimersByTimeAsync(100);
    await expect(third).resolves.toBe(false);
    expect(saver.status.state).toBe('error');
    await vi.advanceTimersByTimeAsync(600);
    expect(r.writes.map((w) => w.v)).toEqual([1, 2, 3, 4]);
    await expect(saver.flush()).resolves.toBe(true);
  });

  it('survives a save that throws synchronously', async () => {
    let calls = 0;
    const saver = createAutosaver<Doc>({
      save: () => {
        calls++;
        if (calls === 1) throw new Error('sync');
        return Promise.resolve();
      },
    });
    saver.schedule({ v: 1 });
    await expect(saver.flush()).resolves.toBe(false);
    await expect(saver.flush()).resolves.toBe(true);
  });

  it('stops after dispose', async () => {
    const r = recorder();
    const saver = createAutosaver<Doc>({ save: r.save });
    saver.schedule({ v: 1 });
    saver.dispose();
    saver.schedule({ v: 2 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(r.save).not.toHaveBeenCalled();
  });
});

describe('autosave with the repository (real timers, fake-indexeddb)', () => {
  let db: LatitudeDatabase;
  beforeEach(() => {
    db = new LatitudeDatabase(`latitude-autosave-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keeps the last good version stored while writes fail, then stores the newest', async () => {
    const repo = createProjectRepository(db);
    let broken = false;
    const saver = createAutosaver({
      save: async (p) => {
        if (broken) throw new Error('QuotaExceededError');
        await repo.saveProject(p);
      },
      delayMs: 5,
      retryMs: 5,
    });
    const v1 = createProject('Version 1');
    saver.schedule(v1);
    await expect(saver.flush()).resolves.toBe(true);

    broken = true;
    saver.schedule({ ...v1, name: 'Version 2' });
    await vi.waitFor(() => expect(saver.status.state).toBe('error'));
    const stored = await repo.loadProject(v1.id);
    expect(stored.ok && stored.project.name).toBe('Version 1');

    saver.schedule({ ...v1, name: 'Version 3' });
    broken = false;
    await vi.waitFor(() => expect(saver.status.state).toBe('saved'));
    const after = await repo.loadProject(v1.id);
    expect(after.ok && after.project.name).toBe('Version 3');
  });
});
