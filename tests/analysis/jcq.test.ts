import { describe, expect, it } from 'vitest';
import {
  JCQ_ITEMS,
  MIN_RESPONDENTS,
  canShowGroup,
  questionnaireScores,
  scoreJcq,
  scoreJcqGroup,
  type JcqAnswers,
} from '../../src/analysis';

/** domain.md §6 "JCQ check". */
const example: JcqAnswers = {
  learn_new: 2,
  repetitive: 4,
  creative: 1,
  high_skill: 2,
  variety: 1,
  develop_abilities: 2,
  own_decisions: 1,
  little_freedom: 4,
  a_lot_of_say: 1,
  work_fast: 4,
  work_hard: 3,
  not_excessive: 2,
  enough_time: 2,
  free_from_conflict: 2,
};

describe('JCQ scoring', () => {
  it('reproduces the domain example: SD 18, DA 12, DL 30, PD 39', () => {
    expect(scoreJcq(example)).toEqual({ SD: 18, DA: 12, DL: 30, PD: 39 });
  });

  it('codes reverse items as 5 − x', () => {
    const flipped = {
      ...example,
      repetitive: 1,
      little_freedom: 1,
      not_excessive: 4,
      enough_time: 4,
      free_from_conflict: 4,
    };
    expect(scoreJcq(flipped)).toEqual({ SD: 18 + 2 * 3, DA: 12 + 4 * 3, DL: 30 + 6 + 12, PD: 39 - 2 * 2 * 3 });
  });

  it('spans the scales: all lowest answers vs all highest', () => {
    const all = (x: number) => Object.fromEntries(JCQ_ITEMS.map((k) => [k, x])) as JcqAnswers;
    expect(scoreJcq(all(1))).toEqual({ SD: 2 * (5 + 4), DA: 4 * (1 + 4 + 1), DL: 18 + 24, PD: 3 * 2 + 2 * 12 });
    for (const x of [1, 2, 3, 4]) {
      const s = scoreJcq(all(x));
      expect(s?.SD).toBeGreaterThanOrEqual(12);
      expect(s?.SD).toBeLessThanOrEqual(48);
      expect(s?.PD).toBeGreaterThanOrEqual(12);
      expect(s?.PD).toBeLessThanOrEqual(48);
    }
  });

  it.each([
    ['a missing item', { ...example, variety: undefined }],
    ['out of range', { ...example, variety: 5 }],
    ['not an integer', { ...example, variety: 2.5 }],
  ])('refuses %s', (_, answers) => {
    expect(scoreJcq(answers)).toBeNull();
  });

  it('never includes item texts, only keys', () => {
    for (const key of JCQ_ITEMS) expect(key).toMatch(/^[a-z_]+$/);
  });
});

describe('group rule', () => {
  it(`shows groups from ${MIN_RESPONDENTS} respondents on`, () => {
    expect(MIN_RESPONDENTS).toBe(5);
    expect([canShowGroup(4), canShowGroup(5)]).toEqual([false, true]);
  });

  it('suppresses a group below the minimum and counts incomplete sets apart', () => {
    const four = scoreJcqGroup([example, example, example, example, { ...example, work_fast: undefined }]);
    expect(four).toEqual({ respondents: 4, incomplete: 1, scores: null });
  });

  it('averages complete answer sets', () => {
    const high = { ...example, work_fast: 2, work_hard: 2 };
    const g = scoreJcqGroup([example, example, example, high, high]);
    expect(g.respondents).toBe(5);
    expect(g.scores?.PD).toBe((39 * 3 + 30 * 2) / 5);
  });

  it('questionnaireScores prefers answer sets, else entered scale scores, else nothing', () => {
    const five = Array.from({ length: 5 }, () => example);
    expect(
      questionnaireScores({ answerSets: five, scaleScores: { sd: 40, da: 40, pd: 40, respondents: 20 } }),
    ).toMatchObject({ SD: 18, from: 'answers' });
    expect(
      questionnaireScores({ answerSets: [example], scaleScores: { sd: 40, da: 30, pd: 20, respondents: 20 } }),
    ).toEqual({
      SD: 40,
      DA: 30,
      DL: 70,
      PD: 20,
      respondents: 20,
      from: 'scales',
    });
    expect(questionnaireScores({ answerSets: [], scaleScores: { sd: 40, da: 30, pd: 20, respondents: 3 } })).toBeNull();
    expect(questionnaireScores(null)).toBeNull();
  });
});
