import { describe, expect, it } from 'vitest';
import { parseArticleRow, parseSavedArticle } from '../../../src/storage/parse-saved-article';
import { SAVED_ARTICLE_VERSION, splitSavedArticle } from '../../../src/storage/saved-article';
import { makeArticle } from './library-fixtures';

const valid = {
  ...makeArticle(),
  id: 'c0ffee00-0000-4000-8000-000000000001',
  savedAt: 1_714_550_000_000,
  schemaVersion: 1,
};

describe('parseSavedArticle', () => {
  it('accepts a whole record and keeps only the known fields', () => {
    const parsed = parseSavedArticle({ ...valid, injected: '<script>' });
    expect(parsed).toEqual(valid);
    expect(parsed).not.toHaveProperty('injected');
    expect(parsed?.schemaVersion).toBe(SAVED_ARTICLE_VERSION);
  });

  it.each([
    ['null', null],
    ['a string', 'article'],
    ['no id', { ...valid, id: undefined }],
    ['an empty id', { ...valid, id: '' }],
    ['a savedAt that is not a number', { ...valid, savedAt: '2024-05-01' }],
    ['a negative savedAt', { ...valid, savedAt: -1 }],
    ['another schemaVersion', { ...valid, schemaVersion: 99 }],
    ['no schemaVersion', { ...valid, schemaVersion: undefined }],
    ['a direction that is neither rtl nor ltr', { ...valid, dir: 'auto' }],
    ['a relative url', { ...valid, url: '/news/1' }],
    ['html that is not a string', { ...valid, html: 42 }],
    ['a fractional word count', { ...valid, wordCount: 1.5 }],
  ])('refuses %s', (_case, value) => {
    expect(parseSavedArticle(value)).toBeNull();
  });
});

describe('parseArticleRow', () => {
  it('accepts a row without html and text, and adds neither', () => {
    const { row } = splitSavedArticle(valid);
    const parsed = parseArticleRow(row);
    expect(parsed).toEqual(row);
    expect(parsed).not.toHaveProperty('html');
  });

  it('refuses a row with a corrupt field', () => {
    expect(parseArticleRow({ ...valid, title: null })).toBeNull();
  });
});
