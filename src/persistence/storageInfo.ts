/**
 * What the browser tells about this site's storage: whether it is persistent (kept under
 * storage pressure instead of evicted) and how much is used of the quota.
 */
export type PersistState = 'persisted' | 'not-persisted' | 'unsupported';

export interface StorageEstimate {
  usage: number;
  quota: number;
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function manager(): Partial<StorageManagerLike> | undefined {
  return typeof navigator !== 'undefined' ? (navigator.storage as Partial<StorageManagerLike> | undefined) : undefined;
}

export async function persistState(storage = manager()): Promise<PersistState> {
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}

/**
 * Asks the browser to keep this site's data. Chromium decides silently (an installed app or
 * a bookmarked site is granted); Firefox asks the user. Resolves to the state afterwards.
 */
export async function requestPersistence(storage = manager()): Promise<PersistState> {
  if (!storage?.persist) return 'unsupported';
  try {
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

export async function estimateStorage(storage = manager()): Promise<StorageEstimate | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null;
  } catch {
    return null;
  }
}

/** True for the errors a full disk or an exhausted quota gives, in the names browsers use. */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e !== null && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const name = (e as { name?: unknown }).name;
    const message = (e as { message?: unknown }).message;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    if (typeof message === 'string' && /quota/i.test(message)) return true;
    // Dexie wraps the DOM error: AbortError with `inner`.
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
