import { ISO_SUPPORT_CUT, LONG_CYCLE_MIN, SHORT_CYCLE_MIN, type RoleScore } from '../../analysis';
import type { AnalysisSettings, Role } from '../../model';

/**
 * The formulas of domain.md §4 with a role's current values filled in, as message keys and
 * parameters: "V = min(1, {{types}} distinct task types / {{norm}}) = {{V}}". The numbers
 * are formatted here (decimal comma in Dutch) and words come in through `term`, so the
 * module stays free of React and i18next and each line is testable.
 */

export type FormulaGroup = 'proxies' | 'scales' | 'outcome';

export interface FormulaLine {
  group: FormulaGroup;
  /** Message key under `analysisInputs.howComputed.f`. */
  key: string;
  params: Record<string, string>;
}

export interface FormulaFormat {
  /** A number with at most `digits` decimals in the UI language. */
  num: (value: number, digits: number) => string;
  /** Translation of a message key (quadrant names, task kinds, yes/no). */
  term: (key: string) => string;
}

type Input = { score: RoleScore; role: Pick<Role, 'headcount' | 'hoursPerWeek' | 'teamId'>; settings: AnalysisSettings };

const line = (group: FormulaGroup, key: string, params: Record<string, string>): FormulaLine => ({ group, key, params });

function cycleLines({ score }: Input, { num }: FormulaFormat): FormulaLine[] {
  const { cyc, C, kinds } = score.proxies;
  const c3 = num(C, 3);
  if (!kinds.includes('make')) return [line('proxies', 'C.noMake', { C: c3 })];
  if (cyc === null) return [line('proxies', 'C.noCycle', { C: c3 })];
  const cycText = num(cyc, 2);
  const lines = [line('proxies', 'cyc', { cyc: cycText })];
  const cut = { cyc: cycText, short: num(SHORT_CYCLE_MIN, 1), long: num(LONG_CYCLE_MIN, 0), C: c3 };
  if (cyc < SHORT_CYCLE_MIN) lines.push(line('proxies', 'C.short', cut));
  else if (cyc >= LONG_CYCLE_MIN) lines.push(line('proxies', 'C.long', cut));
  else lines.push(line('proxies', 'C.log', cut));
  return lines;
}

function skillLines(input: Input, fmt: FormulaFormat): FormulaLine[] {
  const { proxies: p } = input.score;
  const { num, term } = fmt;
  const held = p.U * input.role.headcount * input.role.hoursPerWeek;
  return [
    line('proxies', 'U', { held: num(held, 2), headcount: num(input.role.headcount, 2), hours: num(input.role.hoursPerWeek, 2), U: num(p.U, 3) }),
    line('proxies', 'V', { types: String(p.taskTypes), norm: num(input.settings.varietyTypes, 2), V: num(p.V, 3) }),
    ...cycleLines(input, fmt),
    line('proxies', 'K', {
      n: String(p.kinds.length),
      kinds: p.kinds.length ? p.kinds.map((k) => term(`model.taskKind.${k}`).toLowerCase()).join(', ') : '–',
      K: num(p.K, 3),
    }),
    line('proxies', 'SD', { V: num(p.V, 3), C: num(p.C, 3), K: num(p.K, 3), SD: num(p.SD, 3) }),
  ];
}

function controlLines({ score, settings }: Input, { num }: FormulaFormat): FormulaLine[] {
  const p = score.proxies;
  const cov = (v: number | null) => (v === null ? '–' : num(v, 3));
  return [
    line('proxies', 'cov', { weight: num(settings.teamMateWeight, 2) }),
    line('proxies', 'DA', {
      op: cov(p.coverage.op),
      tac: cov(p.coverage.tac),
      str: cov(p.coverage.str),
      DA: num(p.DA, 3),
    }),
  ];
}

function demandLines({ score, settings }: Input, { num }: FormulaFormat): FormulaLine[] {
  const p = score.proxies;
  return [
    line('proxies', 'Un', { U: num(p.U, 3), Un: num(p.Un, 3) }),
    line('proxies', 'Dn', { d: num(p.disturbancesPerPerson, 2), norm: num(settings.disturbanceNorm, 2), Dn: num(p.Dn, 3) }),
    line('proxies', 'In', { i: String(p.interfaces), norm: num(settings.interfaceNorm, 2), In: num(p.In, 3) }),
    line('proxies', 'PD', { Un: num(p.Un, 3), Dn: num(p.Dn, 3), In: num(p.In, 3), PD: num(p.PD, 3) }),
  ];
}

function supportLine({ score, role }: Input, { num }: FormulaFormat): FormulaLine {
  const params = { n: num(score.groupPeople, 2), SS: num(score.proxies.SS, 3) };
  return line('proxies', role.teamId !== null ? 'SS.team' : 'SS.unit', params);
}

function scaleLines({ score }: Input, { num }: FormulaFormat): FormulaLine[] {
  const { proxies: p, proxyScores: s } = score;
  const mapped = (key: 'SD' | 'DA' | 'PD', proxy: number, value: number) =>
    line('scales', 'map', { scale: key, proxy: num(proxy, 3), value: num(value, 1) });
  return [
    mapped('SD', p.SD, s.SD),
    mapped('DA', p.DA, s.DA),
    mapped('PD', p.PD, s.PD),
    line('scales', 'DL', { SD: num(s.SD, 1), DA: num(s.DA, 1), DL: num(s.DL, 1) }),
  ];
}

function outcomeLines({ score, settings }: Input, { num, term }: FormulaFormat): FormulaLine[] {
  const s = score.scores;
  const yes = (flag: boolean) => term(flag ? 'analysisInputs.howComputed.yes' : 'analysisInputs.howComputed.no');
  const lines: FormulaLine[] = [];
  if (score.source === 'questionnaire' && score.questionnaire)
    lines.push(line('outcome', 'questionnaire', {
      count: String(score.questionnaire.respondents),
      SD: num(s.SD, 1), DA: num(s.DA, 1), DL: num(s.DL, 1), PD: num(s.PD, 1),
    }));
  lines.push(
    line('outcome', 'demand', { PD: num(s.PD, 1), cut: num(settings.highDemandCut, 1), answer: yes(s.PD > settings.highDemandCut) }),
    line('outcome', 'latitude', { DL: num(s.DL, 1), cut: num(settings.lowLatitudeCut, 1), answer: yes(s.DL < settings.lowLatitudeCut) }),
    line('outcome', 'quadrant', { quadrant: term(`analysisInputs.quadrant.${score.quadrant}`) }),
    line('outcome', score.strainRatio > 1 ? 'ratio.problem' : 'ratio.ok', {
      PD: num(s.PD, 1), DL: num(s.DL, 1), ratio: num(score.strainRatio, 2),
    }),
    line('outcome', 'iso', {
      strain: yes(score.quadrant === 'high-strain'),
      SS: num(score.proxies.SS, 3),
      cut: num(ISO_SUPPORT_CUT, 1),
      answer: yes(score.isoStrain),
    }),
  );
  return lines;
}

/** Every formula of domain.md §4 for one role, in the order of the domain reference. */
export function formulaLines(input: Input, fmt: FormulaFormat): FormulaLine[] {
  const skill = skillLines(input, fmt);
  // U comes first in domain.md; it opens the list although it feeds PD*.
  return [
    ...skill,
    ...controlLines(input, fmt),
    ...demandLines(input, fmt),
    supportLine(input, fmt),
    ...scaleLines(input, fmt),
    ...outcomeLines(input, fmt),
  ];
}

/** The tunables with their current values, in the order of the settings dialog. */
export function tunableParams(settings: AnalysisSettings, num: FormulaFormat['num']): Record<keyof AnalysisSettings, string> {
  const out = {} as Record<keyof AnalysisSettings, string>;
  for (const key of Object.keys(settings) as (keyof AnalysisSettings)[]) out[key] = num(settings[key], 3);
  return out;
}
