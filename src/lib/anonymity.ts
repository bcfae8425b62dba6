/**
 * The anonymity check: finds details that could identify a storyteller who asked to
 * stay anonymous. Matches are reported masked: a build log must never repeat a
 * storyteller's contact details in full.
 */
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type IdentifyingKind = 'email address' | 'phone number' | 'social-media handle' | 'social-media profile link';

export interface IdentifyingMatch {
  kind: IdentifyingKind;
  /** Offset of the match in the scanned text. */
  start: number;
  end: number;
  /** The match with most characters hidden, safe to print. */
  masked: string;
}

/** "an email address", "a phone number": for messages. */
export function withArticle(kind: IdentifyingKind): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/**
 * National formats recognised on every site, whatever countries its crisis lines are in:
 * a storyteller writes their number the way their own country does. GB, AU and IE
 * already accept national numbers of 7 to 13 digits written with their leading 0, so
 * German, French, Spanish, Italian and Dutch ones too; DE, IT and NL would add mainly
 * runs of 11 and 13 to 15 digits, which in stories are meeting ids, card and reference
 * numbers more often than phones.
 */
export const ALWAYS_SCANNED_REGIONS: readonly CountryCode[] = ['US', 'GB', 'CA', 'AU', 'NZ', 'IE'];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// "@name" not preceded by a word character (so not the middle of an email address).
const HANDLE = /(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?/g;
const SOCIAL_HOSTS = [
  'facebook.com', 'fb.com', 'instagram.com', 'twitter.com', 'x.com', 'tiktok.com', 'linkedin.com',
  'youtube.com', 'threads.net', 'threads.com', 'bsky.app', 'snapchat.com', 'reddit.com', 'pinterest.com',
  'tumblr.com', 'twitch.tv', 'onlyfans.com', 'vk.com', 't.me', 'telegram.me', 'wa.me',
];
const URL_LIKE = /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)*([a-z0-9-]+\.[a-z]{2,})(\/[^\s)\]>"']*)?/gi;
// Separators include the typographic dashes a word processor may put in: "555–0199".
const SEVEN_DIGITS = /\d(?:[\s().\-/\u2010-\u2013]{0,3}\d){6}/;
// Fediverse profiles live on any host: https://host/@name
const FEDIVERSE = /\bhttps?:\/\/[^\s/]+\/@[\w.]+/gi;

/** "jane.doe@example.com" -> "j***@***". */
export function maskEmail(text: string): string {
  return `${text[0]}***@***`;
}

/** "(312) 555-0199" -> "(3**) ***-**99": keeps the first and last two digits only. */
export function maskPhone(text: string): string {
  const digits = [...text].filter((c) => /\d/.test(c)).length;
  let seen = 0;
  return [...text]
    .map((c) => {
      if (!/\d/.test(c)) return c;
      seen += 1;
      return seen === 1 || seen > digits - 2 ? c : '*';
    })
    .join('');
}

/** "@janedoe" -> "@j***". */
export function maskHandle(text: string): string {
  return `@${text[1]}***`;
}

/** "https://instagram.com/janedoe" -> "instagram.com/***". */
export function maskProfileLink(host: string): string {
  return `${host}/***`;
}

function isSocialHost(host: string): boolean {
  const lower = host.toLowerCase();
  return SOCIAL_HOSTS.some((h) => lower === h || lower.endsWith(`.${h}`));
}

export interface ScanOptions {
  /**
   * Countries whose national number formats are recognised first (the site's and its
   * crisis lines'); ALWAYS_SCANNED_REGIONS are recognised as well.
   */
  countries: readonly CountryCode[];
  /** Exact strings that are known false positives (the story's `anonymityAllow`). */
  allow?: readonly string[];
  /** Phone numbers that are public services (crisis lines), never identifying. */
  publicNumbers?: readonly string[];
  /**
   * POSSIBLE (default) also catches numbers in reserved fictional ranges and local
   * numbers without an area code; VALID only numbers in assigned ranges.
   */
  phoneLeniency?: 'POSSIBLE' | 'VALID';
}

/** Ranges of `text` covered by an allowed string. */
function allowedRanges(text: string, allow: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const phrase of allow) {
    if (!phrase) continue;
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
      ranges.push([at, at + phrase.length]);
    }
  }
  return ranges;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

// The same few public numbers come with every text the checks scan (several fields of
// thousands of stories), and parsing them was a third of the content checks' time.
const publicDigitsCache = new Map<string, Set<string>>();

/** The digits under which public numbers (crisis lines) may appear: as written, and national. */
function publicDigitsOf(numbers: readonly string[], countries: readonly CountryCode[]): Set<string> {
  const key = `${countries.join(',')}\0${numbers.join('\0')}`;
  let digits = publicDigitsCache.get(key);
  if (digits) return digits;
  digits = new Set<string>();
  for (const number of numbers) {
    digits.add(digitsOf(number));
    for (const country of countries) {
      const parsed = parsePhoneNumberFromString(number, country);
      if (parsed) digits.add(digitsOf(parsed.nationalNumber));
    }
  }
  publicDigitsCache.set(key, digits);
  return digits;
}

// Digits as phone numbers are written: "+44 (0)20 7946 0958", "(555) 123-4567", "555.123.4567";
// not across a blank line (single line breaks are spaces by then), and not the "(" that
// opens a parenthesis: "(555-1234)".
const DIGIT_RUN = /(?:\+|\((?=\d+\)))?\d(?:[ \t\u00a0().\-/\u2010-\u2013]{0,3}\d)*/g;
// A US or Canadian number without its area code: "555-1234", "555 0199" (no N11 service code).
const LOCAL_NUMBER = /^(?![2-9]11)[2-9]\d\d[-. ]\d{4}$/;
const isQuarterHour = (group: string) => /^(?:[01]\d|2[0-3])(?:00|15|30|45)$/.test(group);
const isYear = (group: string) => /^(?:19|20)\d\d$/.test(group);
const isDayAndMonth = (day: string, month: string) =>
  day.length <= 2 && month.length <= 2 && +day >= 1 && +day <= 31 && +month >= 1 && +month <= 12;
/** "2026-03-14", "14.03.2026", "03/14/2026" as digit groups. */
const isDate = ([a = '', b = '', c = '']: string[]) =>
  (isYear(a) && isDayAndMonth(c, b)) || (isYear(c) && (isDayAndMonth(a, b) || isDayAndMonth(b, a)));

/** Years and dates only: "1999-2005", "2019 2020 2021", "2026-03-14", "14.03.2026", "12/2019-03/2020". */
function isYearsAndDates(groups: string[]): boolean {
  for (let i = 0; i < groups.length; ) {
    if (isDate(groups.slice(i, i + 3))) i += 3;
    else if (isDayAndMonth('1', groups[i]!) && isYear(groups[i + 1] ?? '')) i += 2;
    else if (isYear(groups[i]!)) i += 1;
    else return false;
  }
  return true;
}

/** "800-1200 (calories)", "930-1030", "1250-1499", "room 1204-1206": round numbers, or two of the same length, rising. */
function isRange(groups: string[]): boolean {
  if (groups.length !== 2 || groups[0]!.startsWith('0')) return false;
  const [from, to] = groups.map(Number) as [number, number];
  const round = from % 10 === 0 && to % 10 === 0;
  const sameLength = groups[0]!.length === groups[1]!.length;
  return from < to && (round || sameLength);
}

/** "4-5-6-7-8-9-10", "5, 6, 7, 8, 9, 10, 11": small numbers counting up one by one (not "06 12 34 56 78"). */
const isCountingList = (groups: string[]) =>
  groups.length >= 3 && groups.every((g, i) => g.length <= 2 && !g.startsWith('0') && (i === 0 || Number(g) === Number(groups[i - 1]) + 1));

// Words that introduce a phone number: after them a "range" or a year-like group is one.
const CONTACT_CUE = /\b(?:call(?:s|ed|ing)?|text(?:s|ed|ing)?|ring|rang|phone|cell|mobile|reach|number|dial(?:led|ed)?|whatsapp|signal|contact|tel)\b[^.!?\n\d]{0,25}$/i;

/** A hyphenated ISBN ("0-316-76948-7", "978-1-59327-584-6") or a bare ISBN-13, by its check digit. */
function isIsbn(raw: string, groups: string[]): boolean {
  const digits = groups.join('');
  const sum = (weight: (i: number) => number) => [...digits].reduce((s, d, i) => s + Number(d) * weight(i), 0);
  if (digits.length === 13 && /^97[89]/.test(digits)) return sum((i) => (i % 2 ? 3 : 1)) % 10 === 0;
  return digits.length === 10 && groups.length >= 4 && groups.at(-1)!.length === 1 && /^[\d-]+$/.test(raw) && sum((i) => 10 - i) % 11 === 0;
}

/**
 * Whether a phone-shaped run written without a country code is something else that
 * recovery stories are full of; libphonenumber's POSSIBLE leniency accepts almost any
 * run of seven or more digits in some region.
 */
function isNotAPhone(text: string, start: number, end: number, runStart = start): boolean {
  const raw = text.slice(start, end);
  const groups = raw.match(/\d+/g) ?? [];
  // What stands before the number says what it is, but only before the whole run of digits:
  // inside "988/555-123-4567" the "/" is no web address.
  const before = start === runStart ? text.slice(Math.max(0, start - 12), start) : '';
  // "call me on", "my cell is": then a range or a year-like group is a phone number after all.
  const cued = CONTACT_CUE.test(text.slice(Math.max(0, runStart - 40), runStart));
  return (
    groups.join('').length < 7 || // "417-449", "2019": no national number is that short
    // "C-2026-014" (a record id), "$500-1000", a link's query or path, "ISBN 0 316…", "Meeting ID 842 1234 5678"
    /\b[A-Z]{1,4}-$/.test(before) ||
    /[$£€¥]\s?$|\b(?:ISBN(?:-1[03])?|ID):?\s*$/i.test(before) ||
    (start === runStart && /(?:https?:\/\/|www\.)\S*$/i.test(text.slice(Math.max(0, start - 100), start))) || // a meeting link's digits
    /^(?:%|:\d\d)/.test(text.slice(end, end + 3)) || // "25%", "2026-03-14 08:00"
    groups.every((g) => g.length === 1) || // "steps 1 2 3 4 5 6 7"
    isCountingList(groups) || // "steps 4-5-6-7-8-9-10"
    isYearsAndDates(groups) ||
    isIsbn(raw, groups) ||
    (!cued && isRange(groups)) || // "800-1200 calories", "1250-1499 a month"
    /^[1-9]\d{4}-\d{4}$/.test(raw) || // a ZIP+4 code: "90210-1234"
    (/\bp(?:p|ages?)?\.?\s*$/i.test(before) && groups.length === 2 && isYear(groups[1]!)) || // "page 417 1976"
    (groups.length === 2 && groups.every(isQuarterHour) && groups[0]! < groups[1]!) || // "0930-1030"
    // "1 000 000", "£1.250.000": amounts grouped by thousands (but "612 345 678" is a Spanish mobile).
    (/^[1-9]\d{0,2}(?:([ .,])\d{3})(?:\1\d{3})*$/.test(raw) && raw.endsWith('000'))
  );
}

interface PhoneSpan {
  start: number;
  end: number;
  isPublic: boolean;
}

/** Phone numbers in `text` that are not public services, as offsets. */
function findPhoneNumbers(text: string, options: ScanOptions): PhoneSpan[] {
  // Fast path: libphonenumber is slow on long prose, and most stories hold no run of
  // seven or more digits, which every phone number in every recognised format needs.
  if (!SEVEN_DIGITS.test(text)) return [];
  // Editors wrap lines; Markdown shows a single line break as a space, so a number broken
  // across lines ("555 123\n4567") is read as one. Same length, so offsets still fit.
  text = text.replace(/(?<!\n)(\r?\n)(?!\r?\n)/g, (m) => ' '.repeat(m.length));
  const regions = [...new Set([...options.countries, ...ALWAYS_SCANNED_REGIONS])];
  const publicDigits = publicDigitsOf(options.publicNumbers ?? [], regions);
  const extended = options.phoneLeniency !== 'VALID'; // the documented switch to POSSIBLE leniency
  const spans: PhoneSpan[] = [];
  const consider = (start: number, end: number, runStart: number, national?: string, international = false) => {
    const raw = text.slice(start, end);
    const isPublic = publicDigits.has(digitsOf(raw)) || (national !== undefined && publicDigits.has(national));
    // Unbalanced parentheses: a number that ends a parenthesis, "(pp. 58-60) 1939".
    const balanced = raw.split('(').length === raw.split(')').length;
    if (isPublic || international || (balanced && !isNotAPhone(text, start, end, runStart))) spans.push({ start, end, isPublic });
  };

  for (const run of text.matchAll(DIGIT_RUN)) {
    const withCountryCode = /^(?:\+|00[1-9])/.test(run[0]);
    // A run that is a date range, an amount, an ISBN... as a whole holds no phone number.
    if (!SEVEN_DIGITS.test(run[0]) || (!withCountryCode && isNotAPhone(text, run.index, run.index + run[0].length))) continue;
    // libphonenumber sees only the run, not the whole text: scanning a 3 KB story costs it
    // about 1.2 ms per region, a run some 30 microseconds. "0044 20…" is read as " +44 20…" in
    // every region (same length, so offsets still fit), not only where 00 dials abroad.
    const chunk = run[0].replace(/^00(?=[1-9])/, ' +');
    for (const defaultCountry of regions) {
      for (const m of findPhoneNumbersInText(chunk, { defaultCountry, extended })) {
        const international = chunk[m.startsAt] === '+';
        const start = run.index + m.startsAt - (international && run[0][m.startsAt] === '0' ? 1 : 0);
        consider(start, run.index + m.endsAt, run.index, digitsOf(m.number.nationalNumber), international);
      }
    }
    if (extended && LOCAL_NUMBER.test(run[0])) consider(run.index, run.index + run[0].length, run.index);
  }

  // Longest first, so a crisis line ("1-800-662-4357") also covers the shorter numbers
  // some region reads inside it ("662-4357").
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhoneSpan[] = [];
  for (const span of spans) if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  return kept.filter((span) => !span.isPublic);
}

/** Every identifying detail in `text`, in order of appearance. */
export function findIdentifyingDetails(text: string, options: ScanOptions): IdentifyingMatch[] {
  const found: IdentifyingMatch[] = [];
  const add = (m: IdentifyingMatch) => {
    if (!found.some((f) => m.start < f.end && f.start < m.end)) found.push(m);
  };

  // Each pattern tries every position of the text; most stories hold no "@" and no ".xx"
  // (a dot right before two letters, as in a host name), so those scans are skipped.
  const hasAt = text.includes('@');
  const hasHost = /\.[a-z]{2}/i.test(text);
  for (const m of hasAt ? text.matchAll(EMAIL) : []) {
    add({ kind: 'email address', start: m.index, end: m.index + m[0].length, masked: maskEmail(m[0]) });
  }
  for (const m of hasAt ? text.matchAll(FEDIVERSE) : []) {
    const host = new URL(m[0]).host;
    add({ kind: 'social-media profile link', start: m.index, end: m.index + m[0].length, masked: maskProfileLink(host) });
  }
  for (const m of hasHost ? text.matchAll(URL_LIKE) : []) {
    const host = m[0].replace(/^https?:\/\//i, '').split('/')[0]!;
    const path = m[2] ?? '';
    if (isSocialHost(host) && path.replace(/\/+$/, '') !== '') {
      add({ kind: 'social-media profile link', start: m.index, end: m.index + m[0].length, masked: maskProfileLink(host.toLowerCase()) });
    }
  }
  for (const m of hasAt ? text.matchAll(HANDLE) : []) {
    add({ kind: 'social-media handle', start: m.index, end: m.index + m[0].length, masked: maskHandle(m[0]) });
  }
  for (const { start, end } of findPhoneNumbers(text, options)) {
    add({ kind: 'phone number', start, end, masked: maskPhone(text.slice(start, end)) });
  }

  const allowed = allowedRanges(text, options.allow ?? []);
  return found
    .filter((m) => !allowed.some(([from, to]) => m.start >= from && m.end <= to))
    .sort((a, b) => a.start - b.start);
}

/**
 * `text` with every contact detail found masked: for text that may be printed (a consent
 * record id in the report, a value quoted back in an error). Phones at VALID leniency by
 * default, so record ids such as 2026-0142 stay readable.
 */
export function maskIdentifying(text: string, options: ScanOptions = { countries: ['US', 'GB'], phoneLeniency: 'VALID' }): string {
  let masked = text;
  for (const m of [...findIdentifyingDetails(text, options)].reverse()) masked = masked.slice(0, m.start) + m.masked + masked.slice(m.end);
  return masked;
}
