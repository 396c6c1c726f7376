import { Dexie } from 'dexie';
import { parseProjectDocument, type ImportResult } from '../io/projectFile';
import type { ProjectId } from '../model/ids';
import { CURRENT_FORMAT_VERSION, type Project } from '../model/types';
import type { LatitudeDatabase, SnapshotCounts, SnapshotKind, SnapshotRow } from './db';

/**
 * Version history: earlier states of a project kept in the `snapshots` table. Snapshots are
 * taken automatically (at most one per `autoIntervalMs` of editing, of the state being
 * overwritten), before anything replaces a stored project wholesale (restore, import over
 * it, format migration, a conflicting tab), and when the user saves a named version.
 *
 * The functions taking `db` run inside the caller's transaction when there is one, so a
 * snapshot and the write it protects are stored together or not at all.
 */
export interface RetentionPolicy {
  /** Automatic snapshots kept per project (named versions do not count and are kept). */
  maxAutomatic: number;
  maxAgeDays: number;
  /** At most one automatic snapshot per this much editing time. */
  autoIntervalMs: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { maxAutomatic: 50, maxAgeDays: 30, autoIntervalMs: 5 * 60_000 };

/** A snapshot as listed: everything but the document. */
export type SnapshotSummary = Omit<SnapshotRow, 'doc'> & { id: number };

export function countEntities(doc: unknown): SnapshotCounts {
  const counts: SnapshotCounts = { scenarios: 0, units: 0, workstations: 0, families: 0, teams: 0, roles: 0, tasks: 0 };
  const scenarios = isObject(doc) && isObject(doc.scenarios) ? Object.values(doc.scenarios) : [];
  counts.scenarios = scenarios.length;
  for (const s of scenarios) {
    if (!isObject(s)) continue;
    for (const key of ['units', 'workstations', 'families', 'teams', 'roles', 'tasks'] as const)
      counts[key] += isObject(s[key]) ? Object.keys(s[key]).length : 0;
  }
  return counts;
}

export interface NewSnapshot {
  projectId: ProjectId;
  doc: unknown;
  formatVersion?: number;
  kind: SnapshotKind;
  label?: string;
  createdAt: string;
}

/** Adds a snapshot and applies the retention policy to its project; returns the new id. */
export async function addSnapshot(db: LatitudeDatabase, snap: NewSnapshot, policy: RetentionPolicy): Promise<number> {
  const row: SnapshotRow = {
    projectId: snap.projectId,
    createdAt: snap.createdAt,
    kind: snap.kind,
    label: snap.label ?? '',
    projectName: isObject(snap.doc) && typeof snap.doc.name === 'string' ? snap.doc.name : '',
    formatVersion: snap.formatVersion ?? CURRENT_FORMAT_VERSION,
    counts: countEntities(snap.doc),
    doc: snap.doc,
  };
  const id = await db.snapshots.add(row);
  await pruneSnapshots(db, snap.projectId, policy, new Date(snap.createdAt));
  return id as number;
}

/** Newest first. */
export async function snapshotsOf(db: LatitudeDatabase, projectId: ProjectId): Promise<SnapshotRow[]> {
  const rows = await db.snapshots
    .where('[projectId+createdAt]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
    .toArray();
  return rows.reverse();
}

/**
 * Drops automatic snapshots beyond the newest `maxAutomatic` and those older than
 * `maxAgeDays`. Named versions are the user's and stay until the user deletes them.
 */
export async function pruneSnapshots(db: LatitudeDatabase, projectId: ProjectId, policy: RetentionPolicy, now: Date): Promise<number> {
  const oldest = now.getTime() - policy.maxAgeDays * 86_400_000;
  const automatic = (await snapshotsOf(db, projectId)).filter((s) => s.kind !== 'named');
  const doomed = automatic
    .filter((s, i) => i >= policy.maxAutomatic || Date.parse(s.createdAt) < oldest)
    .map((s) => s.id as number);
  await db.snapshots.bulkDelete(doomed);
  return doomed.length;
}

/**
 * Whether the save about to overwrite `stored` should first keep it as an automatic
 * snapshot: none was taken within the interval, and the newest does not already hold it.
 */
export async function dueForAutoSnapshot(
  db: LatitudeDatabase,
  projectId: ProjectId,
  storedUpdatedAt: string,
  nowMs: number,
  policy: RetentionPolicy,
): Promise<boolean> {
  const newest = await db.snapshots
    .where('[projectId+createdAt]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
    .last();
  if (!newest) return true;
  if (isObject(newest.doc) && newest.doc.updatedAt === storedUpdatedAt) return false;
  return nowMs - Date.parse(newest.createdAt) >= policy.autoIntervalMs;
}

export function summary(row: SnapshotRow): SnapshotSummary {
  const { doc: _doc, ...rest } = row;
  return { ...rest, id: row.id as number };
}

/** Reads a snapshot through the one import pipeline, as if it were a file. */
export function parseSnapshot(row: SnapshotRow, projectId: ProjectId): ImportResult {
  const result = parseProjectDocument(row.doc, row.formatVersion);
  if (!result.ok) return result;
  const project: Project = { ...result.project, id: projectId };
  return { ...result, project };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
