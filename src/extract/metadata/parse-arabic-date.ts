import {
  DATE_LETTER,
  hasPersianDigits,
  monthByName,
  MONTH_FIRST_WORDS,
  normalizeDateText,
  type Calendar,
} from './date-words';
import { persianToGregorian } from './persian-calendar';

/** A date as the page wrote it, in the page's calendar: Hijri and Persian dates are not converted. */
export interface ParsedDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  calendar: Calendar;
}

/**
 * Where a month's name may stand: a word, or the first word of a two-word name («كانون», «ربيع») and
 * the word after it. `monthByName` then says whether it is one. The patterns hold no list of the
 * names: with all of them, and `\p{L}` around them, the two took Chromium 1.5–2 ms to compile, and
 * V8 drops a compiled pattern the page has not run for a couple of garbage collections, so the
 * content script compiled them again on almost every run. The name starts a word and takes every
 * letter of it.
 */
const NAME = `(?<!${DATE_LETTER})((?:(?:${MONTH_FIRST_WORDS})\\s+)?${DATE_LETTER}+)`;
/**
 * Day, month name, year: «07 أكتوبر 2020», «3 مارس/ آذار 2024» (BBC gives both names), «29 بهمن 1398»,
 * «15 رمضان 1445 هـ», «3 من شهر مارس 2024», «5th May 2024». Captures the day, the name, the other
 * name, the year.
 */
const DAY_NAME_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:من\\s+)?(?:شهر\\s+)?${NAME}(?:\\s*[/(]\\s*${NAME}\\s*\\)?)?\\s*[,،]?\\s*(\\d{4})(?!\\d)`,
  'g',
);
/** Month name, day, year: «يناير 28, 2026» (WordPress themes), «January 28, 2026». Captures the name, the day, the year. */
const NAME_DAY_YEAR = new RegExp(`${NAME}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s*[,،]?\\s*(\\d{4})(?!\\d)`, 'g');
/** Year first, digits only: «2026/01/28», «2026-01-28», «1445/09/01 هـ». */
const YEAR_FIRST = /(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/g;
/** Day first, digits only: «28/01/2026», «28-01-2026», «28.01.2026». */
const DAY_FIRST = /(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)/g;
/**
 * What may follow a year: «هـ», «هجري(ة)», «ه.ق» (Hijri; Persian writes «ه.ق»), «ه.ش», «ش», «شمسی»
 * (Persian solar), «م», «ميلادي(ة)» (Gregorian). Text is normalised: «هـ» arrives as «ه», «ة» as «ه».
 */
const ERA_AFTER_YEAR = new RegExp(
  `^\\s*\\.?\\s*(ه\\s*\\.?\\s*ش|ه\\s*\\.?\\s*ق|هجريه|هجري|شمسي|ميلاديه|ميلادي|ه|ش|م)(?!${DATE_LETTER})`,
);
/**
 * A time: «10:30», «10:30:15», with «ص» (sabahan, AM) or «م» (masa'an, PM) or the words «صباحا» /
 * «مساء», «am» / «pm», or Persian «ق.ظ» (AM) / «ب.ظ» (PM).
 */
const TIME = new RegExp(
  `(?<!\\d)(\\d{1,2}):(\\d{2})(?::\\d{2})?(?!\\d)\\s*(صباحا|صباح|مساءا|مساء|ص|م|am|pm|a\\.m\\.|p\\.m\\.|ق\\.ظ|ب\\.ظ)?(?!${DATE_LETTER})`,
  'g',
);
/** Spaces and dots inside an era mark: «ه . ش» is «هش». */
const ERA_PUNCTUATION = /[\s.]/g;
const AM_MARKERS: ReadonlySet<string> = new Set(['صباحا', 'صباح', 'ص', 'am', 'a.m.', 'ق.ظ']);
/** A time counts for a date when it is this close to it, before or after («12:09 م - 07 أكتوبر 2020»). */
const TIME_DISTANCE = 40;
const DAY_MS = 86_400_000;
/** Years before this in a Gregorian form are another calendar's (Hijri 14xx, Persian 13xx) or noise. */
const FIRST_GREGORIAN_YEAR = 1583;
const MAX_TEXT_LENGTH = 400;

interface Found {
  index: number;
  end: number;
  year: number;
  month: number;
  day: number;
  calendar: Calendar | null;
}

function eraAfter(text: string, end: number): Calendar | null {
  const era = ERA_AFTER_YEAR.exec(text.slice(end))?.[1]?.replace(ERA_PUNCTUATION, '');
  if (era === undefined) return null;
  if (era === 'هش' || era === 'ش' || era === 'شمسي') return 'persian';
  return era === 'م' || era.startsWith('ميلادي') ? 'gregorian' : 'hijri';
}

function numericCalendar(year: number, era: Calendar | null, persianDigits: boolean): Calendar | null {
  if (era) return era;
  if (year >= FIRST_GREGORIAN_YEAR) return 'gregorian';
  // A year like 1398 without an era: Iranian sites write solar years in Persian digits.
  return persianDigits ? 'persian' : null;
}

/** Which capture of a named-date pattern holds the day, the month's name, its other name if any, the year. */
interface NamedGroups {
  day: number;
  name: number;
  otherName?: number;
  year: number;
  /** The name starts the match and comes right before the day: in «ذو مارس 7 2020» it is «مارس». */
  nameBeforeDay?: boolean;
}

/** The last word of a two-word name. */
const SECOND_WORD = /\s(\S+)$/;

/** Dates with a month name: where the pattern found a name's place, the name must be a month's. */
function namedDates(text: string, pattern: RegExp, groups: NamedGroups): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(pattern)) {
    let index = match.index;
    const name = match[groups.name] ?? '';
    let month = monthByName(name);
    const second = groups.nameBeforeDay && !month ? SECOND_WORD.exec(name)?.[1] : undefined;
    if (second !== undefined) {
      month = monthByName(second);
      index += name.length - second.length;
    }
    if (!month) continue;
    const otherName = groups.otherName === undefined ? undefined : match[groups.otherName];
    if (otherName !== undefined && !monthByName(otherName)) continue;
    const end = match.index + match[0].length;
    const era = eraAfter(text, end);
    // «هـ» after a Gregorian month is a contradiction; «م» (AD) after any month is only emphasis.
    const calendar = era && era !== month.calendar && era !== 'gregorian' ? null : month.calendar;
    const [day, year] = [Number(match[groups.day]), Number(match[groups.year])];
    found.push({ index, end, year, month: month.month, day, calendar });
  }
  return found;
}

function numericDates(text: string, pattern: RegExp, yearFirst: boolean, persianDigits: boolean): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(pattern)) {
    const [a, b, c] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    // Arab sites write the day first; a middle number over 12 can only be an American «01/28/2026».
    const [year, month, day] = yearFirst ? [a, b, c] : b > 12 && a <= 12 ? [c, a, b] : [c, b, a];
    const end = match.index + match[0].length;
    const calendar = numericCalendar(year, eraAfter(text, end), persianDigits);
    found.push({ index: match.index, end, year, month, day, calendar });
  }
  return found;
}

function findCandidates(text: string, persianDigits: boolean): Found[] {
  return [
    ...namedDates(text, DAY_NAME_YEAR, { day: 1, name: 2, otherName: 3, year: 4 }),
    ...namedDates(text, NAME_DAY_YEAR, { name: 1, day: 2, year: 3, nameBeforeDay: true }),
    ...numericDates(text, YEAR_FIRST, true, persianDigits),
    ...numericDates(text, DAY_FIRST, false, persianDigits),
  ].sort((a, b) => a.index - b.index);
}

function daysInMonth(calendar: Calendar, year: number, month: number): number {
  if (calendar === 'gregorian') return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (calendar === 'persian') return month <= 6 ? 31 : 30;
  return 30;
}

function isValidDay({ calendar, year, month, day }: ParsedDate): boolean {
  if (calendar === 'gregorian' && year < FIRST_GREGORIAN_YEAR) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(calendar, year, month);
}

/** The time written nearest the date, as 24-hour [hour, minute]; null when none is near or it is invalid. */
function nearestTime(text: string, date: Found): [number, number] | null {
  let best: { distance: number; time: [number, number] | null } | null = null;
  for (const match of text.matchAll(TIME)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < date.end && end > date.index) continue;
    const distance = start >= date.end ? start - date.end : date.index - end;
    if (distance > TIME_DISTANCE || (best && best.distance <= distance)) continue;
    best = { distance, time: toTwentyFourHours(Number(match[1]), Number(match[2]), match[3]) };
  }
  return best?.time ?? null;
}

function toTwentyFourHours(hour: number, minute: number, marker: string | undefined): [number, number] | null {
  if (minute > 59 || hour > 23) return null;
  if (marker === undefined || hour > 12) return marker && AM_MARKERS.has(marker) ? null : [hour, minute];
  if (hour === 0) return null;
  const pm = !AM_MARKERS.has(marker);
  return [pm ? (hour % 12) + 12 : hour % 12, minute];
}

/** The date in Gregorian terms, for the future check; null when it cannot be known exactly. */
function gregorianTime(date: ParsedDate): number | null {
  if (date.calendar === 'gregorian')
    return Date.UTC(date.year, date.month - 1, date.day, date.hour ?? 0, date.minute ?? 0);
  if (date.calendar === 'persian') {
    const converted = persianToGregorian(date.year, date.month, date.day);
    return converted ? Date.UTC(converted.year, converted.month - 1, converted.day) : null;
  }
  // A Hijri year is 354 days: year 1 began in 622, so 1445 AH ≈ 2023/24.
  return Date.UTC(Math.floor(622 + (date.year - 1) * 0.970229), 0, 1);
}

/**
 * The date written in `text`, in the calendar it is written in: Gregorian month names of every region,
 * Hijri months, Persian solar months, English months, or digits (Arabic-Indic and Persian digits too),
 * with the time next to it when there is one. Weekday names are ignored. When the text gives the day in
 * two calendars («9 رمضان 1447 هـ الموافق 26 فبراير 2026»), the Gregorian one. Null when no date is
 * found, when it does not exist (31 April), or when it lies more than a day after `now`.
 */
export function parseArabicDate(text: string, now: Date = new Date()): ParsedDate | null {
  try {
    if (typeof text !== 'string' || text.trim() === '') return null;
    const raw = text.slice(0, MAX_TEXT_LENGTH);
    const normalized = normalizeDateText(raw);
    const nowTime = now instanceof Date && !Number.isNaN(now.getTime()) ? now.getTime() : Date.now();
    const dates: ParsedDate[] = [];
    for (const candidate of findCandidates(normalized, hasPersianDigits(raw))) {
      if (!candidate.calendar) continue;
      const { year, month, day, calendar } = candidate;
      const date: ParsedDate = { year, month, day, calendar };
      if (!isValidDay(date)) continue;
      const time = nearestTime(normalized, candidate);
      if (time) [date.hour, date.minute] = time;
      const gregorian = gregorianTime(date);
      if (gregorian === null || gregorian - nowTime <= DAY_MS) dates.push(date);
    }
    return dates.find((date) => date.calendar === 'gregorian') ?? dates[0] ?? null;
  } catch {
    return null;
  }
}
