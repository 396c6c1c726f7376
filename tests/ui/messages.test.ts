import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';

const ROOT = join(__dirname, '../../src/ui');
/** The inspector and task table sources; other views under src/ui have their own messages. */
const OWN = ['Inspector.tsx', 'TaskTable.tsx', 'inspector', 'taskTable', 'fields'].map((p) => join(ROOT, p));

function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return /\.tsx?$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => sources(join(path, name)));
}

/** Message keys written out literally in the inspector and task table sources. */
function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const file of OWN.flatMap(sources))
    for (const match of readFileSync(file, 'utf8').matchAll(/t\('((?:ui|model|app)\.[\w.-]+)'/g)) keys.add(match[1]!);
  return [...keys];
}

function lookup(messages: unknown, key: string): unknown {
  const parts = key.split('.');
  const leaf = parts.pop()!;
  let node = messages as Record<string, unknown> | undefined;
  for (const p of parts) node = node?.[p] as Record<string, unknown> | undefined;
  // i18next resolves `key` with a count through `key_one` / `key_other`.
  return node?.[leaf] ?? node?.[`${leaf}_other`];
}

describe('ui messages', () => {
  const keys = usedKeys();

  it('finds the keys the components use', () => {
    expect(keys.length).toBeGreaterThan(50);
  });

  it.each([
    ['en', en],
    ['nl', nl],
  ])('resolves every used key in %s', (_lang, messages) => {
    const missing = keys.filter((k) => typeof lookup(messages, k) !== 'string');
    expect(missing).toEqual([]);
  });

  it('translates the ui messages into Dutch rather than copying English', () => {
    const same: string[] = [];
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'string') {
        if (a === b && /[a-z]{4,}/i.test(a)) same.push(path);
        return;
      }
      for (const k of Object.keys(a as object)) walk((a as never)[k], (b as never)[k], `${path}.${k}`);
    };
    walk(en.ui, nl.ui, 'ui');
    expect(same).toEqual([]);
  });
});
