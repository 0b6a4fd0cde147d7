import { parseArabicDate } from './parse-arabic-date';
import { persianToGregorian } from './persian-calendar';

/**
 * ISO 8601 as pages write it: «2021-06-23T10:58:51.563823Z», «2020-06-03T03:01+0400»,
 * «2020-12-01 02:00:00», «2020-02-18 T 07:20:50 +0330», a lower-case «z», or a date alone.
 */
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:\s*t?\s*(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** A numeric UTC offset: «+04», «+0400», «+04:00», «-0330». */
const OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;
/** Zone names that mean UTC. */
const UTC_ZONE = /^(?:z|utc|gmt)$/i;
const DAY_MS = 86_400_000;
/** CMS defaults («1970-01-01», «0001-01-01») are not publication dates, and no news site predates the web. */
const FIRST_PUBLISHED_YEAR = 1990;
const MAX_VALUE_LENGTH = 200;

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

function dateOnly(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The zone as ISO writes it and its offset in minutes, or null when it is not a zone. */
function parseZone(zone: string): [string, number] | null {
  if (UTC_ZONE.test(zone)) return ['Z', 0];
  const match = OFFSET.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  const sign = match[1] === '-' ? -1 : 1;
  return [`${match[1]}${pad(hours)}:${pad(minutes)}`, sign * (hours * 60 + minutes)];
}

function isPlausible(year: number, time: number, now: Date): boolean {
  return year >= FIRST_PUBLISHED_YEAR && time - now.getTime() <= DAY_MS;
}

/**
 * The ISO form of an ISO-like value: with its zone when it has one, the date alone when it has a
 * time but no zone (a local time whose offset we do not know would be a guess).
 */
function fromIsoLike(value: string, now: Date): string | null | undefined {
  const match = ISO_LIKE.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? '0')) as number[];
  if (year === undefined || month === undefined || day === undefined || !isRealDay(year, month, day)) return null;
  const zone = match[7] === undefined ? null : parseZone(match[7]);
  if (match[4] === undefined || zone === null) {
    return isPlausible(year, Date.UTC(year, month - 1, day), now) ? dateOnly(year, month, day) : null;
  }
  const [h, m, s] = [hour ?? 0, minute ?? 0, second ?? 0];
  if (h > 23 || m > 59 || s > 59) return null;
  const instant = Date.UTC(year, month - 1, day, h, m, s) - zone[1] * 60_000;
  if (!isPlausible(year, instant, now)) return null;
  return `${dateOnly(year, month, day)}T${pad(h)}:${pad(m)}:${pad(s)}${zone[0]}`;
}

/** A date written in words or digits (any region's months, Arabic-Indic digits), as `YYYY-MM-DD`. */
function fromWrittenDate(value: string, now: Date): string | null {
  const parsed = parseArabicDate(value, now);
  if (!parsed || parsed.calendar === 'hijri') return null; // Hijri days depend on the site's sighting.
  const day = parsed.calendar === 'persian' ? persianToGregorian(parsed.year, parsed.month, parsed.day) : parsed;
  if (!day || !isPlausible(day.year, Date.UTC(day.year, day.month - 1, day.day), now)) return null;
  return dateOnly(day.year, day.month, day.day);
}

/** A page's date value as ISO 8601, or null when it is none, impossible, too old or in the future. */
export function toPublishedIso(value: string, now: Date = new Date()): string | null {
  try {
    if (typeof value !== 'string') return null;
    const trimmed = value.trim().slice(0, MAX_VALUE_LENGTH);
    if (trimmed === '') return null;
    const iso = fromIsoLike(trimmed, now);
    return iso === undefined ? fromWrittenDate(trimmed, now) : iso;
  } catch {
    return null;
  }
}
