import { describe, expect, it } from 'vitest';
import { formatCaseTable, formatSummaryLine } from '../../../src/eval/format-report';
import { unscoredCase } from '../../../src/eval/score-case';
import { summarizeScores } from '../../../src/eval/summarize-scores';

describe('formatCaseTable', () => {
  it('gives a row per extractor and a line per leaked phrase', () => {
    const hibr = { ...unscoredCase('c', ''), error: null, text: { precision: 1, recall: 0.5, f1: 2 / 3 }, lang: true };
    const bare = { ...hibr, leaked: ['إعلان'], lang: false };
    const lines = formatCaseTable('c', [
      ['hibr', hibr],
      ['readability', bare],
    ]).split('\n');
    expect(lines[0]).toBe('c');
    expect(lines[2]).toMatch(/^ {2}hibr +0\.667 +1\.000 +0\.500 .* ok/);
    expect(lines[3]).toContain('WRONG');
    expect(lines[4]).toBe('  readability leaked «إعلان»');
  });
});

describe('formatSummaryLine', () => {
  it('says every figure on one line', () => {
    const line = formatSummaryLine('hibr', summarizeScores([unscoredCase('c', 'cannot read expected.json')]));
    expect(line).toBe(
      'hibr: text F1 mean - min - (0 cases), must_contain found 0/0, must_not_contain leaked 0, title 0/0, date 0/0, lang 0/0, dir 0/0, errors 1',
    );
  });
});
