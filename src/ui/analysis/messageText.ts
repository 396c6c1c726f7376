import type { Finding, Message } from '../../analysis';
import { idKindOf, type Scenario } from '../../model';
import { formatNumber } from '../format';

/** The part of i18next's `t` the analysis texts need; plain so tests can pass any instance. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface MessageContext {
  t: Translate;
  language: string;
  /** Entity or step id → what the user calls it; unknown ids come back as they are. */
  nameOf: (id: string) => string;
}

/** Names of every entity (and route step) of a scenario, looked up by id. */
export function entityNamer(scenario: Scenario, t: Translate): (id: string) => string {
  const names = new Map<string, string>([[scenario.id, scenario.name]]);
  for (const kind of ['units', 'workstations', 'families', 'teams', 'roles', 'tasks'] as const)
    for (const e of Object.values(scenario[kind])) names.set(e.id, e.name);
  for (const family of Object.values(scenario.families))
    family.route.forEach((step, i) => {
      const workstations = step.workstations.map((w) => scenario.workstations[w]?.name ?? w).join(', ');
      names.set(step.id, t('analysis.step', { position: i + 1, workstations }));
    });
  return (id) => names.get(id) ?? id;
}

/** Parameters shown with a fixed number of decimals, as in the structure profile and the table. */
const FIXED_DIGITS: Record<string, number> = { value: 3, weight: 3, ratio: 2 };

const fixedFormats = new Map<string, Intl.NumberFormat>();

/** A number with exactly `digits` decimals ("0.940", "0,940"); formatters are made once, they are slow to build. */
export function fixed(value: number, language: string, digits: number): string {
  const key = `${language}:${digits}`;
  let format = fixedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    fixedFormats.set(key, format);
  }
  return format.format(value);
}

function paramText(key: string, value: string | number, c: MessageContext): string | number {
  if (typeof value === 'number') {
    // i18next picks the plural form from a numeric `count`.
    if (key === 'count') return value;
    const digits = FIXED_DIGITS[key];
    return digits === undefined ? formatNumber(value, c.language, 2) : fixed(value, c.language, digits);
  }
  if (key === 'kind') return c.t(`analysis.kind.${value}`);
  if (key === 'aspect') return c.t(`analysis.aspect.${value}`);
  return idKindOf(value) ? c.nameOf(value) : value;
}

/** Words the engine leaves to the UI: criterion, level and parameter names. */
function extras(m: Message, c: MessageContext): Record<string, string> {
  const out: Record<string, string> = {};
  const { criterion, fromLevel, parameter } = m.params;
  if (criterion !== undefined) out.criterionName = c.t(`analysis.weba.${criterion}`);
  if (fromLevel !== undefined) out.levelName = c.t(`model.qualification.${fromLevel}`);
  if (parameter !== undefined) out.parameterName = c.t(`analysis.parameter.${parameter}.name`);
  return out;
}

/**
 * One engine message in words. Entity ids become names, numbers follow the language, and
 * a move about a named role gets its own wording (`…_role`) where the key is shared.
 */
export function messageText(m: Message, c: MessageContext): string {
  const params: Record<string, unknown> = extras(m, c);
  for (const [key, value] of Object.entries(m.params)) params[key] = paramText(key, value, c);
  if (m.key === 'move.crossTrain' && m.params.role !== undefined) params.context = 'role';
  return c.t(`analysis.${m.key}`, params);
}

/** The title of a finding, e.g. "Complex structure: P4 is high". */
export function findingTitle(f: Finding, c: MessageContext): string {
  const parameter = f.drivers.find((d) => d.key === 'driver.parameterValue')?.params.parameter;
  return c.t(`analysis.finding.${f.code}`, { parameter: parameter ?? '' });
}
