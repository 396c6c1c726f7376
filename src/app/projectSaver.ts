import type { Project } from '../model';
import { createAutosaver, type Autosaver, type AutosaveStatus } from '../persistence/autosave';
import type { VersionHistory } from '../persistence/historyRepository';
import { RepositoryError, type ProjectRepository } from '../persistence/projectRepository';
import { TAB_ID, type TabChannel } from '../persistence/tabs';
import type { EditorStore } from '../store/editorStore';

/**
 * Saving within a second of an edit leaves margin under the one-second promise of the crash
 * test (an edit older than 1 s is never lost) for the write itself.
 */
const SAVE_DELAY_MS = 300;
const SAVE_MAX_WAIT_MS = 700;

export interface SaverEvents {
  status: (status: AutosaveStatus) => void;
  saved: () => void;
  /** Another tab wrote first; this tab's version was kept in history and the stored one loaded. */
  conflict: () => void;
  /** The project is no longer stored. */
  gone: () => void;
}

export interface ProjectSaverOptions {
  store: EditorStore;
  repository: ProjectRepository;
  history: VersionHistory;
  channel: TabChannel;
  project: Project;
  revision: number;
}

/**
 * The open project's way to storage, outside React: autosave with a revision check, a
 * conflict turned into a kept version plus a reload (never a silent overwrite), and saves
 * announced to the other tabs.
 */
export class ProjectSaver {
  readonly autosaver: Autosaver<Project>;
  private revision: number;
  /** The document this tab last loaded from storage; loading it must not schedule a save. */
  private loaded: Project;
  private events: Partial<SaverEvents> = {};
  private readonly options: ProjectSaverOptions;

  constructor(options: ProjectSaverOptions) {
    this.options = options;
    this.revision = options.revision;
    this.loaded = options.project;
    this.autosaver = createAutosaver<Project>({
      save: (doc) => this.save(doc),
      onStateChange: (status) => this.events.status?.(status),
      delayMs: SAVE_DELAY_MS,
      maxWaitMs: SAVE_MAX_WAIT_MS,
    });
  }

  on(events: Partial<SaverEvents>): void {
    this.events = events;
  }

  getRevision = (): number => this.revision;

  /** Schedules a save on every document change made in this tab. */
  attach(): () => void {
    const { store } = this.options;
    let revision = store.getState().revision;
    return store.subscribe(() => {
      const state = store.getState();
      if (state.revision === revision) return;
      revision = state.revision;
      if (state.project === this.loaded) return;
      this.autosaver.schedule(state.project);
    });
  }

  private async save(doc: Project): Promise<void> {
    const { repository, history, channel } = this.options;
    try {
      const out = await repository.writeProject(doc, { expectedRevision: this.revision, autoSnapshot: true });
      this.revision = out.revision;
      this.events.saved?.();
      channel.post({ type: 'saved', projectId: doc.id, revision: out.revision, tab: TAB_ID });
    } catch (e) {
      if (!(e instanceof RepositoryError && e.code === 'conflict')) throw e;
      // Another tab wrote meanwhile: keep this tab's version where the user can find it.
      await history.save(doc, 'conflict');
      await this.reload(true);
      this.events.conflict?.();
    }
  }

  /** Replaces the document with the stored one when that is another revision (or `force`). */
  async reload(force = false): Promise<boolean> {
    const { repository, project } = this.options;
    // Reading the revision alone spares parsing a large document that has not changed.
    if (!force) {
      const stored = await repository.storedRevision(project.id);
      if (stored === this.revision) return true;
    }
    const result = await repository.loadProject(project.id);
    if (!result.ok) {
      if (result.error.code === 'not-found') this.events.gone?.();
      return false;
    }
    if (!force && result.revision === this.revision) return true;
    this.adopt(result.project, result.revision);
    return true;
  }

  /** Shows a document that storage already holds at `revision` (a reload, a restored version). */
  adopt(doc: Project, revision: number): void {
    const { store } = this.options;
    this.revision = revision;
    this.loaded = doc;
    store.load(doc, store.scenarioId);
  }

  /** After this tab wrote the project outside the autosaver (a restored version). */
  announce(doc: Project, revision: number): void {
    this.adopt(doc, revision);
    this.events.saved?.();
    this.options.channel.post({ type: 'saved', projectId: doc.id, revision, tab: TAB_ID });
  }
}
