import { wordTokens } from '../text/normalize-arabic';

/** How well extracted text covers the true text, word for word. */
export interface TokenOverlap {
  precision: number;
  recall: number;
  f1: number;
}

function counts(tokens: readonly string[]): Map<string, number> {
  const byToken = new Map<string, number>();
  for (const token of tokens) byToken.set(token, (byToken.get(token) ?? 0) + 1);
  return byToken;
}

/**
 * Precision, recall and F1 of the two multisets of normalised word tokens (the corpus metric): a word
 * the article has twice must be extracted twice to count twice. Two empty texts agree fully.
 */
export function tokenOverlap(extracted: string, truth: string): TokenOverlap {
  const got = wordTokens(extracted);
  const want = wordTokens(truth);
  if (got.length === 0 && want.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const wanted = counts(want);
  let common = 0;
  for (const [token, n] of counts(got)) common += Math.min(n, wanted.get(token) ?? 0);
  const precision = got.length === 0 ? 0 : common / got.length;
  const recall = want.length === 0 ? 0 : common / want.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
