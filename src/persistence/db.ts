import { Dexie, type EntityTable } from 'dexie';
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
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DEFAULT_DATABASE_NAME = 'latitude';

/**
 * The IndexedDB database. `this.version(n)` is the Dexie schema version (tables and
 * indexes) and moves independently of the document format version. To change tables, add
 * `this.version(2).stores({...}).upgrade(tx => ...)` below the existing call with a comment
 * naming the step; never edit a released version's `stores` in place.
 */
export class LatitudeDatabase extends Dexie {
  declare projects: EntityTable<ProjectRow, 'id'>;
  declare meta: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      projects: 'id, updatedAt, name',
      meta: 'key',
    });
  }
}
