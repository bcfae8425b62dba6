/**
 * How the header search form hands its query to /search/ without putting it in a URL, a
 * request or anything stored: in window.name, which no server sees and no history entry or
 * disk keeps. /search/ reads and clears it at once (src/components/SiteHeader.astro).
 * Pure, so the script and the unit tests share it.
 */

// A prefix, so that /search/ never takes a name some other page gave this tab for a query.
const HANDOFF_PREFIX = 'shared-path:search:';

/** The window.name that hands a query over ('' for no query). */
export function handoffName(query: string): string {
  const trimmed = query.trim();
  return trimmed ? HANDOFF_PREFIX + trimmed : '';
}

/** The query handed over in window.name, or null when the name is not a hand-over. */
export function readHandoff(name: string): string | null {
  if (!name.startsWith(HANDOFF_PREFIX)) return null;
  return name.slice(HANDOFF_PREFIX.length).trim() || null;
}
