import { wordTokens } from './normalize-arabic';

/**
 * Share of B's text that A also has, from 0 to 1: Readability's `_textSimilarity`, but with tokens
 * that Arabic has. Readability splits on `\W+`, which finds no token in Arabic text, so for Arabic
 * it always answers 0 and never sees that a heading repeats the headline.
 */
export function textSimilarity(textA: string, textB: string): number {
  const tokensA = wordTokens(textA);
  const tokensB = wordTokens(textB);
  if (tokensA.length === 0 || tokensB.length === 0) return 0;
  const inA = new Set(tokensA);
  const uniqueB = tokensB.filter((token) => !inA.has(token));
  const distance = uniqueB.join(' ').length / tokensB.join(' ').length;
  return 1 - distance;
}
