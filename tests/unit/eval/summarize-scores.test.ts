import { describe, expect, it } from 'vitest';
import { unscoredCase, type CaseScore } from '../../../src/eval/score-case';
import { summarizeScores } from '../../../src/eval/summarize-scores';

function score(f1: number | null, extra: Partial<CaseScore> = {}): CaseScore {
  return {
    ...unscoredCase('c', ''),
    error: null,
    text: f1 === null ? null : { precision: f1, recall: f1, f1 },
    ...extra,
  };
}

describe('summarizeScores', () => {
  it('takes mean and minimum F1 over the cases with text truth only', () => {
    const summary = summarizeScores([score(1), score(0.5), score(null)]);
    expect([summary.textCases, summary.meanF1, summary.minF1]).toEqual([2, 0.75, 0.5]);
  });

  it('adds up phrases, fields and errors', () => {
    const summary = summarizeScores([
      score(1, { mustContain: { found: 2, total: 3 }, leaked: ['x'], title: true, lang: true }),
      score(1, { mustContain: { found: 1, total: 1 }, leaked: [], title: false, lang: true }),
      unscoredCase('broken', 'cannot read expected.json'),
    ]);
    expect(summary.mustContain).toEqual({ right: 3, total: 4 });
    expect(summary.leaked).toBe(1);
    expect(summary.title).toEqual({ right: 1, total: 2 });
    expect(summary.lang).toEqual({ right: 2, total: 2 });
    expect(summary.date).toEqual({ right: 0, total: 0 });
    expect(summary.errors).toBe(1);
  });

  it('has no F1 figures without text truth', () => {
    expect(summarizeScores([]).meanF1).toBeNull();
  });
});
