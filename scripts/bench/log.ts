/**
 * Reads figures out of an `astro build` log. Tolerant by design: integrations change
 * their wording, so anything not found is `undefined` and the report says "n/a".
 */

/** "17.07s", "384ms", "1.2 s", "2m 3s" -> milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /(?:(\d+)\s*m(?:in)?\s+)?(\d+(?:\.\d+)?)\s*(ms|s|sec|seconds?)\b/i.exec(text);
  if (!match) return undefined;
  const minutes = match[1] ? Number(match[1]) * 60_000 : 0;
  const value = Number(match[2]);
  return minutes + (match[3]!.toLowerCase() === 'ms' ? value : value * 1000);
}

const TIMESTAMP = /^(?:\x1b\[[\d;]*m)*(\d{2}):(\d{2}):(\d{2})/;
// Astro colours its log when it thinks it writes to a terminal.
const stripAnsi = (line: string) => line.replace(/\x1b\[[\d;]*m/g, '');

function secondsOfDay(line: string): number | undefined {
  const match = TIMESTAMP.exec(line);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
}

/** Seconds between two log lines' HH:MM:SS stamps (across midnight too). */
function spanSeconds(from: string, to: string): number | undefined {
  const a = secondsOfDay(from);
  const b = secondsOfDay(to);
  if (a === undefined || b === undefined) return undefined;
  return (b - a + 86_400) % 86_400;
}

/**
 * Pagefind indexing time: the last duration on a line that mentions Pagefind (e.g.
 * "[pagefind] Indexed 3,912 pages in 2.41s"), else the span between the first and last
 * Pagefind lines' timestamps (whole seconds), else undefined.
 */
export function parsePagefindMs(log: string): number | undefined {
  const lines = log.split('\n').map(stripAnsi).filter((line) => /pagefind/i.test(line));
  for (const line of [...lines].reverse()) {
    const afterStamp = line.replace(TIMESTAMP, '');
    const ms = parseDuration(afterStamp);
    if (ms !== undefined) return ms;
  }
  if (lines.length >= 2) {
    const span = spanSeconds(lines[0]!, lines.at(-1)!);
    if (span !== undefined) return span * 1000;
  }
  return undefined;
}

export interface BuildPhases {
  /** Astro's "[types] Generated X": config hooks (the content checks run there), content sync and types. */
  syncMs?: number | undefined;
  /** Content layer sync, "Syncing content" to "Synced content" (whole seconds). */
  contentSyncS?: number | undefined;
  /** Vite bundling of the static entrypoints (every "built in" summed). */
  bundleMs?: number | undefined;
  /** Rendering every page ("generating static routes"). */
  renderMs?: number | undefined;
  /** Image processing ("generating optimized images"). */
  imagesMs?: number | undefined;
  /** Astro's own "N page(s) built in X". */
  astroTotalMs?: number | undefined;
}

/** The phases Astro reports, to show where the time of a build goes. */
export function parseBuildPhases(log: string): BuildPhases {
  const lines = log.split('\n').map(stripAnsi);
  const find = (pattern: RegExp) => lines.find((line) => pattern.test(line));
  const completedAfter = (header: RegExp) => {
    const start = lines.findIndex((line) => header.test(line));
    if (start === -1) return undefined;
    const done = lines.slice(start + 1).find((line) => /Completed in/.test(line));
    return done ? parseDuration(done.replace(TIMESTAMP, '')) : undefined;
  };
  const types = find(/\[types\] Generated/);
  const syncing = find(/\[content\] Syncing/);
  const synced = find(/\[content\] Synced/);
  const bundles = lines
    .filter((line) => /\[vite\] .*built in/.test(line))
    .map((line) => parseDuration(line.replace(/.*built in/, '')));
  const total = find(/page\(s\) built in/);
  return {
    syncMs: types ? parseDuration(types.replace(/.*Generated/, '')) : undefined,
    contentSyncS: syncing && synced ? spanSeconds(syncing, synced) : undefined,
    bundleMs: bundles.length && bundles.every((ms) => ms !== undefined) ? bundles.reduce((a, b) => a! + b!, 0) : undefined,
    renderMs: completedAfter(/generating static routes/),
    imagesMs: completedAfter(/generating optimized images/),
    astroTotalMs: total ? parseDuration(total.replace(/.*built in/, '')) : undefined,
  };
}

export interface RouteTime {
  path: string;
  ms: number;
}

/** Each route Astro rendered and its time, from lines like "├─ /stories/x/index.html (+9ms)". */
export function parseRouteTimes(log: string): RouteTime[] {
  const routes: RouteTime[] = [];
  for (const line of log.split('\n').map(stripAnsi)) {
    const match = /[├└]─\s+(\/\S*)\s+\(\+([\d.]+\s*m?s)\)/.exec(line);
    // Image lines ("▶ /_astro/...") use another marker and are not routes.
    if (match) routes.push({ path: match[1]!, ms: parseDuration(match[2]!) ?? 0 });
  }
  return routes;
}

export interface RouteSummary {
  kind: string;
  count: number;
  ms: number;
}

const ROUTE_KINDS: Array<[string, RegExp]> = [
  ['feeds', /\.xml$/],
  ['story pages', /^\/stories\/(?!page\/|\d+\/)[^/]+\/index\.html$/],
  ['topic pages', /^\/topics\//],
];

/** Render time per kind of route, and the slowest routes: where per-page work hides. */
export function summariseRoutes(routes: readonly RouteTime[], slowest = 5): { kinds: RouteSummary[]; slowest: RouteTime[] } {
  const kinds = new Map<string, RouteSummary>();
  for (const route of routes) {
    const kind = ROUTE_KINDS.find(([, pattern]) => pattern.test(route.path))?.[0] ?? 'other routes';
    const summary = kinds.get(kind) ?? { kind, count: 0, ms: 0 };
    summary.count += 1;
    summary.ms += route.ms;
    kinds.set(kind, summary);
  }
  return {
    kinds: [...kinds.values()].sort((a, b) => b.ms - a.ms),
    slowest: [...routes].sort((a, b) => b.ms - a.ms).slice(0, slowest),
  };
}

/**
 * The deploy gates' time, from "Post-build checks passed: … (image metadata 0.1 s, withdrawn
 * story 0.4 s, search index 0.0 s)": their sum.
 */
export function parseGateMs(log: string): number | undefined {
  const line = log.split('\n').map(stripAnsi).find((l) => /Post-build checks passed/.test(l));
  const times = line && /\(([^)]*)\)/.exec(line.replace(TIMESTAMP, ''))?.[1];
  if (!times) return undefined;
  const parts = [...times.matchAll(/(\d+(?:\.\d+)?) s\b/g)].map((m) => Number(m[1]) * 1000);
  return parts.length ? parts.reduce((a, b) => a + b, 0) : undefined;
}
