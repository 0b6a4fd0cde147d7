import { describe, expect, it } from 'vitest';
import { parseExpectedCase } from '../../../src/eval/expected-case';

const CASE = {
  id: 'case-1',
  url: 'https://news.example/a',
  lang: 'ar',
  dir: 'rtl',
  title: 'العنوان',
  publishedDate: '2024-01-02',
  text: 'سطر أول\nسطر ثان',
  must_contain: ['سطر أول'],
  must_not_contain: ['إعلان'],
  truth: ['title', 'text', 'must_contain', 'must_not_contain'],
};

describe('parseExpectedCase', () => {
  it('keeps the fields that `truth` names and drops the others', () => {
    const parsed = parseExpectedCase(JSON.stringify(CASE), 'folder');
    expect(parsed).toEqual({
      case: {
        id: 'case-1',
        url: 'https://news.example/a',
        lang: 'ar',
        dir: 'rtl',
        title: 'العنوان',
        publishedDate: null,
        text: 'سطر أول\nسطر ثان',
        mustContain: ['سطر أول'],
        mustNotContain: ['إعلان'],
      },
    });
  });

  it('names the case after its folder when the file does not', () => {
    const parsed = parseExpectedCase(JSON.stringify({ ...CASE, id: undefined }), 'folder');
    expect('case' in parsed && parsed.case.id).toBe('folder');
  });

  it('reports broken JSON, a non-object and a missing URL as errors', () => {
    expect(parseExpectedCase('{', 'x')).toHaveProperty('error');
    expect(parseExpectedCase('[]', 'x')).toEqual({ error: 'expected.json is not an object' });
    expect(parseExpectedCase(JSON.stringify({ ...CASE, url: 'nowhere' }), 'x')).toEqual({
      error: 'expected.json has no valid url',
    });
  });
});
