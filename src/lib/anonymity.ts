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

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// "@name" not preceded by a word character (so not the middle of an email address).
const HANDLE = /(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?/g;
const SOCIAL_HOSTS = [
  'facebook.com', 'fb.com', 'instagram.com', 'twitter.com', 'x.com', 'tiktok.com', 'linkedin.com',
  'youtube.com', 'threads.net', 'threads.com', 'bsky.app', 'snapchat.com', 'reddit.com', 'pinterest.com',
  'tumblr.com', 'twitch.tv', 'onlyfans.com', 'vk.com', 't.me', 'telegram.me', 'wa.me',
];
const URL_LIKE = /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)*([a-z0-9-]+\.[a-z]{2,})(\/[^\s)\]>"']*)?/gi;
const SEVEN_DIGITS = /\d(?:[\s().\-/]{0,3}\d){6}/;
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
  /** Countries whose national number formats are recognised (the first is the default). */
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

/** Every identifying detail in `text`, in order of appearance. */
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

export function findIdentifyingDetails(text: string, options: ScanOptions): IdentifyingMatch[] {
  const found: IdentifyingMatch[] = [];
  const add = (m: IdentifyingMatch) => {
    if (!found.some((f) => m.start < f.end && f.start < m.end)) found.push(m);
  };

  for (const m of text.matchAll(EMAIL)) {
    add({ kind: 'email address', start: m.index, end: m.index + m[0].length, masked: maskEmail(m[0]) });
  }
  for (const m of text.matchAll(FEDIVERSE)) {
    const host = new URL(m[0]).host;
    add({ kind: 'social-media profile link', start: m.index, end: m.index + m[0].length, masked: maskProfileLink(host) });
  }
  for (const m of text.matchAll(URL_LIKE)) {
    const host = m[0].replace(/^https?:\/\//i, '').split('/')[0]!;
    const path = m[2] ?? '';
    if (isSocialHost(host) && path.replace(/\/+$/, '') !== '') {
      add({ kind: 'social-media profile link', start: m.index, end: m.index + m[0].length, masked: maskProfileLink(host.toLowerCase()) });
    }
  }
  for (const m of text.matchAll(HANDLE)) {
    add({ kind: 'social-media handle', start: m.index, end: m.index + m[0].length, masked: maskHandle(m[0]) });
  }
  const publicDigits = publicDigitsOf(options.publicNumbers ?? [], options.countries);
  // Fast path: libphonenumber is slow on long prose, and most stories hold no run of
  // seven or more digits, which every phone number in every supported format needs.
  const mayHoldPhone = SEVEN_DIGITS.test(text);
  for (const country of mayHoldPhone ? options.countries : []) {
    // `extended` is the documented switch to POSSIBLE leniency.
    for (const m of findPhoneNumbersInText(text, { defaultCountry: country, extended: options.phoneLeniency !== 'VALID' })) {
      const raw = text.slice(m.startsAt, m.endsAt);
      const national = digitsOf(m.number.nationalNumber);
      if (publicDigits.has(digitsOf(raw)) || publicDigits.has(national)) continue;
      add({ kind: 'phone number', start: m.startsAt, end: m.endsAt, masked: maskPhone(raw) });
    }
  }

  const allowed = allowedRanges(text, options.allow ?? []);
  return found
    .filter((m) => !allowed.some(([from, to]) => m.start >= from && m.end <= to))
    .sort((a, b) => a.start - b.start);
}
