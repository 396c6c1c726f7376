import type { ProjectId } from '../model/ids';
import { CURRENT_FORMAT_VERSION, type Project } from '../model/types';
import type { LatitudeDatabase, ProjectRow } from './db';
import { parseProjectDocument } from '../io/projectFile';
import { DEFAULT_RETENTION, addSnapshot, type RetentionPolicy } from './versionHistory';

export type RestoreMode = 'merge' | 'replace';

export interface RestoreOutcome {
  added: number;
  /** Stored projects the backup replaced; each was kept as a snapshot first. */
  updated: number;
  /** Stored projects left as they were (same or newer than the backup's copy). */
  kept: number;
  /** Replace only: stored projects not in the backup, removed (their snapshots stay, to recover). */
  removed: number;
}

export interface BackupCollection {
  projects: Project[];
  /** Rows that could not be read and so are not in the backup. */
  unreadable: ProjectId[];
}

export interface BackupRepository {
  /** Every readable project, through the import pipeline like any stored row. */
  collect(): Promise<BackupCollection>;
  /**
   * Stores the projects of a parsed backup in one transaction. Merge adds projects that are
   * missing and updates those whose backup copy is newer; replace makes the stored projects
   * exactly the backup's. Every stored project that is overwritten or removed is kept as a
   * snapshot first, so a restore never loses what was there.
   */
  restore(projects: readonly Project[], mode: RestoreMode): Promise<RestoreOutcome>;
}

export function createBackupRepository(
  db: LatitudeDatabase,
  options: { now?: () => Date; retention?: RetentionPolicy } = {},
): BackupRepository {
  const clock = options.now ?? (() => new Date());
  const retention = options.retention ?? DEFAULT_RETENTION;

  return {
    async collect() {
      const rows: Partial<ProjectRow>[] = await db.projects.toArray();
      const projects: Project[] = [];
      const unreadable: ProjectId[] = [];
      for (const row of rows) {
        const parsed = parseProjectDocument(row.doc, row.formatVersion);
        if (parsed.ok && parsed.project.id === row.id) projects.push(parsed.project);
        else unreadable.push(row.id as ProjectId);
      }
      projects.sort((a, b) => a.name.localeCompare(b.name));
      return { projects, unreadable };
    },

    async restore(projects, mode) {
      const at = clock().toISOString();
      const outcome: RestoreOutcome = { added: 0, updated: 0, kept: 0, removed: 0 };
      await db.transaction('rw', db.projects, db.snapshots, async () => {
        const stored = new Map<string, Partial<ProjectRow>>();
        for (const row of (await db.projects.toArray()) as Partial<ProjectRow>[]) stored.set(String(row.id), row);
        const keep = async (row: Partial<ProjectRow>, kind: 'before-restore' | 'before-import') => {
          if (row.doc === undefined || typeof row.id !== 'string') return;
          await addSnapshot(
            db,
            { projectId: row.id, doc: row.doc, formatVersion: row.formatVersion, kind, createdAt: at },
            retention,
          );
        };
        const put = (project: Project, previous: Partial<ProjectRow> | undefined) =>
          db.projects.put({
            id: project.id,
            name: project.name,
            updatedAt: project.updatedAt,
            formatVersion: CURRENT_FORMAT_VERSION,
            doc: project,
            revision: (typeof previous?.revision === 'number' ? previous.revision : 0) + 1,
            // The backup holds this copy, so it counts as exported at the time of the backup.
            lastExportedAt: project.updatedAt,
          });

        const incoming = new Set(projects.map((p) => p.id as string));
        if (mode === 'replace') {
          for (const [id, row] of stored) {
            if (incoming.has(id)) continue;
            await keep(row, 'before-restore');
            await db.projects.delete(id as ProjectId);
            outcome.removed += 1;
          }
        }
        for (const project of projects) {
          const previous = stored.get(project.id);
          if (!previous) {
            await put(project, undefined);
            outcome.added += 1;
            continue;
          }
          const same = previous.updatedAt === project.updatedAt && previous.formatVersion === CURRENT_FORMAT_VERSION;
          const newer = typeof previous.updatedAt !== 'string' || project.updatedAt > previous.updatedAt;
          if (same || (mode === 'merge' && !newer)) {
            outcome.kept += 1;
            continue;
          }
          await keep(previous, mode === 'replace' ? 'before-restore' : 'before-import');
          await put(project, previous);
          outcome.updated += 1;
        }
      });
      return outcome;
    },
  };
}
