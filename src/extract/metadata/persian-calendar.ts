/**
 * Iranian solar (Persian) dates to Gregorian ones. The solar calendar is fixed by rule, so a date in it
 * names one Gregorian day: we estimate that day and let Intl's `persian` calendar confirm it. Hijri
 * dates get no such conversion: sites follow different month sightings, so one date can be two days.
 */

export interface GregorianDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
/** 1 Farvardin 1400 fell on 21 March 2021. */
const FARVARDIN_1400 = Date.UTC(2021, 2, 21);
const MEAN_SOLAR_YEAR_DAYS = 365.2422;
/** How far from the estimate the true day can be (leap-year placement), with room to spare. */
const SEARCH_DAYS = 4;

let formatter: Intl.DateTimeFormat | null | undefined;

/** Intl's Persian calendar, or null where the runtime lacks it. */
function persianFormatter(): Intl.DateTimeFormat | null {
  if (formatter !== undefined) return formatter;
  try {
    const candidate = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatter = candidate.resolvedOptions().calendar === 'persian' ? candidate : null;
  } catch {
    formatter = null;
  }
  return formatter;
}

function persianParts(format: Intl.DateTimeFormat, time: number): GregorianDate {
  const parts = format.formatToParts(new Date(time));
  const value = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? NaN);
  return { year: value('year'), month: value('month'), day: value('day') };
}

/** The Gregorian day of a Persian date, or null when it does not exist or Intl cannot tell. */
export function persianToGregorian(year: number, month: number, day: number): GregorianDate | null {
  try {
    const format = persianFormatter();
    if (!format || ![year, month, day].every(Number.isInteger)) return null;
    const dayOfYear = month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30;
    const estimate = FARVARDIN_1400 + Math.round((year - 1400) * MEAN_SOLAR_YEAR_DAYS + dayOfYear + day - 1) * DAY_MS;
    for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
      for (const time of [estimate + offset * DAY_MS, estimate - offset * DAY_MS]) {
        const found = persianParts(format, time);
        if (found.year === year && found.month === month && found.day === day) {
          const date = new Date(time);
          return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        }
      }
    }
    return null;
  } catch {
    return null;
  }
}
