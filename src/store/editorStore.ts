import { applyPatches, enablePatches, freeze, produceWithPatches, type Patch } from 'immer';
import {
  commands,
  isCommandError,
  scenariosInOrder,
  type CommandArgs,
  type CommandError,
  type CommandName,
  type Project,
  type ScenarioId,
} from '../model';
import { emptyStack, pushEntry, type HistoryPolicy, type HistoryStack } from './history';

enablePatches();

/** View state: never saved, never undone. */
export interface ViewState {
  scenarioId: ScenarioId;
  selection: string[];
  /** Set when something outside the canvas (a finding, a table row) asks to show an entity. */
  focusRequest: { id: string; nonce: number } | null;
}

export interface EditorState {
  project: Project;
  view: ViewState;
  /** Undo/redo stacks per scenario: each scenario tab has its own history. */
  history: Partial<Record<ScenarioId, HistoryStack>>;
  /** Increases on every document change; lets subscribers skip view-only updates. */
  revision: number;
}

/**
 * The refusal of every change while the store is read-only (another tab writes the project,
 * or a preview is shown). Shaped like a CommandError so callers word it the same way.
 */
export class ReadOnlyError extends Error {
  readonly code = 'read-only' as const;
  readonly params: Record<string, string | number> = {};
  constructor() {
    super('the document is read-only here');
    this.name = 'ReadOnlyError';
  }
}

export type DispatchResult = { ok: true } | { ok: false; error: CommandError | ReadOnlyError };

export interface DispatchOptions {
  history?: HistoryPolicy;
  mergeKey?: string;
  label?: string;
}

type Listener = () => void;

/** A step of a batch: several commands that form one undo step (paste, delete selection). */
export interface BatchStep<K extends CommandName = CommandName> {
  name: K;
  args: CommandArgs<K>;
}

export class EditorStore {
  private state: EditorState;
  private listeners = new Set<Listener>();
  private readOnly = false;

  constructor(project: Project, scenarioId?: ScenarioId) {
    // Immer freezes every state it produces, deeply, and the first edit would otherwise
    // pay for walking the whole opened document (about 14 ms at 1,000 roles): pay it here.
    freeze(project, true);
    this.state = {
      project,
      view: { scenarioId: scenarioId ?? firstScenarioId(project), selection: [], focusRequest: null },
      history: {},
      revision: 0,
    };
  }

  getState = (): EditorState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: EditorState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  isReadOnly = (): boolean => this.readOnly;

  /** While read-only, commands, undo and redo are refused; `load` still replaces the document. */
  setReadOnly(flag: boolean): void {
    if (flag === this.readOnly) return;
    this.readOnly = flag;
    this.set({ ...this.state });
  }

  get scenarioId(): ScenarioId {
    return this.state.view.scenarioId;
  }

  dispatch<K extends CommandName>(name: K, args: CommandArgs<K>, options: DispatchOptions = {}): DispatchResult {
    return this.batch([{ name, args } as BatchStep], { label: name, ...options });
  }

  /** Applies commands in order as one undo step; if one refuses, none is applied. */
  batch(steps: BatchStep[], options: DispatchOptions = {}): DispatchResult {
    if (this.readOnly) return { ok: false, error: new ReadOnlyError() };
    let result: readonly [Project, Patch[], Patch[]];
    try {
      result = produceWithPatches(this.state.project, (draft) => {
        for (const step of steps) (commands[step.name] as (d: Project, a: unknown) => void)(draft, step.args);
      });
    } catch (e) {
      if (isCommandError(e)) return { ok: false, error: e };
      throw e;
    }
    const [project, patches, inversePatches] = result;
    if (patches.length === 0) return { ok: true };
    const key = this.historyKey(project);
    const stack = pushEntry(
      this.state.history[key] ?? emptyStack(),
      { label: options.label ?? steps[0]?.name ?? 'change', patches, inversePatches, mergeKey: options.mergeKey ?? null, at: Date.now() },
      options.history ?? 'record',
    );
    this.set({
      ...this.state,
      project,
      view: this.validView(project, this.state.view),
      history: { ...this.state.history, [key]: stack },
      revision: this.state.revision + 1,
    });
    return { ok: true };
  }

  private historyKey(project: Project): ScenarioId {
    const current = this.state.view.scenarioId;
    return project.scenarios[current] ? current : firstScenarioId(project);
  }

  canUndo(): boolean {
    if (this.readOnly) return false;
    return (this.state.history[this.state.view.scenarioId]?.undo.length ?? 0) > 0;
  }

  canRedo(): boolean {
    if (this.readOnly) return false;
    return (this.state.history[this.state.view.scenarioId]?.redo.length ?? 0) > 0;
  }

  undo(): boolean {
    if (this.readOnly) return false;
    const key = this.state.view.scenarioId;
    const stack = this.state.history[key];
    const entry = stack?.undo[stack.undo.length - 1];
    if (!stack || !entry) return false;
    const project = applyPatches(this.state.project, entry.inversePatches);
    this.set({
      ...this.state,
      project,
      view: this.validView(project, this.state.view),
      history: { ...this.state.history, [key]: { undo: stack.undo.slice(0, -1), redo: [...stack.redo, entry] } },
      revision: this.state.revision + 1,
    });
    return true;
  }

  redo(): boolean {
    if (this.readOnly) return false;
    const key = this.state.view.scenarioId;
    const stack = this.state.history[key];
    const entry = stack?.redo[stack.redo.length - 1];
    if (!stack || !entry) return false;
    const project = applyPatches(this.state.project, entry.patches);
    this.set({
      ...this.state,
      project,
      view: this.validView(project, this.state.view),
      history: { ...this.state.history, [key]: { undo: [...stack.undo, entry], redo: stack.redo.slice(0, -1) } },
      revision: this.state.revision + 1,
    });
    return true;
  }

  setSelection(selection: string[]): void {
    const current = this.state.view.selection;
    if (current.length === selection.length && current.every((id, i) => id === selection[i])) return;
    this.set({ ...this.state, view: { ...this.state.view, selection } });
  }

  /** Selects an entity and asks the canvas to bring it into view. */
  focus(id: string): void {
    const nonce = (this.state.view.focusRequest?.nonce ?? 0) + 1;
    this.set({ ...this.state, view: { ...this.state.view, selection: [id], focusRequest: { id, nonce } } });
  }

  setScenario(scenarioId: ScenarioId): void {
    if (!this.state.project.scenarios[scenarioId] || scenarioId === this.state.view.scenarioId) return;
    this.set({ ...this.state, view: { scenarioId, selection: [], focusRequest: null } });
  }

  /** Replaces the whole document (open, import, restore): history starts afresh. */
  load(project: Project, scenarioId?: ScenarioId): void {
    this.set({
      project,
      view: {
        scenarioId: scenarioId && project.scenarios[scenarioId] ? scenarioId : firstScenarioId(project),
        selection: [],
        focusRequest: null,
      },
      history: {},
      revision: this.state.revision + 1,
    });
  }

  /** Drops selected ids that no longer exist and leaves a deleted scenario. */
  private validView(project: Project, view: ViewState): ViewState {
    const scenario = project.scenarios[view.scenarioId];
    if (!scenario) return { scenarioId: firstScenarioId(project), selection: [], focusRequest: null };
    const records = [scenario.units, scenario.workstations, scenario.families, scenario.teams, scenario.roles, scenario.tasks, scenario.polcaLoops];
    const exists = (id: string) => records.some((r) => Object.hasOwn(r, id));
    const selection = view.selection.filter(exists);
    return selection.length === view.selection.length ? view : { ...view, selection };
  }
}

function firstScenarioId(project: Project): ScenarioId {
  const first = scenariosInOrder(project)[0];
  if (!first) throw new Error('a project holds at least one scenario');
  return first.id;
}
