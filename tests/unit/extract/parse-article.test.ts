import { describe, expect, it } from 'vitest';
import { parseArticle, parseExtractResult } from '../../../src/extract/parse-article';
import type { Article } from '../../../src/extract/types';
import { makeArticle } from '../make-article';

const ARTICLE: Article = makeArticle();

describe('parseArticle', () => {
  it('accepts a valid article and returns its fields', () => {
    expect(parseArticle(ARTICLE)).toEqual(ARTICLE);
  });

  it('accepts an article with no publication time and a file URL', () => {
    const article = { ...ARTICLE, publishedTime: null, url: 'file:///Downloads/article.html' };
    expect(parseArticle(article)).toEqual(article);
  });

  it('leaves out fields an Article does not have', () => {
    expect(parseArticle({ ...ARTICLE, extra: '<script>' })).not.toHaveProperty('extra');
  });

  it.each([
    ['a missing title', { title: undefined }],
    ['a number as title', { title: 42 }],
    ['null html', { html: null }],
    ['an unknown direction', { dir: 'auto' }],
    ['a number as publication time', { publishedTime: 1714552200000 }],
    ['a word count as text', { wordCount: '5' }],
    ['a negative word count', { wordCount: -1 }],
    ['a negative reading time', { readingMinutes: -3 }],
    ['a fractional reading time', { readingMinutes: 1.5 }],
    ['a javascript: URL', { url: 'javascript:alert(1)' }],
    ['a data: URL', { url: 'data:text/html,<p>x</p>' }],
    ['a relative URL', { url: '/news/2024/5/1/wheat' }],
    ['a URL that does not parse', { url: 'https://' }],
  ])('rejects %s', (_name, changes) => {
    expect(parseArticle({ ...ARTICLE, ...changes })).toBeNull();
  });

  it.each([null, undefined, 'article', 42, []])('rejects %j', (value) => {
    expect(parseArticle(value)).toBeNull();
  });
});

describe('parseExtractResult', () => {
  it('passes the errors the extraction script may give', () => {
    expect(parseExtractResult({ error: 'not-an-article' })).toEqual({ error: 'not-an-article' });
    expect(parseExtractResult({ error: 'too-large' })).toEqual({ error: 'too-large' });
  });

  it('keeps only the error of an error result', () => {
    expect(parseExtractResult({ error: 'too-large', html: '<script>' })).toEqual({ error: 'too-large' });
  });

  it('rejects an error it does not know', () => {
    expect(parseExtractResult({ error: 'boom' })).toBeNull();
  });

  it('returns a valid article', () => {
    expect(parseExtractResult(ARTICLE)).toEqual(ARTICLE);
  });

  it('rejects nothing at all, as a script that threw gives', () => {
    expect(parseExtractResult(undefined)).toBeNull();
    expect(parseExtractResult(null)).toBeNull();
  });
});
