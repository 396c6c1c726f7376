import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { rest as enRest } from '../../src/i18n/en/rest';
import { start as enStart } from '../../src/i18n/en/start';
import { nl } from '../../src/i18n/nl';
import { rest as nlRest } from '../../src/i18n/nl/rest';
import { start as nlStart } from '../../src/i18n/nl/start';

type Tree = { [key: string]: unknown };

/** Merges like i18next's addResourceBundle(…, deep = true); a key in both parts is an error. */
function merge(a: Tree, b: Tree, path = ''): Tree {
  const out: Tree = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const here = out[key];
    if (here === undefined) out[key] = value;
    else if (typeof here === 'object' && typeof value === 'object')
      out[key] = merge(here as Tree, value as Tree, `${path}${key}.`);
    else throw new Error(`${path}${key} is in both parts`);
  }
  return out;
}

/** The source files the app's entry imports statically, i.e. everything before a lazy part loads. */
function firstScreenSources(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^import\s+(?!type\b)(?:[^'";]*?from\s+)?'(\.[^']+)'/gm)) {
      const base = resolve(dirname(file), match[1]!);
      const target = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((ext) => base + ext)
        .find((p) => /\.tsx?$/.test(p) && existsSync(p));
      if (target) visit(target);
    }
  };
  visit(join(__dirname, '../../src/main.tsx'));
  return [...seen];
}

/** The literal message keys (or the fixed start of a template key) a source file passes to t(). */
function keysIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\bt\(\s*['`]([a-zA-Z]+\.[\w.-]*)(\$\{)?/g)].map((m) =>
    m[2] ? m[1]!.replace(/\.$/, '') : m[1]!,
  );
}

function has(tree: Tree, key: string): boolean {
  const parts = key.split('.');
  const leaf = parts.pop()!;
  let node: Tree | undefined = tree;
  for (const part of parts) node = node?.[part] as Tree | undefined;
  return node?.[leaf] !== undefined || node?.[`${leaf}_other`] !== undefined;
}

describe.each([
  ['en', en, enStart, enRest],
  ['nl', nl, nlStart, nlRest],
] as const)('the %s messages in two parts', (_language, whole, start, rest) => {
  it('add up to the whole catalogue, each message in one part', () => {
    expect(merge(start as Tree, rest as Tree)).toEqual(whole);
  });

  it('hold in the start part every key the first screen uses', () => {
    const sources = firstScreenSources();
    expect(sources.some((f) => f.endsWith('OrganisationCanvas.tsx'))).toBe(true);
    const keys = sources.flatMap(keysIn);
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((key) => !has(start as Tree, key))).toEqual([]);
  });
});
