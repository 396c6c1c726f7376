import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serializeProject } from '../../src/io/projectFile';
import { bareGraph } from './bareGraph';
import { breakdownTable, bundleBreakdown } from './bundleBreakdown';
import { GENERATED_AT, countsOf, generateProject, generatedScenario, specForNodes, type GeneratorSpec } from './generate';
import { canvasRun, coldRun, editRun, importRun, median, pdfRun, saveRun, type Fixture, type Servers } from './measures';
import { row, table, type Row } from './report';

/**
 * `npm run bench [-- --quick] [-- --only=a,b] [-- --no-build]`: builds the app and a bare
 * React Flow page, serves both with `vite preview` and measures them in headless Chromium.
 * Prints a table of medians and writes bench-results/bench.json. See docs/performance.md.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
// `--out=DIR` keeps parallel runs (one per working copy or helper) out of each other's builds.
const OUT = argv.find((a) => a.startsWith('--out='))?.slice(6) ?? join(ROOT, 'bench-results');
const APP_DIST = join(OUT, 'dist');
const BARE_DIST = join(OUT, 'bare');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const quick = argv.includes('--quick');
const only = new Set((argv.find((a) => a.startsWith('--only='))?.slice(7) ?? 'a,b,c,d,e,f').split(','));
const REPS = { canvas: quick ? 1 : 3, edits: quick ? 5 : 11, saves: quick ? 3 : 7, cold: quick ? 1 : 3, pdf: quick ? 1 : 3, imports: quick ? 1 : 3 };

const log = (...xs: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...xs);

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const children: ChildProcess[] = [];

async function preview(outDir: string, config: string | null): Promise<string> {
  const port = await freePort();
  const args = [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir];
  if (config) args.push('--config', config);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview of ${outDir} did not start`);
}

function fixture(spec: GeneratorSpec, graph: string): Fixture & { spec: GeneratorSpec } {
  const project = generateProject(spec);
  const scenario = generatedScenario(project);
  writeFileSync(join(BARE_DIST, `graph-${graph}.json`), JSON.stringify(bareGraph(scenario)));
  return { text: serializeProject(project, new Date(GENERATED_AT)), nodes: countsOf(scenario).nodes, graph, spec };
}

/** A project file of about `bytes`: five tasks per role, scaled from a first try. */
function specForBytes(bytes: number): GeneratorSpec {
  const probe = serializeProject(generateProject({ roles: 500, tasks: 2500 })).length;
  const roles = Math.ceil((500 * bytes) / probe);
  return { roles, tasks: roles * 5, seed: 5 };
}

async function main() {
  const started = Date.now();
  mkdirSync(OUT, { recursive: true });
  if (!argv.includes('--no-build')) {
    log('building the app and the baseline page');
    // Hidden source maps: written beside the scripts for the breakdown of (d), not referenced by them.
    await run(process.execPath, [VITE, 'build', '--outDir', APP_DIST, '--emptyOutDir', '--sourcemap', 'hidden', '--logLevel', 'warn']);
    await run(process.execPath, [VITE, 'build', '--config', 'scripts/bench/bare/vite.config.ts', '--outDir', BARE_DIST, '--emptyOutDir', '--sourcemap', 'hidden']);
  }
  log('generating models');
  const canvasFixtures = [500, 1000, 2000].map((n) => fixture(specForNodes(n), String(n)));
  const plant = fixture({ roles: 1000, tasks: 5000, seed: 1 }, 'plant');
  const small = fixture(specForNodes(200), '200');
  const bigSpec = specForBytes(5 * 1024 * 1024);
  const bigText = serializeProject(generateProject(bigSpec), new Date(GENERATED_AT));

  const servers: Servers = {
    app: await preview(APP_DIST, null),
    bare: await preview(BARE_DIST, 'scripts/bench/bare/vite.config.ts'),
    appDist: APP_DIST,
    bareDist: BARE_DIST,
  };
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ARGS });
  const chromiumVersion = browser.version();
  const rows: Row[] = [];
  const breakdowns: string[] = [];
  const raw: Record<string, unknown> = {};
  try {
    if (only.has('a'))
      for (const f of canvasFixtures) {
        log(`(a) pan and zoom, ${f.nodes} nodes`);
        const r = await canvasRun(browser, servers, f, REPS.canvas);
        raw[`a-${f.nodes}`] = r;
        for (const g of ['pan', 'zoom'] as const) {
          const lat = median(r.latitude[g].map((x) => x.mean));
          const bare = median(r.bare[g].map((x) => x.mean));
          rows.push(row('a', `${g} frame time, ${f.nodes} nodes`, 'ms', lat, bare, { max: 1.1, ratio: true }));
        }
      }
    if (only.has('b')) {
      log('(b) one edit plus re-analysis, 1,000 roles / 5,000 tasks');
      const r = await editRun(browser, servers, plant, REPS.edits);
      raw.b = r;
      rows.push(row('b', 'edit + re-analysis, 1,000 roles / 5,000 tasks', 'ms', median(r.editAnalysed), null, { max: 16 }));
      rows.push(row('b', 'edit to next frame', 'ms', median(r.editFrame), null, null));
      rows.push(row('b', 'analysis alone', 'ms', median(r.analysis), null, null));
    }
    if (only.has('c')) {
      log('(c) autosave vs raw IndexedDB put');
      const r = await saveRun(browser, servers, plant, REPS.saves);
      raw.c = r;
      rows.push(row('c', `saveProject vs raw put, ${(plant.text.length / 1e6).toFixed(1)} MB project`, 'ms', median(r.save), median(r.raw), { max: 1.5, ratio: true }));
    }
    if (only.has('d')) {
      log('(d) cold load');
      const runs = [];
      for (let i = 0; i < REPS.cold; i++) runs.push(await coldRun(browser, servers, plant));
      raw.d = runs;
      rows.push(row('d', `cold load to interactive, ${plant.nodes} nodes`, 'ms', median(runs.map((r) => r.latitude.interactiveMs)), median(runs.map((r) => r.bare.interactiveMs)), null));
      const kib = (x: number) => x / 1024;
      rows.push(row('d', 'initial JavaScript, gzip', 'KiB', kib(median(runs.map((r) => r.latitude.scriptGzip))), kib(median(runs.map((r) => r.bare.scriptGzip))), { max: 1.5, ratio: true }));
      const last = runs[runs.length - 1];
      if (last) {
        const latitude = bundleBreakdown(APP_DIST, last.latitude.scripts);
        const bare = bundleBreakdown(BARE_DIST, last.bare.scripts);
        raw.dBreakdown = { latitude, bare };
        if (latitude && bare)
          breakdowns.push(`Initial JavaScript of Latitude:\n\n${breakdownTable(latitude)}\n\nOf the bare page:\n\n${breakdownTable(bare)}`);
        else log('(d) no source maps next to the scripts (a --no-build of an older build?): no breakdown');
      }
    }
    if (only.has('e')) {
      log('(e) PDF report, 200 nodes');
      if (!existsSync(join(ROOT, 'src/export/pdf/index.ts'))) rows.push(row('e', 'PDF report, 200 nodes, per page', 'ms', null, null, null, 'not available'));
      else
        try {
          const runs = await pdfRun(browser, servers, small, REPS.pdf);
          raw.e = runs;
          const pages = runs[0]?.pages ?? 0;
          rows.push(row('e', `PDF report, 200 nodes (${pages} pages), per page`, 'ms', median(runs.map((r) => r.ms / Math.max(1, r.pages))), null, { max: 2000, strict: true }));
          rows.push(row('e', 'PDF report, whole', 'ms', median(runs.map((r) => r.ms)), null, null));
        } catch (e) {
          log('(e) failed', e);
          rows.push(row('e', 'PDF report, 200 nodes, per page', 'ms', null, null, null, 'not available'));
        }
    }
    if (only.has('f')) {
      log(`(f) import of a ${(bigText.length / 1e6).toFixed(1)} MB file`);
      const r = await importRun(browser, servers, small, bigText, REPS.imports);
      raw.f = r;
      const mb = `${(bigText.length / 1048576).toFixed(1)} MiB`;
      rows.push(row('f', `parseProjectFile, ${mb}`, 'ms', median(r.parse), null, { max: 1000, strict: true }));
      rows.push(row('f', 'parse + repository.importProject', 'ms', median(r.store), null, { max: 1000, strict: true }));
      rows.push(row('f', 'repository.loadProject of it', 'ms', median(r.open), null, null));
    }
  } finally {
    await browser.close();
    for (const child of children) child.kill();
  }
  const text = [table(rows), ...breakdowns].join('\n\n');
  console.log(text);
  const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? '', loadavg: loadavg(), node: process.version, chromium: chromiumVersion };
  const result = { date: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), quick, machine, repetitions: REPS, fixtures: { canvas: canvasFixtures.map((f) => ({ nodes: f.nodes, spec: f.spec })), plant: plant.spec, pdf: small.spec, bigFile: { spec: bigSpec, bytes: bigText.length } }, rows, raw };
  writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`done in ${result.seconds} s; ${join(OUT, "bench.json")} written`);
}

main().catch((e: unknown) => {
  for (const child of children) child.kill();
  console.error(e);
  process.exit(1);
});
