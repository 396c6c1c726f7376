import { describe, expect, it, vi } from 'vitest';
import { createProjectLock, type TabChannel, type TabMessage, type TabRole } from '../../src/persistence/tabs';

/**
 * A Web Locks stand-in with the semantics the tab lock relies on: exclusive locks granted in
 * request order, `ifAvailable`, `signal` to give up waiting, and `steal`.
 */
class FakeLocks {
  private held = new Map<string, { stolen: (e: Error) => void }>();
  private waiting = new Map<string, (() => void)[]>();

  request(name: string, options: LockOptions, callback: (lock: Lock | null) => unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        this.held.set(name, { stolen: reject });
        Promise.resolve(callback({ name, mode: 'exclusive' } as Lock)).then((value) => {
          if (this.held.get(name)?.stolen !== reject) return; // stolen meanwhile: already rejected
          this.held.delete(name);
          resolve(value);
          this.waiting.get(name)?.shift()?.();
        }, reject);
      };
      const holder = this.held.get(name);
      if (options.steal) {
        holder?.stolen(new DOMException('stolen', 'AbortError'));
        this.held.delete(name);
        return grant();
      }
      if (!holder) return grant();
      if (options.ifAvailable) return Promise.resolve(callback(null)).then(resolve, reject);
      const queue = this.waiting.get(name) ?? [];
      queue.push(grant);
      this.waiting.set(name, queue);
      options.signal?.addEventListener('abort', () => {
        const i = queue.indexOf(grant);
        if (i >= 0) queue.splice(i, 1);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  }
}

const fakeLocks = () => new FakeLocks() as unknown as Pick<LockManager, 'request'>;

/** A BroadcastChannel stand-in: each tab's channel hears the others, not itself. */
function bus() {
  const channels: { listeners: Set<(m: TabMessage) => void>; deaf: boolean }[] = [];
  return () => {
    const me = { listeners: new Set<(m: TabMessage) => void>(), deaf: false };
    channels.push(me);
    const channel: TabChannel & { setDeaf(deaf: boolean): void } = {
      post: (m) => channels.filter((c) => c !== me && !c.deaf).forEach((c) => c.listeners.forEach((l) => l(m))),
      subscribe: (l) => {
        me.listeners.add(l);
        return () => me.listeners.delete(l);
      },
      close: () => {},
      setDeaf: (deaf) => {
        me.deaf = deaf;
      },
    };
    return channel;
  };
}

function roles(lock: { subscribe(l: (r: TabRole) => void): () => void }) {
  const seen: TabRole[] = [];
  lock.subscribe((r) => seen.push(r));
  return seen;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('project lock between tabs', () => {
  it('makes the first tab the writer and the second a reader', async () => {
    const locks = fakeLocks();
    const open = bus();
    const a = createProjectLock('project:p', { channel: open(), locks });
    await settle();
    const b = createProjectLock('project:p', { channel: open(), locks });
    await settle();
    expect([a.role, b.role]).toEqual(['writer', 'reader']);
    const other = createProjectLock('project:other', { channel: open(), locks });
    await settle();
    expect(other.role).toBe('writer');
  });

  it('hands over on request after the writer saved, and the old writer reads', async () => {
    const locks = fakeLocks();
    const open = bus();
    const saved = vi.fn(async () => {});
    const a = createProjectLock('project:p', { channel: open(), locks, beforeHandover: saved });
    await settle();
    const b = createProjectLock('project:p', { channel: open(), locks });
    await settle();
    const aRoles = roles(a);
    await b.takeOver();
    expect(saved).toHaveBeenCalledOnce();
    expect([a.role, b.role]).toEqual(['reader', 'writer']);
    expect(aRoles).toEqual(['reader']);
    // And back: a waits in the queue and becomes writer when b goes away.
    b.dispose();
    await settle();
    expect(a.role).toBe('writer');
  });

  it('steals from a writer that does not answer, which then learns it lost the lock', async () => {
    const locks = fakeLocks();
    const open = bus();
    const channelA = open();
    const a = createProjectLock('project:p', { channel: channelA, locks });
    await settle();
    const b = createProjectLock('project:p', { channel: open(), locks, handoverTimeoutMs: 20 });
    await settle();
    channelA.setDeaf(true); // a frozen tab hears nothing
    await b.takeOver();
    await settle();
    expect([a.role, b.role]).toEqual(['reader', 'writer']);
  });

  it('is the writer at once where the browser has no Web Locks', async () => {
    const lock = createProjectLock('project:p', { channel: bus()(), locks: null });
    await settle();
    expect(lock.role).toBe('writer');
  });

  it('lets the next tab write when the writer is disposed', async () => {
    const locks = fakeLocks();
    const open = bus();
    const a = createProjectLock('project:p', { channel: open(), locks });
    await settle();
    const b = createProjectLock('project:p', { channel: open(), locks });
    const c = createProjectLock('project:p', { channel: open(), locks });
    await settle();
    a.dispose();
    await settle();
    expect([b.role, c.role]).toEqual(['writer', 'reader']);
  });
});
