import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';

/** The skills matrix, questionnaire and settings views, whose messages live in `analysisInputs`. */
const DIRS = ['skills', 'questionnaire', 'settings'].map((d) => join(__dirname, '../../src/ui', d));
const sources = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')));

function lookup(messages: unknown, key: string): unknown {
  const parts = key.split('.');
  const leaf = parts.pop() as string;
  let node = messages as Record<string, unknown> | undefined;
  for (const p of parts) node = node?.[p] as Record<string, unknown> | undefined;
  return node?.[leaf] ?? node?.[`${leaf}_other`];
}

/** Keys written out literally, and the prefixes of keys built from a value (`…why.${status}`). */
function usedKeys() {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(/t\(\s*'((?:analysisInputs|ui|app|model)\.[\w.-]+)'/g)) keys.add(m[1] as string);
    for (const m of text.matchAll(/`((?:analysisInputs|model)\.[\w.-]+)\.\$\{/g)) prefixes.add(m[1] as string);
  }
  return { keys: [...keys], prefixes: [...prefixes] };
}

describe('analysisInputs messages', () => {
  const { keys, prefixes } = usedKeys();

  it('finds the keys the views use', () => {
    expect(keys.length).toBeGreaterThan(60);
    expect(prefixes).toContain('analysisInputs.skills.why');
  });

  it.each([
    ['en', en],
    ['nl', nl],
  ])('resolves every used key and key family in %s', (_lang, messages) => {
    expect(keys.filter((k) => typeof lookup(messages, k) !== 'string')).toEqual([]);
    expect(prefixes.filter((p) => typeof lookup(messages, p) !== 'object')).toEqual([]);
  });

  it('has a label for every JCQ item, the four scales and the four quadrants', () => {
    expect(Object.keys(en.analysisInputs.item)).toHaveLength(14);
    expect(Object.keys(en.analysisInputs.scale)).toEqual(['SD', 'DA', 'DL', 'PD']);
    expect(Object.keys(en.analysisInputs.quadrant)).toEqual(['high-strain', 'active', 'low-strain', 'passive']);
  });

  it('translates into Dutch rather than copying English', () => {
    const same: string[] = [];
    const allowed = new Set(['analysisInputs.questionnaire.cellLabel']);
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'string') {
        const words = a.replace(/\{\{\w+\}\}/g, '');
        if (a === b && /[a-z]{4,}/i.test(words) && !allowed.has(path)) same.push(path);
        return;
      }
      for (const k of Object.keys(a as object)) walk((a as never)[k], (b as never)[k], `${path}.${k}`);
    };
    walk(en.analysisInputs, nl.analysisInputs, 'analysisInputs');
    expect(same).toEqual([]);
  });
});
