import { normalizeArabic } from '../../text/normalize-arabic';

export type Calendar = 'gregorian' | 'hijri' | 'persian';

/** Eastern Arabic digits «٠-٩» (Arabic) and Persian digits «۰-۹» (Persian, Urdu). */
const ARABIC_DIGIT = /[\u0660-\u0669]/g;
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/g;
const ANY_PERSIAN_DIGIT = /[\u06F0-\u06F9]/;
/** Persian and Urdu letter forms of yeh «ی ے», kaf «ک», heh «ھ ۀ», folded to the Arabic ones. */
const PERSIAN_YEH = /[\u06CC\u06D2]/g;
const PERSIAN_KAF = /\u06A9/g;
const PERSIAN_HEH = /[\u06BE\u06C0\u06C1]/g;
/** Zero-width non-joiner, which Persian writes inside words («ربیع‌الاول»): a space for matching. */
const ZWNJ = /\u200C/g;
/** Direction marks (LRM, RLM, ALM, embeddings, isolates), invisible and meaningless in a date. */
const DIRECTION_MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const WHITE_SPACE = /\s+/g;

/** Date text in one form: ASCII digits, Arabic-normalised letters, lower case. */
export function normalizeDateText(text: string): string {
  return normalizeArabic(
    text
      .replace(ARABIC_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0660))
      .replace(PERSIAN_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x06f0))
      .replace(PERSIAN_YEH, '\u064A')
      .replace(PERSIAN_KAF, '\u0643')
      .replace(PERSIAN_HEH, '\u0647')
      .replace(ZWNJ, ' ')
      .replace(DIRECTION_MARKS, ''),
  );
}

/** Whether the text writes digits the Persian way «۱۳۹۸», as Iranian sites do for solar years. */
export function hasPersianDigits(text: string): boolean {
  return ANY_PERSIAN_DIGIT.test(text);
}

/** Month names as written, by month number; each set is one region's or calendar's. */
const MONTHS: ReadonlyArray<readonly [Calendar, number, readonly string[]]> = [
  // Egypt and the Gulf; Morocco (يوليوز غشت شتنبر نونبر دجنبر); Algeria and Tunisia (جانفي فيفري أفريل ماي
  // جوان جويلية أوت); the Levant and Iraq (كانون الثاني … كانون الأول); Urdu; Persian transliterations.
  ['gregorian', 1, ['يناير', 'جانفي', 'كانون الثاني', 'كانون ثاني', 'جنوري', 'ژانویه']],
  ['gregorian', 2, ['فبراير', 'فيفري', 'شباط', 'فروري', 'فوریه']],
  ['gregorian', 3, ['مارس', 'آذار', 'مارچ']],
  ['gregorian', 4, ['أبريل', 'إبريل', 'أفريل', 'نيسان', 'اپریل', 'آوریل']],
  ['gregorian', 5, ['مايو', 'ماي', 'أيار', 'مئی']],
  ['gregorian', 6, ['يونيو', 'يونيه', 'جوان', 'حزيران', 'جون', 'ژوئن']],
  ['gregorian', 7, ['يوليو', 'يوليه', 'يوليوز', 'جويلية', 'تموز', 'جولائی', 'ژوئیه', 'جولای']],
  ['gregorian', 8, ['أغسطس', 'غشت', 'أوت', 'آب', 'اگست', 'آگوست']],
  ['gregorian', 9, ['سبتمبر', 'شتنبر', 'أيلول', 'ستمبر', 'سپتامبر']],
  ['gregorian', 10, ['أكتوبر', 'تشرين الأول', 'تشرين أول', 'اکتوبر', 'اکتبر']],
  ['gregorian', 11, ['نوفمبر', 'نونبر', 'تشرين الثاني', 'تشرين ثاني', 'نومبر', 'نوامبر']],
  ['gregorian', 12, ['ديسمبر', 'دجنبر', 'كانون الأول', 'كانون أول', 'دسمبر', 'دسامبر']],
  ['gregorian', 1, ['january', 'jan']],
  ['gregorian', 2, ['february', 'feb']],
  ['gregorian', 3, ['march', 'mar']],
  ['gregorian', 4, ['april', 'apr']],
  ['gregorian', 5, ['may']],
  ['gregorian', 6, ['june', 'jun']],
  ['gregorian', 7, ['july', 'jul']],
  ['gregorian', 8, ['august', 'aug']],
  ['gregorian', 9, ['september', 'sept', 'sep']],
  ['gregorian', 10, ['october', 'oct']],
  ['gregorian', 11, ['november', 'nov']],
  ['gregorian', 12, ['december', 'dec']],
  // Hijri months, in the nominative and the genitive («ذو الحجة», «ذي الحجة») and Persian spellings.
  ['hijri', 1, ['محرم']],
  ['hijri', 2, ['صفر']],
  ['hijri', 3, ['ربيع الأول', 'ربيع أول']],
  ['hijri', 4, ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني', 'ربیع الثانی']],
  ['hijri', 5, ['جمادى الأولى', 'جمادى الأول', 'جمادي الأولى', 'جمادى الاولی']],
  ['hijri', 6, ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني', 'جمادي الآخرة', 'جمادى الثانی']],
  ['hijri', 7, ['رجب']],
  ['hijri', 8, ['شعبان']],
  ['hijri', 9, ['رمضان']],
  ['hijri', 10, ['شوال']],
  ['hijri', 11, ['ذو القعدة', 'ذي القعدة', 'ذی القعده', 'ذو القعده']],
  ['hijri', 12, ['ذو الحجة', 'ذي الحجة', 'ذی الحجه']],
  // The Iranian solar calendar (فروردین … اسفند).
  ['persian', 1, ['فروردین']],
  ['persian', 2, ['اردیبهشت']],
  ['persian', 3, ['خرداد']],
  ['persian', 4, ['تیر']],
  ['persian', 5, ['مرداد', 'امرداد']],
  ['persian', 6, ['شهریور']],
  ['persian', 7, ['مهر']],
  ['persian', 8, ['آبان']],
  ['persian', 9, ['آذر']],
  ['persian', 10, ['دی']],
  ['persian', 11, ['بهمن']],
  ['persian', 12, ['اسفند']],
];

export interface MonthName {
  month: number;
  calendar: Calendar;
}

const MONTH_BY_NAME: ReadonlyMap<string, MonthName> = new Map(
  MONTHS.flatMap(([calendar, month, names]) =>
    names.map((name): [string, MonthName] => [normalizeDateText(name), { month, calendar }]),
  ),
);

/** The month a normalised name stands for («اذار» → March); spaces inside the name may vary. */
export function monthByName(normalizedName: string): MonthName | undefined {
  return MONTH_BY_NAME.get(normalizedName.replace(WHITE_SPACE, ' ').trim());
}

/** Characters with a meaning in a regular expression. */
const REGEXP_SYNTAX = /[.*+?^${}()|[\]\\]/g;

function escapeForRegExp(text: string): string {
  return text.replace(REGEXP_SYNTAX, '\\$&');
}

/**
 * One letter of normalised date text, as a class for a pattern without the `u` flag: the Latin,
 * Arabic-script (Arabic, Persian, Urdu) and Hebrew letters. `\p{L}` would say it for every script,
 * but with it the two named-date patterns took Chromium about 0.8 ms longer to compile.
 */
export const DATE_LETTER =
  '[A-Za-z\\u00C0-\\u024F\\u05D0-\\u05EA\\u0620-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9]';

/** Every month name, normalised: one word, or two («كانون الثاني», «ربيع الأول», «ذو الحجة»). */
export const MONTH_NAMES: readonly string[] = [...MONTH_BY_NAME.keys()];

/** Alternation of the first words of the month names written in two words: «كانون», «ربيع», «ذو» … */
export const MONTH_FIRST_WORDS = [
  ...new Set(MONTH_NAMES.filter((name) => name.includes(' ')).map((name) => name.split(' ')[0] ?? '')),
]
  .map(escapeForRegExp)
  .join('|');

/** Weekdays (السبت … الجمعة, Persian شنبه … جمعه, English), ignored in dates and stripped from bylines. */
const WEEKDAYS = [
  'السبت',
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'شنبه',
  'یکشنبه',
  'دوشنبه',
  'سه‌شنبه',
  'چهارشنبه',
  'پنجشنبه',
  'جمعه',
  'saturday',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
].map(normalizeDateText);

const DATE_WORDS: ReadonlySet<string> = new Set([...MONTH_BY_NAME.keys(), ...WEEKDAYS]);

/** Whether a normalised word is a month or weekday name (a single-word one). */
export function isDateWord(normalizedWord: string): boolean {
  return DATE_WORDS.has(normalizedWord);
}
