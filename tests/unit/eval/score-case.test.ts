import { describe, expect, it } from 'vitest';
import type { ExpectedCase } from '../../../src/eval/expected-case';
import { scoreCase, unscoredCase, type Extraction } from '../../../src/eval/score-case';

const EXPECTED: ExpectedCase = {
  id: 'case-1',
  url: 'https://news.example/a',
  lang: 'ar',
  dir: 'rtl',
  title: 'العنوان',
  publishedDate: '2024-01-02',
  text: 'قال الوزير إن الخطة جاهزة',
  mustContain: ['الخطة جاهزة', 'الميزانية'],
  mustNotContain: ['اقرأ أيضا'],
};

const GOOD: Extraction = {
  text: 'قال الوزير إن الخطة جاهزة\nاقرأ أيضاً: خبر آخر',
  title: 'العنوان',
  publishedTime: '2024-01-02T08:00:00.000Z',
  lang: 'ar-MA',
  dir: 'rtl',
};

describe('scoreCase', () => {
  it('scores every field the case has truth for', () => {
    const score = scoreCase(EXPECTED, GOOD);
    expect(score.text?.recall).toBe(1);
    expect(score.mustContain).toEqual({ found: 1, total: 2 });
    expect(score.leaked).toEqual(['اقرأ أيضا']);
    expect([score.title, score.date, score.lang, score.dir, score.error]).toEqual([true, true, true, true, null]);
  });

  it('leaves out what the case has no truth for', () => {
    const score = scoreCase({ ...EXPECTED, text: null, title: null, mustContain: [], mustNotContain: [] }, GOOD);
    expect([score.text, score.title, score.mustContain, score.leaked]).toEqual([null, null, null, null]);
  });

  it('scores a failed extraction as having found nothing', () => {
    const score = scoreCase(EXPECTED, { error: 'not-an-article' });
    expect(score.error).toBe('not-an-article');
    expect(score.text?.f1).toBe(0);
    expect(score.mustContain).toEqual({ found: 0, total: 2 });
    expect([score.title, score.date, score.lang, score.dir]).toEqual([false, false, false, false]);
  });
});

describe('unscoredCase', () => {
  it('carries only the error', () => {
    expect(unscoredCase('x', 'cannot read expected.json')).toMatchObject({ id: 'x', text: null, lang: null });
  });
});
