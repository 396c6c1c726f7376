import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { serializeProject } from '../../src/io/projectFile';
import { openBare, openLatitude, panFrames, paneBox, settle, withoutCache, zoomFrames, type Opened } from './browser';
import { GENERATED_AT, countsOf, generateProject, generatedScenario, specForNodes } from './generate';

/**
 * One gesture of the bench, profiled, to find out *why* a figure is what it is. Serve a
 * build first (`npx vite preview --outDir bench-results/dist --port 4391`, and for the
 * baseline `--config scripts/bench/bare/vite.config.ts --outDir <abs>/bench-results/bare`),
 * then:
 *
 *   tsx scripts/bench/profile.ts <appUrl> <nodes|plant> <pan|zoom|edit|load> [--bare=<url>] [--css=<rules>] [--paint-nodes]
 *
 * pan and zoom write a DevTools trace (open it in Chrome's Performance panel) and print the
 * time per kind of work (paint, raster, layerize, hit test…); `--bare` runs the gesture on
 * the baseline page instead, `--css` adds rules first (to test an idea without a build),
 * `--paint-nodes` lists the elements painted most often. edit writes a CPU profile of one
 * edit through the store, or with `--trace` prints the main thread's tasks from the edit to
 * its analysis on screen. load writes a CPU profile of a cold open, as (d) measures it (build
 * without minifying to read it). Output goes to bench-results/profile/.
 */

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [base = '', size = '500', gesture = 'pan'] = args.filter((a) => !a.startsWith('--'));
const OUT = join(process.cwd(), 'bench-results/profile');
const TRACE = join(OUT, 'trace.json');
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const WORK = ['Paint', 'RasterTask', 'Layerize', 'HitTest', 'PrePaint', 'UpdateLayoutTree', 'Layout', 'FunctionCall'];

const EDIT = `(async () => {
  const bench = window.__latitudeBench;
  const { project, view } = bench.store.getState();
  const task = Object.values(project.scenarios[view.scenarioId].tasks)[17];
  const started = performance.now();
  const frame = new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  bench.store.dispatch('updateTask', { scenarioId: view.scenarioId, id: task.id, patch: { load: task.load + 1 } });
  const analysed = await bench.whenAnalysed(bench.store.getState().project.scenarios[view.scenarioId]);
  return { editAnalysed: analysed - started, editFrame: (await frame) - started };
})()`;

interface TraceEvent {
  name: string;
  ph: string;
  ts?: number;
  tid?: number;
  dur?: number;
  args?: { name?: string; data?: { nodeId?: number } };
}

/** Milliseconds and count per kind of work in the trace. */
function summarise(events: TraceEvent[]): string {
  const sums = new Map<string, [number, number]>();
  for (const e of events) {
    if (e.ph !== 'X' || !WORK.includes(e.name)) continue;
    const [n, ms] = sums.get(e.name) ?? [0, 0];
    sums.set(e.name, [n + 1, ms + (e.dur ?? 0) / 1000]);
  }
  return [...sums].map(([name, [n, ms]]) => `${name} ${Math.round(ms)} ms (${n})`).join(' | ');
}

/** The main thread's tasks over 2 ms, in order, with what took long inside them. */
function timeline(events: TraceEvent[]): void {
  const renderers = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid));
  const long = events.filter((e) => e.ph === 'X' && (e.dur ?? 0) > 2000 && renderers.has(e.tid));
  const busiest = new Map<number | undefined, number>();
  for (const e of long) busiest.set(e.tid, (busiest.get(e.tid) ?? 0) + 1);
  const tid = [...busiest].sort((a, b) => b[1] - a[1])[0]?.[0];
  const main = long.filter((e) => e.tid === tid);
  const start = Math.min(...main.map((e) => e.ts ?? 0));
  for (const e of main.sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0)))
    if (e.name === 'RunTask' || WORK.includes(e.name) || e.name.endsWith('GC'))
      console.log(`${(((e.ts ?? 0) - start) / 1000).toFixed(1).padStart(8)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(7)} ${e.name}`);
}

async function paintedNodes(page: Page, events: TraceEvent[]): Promise<void> {
  const counts = new Map<number, number>();
  for (const e of events) if (e.name === 'Paint' && e.args?.data?.nodeId) counts.set(e.args.data.nodeId, (counts.get(e.args.data.nodeId) ?? 0) + 1);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.getDocument', { depth: -1 });
  console.log(`${counts.size} elements painted; most often:`);
  for (const [backendNodeId, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    const { node } = (await cdp.send('DOM.describeNode', { backendNodeId })) as { node: { nodeName: string; attributes?: string[] } };
    console.log(String(n).padStart(5), node.nodeName, (node.attributes ?? []).join(' ').slice(0, 110));
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const spec = size === 'plant' ? { roles: 1000, tasks: 5000 } : specForNodes(Number(size));
  const project = generateProject(spec);
  const nodes = countsOf(generatedScenario(project)).nodes;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    if (gesture === 'load') {
      // A cold open of the stored project, profiled from navigation to every node shown.
      let cdp: CDPSession | undefined;
      const cold = await openLatitude(browser, base, serializeProject(project, new Date(GENERATED_AT)), nodes, async (context, page) => {
        cdp = await withoutCache(context, page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      });
      const { profile } = await (cdp as CDPSession).send('Profiler.stop');
      writeFileSync(join(OUT, 'load.cpuprofile'), JSON.stringify(profile));
      console.log(`interactive after ${Math.round(cold.interactiveMs)} ms; profile in ${join(OUT, 'load.cpuprofile')}`);
      return;
    }
    let opened: Opened = await openLatitude(browser, base, serializeProject(project, new Date(GENERATED_AT)), nodes);
    const bare = option('bare');
    if (bare) {
      const pane = await paneBox(opened.page);
      await opened.context.close();
      const graph = size === 'plant' ? 'plant' : String(nodes);
      opened = await openBare(browser, bare, graph, nodes, pane);
    }
    console.log(`interactive after ${Math.round(opened.interactiveMs)} ms`);
    const css = option('css');
    if (css) await opened.page.addStyleTag({ content: css });
    await settle(opened.page, 1500);
    if (gesture === 'edit') {
      // The first edit after opening pays one-off costs (immer freezing the document):
      // profile a typical one, as the bench's median is.
      for (let i = 0; i < 2; i++) {
        await opened.page.evaluate(EDIT);
        await settle(opened.page, 1200);
      }
    }
    if (gesture === 'edit' && args.includes('--trace')) {
      await browser.startTracing(opened.page, { path: TRACE, categories: CATEGORIES });
      console.log(await opened.page.evaluate(EDIT));
      await browser.stopTracing();
      timeline((JSON.parse(readFileSync(TRACE, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents);
      return;
    }
    if (gesture === 'edit') {
      const cdp = await opened.context.newCDPSession(opened.page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      console.log(await opened.page.evaluate(EDIT));
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(join(OUT, 'edit.cpuprofile'), JSON.stringify(profile));
      return;
    }
    await browser.startTracing(opened.page, { path: TRACE, categories: CATEGORIES });
    console.log(gesture === 'zoom' ? await zoomFrames(opened.page) : await panFrames(opened.page));
    await browser.stopTracing();
    const events = (JSON.parse(readFileSync(TRACE, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    console.log(summarise(events));
    if (args.includes('--paint-nodes')) await paintedNodes(opened.page, events);
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
