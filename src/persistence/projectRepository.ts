import { parseProjectDocument, type ImportError, type ImportResult } from '../io/projectFile';
import { createProject as createProjectDoc } from '../model/factories';
import { createProjectId, type ProjectId } from '../model/ids';
import { nameSchema, projectIdSchema } from '../model/schema';
import { CURRENT_FORMAT_VERSION, type Project } from '../model/types';
import { PROJECT_EXPORT_INDEX, PROJECT_HEAD_INDEX, type LatitudeDatabase, type ProjectRow } from './db';
import { DEFAULT_RETENTION, addSnapshot, dueForAutoSnapshot, type RetentionPolicy } from './versionHistory';

export interface ProjectSummary {
  id: ProjectId;
  name: string;
  updatedAt: string;
  scenarioCount: number;
  /** Roles of the largest scenario: summing over scenarios would count an as-is and its to-be copy twice. */
  roleCount: number;
  /** Null when never exported or backed up. */
  lastExportedAt: string | null;
  /** True when the project changed after its last export (or was never exported). */
  changedSinceExport: boolean;
}

export type LoadError = Omit<ImportError, 'code'> & { code: ImportError['code'] | 'not-found' };
/** A loaded project with the revision a save must name to write over it. */
export type LoadResult =
  (Extract<ImportResult, { ok: true }> & { revision: number; lastExportedAt: string | null }) | { ok: false; error: LoadError };

export type RepositoryErrorCode = 'not-found' | 'unreadable' | 'invalid-name' | 'conflict';

/** Thrown by the operations that change a stored project when they cannot; loading never throws for bad rows. */
export class RepositoryError extends Error {
  readonly code: RepositoryErrorCode;
  readonly params: Record<string, string | number>;
  constructor(code: RepositoryErrorCode, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'RepositoryError';
    this.code = code;
    this.params = params;
  }
}

/** Small settings kept next to the projects; each key has a type and a check for what is read back. */
export interface MetaValues {
  lastProjectId: ProjectId;
  language: string;
}
export type MetaKey = keyof MetaValues;

const META_CHECKS: { [K in MetaKey]: (value: unknown) => value is MetaValues[K] } = {
  lastProjectId: (v): v is ProjectId => projectIdSchema.safeParse(v).success,
  language: (v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 35,
};

export interface WriteOptions {
  /**
   * The revision this writer last read or wrote. When the stored row has another one (or is
   * gone), the write is refused with a `conflict` RepositoryError instead of overwriting.
   */
  expectedRevision?: number;
  /** Keep the state being overwritten as an automatic snapshot when one is due (editing saves). */
  autoSnapshot?: boolean;
}

export interface WriteOutcome {
  project: Project;
  revision: number;
}

export interface ProjectRepository {
  /** Newest first. Unreadable rows are listed too, so the user can still delete them. */
  listProjects(): Promise<ProjectSummary[]>;
  loadProject(id: ProjectId): Promise<LoadResult>;
  /** The stored revision without reading the document through the pipeline; null when not stored. */
  storedRevision(id: ProjectId): Promise<number | null>;
  /** Stores the project with a fresh `updatedAt` and returns what was stored. */
  saveProject(project: Project): Promise<Project>;
  /**
   * The save of the editor: one transaction that checks the revision, keeps a snapshot when
   * one is due (always before overwriting an older format), and writes the row with one put.
   */
  writeProject(project: Project, options?: WriteOptions): Promise<WriteOutcome>;
  /** Records that these projects were exported or backed up now (their content is unchanged). */
  markExported(ids: readonly ProjectId[]): Promise<void>;
  createProject(name: string): Promise<Project>;
  renameProject(id: ProjectId, name: string): Promise<Project>;
  duplicateProject(id: ProjectId, newName: string): Promise<Project>;
  deleteProject(id: ProjectId): Promise<void>;
  /** Stores an imported project under its own id, or under a new one when that id is taken. */
  importProject(project: Project): Promise<ProjectId>;
  getMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined>;
  setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void>;
}

export interface RepositoryOptions {
  now?: () => Date;
  retention?: RetentionPolicy;
}

export function createProjectRepository(db: LatitudeDatabase, options: RepositoryOptions = {}): ProjectRepository {
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  const retention = options.retention ?? DEFAULT_RETENTION;

  const toRow = (doc: Project, previous?: Partial<ProjectRow>): ProjectRow => ({
    id: doc.id,
    name: doc.name,
    updatedAt: doc.updatedAt,
    formatVersion: CURRENT_FORMAT_VERSION,
    doc,
    revision: (typeof previous?.revision === 'number' ? previous.revision : 0) + 1,
    lastExportedAt: typeof previous?.lastExportedAt === 'string' ? previous.lastExportedAt : null,
  });

  /**
   * The key of a compound index that starts with `id`, read without the row. Every such key
   * sorts between [id] and [id, []], because arrays sort after numbers and strings.
   */
  const firstIndexKey = async (index: string, id: ProjectId): Promise<unknown> => {
    const keys: unknown[] = await db.projects.where(index).between([id], [id, []]).limit(1).keys();
    return keys[0];
  };

  /**
   * What a save needs of the row it overwrites, from the indexes of schema v3 rather than the
   * row, so the document is not read back. A row the head index leaves out (a field missing or
   * of the wrong type, as in a damaged row) is read whole.
   */
  const readHead = async (id: ProjectId): Promise<Partial<ProjectRow> | undefined> => {
    const head = await firstIndexKey(PROJECT_HEAD_INDEX, id);
    if (!Array.isArray(head)) return db.projects.get(id);
    const exported = await firstIndexKey(PROJECT_EXPORT_INDEX, id);
    return {
      revision: Number(head[1]),
      formatVersion: Number(head[2]),
      updatedAt: String(head[3]),
      lastExportedAt: Array.isArray(exported) ? String(exported[1]) : null,
    };
  };

  const write = async (project: Project, opts: WriteOptions = {}): Promise<WriteOutcome> => {
    const at = clock();
    const doc: Project = { ...project, updatedAt: at.toISOString() };
    return db.transaction('rw', db.projects, db.snapshots, async () => {
      const existing = await readHead(doc.id);
      if (opts.expectedRevision !== undefined) {
        const actual = existing ? (existing.revision ?? 0) : -1;
        if (actual !== opts.expectedRevision)
          throw new RepositoryError('conflict', `stored revision ${actual}, this tab expected ${opts.expectedRevision}`, {
            id: doc.id,
            expected: opts.expectedRevision,
            actual,
          });
      }
      if (existing) {
        const older = typeof existing.formatVersion === 'number' && existing.formatVersion < CURRENT_FORMAT_VERSION;
        const due =
          older ||
          (opts.autoSnapshot === true &&
            (await dueForAutoSnapshot(db, doc.id, String(existing.updatedAt), at.getTime(), retention)));
        // Only now is the document being overwritten needed.
        const previous = due ? (existing.doc ?? (await db.projects.get(doc.id))?.doc) : undefined;
        if (previous !== undefined)
          await addSnapshot(
            db,
            {
              projectId: doc.id,
              doc: previous,
              formatVersion: existing.formatVersion,
              kind: older ? 'before-migration' : 'auto',
              createdAt: at.toISOString(),
            },
            retention,
          );
      }
      const row = toRow(doc, existing);
      await db.projects.put(row);
      return { project: doc, revision: row.revision };
    });
  };

  const freeId = async (wanted: ProjectId): Promise<ProjectId> => {
    let id = wanted;
    while ((await db.projects.where('id').equals(id).count()) > 0) id = createProjectId();
    return id;
  };

  const validName = (name: string): string => {
    const parsed = nameSchema.safeParse(name);
    if (!parsed.success)
      throw new RepositoryError('invalid-name', `invalid project name: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  };

  const load = async (id: ProjectId): Promise<LoadResult> => {
    const row: unknown = await db.projects.get(id);
    if (row === undefined)
      return {
        ok: false,
        error: { code: 'not-found', message: `no stored project ${id}`, issues: [], params: { id } },
      };
    const fields = (row ?? {}) as Partial<Record<keyof ProjectRow, unknown>>;
    const parsed = parseProjectDocument(fields.doc, fields.formatVersion);
    if (parsed.ok && parsed.project.id !== id)
      return {
        ok: false,
        error: {
          code: 'broken-references',
          message: `stored under ${id} but the document has id ${parsed.project.id}`,
          issues: [{ path: 'id', message: `stored under ${id}` }],
          params: { id, count: 1 },
        },
      };
    if (!parsed.ok) return parsed;
    return {
      ...parsed,
      revision: typeof fields.revision === 'number' ? fields.revision : 0,
      lastExportedAt: typeof fields.lastExportedAt === 'string' ? fields.lastExportedAt : null,
    };
  };

  /** For operations that need a sound document; inside a transaction so the read and write are one step. */
  const loadOrThrow = async (id: ProjectId): Promise<Project> => {
    const result = await load(id);
    if (result.ok) return result.project;
    const code = result.error.code === 'not-found' ? 'not-found' : 'unreadable';
    throw new RepositoryError(code, result.error.message, { id, cause: result.error.code });
  };

  return {
    async listProjects() {
      // A full scan rather than the updatedAt index: rows lacking an indexable updatedAt
      // would be missing from the index, and a corrupt project must stay visible to delete.
      const rows: unknown[] = await db.projects.toArray();
      return rows
        .map(summarise)
        .filter((s): s is ProjectSummary => s !== null)
        .sort((a, b) =>
          a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.name.localeCompare(b.name),
        );
    },

    loadProject: load,

    async storedRevision(id) {
      const row = await db.transaction('r', db.projects, () => readHead(id));
      if (!row) return null;
      return typeof row.revision === 'number' ? row.revision : 0;
    },

    async saveProject(project) {
      return (await write(project)).project;
    },

    writeProject: write,

    async markExported(ids) {
      const at = now();
      await db.transaction('rw', db.projects, async () => {
        for (const id of ids) await db.projects.update(id, { lastExportedAt: at });
      });
    },

    async createProject(name) {
      const doc = createProjectDoc(validName(name), now());
      return db.transaction('rw', db.projects, async () => {
        const stored: Project = { ...doc, id: await freeId(doc.id) };
        await db.projects.add(toRow(stored));
        return stored;
      });
    },

    async renameProject(id, name) {
      const valid = validName(name);
      return db.transaction('rw', db.projects, async () => {
        const doc: Project = { ...(await loadOrThrow(id)), name: valid, updatedAt: now() };
        await db.projects.put(toRow(doc, await db.projects.get(id)));
        return doc;
      });
    },

    async duplicateProject(id, newName) {
      const valid = validName(newName);
      return db.transaction('rw', db.projects, async () => {
        const source = await loadOrThrow(id);
        const at = now();
        const copy: Project = {
          ...source,
          id: await freeId(createProjectId()),
          name: valid,
          createdAt: at,
          updatedAt: at,
        };
        await db.projects.add(toRow(copy));
        return copy;
      });
    },

    async deleteProject(id) {
      await db.transaction('rw', db.projects, db.meta, db.snapshots, async () => {
        await db.projects.delete(id);
        await db.snapshots.where('projectId').equals(id).delete();
        const last = await db.meta.get('lastProjectId');
        if (last?.value === id) await db.meta.delete('lastProjectId');
      });
    },

    async importProject(project) {
      // An import shows up at the top of the list: it is the project the user just chose.
      return db.transaction('rw', db.projects, async () => {
        const doc: Project = { ...project, id: await freeId(project.id), updatedAt: now() };
        await db.projects.add(toRow(doc));
        return doc.id;
      });
    },

    async getMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined> {
      const row = await db.meta.get(key);
      const check = META_CHECKS[key] as (value: unknown) => value is MetaValues[K];
      return row !== undefined && check(row.value) ? row.value : undefined;
    },

    async setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void> {
      await db.meta.put({ key, value });
    },
  };
}

function summarise(row: unknown): ProjectSummary | null {
  if (row === null || typeof row !== 'object') return null;
  const r = row as Partial<Record<keyof ProjectRow, unknown>>;
  if (typeof r.id !== 'string') return null;
  const scenarios = isObject(r.doc) && isObject(r.doc.scenarios) ? Object.values(r.doc.scenarios) : [];
  const roleCounts = scenarios.map((s) => (isObject(s) && isObject(s.roles) ? Object.keys(s.roles).length : 0));
  const updatedAt = typeof r.updatedAt === 'string' ? r.updatedAt : '';
  const lastExportedAt = typeof r.lastExportedAt === 'string' ? r.lastExportedAt : null;
  return {
    id: r.id as ProjectId,
    name: typeof r.name === 'string' ? r.name : '',
    updatedAt,
    scenarioCount: scenarios.length,
    roleCount: Math.max(0, ...roleCounts),
    lastExportedAt,
    changedSinceExport: lastExportedAt === null || updatedAt > lastExportedAt,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
