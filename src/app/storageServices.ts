import { createBackupRepository, type BackupRepository } from '../persistence/backupRepository';
import { LatitudeDatabase } from '../persistence/db';
import { createVersionHistory, type VersionHistory } from '../persistence/historyRepository';
import { createProjectRepository, type LoadResult, type ProjectRepository } from '../persistence/projectRepository';
import { openTabChannel, type TabChannel } from '../persistence/tabs';

/** Everything the app keeps in this browser, opened once per page. */
export interface StorageServices {
  repository: ProjectRepository;
  history: VersionHistory;
  backups: BackupRepository;
  channel: TabChannel;
}

export function openStorageServices(): StorageServices {
  const db = new LatitudeDatabase();
  return {
    repository: createProjectRepository(db),
    history: createVersionHistory(db),
    backups: createBackupRepository(db),
    channel: openTabChannel(),
  };
}

/** A project as opened: the document and what saving over it needs to know. */
export type OpenedProject = Omit<Extract<LoadResult, { ok: true }>, 'ok' | 'migratedFrom'>;
