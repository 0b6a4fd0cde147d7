import type { CaseScore } from './score-case';

export interface Tally {
  right: number;
  total: number;
}

/** One extractor's results over a corpus. F1 figures are null when no case has text truth. */
export interface ScoreSummary {
  cases: number;
  textCases: number;
  meanF1: number | null;
  minF1: number | null;
  mustContain: Tally;
  leaked: number;
  title: Tally;
  date: Tally;
  lang: Tally;
  dir: Tally;
  errors: number;
}

function tally(values: readonly (boolean | null)[]): Tally {
  const known = values.filter((value) => value !== null);
  return { right: known.filter(Boolean).length, total: known.length };
}

export function summarizeScores(scores: readonly CaseScore[]): ScoreSummary {
  const f1s = scores.flatMap((score) => (score.text ? [score.text.f1] : []));
  return {
    cases: scores.length,
    textCases: f1s.length,
    meanF1: f1s.length === 0 ? null : f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length,
    minF1: f1s.length === 0 ? null : Math.min(...f1s),
    mustContain: scores.reduce(
      (sum, score) => ({
        right: sum.right + (score.mustContain?.found ?? 0),
        total: sum.total + (score.mustContain?.total ?? 0),
      }),
      { right: 0, total: 0 },
    ),
    leaked: scores.reduce((sum, score) => sum + (score.leaked?.length ?? 0), 0),
    title: tally(scores.map((score) => score.title)),
    date: tally(scores.map((score) => score.date)),
    lang: tally(scores.map((score) => score.lang)),
    dir: tally(scores.map((score) => score.dir)),
    errors: scores.filter((score) => score.error !== null).length,
  };
}
