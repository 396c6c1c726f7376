import { JCQ_ITEM_KEYS, type JcqAnswerSet, type JcqItemKey, type RoleQuestionnaire } from '../model/types';

/**
 * JCQ questionnaire scoring (domain.md §4). The items are copyrighted: only their keys live
 * here, never their texts. Answers are on a 1–4 Likert scale; reverse items count as 5 − x.
 */

/** The item keys, as the model stores answers under them. */
export const JCQ_ITEMS = JCQ_ITEM_KEYS;
export type JcqItem = JcqItemKey;

export const JCQ_REVERSE_ITEMS: ReadonlySet<JcqItem> = new Set<JcqItem>([
  'repetitive',
  'little_freedom',
  'not_excessive',
  'enough_time',
  'free_from_conflict',
]);

/** Results for a group are shown only from this many respondents on. */
export const MIN_RESPONDENTS = 5;

/** One respondent's answers by item key. */
export type JcqAnswers = JcqAnswerSet;

/** Scores on the JCQ scales: SD, DA, PD 12–48, DL = SD + DA 24–96. */
export interface JcqScores {
  SD: number;
  DA: number;
  DL: number;
  PD: number;
}

const isLikert = (x: unknown): x is 1 | 2 | 3 | 4 => x === 1 || x === 2 || x === 3 || x === 4;

/** Whether results for a group of this size may be shown. */
export const canShowGroup = (respondents: number): boolean => respondents >= MIN_RESPONDENTS;

/** Scores one respondent; null when an item is missing or not an integer 1–4. */
export function scoreJcq(answers: JcqAnswers): JcqScores | null {
  const v: Partial<Record<JcqItem, number>> = {};
  for (const item of JCQ_ITEMS) {
    const x = answers[item];
    if (!isLikert(x)) return null;
    v[item] = JCQ_REVERSE_ITEMS.has(item) ? 5 - x : x;
  }
  const sum = (...items: JcqItem[]) => items.reduce((acc, i) => acc + (v[i] ?? 0), 0);
  const SD = 2 * sum('learn_new', 'repetitive', 'creative', 'high_skill', 'variety', 'develop_abilities');
  const DA = 4 * sum('own_decisions', 'little_freedom', 'a_lot_of_say');
  const PD = 3 * sum('work_fast', 'work_hard') + 2 * sum('not_excessive', 'enough_time', 'free_from_conflict');
  return { SD, DA, DL: SD + DA, PD };
}

export interface JcqGroupResult {
  /** Respondents with a complete, valid answer set. */
  respondents: number;
  /** Answer sets left out because an item was missing or out of range. */
  incomplete: number;
  /** Mean scores; null when fewer than MIN_RESPONDENTS respondents (never shown). */
  scores: JcqScores | null;
}

/** Group means over complete answer sets, suppressed below MIN_RESPONDENTS. */
export function scoreJcqGroup(answerSets: readonly JcqAnswers[]): JcqGroupResult {
  const scored = answerSets.map(scoreJcq).filter((s): s is JcqScores => s !== null);
  const n = scored.length;
  const incomplete = answerSets.length - n;
  if (!canShowGroup(n)) return { respondents: n, incomplete, scores: null };
  const meanOf = (k: keyof JcqScores) => scored.reduce((acc, s) => acc + s[k], 0) / n;
  return {
    respondents: n,
    incomplete,
    scores: { SD: meanOf('SD'), DA: meanOf('DA'), DL: meanOf('DL'), PD: meanOf('PD') },
  };
}

/** Questionnaire scores of a role, from its answer sets or else its entered scale scores. */
export interface QuestionnaireScores extends JcqScores {
  respondents: number;
  from: 'answers' | 'scales';
}

/**
 * The scores a role's questionnaire yields, or null when it has fewer than MIN_RESPONDENTS
 * respondents (never shown, never used). Raw answer sets win over entered scale scores when
 * they reach the minimum: they are the primary data.
 */
export function questionnaireScores(q: RoleQuestionnaire | null): QuestionnaireScores | null {
  if (!q) return null;
  const group = scoreJcqGroup(q.answerSets);
  if (group.scores) return { ...group.scores, respondents: group.respondents, from: 'answers' };
  const s = q.scaleScores;
  if (!s || !canShowGroup(s.respondents)) return null;
  return { SD: s.sd, DA: s.da, DL: s.sd + s.da, PD: s.pd, respondents: s.respondents, from: 'scales' };
}
