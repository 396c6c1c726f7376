import type { ProjectId } from '../model/ids';

/**
 * Coordination between tabs of this app in one browser profile. A Web Lock per project
 * makes one tab its writer; the others open it read-only and follow its saves through a
 * BroadcastChannel. "Take over" asks the writer to save and hand over, and steals the lock
 * only when the writer does not answer (a frozen tab). The revision check of every save
 * (projectRepository) is the second line: a stale write is refused, never silent.
 */
export type TabMessage =
  | { type: 'saved'; projectId: ProjectId; revision: number; tab: string }
  | { type: 'handover-request'; projectId: ProjectId; tab: string }
  /** Many projects changed at once (a backup was restored): reopen. */
  | { type: 'projects-replaced'; tab: string };

const CHANNEL = 'latitude-tabs';

/** This tab's id in messages, so a tab ignores its own. */
export const TAB_ID = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());

export interface TabChannel {
  post(message: TabMessage): void;
  subscribe(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

export function openTabChannel(): TabChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { post: () => {}, subscribe: () => () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  const listeners = new Set<(message: TabMessage) => void>();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isTabMessage(message) || message.tab === TAB_ID) return;
    for (const l of listeners) l(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}

function isTabMessage(m: unknown): m is TabMessage {
  if (m === null || typeof m !== 'object') return false;
  const { type, tab } = m as { type?: unknown; tab?: unknown };
  return typeof tab === 'string' && (type === 'saved' || type === 'handover-request' || type === 'projects-replaced');
}

export type TabRole = 'pending' | 'writer' | 'reader';

export interface ProjectLock {
  readonly role: TabRole;
  subscribe(listener: (role: TabRole) => void): () => void;
  /** Becomes the writer: asks the current one to hand over, steals after the timeout. */
  takeOver(): Promise<void>;
  dispose(): void;
}

type LockManagerLike = Pick<LockManager, 'request'>;

export interface ProjectLockOptions {
  channel: TabChannel;
  locks?: LockManagerLike | null;
  /** Called before this tab hands the project over: save what is pending. */
  beforeHandover?: () => Promise<unknown>;
  handoverTimeoutMs?: number;
}

export function createProjectLock(projectId: ProjectId, options: ProjectLockOptions): ProjectLock {
  const { channel } = options;
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const name = `latitude:project:${projectId}`;
  const timeoutMs = options.handoverTimeoutMs ?? 2000;
  const listeners = new Set<(role: TabRole) => void>();
  let role: TabRole = 'pending';
  let held = false;
  let releaseHeld: (() => void) | null = null;
  let waiting: AbortController | null = null;
  let disposed = false;

  const setRole = (next: TabRole) => {
    if (next === role || disposed) return;
    role = next;
    for (const l of listeners) l(next);
  };

  /** Resolves true once this tab holds the lock, false when not granted (or aborted). */
  const request = (lockOptions: LockOptions): Promise<boolean> =>
    new Promise((granted) => {
      if (!locks) return granted(true);
      locks
        .request(name, lockOptions, (lock) => {
          if (!lock || disposed) {
            granted(false);
            return undefined;
          }
          held = true;
          waiting = null;
          granted(true);
          return new Promise<void>((resolve) => {
            releaseHeld = resolve;
          });
        })
        .then(
          () => {},
          () => {
            granted(false);
            if (!held) return; // an aborted wait
            // Stolen by another tab.
            held = false;
            releaseHeld = null;
            setRole('reader');
            wait();
          },
        );
    });

  /** Queues for the lock, so this tab becomes the writer when the writer closes. */
  const wait = () => {
    if (disposed || !locks || waiting) return;
    waiting = new AbortController();
    void request({ signal: waiting.signal }).then((ok) => ok && setRole('writer'));
  };

  const release = () => {
    held = false;
    releaseHeld?.();
    releaseHeld = null;
  };

  const unsubscribe = channel.subscribe((message) => {
    if (message.type !== 'handover-request' || message.projectId !== projectId || role !== 'writer') return;
    void (async () => {
      await options.beforeHandover?.().catch(() => undefined);
      release();
      setRole('reader');
      wait();
    })();
  });

  void request({ ifAvailable: true }).then((ok) => {
    if (ok) setRole('writer');
    else {
      setRole('reader');
      wait();
    }
  });

  return {
    get role() {
      return role;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async takeOver() {
      if (role === 'writer' || disposed) return;
      const becameWriter = new Promise<boolean>((resolve) => {
        const off = this.subscribe((r) => {
          if (r !== 'writer') return;
          off();
          resolve(true);
        });
        setTimeout(() => {
          off();
          resolve(false);
        }, timeoutMs);
      });
      channel.post({ type: 'handover-request', projectId, tab: TAB_ID });
      if (await becameWriter) return;
      waiting?.abort();
      waiting = null;
      if (await request({ steal: true })) setRole('writer');
    },
    dispose() {
      unsubscribe();
      waiting?.abort();
      release();
      disposed = true;
    },
  };
}

function browserLocks(): LockManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}
