import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { ProjectId } from '../model/ids';
import type { Project } from '../model/types';

/**
 * One stored project. `name` and `updatedAt` are copied out of the document so the project
 * list can sort and show them from indexes; `formatVersion` lives in its own column because
 * stored documents have no file envelope.
 */
export interface ProjectRow {
  id: ProjectId;
  name: string;
  updatedAt: string;
  /** Document format of `doc` (model/migrations), not the Dexie schema version. */
  formatVersion: number;
  doc: Project;
  /**
   * Goes up by one on every write. A tab saves only over the revision it last read or wrote,
   * so a write from a stale tab is refused rather than silently overwriting (schema v2).
   */
  revision: number;
  /** When the project was last exported or backed up; null when never (schema v2). */
  lastExportedAt: string | null;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Why a snapshot was taken; the version history shows each differently. */
export const SNAPSHOT_KINDS = ['auto', 'named', 'before-restore', 'before-import', 'before-migration', 'conflict'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/** Entity counts of a snapshot, kept beside it so the history lists without parsing documents. */
export interface SnapshotCounts {
  scenarios: number;
  units: number;
  workstations: number;
  families: number;
  teams: number;
  roles: number;
  tasks: number;
}

/**
 * A stored earlier state of a project (schema v2). Restoring sends `doc` through the import
 * pipeline with its own `formatVersion`, so snapshots of older formats migrate like files.
 */
export interface SnapshotRow {
  /** Auto-increment key. */
  id?: number;
  projectId: ProjectId;
  createdAt: string;
  kind: SnapshotKind;
  /** The user's name for a named version; empty otherwise. */
  label: string;
  /** The project name at the time, so the history reads well after renames. */
  projectName: string;
  formatVersion: number;
  counts: SnapshotCounts;
  doc: unknown;
}

export const DEFAULT_DATABASE_NAME = 'latitude';

/**
 * One step of the Dexie schema (tables and indexes). Versions move independently of the
 * document format version. Never edit a released step: append a new one with a verb-phrase
 * id and a before/after test in tests/persistence/dbUpgrades.test.ts.
 */
export interface SchemaStep {
  readonly version: number;
  /** PascalCase verb phrase; the tests check every step with an upgrade runs on a fixture. */
  readonly id: string;
  readonly stores: Record<string, string | null>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_STEPS: readonly SchemaStep[] = [
  {
    version: 1,
    id: 'CreateProjectsAndMeta',
    stores: { projects: 'id, updatedAt, name', meta: 'key' },
  },
  {
    version: 2,
    id: 'AddRevisionsAndVersionHistory',
    stores: { snapshots: '++id, projectId, [projectId+createdAt], kind' },
    upgrade: async (tx) => {
      await tx
        .table('projects')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          if (typeof row.revision !== 'number') row.revision = 0;
          if (row.lastExportedAt === undefined) row.lastExportedAt = null;
        });
    },
  },
  {
    // A save checks the stored revision, format version, edit time and export time of the
    // row it overwrites. Read from these indexes, that costs a key lookup; read from the row,
    // it structured-clones the whole document back out of IndexedDB first (as long as the
    // put itself for a large plant). Rows never exported are absent from the second index.
    version: 3,
    id: 'IndexProjectHeads',
    stores: { projects: 'id, updatedAt, name, [id+revision+formatVersion+updatedAt], [id+lastExportedAt]' },
  },
];

/** Index of the small fields a save needs from the row it overwrites (schema v3). */
export const PROJECT_HEAD_INDEX = '[id+revision+formatVersion+updatedAt]';
/** Index of the export time, where there is one (schema v3). */
export const PROJECT_EXPORT_INDEX = '[id+lastExportedAt]';

export const SCHEMA_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]?.version ?? 1;

export interface DatabaseOptions {
  /** Told the id of each upgrade step that runs; the tests use it to prove every step is exercised. */
  onUpgrade?: (stepId: string) => void;
  /** Open at an older schema (tests build fixtures of past versions this way). */
  version?: number;
}

/**
 * The IndexedDB database: the steps above, up to `options.version` (default: all).
 * Dexie runs the upgrade of every step between the stored version and the newest, in order,
 * inside the version-change transaction, so an upgrade is all or nothing.
 */
export class LatitudeDatabase extends Dexie {
  declare projects: EntityTable<ProjectRow, 'id'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare snapshots: EntityTable<SnapshotRow, 'id'>;

  constructor(name: string = DEFAULT_DATABASE_NAME, options: DatabaseOptions = {}) {
    super(name);
    const upTo = options.version ?? SCHEMA_VERSION;
    for (const step of SCHEMA_STEPS) {
      if (step.version > upTo) break;
      const version = this.version(step.version).stores(step.stores);
      const { upgrade } = step;
      if (upgrade)
        version.upgrade(async (tx) => {
          options.onUpgrade?.(step.id);
          await upgrade(tx);
        });
    }
  }
}
