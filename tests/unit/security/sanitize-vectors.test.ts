// @vitest-environment jsdom
/**
 * Every vector of tests/security/vectors.ts through the sanitizer alone and through the whole road
 * an article takes, on an Arabic news page that holds it: extraction in the tab, then the sanitizing
 * the extension pages do before they store or show it (`sanitizeArticle`, in another window).
 * Nothing in the output may run, fetch the attacker's hit URL, or fall outside the policy, and the
 * output is a fixed point of the sanitizer.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article';
import { runReadability } from '../../../src/extract/run-readability';
import { textBlocks } from '../../../src/extract/text-blocks';
import { insertArticleHtml } from '../../../src/reader-view/insert-article-html';
import { isArticle, type Article } from '../../../src/extract/types';
import { sanitizeArticle, sanitizeArticleHtml } from '../../../src/sanitize/sanitize-article';
import { ATTACK_PAGE_LEAD_IMAGE, ATTACK_PAGE_PARAGRAPHS, VECTOR_MARKER, attackPage } from '../../security/attack-page';
import { runInReader, unsafeFindings } from '../../security/check-output';
import { VECTORS, withAttackerOrigin, type AttackVector } from '../../security/vectors';

/** Nothing listens here, and the reader harness answers every request itself; none may be made. */
const ATTACKER_ORIGIN = 'http://127.0.0.1:47990';
const PAGE_URL = 'http://127.0.0.1:8080/local/2026/11/desalination-plant/';

/** Vectors whose lead image the pipeline does not yet resolve against the page: none left. */
const KNOWN_LEAD_IMAGE_GAPS = new Map<string, string>();

/** Runs `read` on `html` parsed as a page at PAGE_URL, then closes the page's window. */
function withPage<T>(html: string, read: (doc: Document) => T): T {
  const dom = new JSDOM(html, { url: PAGE_URL, virtualConsole: new VirtualConsole() });
  try {
    return read(dom.window.document);
  } finally {
    dom.window.close();
  }
}

const host = new JSDOM('<!DOCTYPE html><title>host</title>', { url: PAGE_URL });
const hostWindow = host.window as unknown as Window;
afterAll(() => host.window.close());

/** The article of `html` as the extension pages keep it: extracted, then sanitized in their own window. */
function extractFrom(html: string): Article {
  const result = withPage(html, (doc) => extractArticle(doc, PAGE_URL));
  if (!isArticle(result)) throw new Error(`not an article: ${result.error}`);
  return sanitizeArticle(result, hostWindow);
}

/** Those of `ids` whose `<section>` Readability, on its own, keeps in the article body of `html`. */
function readabilityKeeps(html: string, ids: readonly string[]): string[] {
  const found = withPage(html, (doc) => runReadability(doc.cloneNode(true) as Document));
  const kept = new Set(
    Array.from(found?.content.querySelectorAll(`[${VECTOR_MARKER}]`) ?? [], (section) =>
      section.getAttribute(VECTOR_MARKER),
    ),
  );
  return ids.filter((id) => kept.has(id));
}

/** Reader runs by HTML: many vectors come out the same (often empty), and a run costs a window. */
const readerRuns = new Map<string, ReturnType<typeof runInReader>>();

/** The output is safe as written, stays the same when sanitized again, and runs and fetches nothing. */
async function expectSafe(html: string): Promise<void> {
  expect(unsafeFindings(html, hostWindow)).toEqual([]);
  expect(sanitizeArticleHtml(html, hostWindow, PAGE_URL)).toBe(html);
  let run = readerRuns.get(html);
  if (!run) {
    run = runInReader(html);
    readerRuns.set(html, run);
  }
  const { pwned, requests } = await run;
  expect(pwned).toBeUndefined();
  expect(requests).toEqual([]);
}

describe('the vector battery', () => {
  it('has at least 60 vectors with unique ids, each with a sentinel', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(VECTORS.map((vector) => vector.id)).size).toBe(VECTORS.length);
    for (const vector of VECTORS) {
      const sets = vector.html.includes(`__hibrPwned='${vector.id}'`);
      const requests = vector.html.includes(`/hit/${vector.id}`);
      expect(sets || requests, vector.id).toBe(true);
    }
  });
});

describe('the reader harness', () => {
  it('notices a payload that runs and a request that is made', async () => {
    const run = await runInReader(
      `<img src="x" onerror="window.__hibrPwned='control'"><link rel="stylesheet" href="${ATTACKER_ORIGIN}/hit/control">`,
    );
    expect(run.pwned).toBe('control');
    expect(run.requests).toEqual([`${ATTACKER_ORIGIN}/hit/control`]);
  });

  it('notices unsafe output', () => {
    const findings = unsafeFindings(
      `<a href="javascript:x">a</a><img src="${ATTACKER_ORIGIN}/hit/x" style="x"><svg></svg>`,
      hostWindow,
    );
    expect(findings).toEqual([
      '<a href="javascript:x"> is not an absolute http(s) URL',
      '<a href> without target="_blank"',
      '<a href> without rel="noopener noreferrer"',
      `<img src="${ATTACKER_ORIGIN}/hit/x"> fetches the attacker's hit URL`,
      '<img style> is not allowed',
      '<svg> in namespace http://www.w3.org/2000/svg',
      '<svg> is not allowed',
    ]);
  });
});

/**
 * The two ways a tree reaches the sanitizer: a page's `<body>` goes by its serialization, any other
 * element as the tree itself (checked afterwards for reading back as itself).
 */
const TREE_ROOTS = [
  { name: 'the body', root: (doc: Document): Node => doc.body },
  { name: 'its first element', root: (doc: Document): Node => doc.body.firstElementChild ?? doc.body },
];

/** Each vector's attack page, extracted once for the two tests that read it. */
const vectorArticles = new Map<string, Article>();
function vectorArticle(vector: AttackVector): Article {
  let article = vectorArticles.get(vector.id);
  if (!article) {
    article = extractFrom(attackPage([vector], { attackerOrigin: ATTACKER_ORIGIN }));
    vectorArticles.set(vector.id, article);
  }
  return article;
}

describe.each(VECTORS)('vector $id ($category)', (vector: AttackVector) => {
  const dirty = withAttackerOrigin(vector.html, ATTACKER_ORIGIN);

  it('is neutralized by sanitizeArticleHtml', async () => {
    await expectSafe(sanitizeArticleHtml(dirty, hostWindow, PAGE_URL));
  });

  it.each(TREE_ROOTS)('is neutralized by sanitizeArticleHtml given the parsed tree at $name', async ({ root }) => {
    const html = withPage(`<!DOCTYPE html><body><div>${dirty}</div>`, (doc) =>
      sanitizeArticleHtml(root(doc), hostWindow, PAGE_URL),
    );
    await expectSafe(html);
  });

  it('is neutralized on its way from a news page to the reader', async () => {
    const html = attackPage([vector], { attackerOrigin: ATTACKER_ORIGIN });
    expect(readabilityKeeps(html, [vector.id]), 'Readability keeps the vector in the article body').toEqual([
      vector.id,
    ]);

    const article = vectorArticle(vector);
    await expectSafe(article.html);
    expect(article.text).toContain(ATTACK_PAGE_PARAGRAPHS[6]);
  });

  // The lead image (a relative og:image) is shown by the reader, and the page itself never fetched it.
  const gap = KNOWN_LEAD_IMAGE_GAPS.get(vector.id);
  (gap ? it.fails : it)(`leaves the lead image on the page’s origin${gap ? ` (known gap: ${gap})` : ''}`, () => {
    expect(vectorArticle(vector).leadImage).toBe(new URL(ATTACK_PAGE_LEAD_IMAGE, PAGE_URL).href);
  });
});

describe.each(TREE_ROOTS)('trees that a page’s scripts build and HTML cannot express, from $name', ({ root }) => {
  /** The page's body content, in one `<article>` that is the element root. */
  const page = (content: string): string => `<!DOCTYPE html><body><article>${content}</article>`;

  const run = "window.__hibrPwned='dom-built'";

  it('markup written as text into raw-text elements stays text or goes', async () => {
    const html = withPage(page('<div><xmp></xmp><style></style><noscript></noscript></div>'), (doc) => {
      for (const element of Array.from(doc.querySelectorAll('xmp, style, noscript'))) {
        element.textContent = `</${element.localName}><img src="x" onerror="${run}"><p>نص</p>`;
      }
      return sanitizeArticleHtml(root(doc), hostWindow, PAGE_URL);
    });
    await expectSafe(html);
  });

  it('elements put inside a textarea or a title keep only their text', () => {
    const html = withPage(page('<div><textarea></textarea></div><div><title></title></div>'), (doc) => {
      for (const element of Array.from(doc.querySelectorAll('textarea, title'))) {
        const paragraph = doc.createElement('p');
        paragraph.textContent = 'نص';
        element.append(paragraph);
      }
      return sanitizeArticleHtml(root(doc), hostWindow, PAGE_URL);
    });
    expect(html).toBe('<article><div>نص</div><div></div></article>');
  });

  it('a link in a link and a paragraph in a paragraph come out as HTML parses them', async () => {
    const html = withPage(page('<p><a href="/1">أ</a></p>'), (doc) => {
      const inner = doc.createElement('a');
      inner.setAttribute('href', `javascript:${run}`);
      inner.append(doc.createElement('p'), 'ب');
      doc.querySelector('a')?.append(inner);
      return sanitizeArticleHtml(root(doc), hostWindow, PAGE_URL);
    });
    await expectSafe(html);
    expect(html).not.toContain('javascript');
  });

  it('an attribute breaking out of a noscript built by a script does nothing', async () => {
    const html = withPage(page('<div><noscript><p>x</p></noscript></div>'), (doc) => {
      doc.querySelector('noscript p')?.setAttribute('title', `</noscript><img src="x" onerror="${run}">`);
      return sanitizeArticleHtml(root(doc), hostWindow, PAGE_URL);
    });
    await expectSafe(html);
  });
});

describe('trees that a page’s scripts build, on their way to the reader', () => {
  const run = "window.__hibrPwned='dom-built'";

  it('markup in an <xmp> built by script, when Readability serializes and parses the page again', async () => {
    const result = withPage(attackPage([], { attackerOrigin: ATTACKER_ORIGIN }), (doc) => {
      // Two paragraphs are under Readability's 500 characters: it retries on the page's HTML.
      const paragraphs = Array.from(doc.querySelectorAll('.entry-content p'));
      for (const paragraph of paragraphs.slice(2)) paragraph.remove();
      const xmp = doc.createElement('xmp');
      xmp.textContent = `</xmp><img src="x" onerror="${run}">`;
      paragraphs[0]?.append(xmp);
      return extractArticle(doc, PAGE_URL);
    });
    if (!isArticle(result)) throw new Error(result.error);
    await expectSafe(sanitizeArticle(result, hostWindow).html);
  });
});

describe('the attack page with every vector', () => {
  const vectors = VECTORS;
  const html = attackPage(vectors, { attackerOrigin: ATTACKER_ORIGIN });

  it('keeps every vector in the article body (of those that swallow the rest, only the first)', () => {
    const firstSwallowing = vectors.find((vector) => vector.swallowsRest);
    const expected = vectors.filter((vector) => !vector.swallowsRest || vector === firstSwallowing).map((v) => v.id);
    expect(readabilityKeeps(html, expected)).toEqual(expected);
  });

  it('leaves the tab with no event-handler attribute, before any sanitizing', () => {
    const result = withPage(html, (doc) => extractArticle(doc, PAGE_URL));
    if (!isArticle(result)) throw new Error(result.error);
    const parsed = new host.window.DOMParser().parseFromString(result.html, 'text/html');
    const handlers = Array.from(parsed.querySelectorAll('*')).flatMap((element) =>
      element.getAttributeNames().filter((name) => /^on/i.test(name)),
    );
    expect(handlers).toEqual([]);
  });

  it('comes out safe, whole and stable, and its text is the text its HTML shows', async () => {
    const article = extractFrom(html);
    await expectSafe(article.html);
    expect(article.title).toContain('محطة لتحلية مياه البحر');
    for (const paragraph of ATTACK_PAGE_PARAGRAPHS) expect(article.text).toContain(paragraph);
    const shown = hostWindow.document.createElement('div');
    insertArticleHtml(shown, article.html, article.url);
    expect(textBlocks(shown).join('\n')).toBe(article.text);
  });
});
