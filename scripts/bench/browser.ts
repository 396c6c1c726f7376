import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * Page-side helpers of the bench. Scripts given to the page are strings: tsx compiles
 * functions with helper calls (`__name`) that do not exist in the page, so evaluated
 * functions also get a shim.
 */

export const VIEWPORT = { width: 1440, height: 900 };

const SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/**
 * Records `window.__benchInteractive = performance.now()` (milliseconds since navigation
 * start) at the first frame where the canvas shows `expected` nodes, all measured (React
 * Flow keeps a node hidden until it knows its size).
 */
const interactiveProbe = (expected: number) => `(() => {
  const check = () => {
    if (document.querySelector('[data-testid="canvas"]')) {
      let visible = 0;
      for (const n of document.querySelectorAll('.react-flow__node')) if (n.style.visibility !== 'hidden') visible++;
      if (visible >= ${expected}) { window.__benchInteractive = performance.now(); return; }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** A rAF loop that records frame timestamps between start() and stop(). */
const FRAME_RECORDER = `window.__benchFrames = {
  times: [], on: false,
  start() { this.times = []; this.on = true; const loop = (t) => { if (!this.on) return; this.times.push(t); requestAnimationFrame(loop); }; requestAnimationFrame(loop); },
  stop() { this.on = false; return this.times; },
};`;

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Milliseconds from navigation start to interactive. */
  interactiveMs: number;
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  // No service worker: every load comes from the server, for the app and the baseline alike.
  // bypassCSP: Playwright's waitForFunction evaluates its predicate, which the app's CSP forbids.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', bypassCSP: true });
  await context.addInitScript(SHIM);
  await context.addInitScript(FRAME_RECORDER);
  return context;
}

export async function waitInteractive(page: Page, timeout = 180_000): Promise<number> {
  await page.waitForFunction('window.__benchInteractive !== undefined', null, { timeout, polling: 50 });
  return (await page.evaluate('window.__benchInteractive')) as number;
}

/**
 * Opens Latitude with `projectText` as the open project: a first visit stores it through
 * the app's own repository, then a fresh navigation opens it like a returning user.
 * `beforeOpen` runs between the two (the cold-load figure clears the cache there).
 */
export async function openLatitude(
  browser: Browser,
  base: string,
  projectText: string,
  expectedNodes: number,
  beforeOpen?: (context: BrowserContext, page: Page) => Promise<void>,
): Promise<Opened> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${base}/?bench`);
  await page.waitForFunction('window.__latitudeBench !== undefined', null, { timeout: 60_000 });
  const stored = await page.evaluate(`(async (text) => {
    const bench = window.__latitudeBench;
    const result = bench.parseProjectFile(text);
    if (!result.ok) return result.error.message;
    const id = await bench.repository.importProject(result.project);
    await bench.repository.setMeta('lastProjectId', id);
    return 'ok';
  })(${JSON.stringify(projectText)})`);
  if (stored !== 'ok') throw new Error(`the app refused the generated project: ${String(stored)}`);
  await context.addInitScript(interactiveProbe(expectedNodes));
  await beforeOpen?.(context, page);
  await page.goto(`${base}/?bench`);
  const interactiveMs = await waitInteractive(page);
  await page.waitForFunction('window.__latitudeBench !== undefined', null, { timeout: 60_000 });
  return { context, page, interactiveMs };
}

/** Empties the HTTP cache and turns it off, for a cold load; returns the DevTools session it used. */
export async function withoutCache(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return cdp;
}

/** Opens the baseline page on a graph written next to it, in a pane of the given size. */
export async function openBare(
  browser: Browser,
  base: string,
  graph: string,
  expectedNodes: number,
  pane: { width: number; height: number },
): Promise<Opened> {
  const context = await newContext(browser);
  await context.addInitScript(interactiveProbe(expectedNodes));
  const page = await context.newPage();
  await page.goto(`${base}/?graph=${graph}&w=${Math.round(pane.width)}&h=${Math.round(pane.height)}`);
  const interactiveMs = await waitInteractive(page);
  return { context, page, interactiveMs };
}

/** Where React Flow's pane is on the page. */
export async function paneBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('.react-flow').first().boundingBox();
  if (!box) throw new Error('no React Flow pane on the page');
  return box;
}

export interface GestureFrames {
  /** Mean time between frames during the gesture (1000 / fps). */
  mean: number;
  p95: number;
  frames: number;
}

function frameStats(times: number[]): GestureFrames {
  const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
  const sorted = [...gaps].sort((a, b) => a - b);
  const span = (times[times.length - 1] ?? 0) - (times[0] ?? 0);
  return {
    mean: gaps.length ? span / gaps.length : 0,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
    frames: gaps.length,
  };
}

async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<GestureFrames> {
  await page.evaluate('window.__benchFrames.start()');
  await gesture();
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const times = (await page.evaluate('window.__benchFrames.stop()')) as number[];
  if (process.env.BENCH_FRAMES) console.error(times.slice(1).map((t, i) => Math.round(t - (times[i] as number))).join(' '));
  return frameStats(times);
}

/** Drags the empty pane left of the graph right and back: a pan of 2 × 40 mouse moves. */
export async function panFrames(page: Page): Promise<GestureFrames> {
  const pane = await paneBox(page);
  const x = pane.x + 12;
  const y = pane.y + pane.height / 2;
  await page.mouse.move(x, y);
  return recordFrames(page, async () => {
    await page.mouse.down();
    await page.mouse.move(x + 320, y + 120, { steps: 40 });
    await page.mouse.move(x, y, { steps: 40 });
    await page.mouse.up();
  });
}

/** Zooms in 8× around the pane's centre and back out, with 2 × 15 wheel steps. */
export async function zoomFrames(page: Page): Promise<GestureFrames> {
  const pane = await paneBox(page);
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  return recordFrames(page, async () => {
    for (let i = 0; i < 15; i++) await page.mouse.wheel(0, -100);
    for (let i = 0; i < 15; i++) await page.mouse.wheel(0, 100);
  });
}

/** Lets the page settle (autosave, idle callbacks) before a measurement. */
export const settle = (page: Page, ms = 1000) => page.waitForTimeout(ms);
