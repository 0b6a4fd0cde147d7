// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';
import { isArticle, type Article } from '../../../src/extract/types';

const FIXTURE = join(import.meta.dirname, '../../fixtures/site-rules/varzesh3');

interface SiteRuleCase {
  url: string;
  kicker: string;
  lang: string;
  dir: string;
  mustContain: string[];
  mustNotContain: string[];
}

/** expected.json, read strictly: a missing or malformed file fails instead of asserting nothing. */
function readCase(): SiteRuleCase {
  const raw: unknown = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8'));
  const value = raw as Partial<SiteRuleCase>;
  if (typeof value.url !== 'string' || typeof value.kicker !== 'string') throw new Error('expected.json: url, kicker');
  if (!Array.isArray(value.mustContain) || !Array.isArray(value.mustNotContain))
    throw new Error('expected.json: lists');
  return value as SiteRuleCase;
}

function extractAt(url: string): Article {
  const html = readFileSync(join(FIXTURE, 'source.html'), 'utf8');
  const result = extractArticle(new JSDOM(html, { url }).window.document, url);
  if (!isArticle(result)) throw new Error(`not extracted: ${result.error}`);
  return result;
}

const expected = readCase();

describe('site rule: varzesh3.com', () => {
  const article = extractAt(expected.url);

  it('drops the kicker above the headline', () => {
    expect(article.text).not.toContain(expected.kicker);
  });

  it('keeps the lead and the body', () => {
    for (const phrase of expected.mustContain) expect(article.text).toContain(phrase);
  });

  it('leaves out the information line and the furniture', () => {
    for (const phrase of expected.mustNotContain) expect(article.text).not.toContain(phrase);
  });

  it('reads the page as Persian, right to left', () => {
    expect([article.lang, article.dir]).toEqual([expected.lang, expected.dir]);
  });

  it('is needed: on another host the general rules keep the kicker', () => {
    expect(extractAt('https://news.example.ir/news/1000001').text).toContain(expected.kicker);
  });
});
