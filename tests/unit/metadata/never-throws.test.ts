// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanByline, findByline } from '../../../src/extract/metadata/clean-byline';
import { cleanTitle, pickTitle } from '../../../src/extract/metadata/clean-title';
import { parseArabicDate } from '../../../src/extract/metadata/parse-arabic-date';
import { findPublishedTime } from '../../../src/extract/metadata/published-time';
import { findSiteName } from '../../../src/extract/metadata/site-name';
import { jsonLd, page } from './page';

/** Strings made of the pieces these functions look for, so the search reaches their inner paths. */
const pieces = fc.constantFrom(
  ' - ',
  ' | ',
  ':',
  '(',
  ')',
  '«',
  'هـ',
  'م',
  'ص',
  '٢٠٢٦',
  '2026',
  '/',
  '13',
  '31',
  '10:30',
  'يناير',
  'رمضان',
  'بهمن',
  'كانون الثاني',
  'بقلم',
  'By ',
  'https://',
  'الجزيرة',
  '\n',
  ' ',
  '&quot;',
  '<b>',
  '{',
  '"',
);
const text = fc.oneof(
  fc.string(),
  fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
);

describe('metadata functions never throw', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(typeof cleanTitle(a, b)).toBe('string');
        expect(typeof cleanByline(a, [b])).toBe('string');
        const parsed = parseArabicDate(a);
        expect(parsed === null || typeof parsed.year === 'number').toBe(true);
      }),
    );
  });

  it('on pages with hostile metadata', () => {
    fc.assert(
      fc.property(text, fc.anything(), (value, data) => {
        const doc = page(
          `<meta property="og:title" content="${value.replace(/"/g, '')}">` +
            `<meta property="article:published_time" content="${value.replace(/"/g, '')}">` +
            jsonLd(data) +
            jsonLd({ '@graph': [{ '@type': 'NewsArticle', author: data, datePublished: data, headline: data }] }) +
            `<script type="application/ld+json">${value}</script>`,
          `<h1>${value.replace(/</g, '')}</h1><time datetime="${value.replace(/"/g, '')}">x</time>`,
        );
        expect(typeof pickTitle(doc, value, value)).toBe('string');
        expect(typeof findByline(doc, value)).toBe('string');
        const time = findPublishedTime(doc, value);
        expect(time === null || typeof time === 'string').toBe(true);
        expect(typeof findSiteName(doc, value, value)).toBe('string');
      }),
      { numRuns: 60 },
    );
  });
});
