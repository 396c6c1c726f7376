import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

/**
 * What the initial JavaScript of measure (d) is made of: each script's minified code is split
 * by its source map into the npm package or `src/<area>` it came from, and each group's code is
 * gzipped on its own. Groups compress a little worse apart than together, so their sum is
 * somewhat above the measured total; the shares are what matters. Needs a build with
 * `--sourcemap hidden` (maps written, no comment in the scripts, so the measured bytes stay
 * those of the shipped build).
 */
export interface BundleGroup {
  group: string;
  minifiedBytes: number;
  gzipBytes: number;
}

export function groupOfSource(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1] as string;
  const area = /(?:^|\/)src\/([^/]+)(\/)?/.exec(source);
  if (area) return area[2] ? `src/${area[1]}` : 'src';
  return '(other)';
}

/** Splits one script by its map; code the map does not cover counts as '(unmapped)'. */
function splitScript(code: string, map: RawSourceMap, into: Map<string, string[]>): void {
  const lines = code.split('\n');
  const consumer = new SourceMapConsumer(map);
  const starts: { line: number; column: number; group: string }[] = [];
  consumer.eachMapping((m) => {
    starts.push({ line: m.generatedLine - 1, column: m.generatedColumn, group: m.source ? groupOfSource(m.source) : '(unmapped)' });
  }, null, SourceMapConsumer.GENERATED_ORDER);
  const add = (group: string, text: string) => {
    if (!text) return;
    const parts = into.get(group) ?? [];
    parts.push(text);
    into.set(group, parts);
  };
  let line = 0;
  let column = 0;
  let group = '(unmapped)';
  for (const next of starts) {
    while (line < next.line) {
      add(group, (lines[line] ?? '').slice(column) + '\n');
      line++;
      column = 0;
    }
    add(group, (lines[line] ?? '').slice(column, next.column));
    column = next.column;
    group = next.group;
  }
  for (; line < lines.length; line++, column = 0) add(group, (lines[line] ?? '').slice(column));
}

/**
 * Groups of the given scripts (paths under `dist`), largest first. A script without a map is a
 * group of its own (the PWA's registerSW.js has none); null when no script has one (a build
 * without maps).
 */
export function bundleBreakdown(dist: string, scripts: readonly string[]): BundleGroup[] | null {
  const parts = new Map<string, string[]>();
  let mapped = 0;
  for (const script of scripts) {
    const file = join(dist, script);
    const code = readFileSync(file, 'utf8');
    if (existsSync(`${file}.map`)) {
      splitScript(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap, parts);
      mapped++;
    } else parts.set(`${script} (no map)`, [code]);
  }
  if (mapped === 0) return null;
  return [...parts]
    .map(([group, texts]) => {
      const text = texts.join('');
      return { group, minifiedBytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The breakdown as a Markdown table in KiB, groups under 1 KiB gzip folded into one line. */
export function breakdownTable(groups: readonly BundleGroup[]): string {
  const kib = (n: number) => (n / 1024).toFixed(1);
  const big = groups.filter((g) => g.gzipBytes >= 1024);
  const small = groups.filter((g) => g.gzipBytes < 1024);
  const rows = big.map((g) => `| ${g.group} | ${kib(g.minifiedBytes)} | ${kib(g.gzipBytes)} |`);
  if (small.length > 0)
    rows.push(
      `| ${small.length} smaller groups | ${kib(small.reduce((s, g) => s + g.minifiedBytes, 0))} | ${kib(small.reduce((s, g) => s + g.gzipBytes, 0))} |`,
    );
  return ['| initial script code from | minified KiB | gzip KiB (apart) |', '|---|---:|---:|', ...rows].join('\n');
}
