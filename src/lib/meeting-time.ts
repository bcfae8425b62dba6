/** Weekly meeting times: weekdays, wall-clock times and the time zones a meeting may use. */
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { Weekday } from '../schemas/vocabularies';

/** Sunday = 0 … Saturday = 6, as JavaScript and the Meeting Guide spec count. */
export const WEEKDAY_NUMBER: Record<Weekday, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Minutes since midnight of "HH:MM". */
export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** "HH:MM" of minutes since midnight, wrapping past midnight. */
export function clockOf(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The calendar day (year, month 1–12, day) and weekday of an instant in a time zone. */
export function localDay(instant: Date, timeZone: string): { year: number; month: number; day: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), weekday };
}

// The iCalendar rules (VTIMEZONE blocks) the calendar can write, by name, links included.
let calendarZones: ReadonlySet<string> | undefined;
const zonesWithRules = () => (calendarZones ??= new Set(tzlib_get_timezones() as string[]));
const canonical = new Map<string, string | undefined>();

const intlKnows = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * The one answer to "can a meeting use this time zone?", asked by the content checks and
 * by the calendar alike. Yes for an IANA name spelt exactly (capitals included), links
 * such as "GMT", "US/Eastern" or "Asia/Calcutta" too, when the iCalendar rules have it and
 * this runtime's Intl can show times in it (the page, the week's first meeting).
 * Returns the canonical name the VTIMEZONE carries ("GMT" → "Etc/GMT", "US/Eastern" →
 * "America/New_York"), or undefined. Intl alone is not enough: it also takes "europe/london"
 * and "+05:00", which have no VTIMEZONE (that crashed /meetings.ics); the rules alone list
 * "CT" and "PT", which are not IANA names and Intl refuses.
 */
export function calendarTimeZone(zone: string): string | undefined {
  if (canonical.has(zone)) return canonical.get(zone);
  let name: string | undefined;
  if (zonesWithRules().has(zone) && intlKnows(zone) && !(zone in SUMMERLESS)) {
    const block = tzlib_get_ical_block(zone);
    const tzid = Array.isArray(block) ? /^TZID:(.+?)\r?$/m.exec(block[0] ?? '')?.[1] : undefined;
    // The calendar also formats times in the canonical zone (ical-generator's TZDate).
    if (tzid && block[0]!.includes('BEGIN:VTIMEZONE') && intlKnows(tzid)) name = tzid;
  }
  canonical.set(zone, name);
  return name;
}

/**
 * IANA names that read like a region's time but never change for summer: a New York meeting
 * written "EST" would show an hour off from March to November. Refused, with the city meant.
 */
const SUMMERLESS: Record<string, string> = { EST: 'America/New_York', MST: 'America/Denver', HST: 'Pacific/Honolulu' };

/** The VTIMEZONE block of a zone calendarTimeZone accepts, named by its canonical name. */
export function vtimezoneOf(zone: string): string | undefined {
  const name = calendarTimeZone(zone);
  const block = name ? tzlib_get_ical_block(name) : undefined;
  return Array.isArray(block) ? block[0] : undefined;
}

/** Compared loosely: capitals ignored, spaces as underscores ("new york" ~ "New_York"). */
const loose = (zone: string) => zone.trim().replace(/\s+/g, '_').toLowerCase();

/**
 * The zone an editor probably meant, for "did you mean ...?": the same name with other
 * capitals or spaces ("europe/london", "America/New York"), a city alone ("London"), or
 * a near miss ("Amercia/Chicago"). Canonical names are preferred to links.
 */
export function suggestTimeZone(written: string): string | undefined {
  const found = suggestAnyTimeZone(written);
  // The name as written when only its capitals were wrong ("utc" -> UTC); else the zone's
  // current name, not an old alias ("Calcutta" -> Asia/Kolkata, not Asia/Calcutta).
  if (!found || loose(found) === loose(written)) return found;
  return calendarTimeZone(found) ?? found;
}

function suggestAnyTimeZone(written: string): string | undefined {
  const summerless = Object.entries(SUMMERLESS).find(([abbreviation]) => abbreviation === written.trim().toUpperCase());
  if (summerless) return summerless[1];
  const wanted = loose(written);
  if (!wanted) return undefined;
  const usable = [...zonesWithRules()].filter((zone) => calendarTimeZone(zone) !== undefined);
  // Canonical names first, so "London" finds Europe/London before the link GB or Europe/Belfast.
  usable.sort((a, b) => Number(calendarTimeZone(b) === b) - Number(calendarTimeZone(a) === a));
  const exact = usable.find((zone) => loose(zone) === wanted);
  if (exact) return exact;
  const cities = new Map<string, string>();
  for (const zone of usable) {
    const city = zone.slice(zone.lastIndexOf('/') + 1);
    if (zone.includes('/') && !cities.has(city)) cities.set(city, zone);
  }
  const city = [...cities].find(([name]) => loose(name) === wanted);
  if (city) return city[1];
  // A near miss: one letter wrong, missing, extra, or two letters swapped ("Amercia").
  if (wanted.length < 4) return undefined;
  const near = (names: Iterable<string>) => [...names].find((name) => typos(loose(name), wanted) <= 1);
  if (wanted.includes('/')) return near(usable);
  const nearCity = near(cities.keys());
  return nearCity && cities.get(nearCity);
}

/** Edit distance between two names, a swap of neighbours counting as one edit (capped at 2). */
function typos(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return Math.min(d[a.length]![b.length]!, 2);
}
