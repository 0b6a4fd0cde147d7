// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  articleNodes,
  jsonLdNames,
  jsonLdProperty,
  jsonLdText,
  jsonLdTypes,
  readJsonLd,
} from '../../../src/extract/metadata/json-ld';
import { jsonLd, page } from './page';

describe('readJsonLd', () => {
  it('flattens arrays and @graph, in document order', () => {
    const doc = page(
      jsonLd([{ '@type': 'WebSite', name: 'حبر' }]) +
        jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'عنوان' }] }),
    );
    const types = readJsonLd(doc).flatMap(jsonLdTypes);
    expect(types).toEqual(['WebSite', 'NewsArticle']);
  });

  it('skips broken JSON and keeps reading', () => {
    const doc = page(
      '<script type="application/ld+json">{"@type": "NewsArticle",</script>' + jsonLd({ '@type': 'Article' }),
    );
    expect(readJsonLd(doc).flatMap(jsonLdTypes)).toEqual(['Article']);
  });

  it('reads JSON wrapped in CDATA and with a raw line break inside a string', () => {
    const doc = page(
      '<script type="application/ld+json"><![CDATA[ {"@type":"NewsArticle","headline":"سطر\nثان"} ]]></script>',
    );
    const [node] = articleNodes(readJsonLd(doc));
    expect(node && jsonLdText(node['headline'])).toBe('سطر ثان');
  });

  it('ignores other scripts and non-object values', () => {
    const doc = page('<script>var a = {"@type":"NewsArticle"}</script>' + jsonLd('text') + jsonLd([1, null]));
    expect(readJsonLd(doc)).toEqual([]);
  });
});

describe('JSON-LD values', () => {
  it('decodes entities and tags left in strings', () => {
    expect(jsonLdText('&quot;شعر وردي&quot; <b>يُشعل</b>&#160;')).toBe('"شعر وردي" يُشعل');
    expect(jsonLdText({ name: 'x' })).toBe('');
  });

  it('reads names from strings, objects and arrays', () => {
    expect(jsonLdNames([{ '@type': 'Person', name: 'أحمد' }, 'منى', { url: 'https://x' }, 5])).toEqual([
      'أحمد',
      'منى',
      '5',
    ]);
  });

  it('reads only own properties', () => {
    const [node] = readJsonLd(page(jsonLd({ '@type': 'Article' })));
    expect(node && jsonLdTypes(node)).toEqual(['Article']);
    expect(node && jsonLdProperty(node, 'constructor')).toBeUndefined();
  });
});
