import { chromium } from '@playwright/test';
import { serializeProject } from '../../src/io/projectFile';
import { openBare, openLatitude, panFrames, paneBox, settle, zoomFrames } from './browser';
import { GENERATED_AT, generateProject, specForNodes } from './generate';

/** Ad-hoc: a trace of a gesture. `tsx scripts/bench/profile.ts <appUrl> <nodes> <pan|zoom> [bareUrl]` */
const [base = '', nodes = '500', gesture = 'pan', bareBase, css] = process.argv.slice(2);
const spec = specForNodes(Number(nodes));
const text = serializeProject(generateProject(spec), new Date(GENERATED_AT));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let opened = await openLatitude(browser, base, text, Number(nodes));
if (bareBase) {
  const pane = await paneBox(opened.page);
  await opened.context.close();
  opened = await openBare(browser, bareBase, nodes, Number(nodes), pane);
}
console.log('interactive', opened.interactiveMs);
if (css) await opened.page.addStyleTag({ content: css });
const js = process.env.PROFILE_JS;
if (js) console.log('js', await opened.page.evaluate(js));
await settle(opened.page, 1500);
await browser.startTracing(opened.page, { path: '/tmp/bench/prof/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
const frames = gesture === 'pan' ? await panFrames(opened.page) : await zoomFrames(opened.page);
await browser.stopTracing();
console.log(frames);
if (process.env.PAINT_NODES) {
  const { readFileSync } = await import('node:fs');
  const trace = JSON.parse(readFileSync('/tmp/bench/prof/trace.json', 'utf8')) as { traceEvents: { name: string; args?: { data?: { nodeId?: number } } }[] };
  const counts = new Map<number, number>();
  for (const e of trace.traceEvents) if (e.name === 'Paint' && e.args?.data?.nodeId) counts.set(e.args.data.nodeId, (counts.get(e.args.data.nodeId) ?? 0) + 1);
  const cdp = await opened.context.newCDPSession(opened.page);
  await cdp.send('DOM.getDocument', { depth: -1 });
  console.log('distinct painted nodes', counts.size);
  for (const [id, n] of [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    try {
      const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: id })) as { node: { nodeName: string; attributes?: string[] } };
      console.log(n, node.nodeName, (node.attributes ?? []).join(' ').slice(0, 120));
    } catch {
      console.log(n, id, '?');
    }
  }
}
await browser.close();
