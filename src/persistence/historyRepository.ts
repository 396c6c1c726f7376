import type { ImportResult } from '../io/projectFile';
import type { ProjectId } from '../model/ids';
import { CURRENT_FORMAT_VERSION, type Project } from '../model/types';
import type { LatitudeDatabase, ProjectRow, SnapshotKind } from './db';
import { RepositoryError, type WriteOutcome } from './projectRepository';
import {
  DEFAULT_RETENTION,
  addSnapshot,
  parseSnapshot,
  pruneSnapshots,
  snapshotsOf,
  summary,
  type RetentionPolicy,
  type SnapshotSummary,
} from './versionHistory';

/** A project that is gone from the list but still has snapshots (removed by a replacing restore). */
export interface RecoverableProject {
  projectId: ProjectId;
  name: string;
  newest: SnapshotSummary;
}

export interface VersionHistory {
  readonly retention: RetentionPolicy;
  /** Newest first, without documents. */
  list(projectId: ProjectId): Promise<SnapshotSummary[]>;
  /** Keeps `project` as it is now: a named version, or a stash of a tab's conflicting state. */
  save(project: Project, kind: Extract<SnapshotKind, 'named' | 'conflict'>, label?: string): Promise<number>;
  /** The snapshot's project through the import pipeline, for a preview. */
  read(snapshotId: number): Promise<ImportResult>;
  /**
   * Makes the snapshot the stored project, after keeping the stored state as a
   * `before-restore` snapshot so the restore can itself be undone. Refuses (`conflict`)
   * when the stored revision is not `expectedRevision`.
   */
  restore(projectId: ProjectId, snapshotId: number, expectedRevision?: number): Promise<WriteOutcome>;
  remove(snapshotId: number): Promise<void>;
  /** Snapshots of projects that no longer exist, newest per project. */
  recoverable(): Promise<RecoverableProject[]>;
  /** Brings a removed project back from its newest snapshot. */
  recover(projectId: ProjectId): Promise<Project>;
  /** Snapshot count and approximate size, for the storage dialog. */
  stats(): Promise<{ count: number; named: number }>;
}

export interface HistoryOptions {
  now?: () => Date;
  retention?: RetentionPolicy;
}

export function createVersionHistory(db: LatitudeDatabase, options: HistoryOptions = {}): VersionHistory {
  const clock = options.now ?? (() => new Date());
  const retention = options.retention ?? DEFAULT_RETENTION;

  const readRow = async (snapshotId: number) => {
    const row = await db.snapshots.get(snapshotId);
    if (!row) throw new RepositoryError('not-found', `no snapshot ${snapshotId}`, { id: snapshotId });
    return row;
  };

  const unreadable = (result: Extract<ImportResult, { ok: false }>, id: number) =>
    new RepositoryError('unreadable', result.error.message, { id, cause: result.error.code });

  return {
    retention,

    async list(projectId) {
      return (await snapshotsOf(db, projectId)).map(summary);
    },

    async save(project, kind, label = '') {
      const createdAt = clock().toISOString();
      return db.transaction('rw', db.snapshots, () =>
        addSnapshot(db, { projectId: project.id, doc: project, kind, label: label.trim().slice(0, 200), createdAt }, retention),
      );
    },

    async read(snapshotId) {
      const row = await readRow(snapshotId);
      return parseSnapshot(row, row.projectId);
    },

    async restore(projectId, snapshotId, expectedRevision) {
      return db.transaction('rw', db.projects, db.snapshots, async () => {
        const row = await readRow(snapshotId);
        if (row.projectId !== projectId)
          throw new RepositoryError('not-found', `snapshot ${snapshotId} belongs to another project`, { id: snapshotId });
        const parsed = parseSnapshot(row, projectId);
        if (!parsed.ok) throw unreadable(parsed, snapshotId);
        const existing: Partial<ProjectRow> | undefined = await db.projects.get(projectId);
        const actual = existing ? (existing.revision ?? 0) : -1;
        if (expectedRevision !== undefined && actual !== expectedRevision)
          throw new RepositoryError('conflict', `stored revision ${actual}, expected ${expectedRevision}`, {
            id: projectId,
            expected: expectedRevision,
            actual,
          });
        const at = clock().toISOString();
        if (existing?.doc !== undefined)
          await addSnapshot(
            db,
            { projectId, doc: existing.doc, formatVersion: existing.formatVersion, kind: 'before-restore', createdAt: at },
            retention,
          );
        const doc: Project = { ...parsed.project, updatedAt: at };
        const revision = Math.max(actual, 0) + 1;
        await db.projects.put({
          id: projectId,
          name: doc.name,
          updatedAt: at,
          formatVersion: CURRENT_FORMAT_VERSION,
          doc,
          revision,
          lastExportedAt: typeof existing?.lastExportedAt === 'string' ? existing.lastExportedAt : null,
        });
        return { project: doc, revision };
      });
    },

    async remove(snapshotId) {
      await db.snapshots.delete(snapshotId);
    },

    async recoverable() {
      const [ids, withSnapshots] = await Promise.all([
        db.projects.toCollection().primaryKeys(),
        db.snapshots.orderBy('projectId').uniqueKeys(),
      ]);
      const present = new Set<string>(ids);
      const found: RecoverableProject[] = [];
      for (const key of withSnapshots) {
        const projectId = String(key) as ProjectId;
        if (present.has(projectId)) continue;
        const newest = (await snapshotsOf(db, projectId))[0];
        if (newest) found.push({ projectId, name: newest.projectName, newest: summary(newest) });
      }
      return found.sort((a, b) => (a.newest.createdAt < b.newest.createdAt ? 1 : -1));
    },

    async recover(projectId) {
      return db.transaction('rw', db.projects, db.snapshots, async () => {
        if (await db.projects.get(projectId))
          throw new RepositoryError('conflict', `project ${projectId} exists`, { id: projectId });
        const rows = await snapshotsOf(db, projectId);
        for (const row of rows) {
          const parsed = parseSnapshot(row, projectId);
          if (!parsed.ok) continue;
          const at = clock().toISOString();
          const doc: Project = { ...parsed.project, updatedAt: at };
          await db.projects.add({
            id: projectId,
            name: doc.name,
            updatedAt: at,
            formatVersion: CURRENT_FORMAT_VERSION,
            doc,
            revision: 1,
            lastExportedAt: null,
          });
          await pruneSnapshots(db, projectId, retention, new Date(at));
          return doc;
        }
        throw new RepositoryError('not-found', `no readable snapshot of ${projectId}`, { id: projectId });
      });
    },

    async stats() {
      const [count, named] = await Promise.all([db.snapshots.count(), db.snapshots.where('kind').equals('named').count()]);
      return { count, named };
    },
  };
}
