/**
 * Keeps the object built for an id while the values it was built from stay identical,
 * so a re-derivation hands React Flow the same node and edge objects for everything an
 * edit did not touch. Only entries used in the last pass are kept.
 */
export class ReuseCache<T> {
  private previous = new Map<string, { deps: readonly unknown[]; value: T }>();
  private current = new Map<string, { deps: readonly unknown[]; value: T }>();

  get(id: string, deps: readonly unknown[], build: () => T): T {
    const hit = this.previous.get(id) ?? this.current.get(id);
    const value = hit && sameDeps(hit.deps, deps) ? hit.value : build();
    this.current.set(id, { deps, value });
    return value;
  }

  /** Ends a pass: what was not asked for in it is forgotten. */
  commit(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Remembers one value and rebuilds it only when one of its inputs is no longer identical. */
export function lastValue<T>(): (deps: readonly unknown[], build: () => T) => T {
  let lastDeps: readonly unknown[] | null = null;
  let value: T;
  return (deps, build) => {
    if (!lastDeps || !sameDeps(lastDeps, deps)) {
      value = build();
      lastDeps = deps;
    }
    return value;
  };
}

/** Returns `previous` when both arrays hold the same items, so an unchanged result keeps its identity. */
export function reuseArray<T>(previous: readonly T[] | undefined, next: T[]): T[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous as T[];
}
