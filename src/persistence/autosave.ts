import type { Project } from '../model/types';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export type AutosaveStatus =
  | { state: 'idle' | 'pending' | 'saving' }
  | { state: 'saved'; savedAt: number }
  | { state: 'error'; error: unknown; retryInMs: number; failures: number };

/** Timers and time, injectable so tests need not wait; defaults to the globals at call time. */
export interface AutosaveClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutosaveOptions<T> {
  save: (doc: T) => Promise<void>;
  /** Quiet time after the last change before writing. */
  delayMs?: number;
  /** A continuous burst still writes this long after its first change. */
  maxWaitMs?: number;
  /** First retry delay after a failed write; doubles per failure up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  onStateChange?: (status: AutosaveStatus) => void;
  clock?: AutosaveClock;
}

export interface Autosaver<T> {
  /** Call after every change with the newest document. */
  schedule(doc: T): void;
  /**
   * Writes the newest document now (pagehide, switching project) after any write in flight.
   * Resolves true once it is stored, false if the write failed (a retry stays scheduled).
   */
  flush(): Promise<boolean>;
  readonly status: AutosaveStatus;
  /** Stops timers; flush first if the newest document matters. */
  dispose(): void;
}

const globalClock: AutosaveClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Debounced, serialised saving: one write per burst of changes, never two writes at once,
 * and the newest document is kept until a write of it (or of something newer) succeeds.
 * While writes fail, retries follow a backoff; new changes do not hurry them, so a broken
 * storage is not hammered on every keystroke, but `flush()` always tries at once.
 */
export function createAutosaver<T = Project>(options: AutosaveOptions<T>): Autosaver<T> {
  const { save, onStateChange, clock = globalClock } = options;
  const delayMs = options.delayMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const retryMs = options.retryMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 10_000;

  let status: AutosaveStatus = { state: 'idle' };
  /** Newest document not yet known to be stored. */
  let pending: { doc: T } | null = null;
  let burstStart: number | null = null;
  let lastChange = 0;
  let failures = 0;
  let retryAt = 0;
  let inFlight: Promise<boolean> | null = null;
  let timer: unknown = null;
  let disposed = false;

  const setStatus = (next: AutosaveStatus) => {
    status = next;
    onStateChange?.(next);
  };

  const clearTimer = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const arm = () => {
    clearTimer();
    if (disposed || pending === null) return;
    const due = failures > 0 ? retryAt : Math.min(lastChange + delayMs, (burstStart ?? lastChange) + maxWaitMs);
    timer = clock.setTimeout(
      () => {
        timer = null;
        if (!inFlight && pending !== null) void write();
      },
      Math.max(0, due - clock.now()),
    );
  };

  const write = (): Promise<boolean> => {
    const taken = pending;
    if (taken === null) return Promise.resolve(true);
    pending = null;
    burstStart = null;
    clearTimer();
    setStatus({ state: 'saving' });
    const run = async (): Promise<boolean> => {
      let ok = true;
      let cause: unknown = null;
      try {
        await save(taken.doc);
      } catch (e) {
        ok = false;
        cause = e;
      }
      inFlight = null;
      if (ok) {
        failures = 0;
        if (pending !== null) setStatus({ state: 'pending' });
        else setStatus({ state: 'saved', savedAt: clock.now() });
      } else {
        // A change made during the failed write is newer; otherwise keep what failed.
        pending ??= taken;
        failures += 1;
        const retryInMs = Math.min(retryMs * 2 ** (failures - 1), maxRetryMs);
        retryAt = clock.now() + retryInMs;
        setStatus({ state: 'error', error: cause, retryInMs, failures });
      }
      arm();
      return ok;
    };
    // Started on a microtask so `inFlight` is set before `run` can clear it, even when
    // `save` throws synchronously.
    const promise = Promise.resolve().then(run);
    inFlight = promise;
    return promise;
  };

  return {
    schedule(doc) {
      if (disposed) return;
      pending = { doc };
      lastChange = clock.now();
      burstStart ??= lastChange;
      if (inFlight) return; // the write in flight arms the next one when it ends
      if (failures === 0) {
        if (status.state !== 'pending') setStatus({ state: 'pending' });
        arm();
      } else if (timer === null) {
        arm();
      }
    },

    async flush() {
      for (;;) {
        if (inFlight) {
          await inFlight;
          continue;
        }
        if (pending === null) return failures === 0;
        if (!(await write())) return false;
      }
    },

    get status() {
      return status;
    },

    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
