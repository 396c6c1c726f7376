import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { analyseScenarioData, type RoleAnalysis } from '../../src/analysis';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { DEFAULT_ANALYSIS_SETTINGS, type Role, type Scenario } from '../../src/model';
import { formatNumber } from '../../src/ui/format';
import { formulaLines } from '../../src/ui/settings/howComputed';
import { jobShop } from '../analysis/fixtures';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, nl: { translation: nl } },
  lng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const project = jobShop();
const scenario = Object.values(project.scenarios)[0] as Scenario;

/** The formulas of a job-shop role as the dialog shows them, by message key. */
function formulas(roleId: string, language = 'en', change?: (role: Role) => void): Map<string, string> {
  const s = structuredClone(scenario);
  const role = s.roles[roleId as Role['id']] as Role;
  change?.(role);
  const score = analyseScenarioData(s, project.settings).roles.find((r) => r.roleId === roleId) as RoleAnalysis;
  const t = i18n.getFixedT(language);
  const fmt = { num: (n: number, d: number) => formatNumber(n, language, d), term: (k: string) => t(k) };
  const lines = formulaLines({ score, role, settings: project.settings }, fmt);
  return new Map(lines.map((l) => [l.key === 'map' ? `map.${l.params.scale}` : l.key, t(`analysisInputs.howComputed.f.${l.key}`, l.params)]));
}

describe('How is this computed? (laser operator of the job shop, domain.md §6)', () => {
  const f = formulas('role:LAS');

  it('substitutes the intermediates of the worked example', () => {
    expect(f.get('U')).toBe('U = Σ(load·share) / (headcount · hours per week) = 70 / (2 · 40) = 0.875');
    expect(f.get('V')).toBe('V = min(1, 1 distinct task types / 6) = 0.167');
    expect(f.get('cyc')).toBe('cyc = load-weighted mean cycle of the make tasks = 3 min');
    expect(f.get('C.log')).toBe('C = ln(cyc / 1.5) / ln 20 = ln(3 / 1.5) / ln 20 = 0.231');
    expect(f.get('K')).toBe('K = |kinds held ∩ {prepare, make, support, control}| / 4 = 1 / 4 (make) = 0.25');
    expect(f.get('SD')).toBe('SD* = (V + C + K) / 3 = (0.167 + 0.231 + 0.25) / 3 = 0.216');
    expect(f.get('DA')).toContain('= 0');
    expect(f.get('Dn')).toBe('D_n = min(1, 4 disturbances per person per day / 10) = 0.4');
    expect(f.get('In')).toBe('I_n = min(1, 5 interfaces / 8) = 0.625');
    expect(f.get('PD')).toBe('PD* = (U_n + D_n + I_n) / 3 = (0.75 + 0.4 + 0.625) / 3 = 0.592');
  });

  it('maps to the JCQ scale and explains quadrant, ratio and iso-strain', () => {
    expect(f.get('map.SD')).toBe('SD = 12 + 36 · SD* = 12 + 36 · 0.216 = 19.8');
    expect(f.get('DL')).toBe('DL = SD + DA = 19.8 + 12 = 31.8');
    expect(f.get('demand')).toBe('High demand when PD > 30: PD 33.3 → yes');
    expect(f.get('latitude')).toBe('Low latitude when DL < 60: DL 31.8 → yes');
    expect(f.get('quadrant')).toBe('Quadrant → High strain');
    expect(f.get('ratio.problem')).toBe('Strain ratio = PD / (DL / 2) = 33.3 / (31.8 / 2) = 2.1 > 1: control problem');
    // Two laser operators without a team: SS* = 0.25, iso-strain by the §4 formula (see tests/analysis/jobShop).
    expect(f.get('SS.unit')).toContain('= 0.5 · min(1, (2 − 1) / 2) = 0.25');
    expect(f.get('iso')).toBe('Iso-strain when high strain (yes) and SS* 0.25 < 0.5 → yes');
  });

  it('writes numbers the Dutch way in Dutch', () => {
    const nlf = formulas('role:LAS', 'nl');
    expect(nlf.get('V')).toBe('V = min(1, 1 verschillende taaktypen / 6) = 0,167');
    expect(nlf.get('quadrant')).toBe('Kwadrant → Hoge spanning');
  });

  it('explains C without make work, and the cycle cuts', () => {
    expect(formulas('role:PM').get('C.noMake')).toBe('No make work, so C = 1');
    // The painter's cycle is 1.2 min: short-cycle work.
    expect(formulas('role:PNT').get('C.short')).toBe('cyc 1.2 min < 1.5 min (short cycle), so C = 0');
  });

  it('states when the questionnaire overrides the proxy', () => {
    const q = formulas('role:LAS', 'en', (role) => {
      role.questionnaire = { answerSets: [], scaleScores: { sd: 36, da: 36, pd: 40, respondents: 6 } };
    });
    expect(q.get('questionnaire')).toBe('The questionnaire (6 respondents) overrides the proxy: SD 36, DA 36, DL 72, PD 40');
    expect(q.get('quadrant')).toBe('Quadrant → Active');
    // The proxy lines still show the design's values.
    expect(q.get('map.SD')).toBe('SD = 12 + 36 · SD* = 12 + 36 · 0.216 = 19.8');
  });

  it('uses the settings of the project', () => {
    expect(DEFAULT_ANALYSIS_SETTINGS.varietyTypes).toBe(6);
    const s = structuredClone(scenario);
    const role = s.roles['role:LAS'] as Role;
    const settings = { ...project.settings, varietyTypes: 4 };
    const score = analyseScenarioData(s, settings).roles.find((r) => r.roleId === role.id) as RoleAnalysis;
    const t = i18n.getFixedT('en');
    const lines = formulaLines({ score, role, settings }, { num: (n, d) => formatNumber(n, 'en', d), term: (k) => t(k) });
    const v = lines.find((l) => l.key === 'V');
    expect(t(`analysisInputs.howComputed.f.${v?.key}`, v?.params)).toBe('V = min(1, 1 distinct task types / 4) = 0.25');
  });
});
