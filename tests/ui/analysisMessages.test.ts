import fc from 'fast-check';
import i18next from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PARAMETER_KEYS,
  WEBA_CRITERIA,
  analyseScenarioData,
  type Message,
  type ScenarioAnalysis,
} from '../../src/analysis';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { DEFAULT_ANALYSIS_SETTINGS, type Scenario } from '../../src/model/types';
import { entityNamer, findingTitle, messageText, type MessageContext } from '../../src/ui/analysis/messageText';
import { arbScenario } from '../analysis/arbitraries';
import { jobShop } from '../analysis/fixtures';

const ENGINE = join(__dirname, '../../src/analysis');
const source = (file: string) => readFileSync(join(ENGINE, file), 'utf8');
const engineSources = () =>
  readdirSync(ENGINE)
    .filter((f) => f.endsWith('.ts'))
    .map(source);

/** The members of a string-literal union type declared in an engine file. */
function unionMembers(file: string, typeName: string): string[] {
  const body = new RegExp(`type ${typeName}\\s*=([^;]+);`).exec(source(file))?.[1] ?? '';
  return [...body.matchAll(/'([\w-]+)'/g)].map((m) => m[1]!);
}

/** Every message key the engine can emit: literal keys plus `driver.${reason}` for each driver reason. */
function engineKeys(): string[] {
  const keys = new Set<string>();
  for (const text of engineSources())
    for (const m of text.matchAll(/['`]((?:driver|move)\.[\w-]+)['`]/g)) keys.add(m[1]!);
  for (const reason of unionMembers('structureParameters.ts', 'ParameterDriverReason')) keys.add(`driver.${reason}`);
  return [...keys].sort();
}

const FINDING_CODES = unionMembers('messages.ts', 'FindingCode');
const FLAGS = [
  'LOW_LATITUDE',
  'HIGH_STRAIN',
  'ISO_STRAIN',
  'PASSIVE',
  'CONTROL_PROBLEM',
  'SHORT_CYCLE',
  'WEBA_STRESS_RISK',
  'WEBA_LEARNING_RISK',
];
const QUADRANTS = ['high-strain', 'active', 'low-strain', 'passive'];

function lookup(messages: unknown, key: string): unknown {
  let node = messages as Record<string, unknown> | undefined;
  const parts = key.split('.');
  const leaf = parts.pop()!;
  for (const p of parts) node = node?.[p] as Record<string, unknown> | undefined;
  return node?.[leaf] ?? node?.[`${leaf}_other`];
}

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, nl: { translation: nl } },
  lng: 'en',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

function contextFor(language: 'en' | 'nl', scenario: Scenario): MessageContext {
  const fixed = i18n.getFixedT(language);
  const t = (key: string, options?: Record<string, unknown>) => String(fixed(key, options as never));
  return { t, language, nameOf: entityNamer(scenario, t) };
}

/** The fixture, many random scenarios, and both under stricter cuts so every flag shows up. */
function analysedScenarios(): { scenario: Scenario; analysis: ScenarioAnalysis }[] {
  const project = jobShop();
  const scenarios = [...Object.values(project.scenarios), ...fc.sample(arbScenario, { numRuns: 120, seed: 20250301 })];
  const variants = [
    DEFAULT_ANALYSIS_SETTINGS,
    { ...DEFAULT_ANALYSIS_SETTINGS, highDemandCut: 20, lowLatitudeCut: 80, coveragePeoplePerWorkstation: 2 },
  ];
  return scenarios.flatMap((scenario) =>
    variants.map((settings) => ({ scenario, analysis: analyseScenarioData(scenario, settings) })),
  );
}

describe('analysis messages', () => {
  const keys = engineKeys();

  it('finds the keys the engine emits', () => {
    expect(keys.length).toBeGreaterThan(50);
    expect(FINDING_CODES.length).toBeGreaterThan(15);
  });

  it.each([
    ['en', en],
    ['nl', nl],
  ])(
    'has a %s message for every driver, move, finding, flag, quadrant, parameter and WEBA criterion',
    (_lang, messages) => {
      const wanted = [
        ...keys.map((k) => `analysis.${k}`),
        ...FINDING_CODES.map((c) => `analysis.finding.${c}`),
        ...FLAGS.flatMap((f) => [`analysis.flag.${f}.short`, `analysis.flag.${f}.long`]),
        ...QUADRANTS.flatMap((q) => [`analysis.quadrant.${q}.name`, `analysis.quadrant.${q}.meaning`]),
        ...PARAMETER_KEYS.flatMap((p) => [
          `analysis.parameter.${p}.name`,
          `analysis.parameter.${p}.meaning`,
          `analysis.lowers.${p}`,
        ]),
        ...WEBA_CRITERIA.map((c) => `analysis.weba.${c}`),
      ];
      expect(wanted.filter((k) => typeof lookup(messages, k) !== 'string')).toEqual([]);
    },
  );

  it('keeps no messages for keys the engine no longer emits', () => {
    const emitted = new Set(keys);
    const stale: string[] = [];
    for (const area of ['driver', 'move'] as const)
      for (const name of Object.keys(en.analysis[area])) {
        const base = `${area}.${name.replace(/_(one|other|role)$/, '')}`;
        if (!emitted.has(base)) stale.push(base);
      }
    expect(stale).toEqual([]);
  });

  it('words every message of the fixture and of random scenarios in both languages, with every placeholder filled', () => {
    const seen = new Set<string>();
    const broken: string[] = [];
    for (const { scenario, analysis } of analysedScenarios())
      for (const language of ['en', 'nl'] as const) {
        const ctx = contextFor(language, scenario);
        const messages: Message[] = analysis.findings.flatMap((f) => [...f.drivers, ...f.suggestedMoves]);
        for (const m of messages) {
          seen.add(m.key);
          const text = messageText(m, ctx);
          if (
            text.includes('{{') ||
            text.startsWith('analysis.') ||
            /\b(role|ws|task|family|team|unit|step):\S/.test(text)
          )
            broken.push(`${language} ${m.key}: ${text}`);
        }
        for (const f of analysis.findings) {
          const title = findingTitle(f, ctx);
          if (title.startsWith('analysis.') || title.includes('{{')) broken.push(`${language} ${f.code}: ${title}`);
        }
      }
    expect([...new Set(broken)].slice(0, 10)).toEqual([]);
    // The random scenarios reach most of the engine's keys; the static check above covers the rest.
    expect(seen.size).toBeGreaterThan(35);
    expect([...seen].filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('words the job shop as a process engineer reads it', () => {
    const project = jobShop();
    const scenario = Object.values(project.scenarios)[0]!;
    const analysis = analyseScenarioData(scenario, project.settings);
    const las = analysis.findings.find((f) => f.code === 'HIGH_STRAIN' && f.entityId === 'role:LAS')!;
    const words = (language: 'en' | 'nl') =>
      [...las.drivers, ...las.suggestedMoves].map((m) => messageText(m, contextFor(language, scenario)));
    expect(words('en')).toContain('holds no control task on its workstations');
    expect(words('en')).toContain('Give Inspect to Laser operator: lowers P4, raises their decision authority (DA)');
    expect(words('nl')).toContain(
      'Geef Inspect aan Laser operator: verlaagt P4, verhoogt hun beslissingsbevoegdheid (DA)',
    );
    expect(words('nl').some((w) => w.includes('88 %'))).toBe(true);
  });

  it('translates the analysis messages into Dutch rather than copying English', () => {
    // Terms Dutch uses as they are.
    const international = new Set(['Ratio', 'Iso-strain']);
    const same: string[] = [];
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'string') {
        if (a === b && !international.has(a) && /[a-z]{5,}/i.test(a.replace(/\{\{\w+\}\}/g, ''))) same.push(path);
        return;
      }
      for (const k of Object.keys(a as object)) walk((a as never)[k], (b as never)[k], `${path}.${k}`);
    };
    walk(en.analysis, nl.analysis, 'analysis');
    expect(same).toEqual([]);
  });
});
