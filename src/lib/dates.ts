/**
 * Dates in Shared Path are calendar days (YYYY-MM-DD) and are always shown in UTC,
 * so a page reads the same wherever it is built or read.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" into a UTC midnight Date, or returns null when the day does not exist. */
export function parseCalendarDate(text: string): Date | null {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to 2026-03-02; the contract says that is an error.
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : null;
}

// On globalThis, not in this module: Astro loads the content config and the pages as
// separate module instances, and all of them must see the same pinned time.
const PINNED_NOW = Symbol.for('shared-path.build-now');
type PinnedGlobal = typeof globalThis & { [PINNED_NOW]?: number };

/**
 * Fixes the clock for the rest of this build (a production build calls it once, at the
 * start), so the content checks, the loader, the pages and the post-build gates all
 * decide with the same "now", and the gates can reuse the checks' result. A later build
 * in the same process pins again. SOURCE_DATE_EPOCH still wins.
 */
export function pinBuildNow(at: number = Date.now()): void {
  (globalThis as PinnedGlobal)[PINNED_NOW] = at;
}

/** Undoes pinBuildNow (for tests). */
export function unpinBuildNow(): void {
  delete (globalThis as PinnedGlobal)[PINNED_NOW];
}

function buildClock(): number {
  return (globalThis as PinnedGlobal)[PINNED_NOW] ?? Date.now();
}

/**
 * "Now" for publishing decisions: SOURCE_DATE_EPOCH (seconds) when set, so that a build
 * is reproducible, else the time pinned at the start of the build, else the clock.
 * Throws on a malformed value rather than guessing.
 */
export function buildNow(env: Record<string, string | undefined> = process.env, clock = buildClock): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date(clock());
  if (!/^\d+$/.test(epoch.trim())) {
    throw new Error(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (got "${epoch}"). Unset it or fix the value.`,
    );
  }
  return new Date(Number(epoch.trim()) * 1000);
}

/** "YYYY-MM-DD" of a date, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const longFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "14 March 2026": the reader-facing form of a date, always in UTC. */
export function formatDate(date: Date): string {
  return longFormat.format(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}
