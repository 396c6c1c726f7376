import { analyseScenarioData } from '../analysis';
import { i18next, withAllMessages } from '../i18n';
import { parseProjectFile } from '../io/projectFile';
import type { Scenario } from '../model';
import type { ProjectRepository } from '../persistence/projectRepository';
import type { EditorStore } from '../store/editorStore';

/**
 * Hooks for `npm run bench` (scripts/bench/run.ts), installed only when the page URL has
 * `?bench`: normal use never puts the store on `window`. The bench drives the app through
 * them and times in the page, so no figure includes a round trip to the test driver.
 */
export const benchEnabled = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('bench');

export interface LatitudeBench {
  store: EditorStore;
  repository: ProjectRepository;
  parseProjectFile: typeof parseProjectFile;
  /** Milliseconds of one analysis of the open scenario, outside React. */
  analyse(): number;
  /** Resolves with `performance.now()` at the moment the app's analysis of this scenario object was ready. */
  whenAnalysed(scenario: Scenario): Promise<number>;
  /** The full PDF report of the open scenario: pages and milliseconds. */
  buildPdf(): Promise<{ pages: number; ms: number; bytes: number }>;
}

const analysedAt = new WeakMap<Scenario, number>();
const waiting = new WeakMap<Scenario, ((at: number) => void)[]>();

/** Called by the analysis provider when the analysis of `scenario` is ready. */
export function noteAnalysed(scenario: Scenario): void {
  if (!benchEnabled || analysedAt.has(scenario)) return;
  // After the renders the new analysis sets off in this commit (the badges), not before them.
  queueMicrotask(() => {
    const at = performance.now();
    analysedAt.set(scenario, at);
    for (const resolve of waiting.get(scenario) ?? []) resolve(at);
    waiting.delete(scenario);
  });
}

export function installBench(store: EditorStore, repository: ProjectRepository): () => void {
  const scenario = () => store.getState().project.scenarios[store.getState().view.scenarioId] as Scenario;
  const bench: LatitudeBench = {
    store,
    repository,
    parseProjectFile,
    analyse() {
      const started = performance.now();
      analyseScenarioData(scenario(), store.getState().project.settings);
      return performance.now() - started;
    },
    whenAnalysed(s) {
      const at = analysedAt.get(s);
      if (at !== undefined) return Promise.resolve(at);
      return new Promise((resolve) => waiting.set(s, [...(waiting.get(s) ?? []), resolve]));
    },
    async buildPdf() {
      const { benchmarkReportPdf } = await withAllMessages(() => import('../export/pdf'));
      const { project, view } = store.getState();
      const result = await benchmarkReportPdf(project, view.scenarioId, (key, options) => i18next.t(key, options));
      return { pages: result.pages, ms: result.ms, bytes: result.blob.size };
    },
  };
  const target = window as { __latitudeBench?: LatitudeBench };
  target.__latitudeBench = bench;
  return () => {
    if (target.__latitudeBench === bench) delete target.__latitudeBench;
  };
}
