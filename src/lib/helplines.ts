/** Which crisis lines to show where, and how to dial them. */
import { dialable } from '../schemas/helpline';

export interface HelplineLike {
  id: string;
  name: string;
  country: string;
  phone?: string | undefined;
  sms?: string | undefined;
  url?: string | undefined;
}

function rank(line: HelplineLike, country: string): number {
  if (line.country === country) return 0;
  if (line.country === 'international') return 1;
  return 2;
}

/**
 * Every line for /help/: the site's own country first, then international lines, then
 * the rest by country; the file's order is kept inside each group (editors order by urgency).
 */
export function orderHelplines<T extends HelplineLike>(lines: readonly T[], country: string): T[] {
  return lines
    .map((line, index) => ({ line, index }))
    .sort(
      (a, b) =>
        rank(a.line, country) - rank(b.line, country) ||
        (rank(a.line, country) === 2 ? a.line.country.localeCompare(b.line.country) : 0) ||
        a.index - b.index,
    )
    .map(({ line }) => line);
}

/**
 * The lines printed on every page: the site's country and international lines. If the
 * file has none of those, every line, so a page is never without a number to call.
 */
export function pageHelplines<T extends HelplineLike>(lines: readonly T[], country: string): T[] {
  const ordered = orderHelplines(lines, country);
  const local = ordered.filter((line) => rank(line, country) < 2);
  return local.length > 0 ? local : ordered;
}

/** Whether the site can link to the line at all: phone, sms and url are each optional. */
export const isReachable = (line: HelplineLike) => Boolean(line.phone || line.sms || line.url);

/**
 * The one line named in the banner at the top of every page: the first that can be called
 * or texted, else the first with a website. A line with none of these is never named
 * there (a name with nothing to press helps no one in a crisis); "More helplines" remains.
 */
export function bannerHelpline<T extends HelplineLike>(lines: readonly T[], country: string): T | undefined {
  const shown = pageHelplines(lines, country);
  return shown.find((line) => line.phone || line.sms) ?? shown.find((line) => line.url);
}

export const telHref = (number: string) => `tel:${dialable(number)}`;
export const smsHref = (number: string) => `sms:${dialable(number)}`;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Readable country label: "US", "GB" → "United States", "United Kingdom"; "international" → "International". */
export function countryName(code: string): string {
  if (code === 'international') return 'International';
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Lines grouped by country, keeping the given order of both groups and lines. */
export function groupByCountry<T extends HelplineLike>(lines: readonly T[]): { country: string; lines: T[] }[] {
  const groups: { country: string; lines: T[] }[] = [];
  for (const line of lines) {
    const group = groups.find((g) => g.country === line.country);
    if (group) group.lines.push(line);
    else groups.push({ country: line.country, lines: [line] });
  }
  return groups;
}

/** A number as link text that never wraps mid-number: non-breaking spaces and hyphens. */
export const unbroken = (number: string) => number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

/**
 * What the banner offers for its line, in order: call, text, or (only when neither) its
 * website. Shared by the banner of every page and the feed view (src/lib/feeds/stylesheet.ts).
 */
export function bannerActions(line: HelplineLike | undefined): Array<{ href: string; label: string; external: boolean }> {
  if (!line) return [];
  const actions: Array<{ href: string; label: string; external: boolean }> = [];
  if (line.phone) actions.push({ href: telHref(line.phone), label: `Call\u00a0${unbroken(line.phone)}`, external: false });
  if (line.sms) actions.push({ href: smsHref(line.sms), label: `Text\u00a0${unbroken(line.sms)}`, external: false });
  if (actions.length === 0 && line.url) actions.push({ href: line.url, label: `Website of ${line.name}`, external: true });
  return actions;
}
