import { bylineElements, jsonLdAuthors, metaAuthors, relAuthors, trailingCredits } from './byline-sources';
import { readDeclaredMetadata, type DeclaredMetadata } from './declared-metadata';
import { isDateWord, normalizeDateText } from './date-words';
import { looksLikeSiteName, nameKey } from './name-match';
import { sectionLabels } from './section-labels';
import { siteNameVariants } from './site-name';

/**
 * Words before the author's name: «بقلم» (biqalam, "by the pen of"), «كتب / كتبت» (kataba/katabat,
 * "wrote"), «حوار» (interview), «إعداد» or «إعداد وتقديم» (prepared [and presented] by), «تقرير»
 * (report), «ترجمة» (translated by), «تحرير» (edited by), «بواسطة» (by), «الكاتب» (the writer),
 * Persian «نویسنده», Hebrew «מאת», English «by», «written by», «author»; with a colon or dash after.
 */
const PREFIX =
  /^(?:بقلم|كتبت|كتبه|كتب|حوار|(?:إعداد|اعداد)(?:\s+و\s*تقديم)?|تقرير|ترجمة|تحرير|بواسطة|الكاتبة|الكاتب|نویسنده|نويسنده|מאת|(?:written|reported|posted)\s+by|by|authors?)(?=$|[\s:：,،\-–—])[\s:：,،\-–—]*/iu;
/** Separators between a name and what follows it (a place, the site, a date): « - », « | », « / », line breaks. */
const SEGMENT_SEPARATOR = /\s*[|｜\n·•]\s*|\s+[-–—/]\s+/;
/** A digit of any script: names have none, dates and times do. */
const DIGIT = /\p{Nd}/u;
/** A colon closing a label: «نشر في:». */
const LABEL_END = /[:：]\s*$/;
/** Characters no name has: «פנייה לכתב/ת» ("write to the reporter"), «?», «@», «=». */
const NOT_IN_NAME = /[/\\?!@#%=+*<>{}[\]|~^$]/;
/** Quotes, brackets and punctuation left around a name: «"أحمد"», «(أحمد)», «أحمد،». */
const EDGE_PUNCTUATION = /^[\s"'«»“”()[\]:：،,.\-–—|]+|[\s"'«»“”()[\]:：،,.\-–—|]+$/g;
/** A value that is an address: «https://www.facebook.com/bbcnews» (BBC's article:author). */
const ADDRESS = /^(?:https?:|www\.)|:\/\/|@\w/i;
/** The site's credits, not the article's: «Developed By …», «Powered by», «© …», «جميع الحقوق محفوظة». */
const SITE_CREDIT = /developed\s+by|powered\s+by|designed\s+by|copyright|©|all\s+rights|جميع\s+الحقوق|الحقوق\s+محفوظة/i;
/** «… الجزيرة نت»: a site whose name ends in «نت» ("net"). */
const NET_SITE = /\sنت$/;
/** CMS defaults that stand where no author was set. */
const PLACEHOLDERS = new Set(
  'admin administrator unknown anonymous null undefined guest none n/a user webmaster'.split(' ').map(nameKey),
);
/** Words left before a date once it is cut: «في» (on), «بتاريخ» (dated), «نشر» (published), «آخر تحديث» (updated). */
const DATE_LEAD_WORDS = new Set(
  'في بتاريخ تاريخ نشر النشر منذ آخر تحديث on at published updated'.split(' ').map(normalizeDateText),
);
const WHITE_SPACE = /\s+/g;
/** White space within a line: line breaks stay, as they separate a name from a date. */
const INLINE_SPACE = /[ \t\r\f\v\u00A0]+/g;
const MAX_BYLINE_LENGTH = 80;
const MAX_WORDS = 12;

function stripPrefixes(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(EDGE_PUNCTUATION, '').replace(PREFIX, '');
  }
  return rest;
}

/** The segment without a date at its end: «أحمد علي 12 يناير 2024» → «أحمد علي». */
function withoutTrailingDate(segment: string): string {
  const digit = DIGIT.exec(segment);
  const beforeDate = digit ? segment.slice(0, digit.index) : segment;
  // «פורסם: 22.05.20», «نشر في: …»: words and a colon before a date are its label, not a name.
  if (digit && LABEL_END.test(beforeDate)) return '';
  const words = beforeDate.split(' ').filter((word) => word !== '');
  while (words.length > 0) {
    const last = normalizeDateText((words[words.length - 1] ?? '').replace(EDGE_PUNCTUATION, ''));
    if (!isDateWord(last) && !DATE_LEAD_WORDS.has(last) && last !== '') break;
    words.pop();
  }
  return words.join(' ');
}

function isSiteSegment(segment: string, siteNames: readonly string[]): boolean {
  return NET_SITE.test(segment) || looksLikeSiteName(segment, siteNames);
}

function isName(text: string, siteNames: readonly string[]): boolean {
  const key = nameKey(text);
  return (
    key !== '' &&
    text.length <= MAX_BYLINE_LENGTH &&
    text.split(' ').length <= MAX_WORDS &&
    !DIGIT.test(text) &&
    !NOT_IN_NAME.test(text) &&
    !PLACEHOLDERS.has(key) &&
    !isSiteSegment(text, siteNames)
  );
}

/**
 * Author name(s) without «بقلم»-style words, dates, times, the site's name or a place after a dash
 * («حسام أبو العلا - القاهرة» → «حسام أبو العلا»); '' when the value is no name: an address, the site's
 * name, a date, a dateline «(أبوظبي - البيان)», a CMS placeholder, or longer than a byline.
 */
export function cleanByline(raw: string, siteNames: readonly string[] = []): string {
  try {
    if (typeof raw !== 'string') return '';
    const text = raw.replace(INLINE_SPACE, ' ').trim();
    if (text === '' || text.length > MAX_BYLINE_LENGTH * 3 || ADDRESS.test(text) || SITE_CREDIT.test(text)) return '';
    const segments = stripPrefixes(text).split(SEGMENT_SEPARATOR).map(stripPrefixes);
    // «خبرآنلاین - سایت خبرگزاری …»: a value that starts with the site's name is the site describing itself.
    if (isSiteSegment(segments[0] ?? '', siteNames)) return '';
    // «(أبوظبي - البيان)»: a place and the site in parentheses is a dateline, not an author.
    const siteNamed = segments.some((segment) => isSiteSegment(segment, siteNames));
    if (siteNamed && text.startsWith('(') && text.endsWith(')')) return '';
    for (const segment of segments) {
      if (isSiteSegment(segment, siteNames)) continue;
      const name = withoutTrailingDate(segment).replace(EDGE_PUNCTUATION, '').replace(WHITE_SPACE, ' ');
      // The first name-like segment is the author; what follows a dash is a place, a role or the site.
      if (name !== '') return isName(name, siteNames) ? name : '';
    }
    return '';
  } catch {
    return '';
  }
}

/**
 * The article's author(s): JSON-LD author (string, object, array, in @graph), meta author and
 * article:author, rel=author links, Readability's byline, elements classed «author» or «byline»,
 * then a credit in parentheses closing the article text. A value that is the site's name or one of
 * its sections («أخبار») is skipped.
 */
export function findByline(
  doc: Document,
  readabilityByline: string | null | undefined,
  declared: DeclaredMetadata = readDeclaredMetadata(doc),
): string {
  try {
    const siteNames = siteNameVariants(doc, [], declared);
    let sections: Set<string> | undefined; // read only once a candidate needs checking
    const clean = (name: string): string => {
      const cleaned = cleanByline(name, siteNames);
      if (cleaned === '') return '';
      sections ??= sectionLabels(doc, declared);
      return sections.has(nameKey(cleaned)) ? '' : cleaned;
    };
    const sources: ReadonlyArray<() => string[]> = [
      () => jsonLdAuthors(declared.jsonLd, clean),
      () => metaAuthors(declared.metaTags),
      () => relAuthors(doc, clean),
      () => (typeof readabilityByline === 'string' ? [readabilityByline] : []),
      () => bylineElements(doc),
      () => trailingCredits(declared),
    ];
    for (const source of sources) {
      for (const value of source()) {
        const byline = clean(value);
        if (byline !== '') return byline;
      }
    }
    return '';
  } catch {
    return '';
  }
}
