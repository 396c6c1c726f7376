import type { AnalysisSettings } from '../model/types';
import type { RoleFacts } from './derived';
import type { RoleScore } from './roleScores';
import { weightedMean } from './scales';

export const WEBA_CRITERIA = [1, 2, 3, 4, 5, 6, 7] as const;
export type WebaCriterion = (typeof WEBA_CRITERIA)[number];
export type WebaOutcome = 'pass' | 'fail' | 'n/a';

export interface WebaResult {
  criteria: Record<WebaCriterion, WebaOutcome>;
  failures: WebaCriterion[];
  /** Mean difficulty of the tasks held (load × share weighted); null without data. */
  difficulty: number | null;
  stressRisk: boolean;
  learningRisk: boolean;
}

const STRESS_CRITERIA: readonly WebaCriterion[] = [2, 5, 7];
const LEARNING_CRITERIA: readonly WebaCriterion[] = [1, 2, 3, 4];

const outcome = (ok: boolean): WebaOutcome => (ok ? 'pass' : 'fail');

/** WEBA criteria per role (domain.md §4); 1 and 3 only apply to roles with make work. */
export function webaOf(f: RoleFacts, score: RoleScore, s: AnalysisSettings): WebaResult {
  const kinds = new Set(score.proxies.kinds);
  const hasMake = kinds.has('make');
  const organising = f.holdings.some((h) => h.task.control?.level === 'op' || h.task.control?.level === 'tac');
  const rated = f.holdings.filter((h) => h.task.difficulty !== null);
  const difficulty = weightedMean(
    rated.map((h) => h.task.difficulty ?? 0),
    rated.map((h) => h.task.load * h.share),
  );
  const criteria: Record<WebaCriterion, WebaOutcome> = {
    1: hasMake ? outcome(kinds.has('prepare') && kinds.has('control')) : 'n/a',
    2: outcome(organising),
    3: hasMake ? outcome((score.proxies.shortCycleShare ?? 0) <= 0.5) : 'n/a',
    4: difficulty === null ? 'n/a' : outcome(difficulty >= 1.5 && difficulty <= 2.5),
    5: outcome(score.proxies.DA >= 0.5),
    6: outcome(score.groupPeople >= 2),
    7: outcome(score.qualityOnScope),
  };
  const failures = WEBA_CRITERIA.filter((c) => criteria[c] === 'fail');
  return {
    criteria,
    failures,
    difficulty,
    stressRisk: score.scores.PD > s.highDemandCut && failures.some((c) => STRESS_CRITERIA.includes(c)),
    learningRisk: failures.filter((c) => LEARNING_CRITERIA.includes(c)).length >= 2,
  };
}
