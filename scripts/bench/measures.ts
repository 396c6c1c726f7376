import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { openBare, openLatitude, panFrames, paneBox, settle, withoutCache, zoomFrames, type GestureFrames } from './browser';

/** Median of a list; NaN when empty. */
export function median(xs: readonly number[]): number {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Servers {
  app: string;
  bare: string;
  appDist: string;
  bareDist: string;
}

export interface Fixture {
  text: string;
  nodes: number;
  /** Name of the graph file next to the baseline page (graph-<name>.json). */
  graph: string;
}

/* ---------- (a) pan and zoom ---------- */

export interface CanvasRun {
  latitude: { pan: GestureFrames[]; zoom: GestureFrames[] };
  bare: { pan: GestureFrames[]; zoom: GestureFrames[] };
}

/** `rounds` pans and zooms in each page, alternating, on one load of each. */
async function gestures(page: Page, rounds: number) {
  const out = { pan: [] as GestureFrames[], zoom: [] as GestureFrames[] };
  for (let i = 0; i < rounds; i++) {
    out.pan.push(await panFrames(page));
    await settle(page, 600);
    out.zoom.push(await zoomFrames(page));
    await settle(page, 600);
  }
  return out;
}

export async function canvasRun(browser: Browser, s: Servers, f: Fixture, rounds: number): Promise<CanvasRun> {
  const lat = await openLatitude(browser, s.app, f.text, f.nodes);
  try {
    await settle(lat.page, 1500);
    const pane = await paneBox(lat.page);
    const latitude = await gestures(lat.page, rounds);
    const bare = await openBare(browser, s.bare, f.graph, f.nodes, pane);
    try {
      await settle(bare.page, 1500);
      return { latitude, bare: await gestures(bare.page, rounds) };
    } finally {
      await bare.context.close();
    }
  } finally {
    await lat.context.close();
  }
}

/* ---------- (b) one edit plus re-analysis ---------- */

export interface EditRun {
  /** dispatch → the analysis of the new document is on screen. */
  editAnalysed: number[];
  /** dispatch → the next animation frame (what the edit blocks). */
  editFrame: number[];
  /** analyseScenarioData alone on the open scenario. */
  analysis: number[];
}

const EDIT_ONCE = `(async (i) => {
  const bench = window.__latitudeBench;
  const { store } = bench;
  const { project, view } = store.getState();
  const scenario = project.scenarios[view.scenarioId];
  const ids = Object.keys(scenario.tasks);
  const task = scenario.tasks[ids[(i * 997) % ids.length]];
  const started = performance.now();
  const frame = new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const result = store.dispatch('updateTask', { scenarioId: view.scenarioId, id: task.id, patch: { load: task.load + 1 } });
  if (!result.ok) throw new Error('the edit was refused');
  const next = store.getState().project.scenarios[view.scenarioId];
  const analysed = await bench.whenAnalysed(next);
  const framed = await frame;
  return { editAnalysed: analysed - started, editFrame: framed - started };
})`;

export async function editRun(browser: Browser, s: Servers, f: Fixture, edits: number): Promise<EditRun> {
  const lat = await openLatitude(browser, s.app, f.text, f.nodes);
  const out: EditRun = { editAnalysed: [], editFrame: [], analysis: [] };
  try {
    await settle(lat.page, 2000);
    for (let i = 0; i < edits; i++) {
      const r = (await lat.page.evaluate(`${EDIT_ONCE}(${i})`)) as { editAnalysed: number; editFrame: number };
      out.editAnalysed.push(r.editAnalysed);
      out.editFrame.push(r.editFrame);
      // Past the autosave's quiet time, so a save does not land in the next edit.
      await settle(lat.page, 1200);
    }
    for (let i = 0; i < edits; i++) out.analysis.push((await lat.page.evaluate('window.__latitudeBench.analyse()')) as number);
    return out;
  } finally {
    await lat.context.close();
  }
}

/* ---------- (c) autosave vs a raw IndexedDB put ---------- */

const SAVE_VS_PUT = `(async (rounds) => {
  const { repository, store } = window.__latitudeBench;
  const project = { ...store.getState().project, id: 'project:bench-save' };
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('bench-raw', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('projects', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const put = (revision) => new Promise((resolve, reject) => {
    const tx = db.transaction('projects', 'readwrite');
    tx.objectStore('projects').put({ id: project.id, name: project.name, updatedAt: new Date().toISOString(), formatVersion: 3, doc: project, revision, lastExportedAt: null });
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const save = [], raw = [];
  for (let i = 0; i <= rounds; i++) {
    let t = performance.now();
    await repository.saveProject(project);
    if (i > 0) save.push(performance.now() - t);
    t = performance.now();
    await put(i);
    if (i > 0) raw.push(performance.now() - t);
  }
  db.close();
  return { save, raw };
})`;

export async function saveRun(browser: Browser, s: Servers, f: Fixture, rounds: number) {
  const lat = await openLatitude(browser, s.app, f.text, f.nodes);
  try {
    await settle(lat.page, 2000);
    return (await lat.page.evaluate(`${SAVE_VS_PUT}(${rounds})`)) as { save: number[]; raw: number[] };
  } finally {
    await lat.context.close();
  }
}

/* ---------- (d) cold load and initial JavaScript ---------- */

export interface ColdRun {
  interactiveMs: number;
  /** gzip bytes of the scripts fetched before interactive. */
  scriptGzip: number;
  scripts: string[];
}

async function scriptsBefore(page: Page, until: number, dist: string): Promise<{ gzip: number; scripts: string[] }> {
  const entries = (await page.evaluate(
    `performance.getEntriesByType('resource').filter((e) => e.startTime <= ${until} && new URL(e.name).pathname.endsWith('.js')).map((e) => new URL(e.name).pathname)`,
  )) as string[];
  const scripts = [...new Set(entries)].sort();
  let gzip = 0;
  for (const path of scripts) gzip += gzipSync(readFileSync(join(dist, path))).length;
  return { gzip, scripts };
}

export async function coldRun(browser: Browser, s: Servers, f: Fixture): Promise<{ latitude: ColdRun; bare: ColdRun }> {
  const lat = await openLatitude(browser, s.app, f.text, f.nodes, async (context, page) => {
    await withoutCache(context, page);
  });
  let latitude: ColdRun;
  let pane;
  try {
    latitude = { interactiveMs: lat.interactiveMs, ...toCold(await scriptsBefore(lat.page, lat.interactiveMs, s.appDist)) };
    pane = await paneBox(lat.page);
  } finally {
    await lat.context.close();
  }
  const bare = await openBare(browser, s.bare, f.graph, f.nodes, pane);
  try {
    const b = { interactiveMs: bare.interactiveMs, ...toCold(await scriptsBefore(bare.page, bare.interactiveMs, s.bareDist)) };
    return { latitude, bare: b };
  } finally {
    await bare.context.close();
  }
}

const toCold = (x: { gzip: number; scripts: string[] }) => ({ scriptGzip: x.gzip, scripts: x.scripts });

/* ---------- (e) the PDF report ---------- */

export async function pdfRun(browser: Browser, s: Servers, f: Fixture, rounds: number) {
  const lat = await openLatitude(browser, s.app, f.text, f.nodes);
  try {
    await settle(lat.page, 1000);
    const out: { pages: number; ms: number; bytes: number }[] = [];
    for (let i = 0; i < rounds; i++)
      out.push((await lat.page.evaluate('window.__latitudeBench.buildPdf()')) as { pages: number; ms: number; bytes: number });
    return out;
  } finally {
    await lat.context.close();
  }
}

/* ---------- (f) importing a large file ---------- */

const IMPORT_FILE = `(async ([text, rounds]) => {
  const { parseProjectFile, repository } = window.__latitudeBench;
  const parse = [], store = [], open = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    const result = parseProjectFile(text);
    parse.push(performance.now() - t);
    if (!result.ok) throw new Error(result.error.message);
    t = performance.now();
    const again = parseProjectFile(text);
    const id = await repository.importProject(again.project);
    store.push(performance.now() - t);
    t = performance.now();
    const loaded = await repository.loadProject(id);
    open.push(performance.now() - t);
    if (!loaded.ok) throw new Error(loaded.error.message);
    await repository.deleteProject(id);
  }
  return { parse, store, open };
})`;

export async function importRun(browser: Browser, s: Servers, small: Fixture, big: string, rounds: number) {
  const lat = await openLatitude(browser, s.app, small.text, small.nodes);
  try {
    await settle(lat.page, 1000);
    return (await lat.page.evaluate(`${IMPORT_FILE}([${JSON.stringify(big)}, ${rounds}])`)) as {
      parse: number[];
      store: number[];
      open: number[];
    };
  } finally {
    await lat.context.close();
  }
}
