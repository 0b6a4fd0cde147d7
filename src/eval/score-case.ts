import type { ExpectedCase } from './expected-case';
import { primaryLanguage, publishedDay, sameTitle } from './field-checks';
import { phrasesIn } from './phrases';
import { tokenOverlap, type TokenOverlap } from './token-overlap';

/** What an extractor made of a page, reduced to the fields the corpus measures. */
export interface Extraction {
  text: string;
  title: string;
  publishedTime: string | null;
  lang: string;
  dir: string;
}

export type ExtractionOutcome = Extraction | { error: string };

/** One extractor's score on one case; a null field is one the case has no truth for. */
export interface CaseScore {
  id: string;
  error: string | null;
  text: TokenOverlap | null;
  mustContain: { found: number; total: number } | null;
  /** The must_not_contain phrases that leaked into the text. */
  leaked: string[] | null;
  title: boolean | null;
  date: boolean | null;
  lang: boolean | null;
  dir: boolean | null;
}

const NOTHING: Extraction = { text: '', title: '', publishedTime: null, lang: '', dir: '' };

/** A case that could not be measured at all (its expected.json is missing or broken). */
export function unscoredCase(id: string, error: string): CaseScore {
  return { id, error, text: null, mustContain: null, leaked: null, title: null, date: null, lang: null, dir: null };
}

/**
 * Scores one extraction against a case's truth. An extractor that failed is scored as having
 * extracted nothing: F1 0, every phrase missed, every field wrong.
 */
export function scoreCase(expected: ExpectedCase, outcome: ExtractionOutcome): CaseScore {
  const error = 'error' in outcome ? outcome.error : null;
  const got = 'error' in outcome ? NOTHING : outcome;
  const when = <T>(truth: unknown, measure: () => T): T | null => (truth === null ? null : measure());
  const hasPhrases = expected.mustContain.length > 0 || expected.mustNotContain.length > 0;
  return {
    id: expected.id,
    error,
    text: when(expected.text, () => tokenOverlap(got.text, expected.text ?? '')),
    mustContain: hasPhrases
      ? { found: phrasesIn(got.text, expected.mustContain).length, total: expected.mustContain.length }
      : null,
    leaked: hasPhrases ? phrasesIn(got.text, expected.mustNotContain) : null,
    title: when(expected.title, () => sameTitle(got.title, expected.title ?? '')),
    date: when(expected.publishedDate, () => publishedDay(got.publishedTime) === expected.publishedDate),
    lang: when(expected.lang, () => primaryLanguage(got.lang) === primaryLanguage(expected.lang ?? '')),
    dir: when(expected.dir, () => got.dir.trim().toLowerCase() === expected.dir?.trim().toLowerCase()),
  };
}
