/**
 * Withdrawn consent leaves no trace: no file in dist/ may carry a withdrawn story's slug
 * or title, in its path or its content, the search index included. Pagefind writes its
 * index as gzip-compressed fragments (.pf_fragment, .pf_meta, .pf_index), so every
 * gzip file is decompressed before it is read.
 */
import { gunzipSync } from 'node:zlib';
import { decodeEntities } from './links';

export interface WithdrawnStory {
  slug: string;
  title: string;
  /** The story's source file, for the report. */
  file: string;
  /** File name of the story's photo without extension; Astro names its output _astro/<name>.<hash>.<ext>. */
  imageName?: string | undefined;
}

export interface Trace {
  slug: string;
  /** What was found: the slug, the title, or an image made from the story's photo. */
  what: 'slug' | 'title' | 'image';
  /** 1-based line in the (decompressed) file, when the file is text. */
  line?: number | undefined;
  /** True when the trace is in the file's path rather than its content. */
  inPath?: boolean;
}

const isGzip = (buf: Uint8Array) => buf[0] === 0x1f && buf[1] === 0x8b;

/** A file's text as a reader or a search engine would see it: decompressed, entities and JSON escapes decoded. */
export function readableText(buf: Uint8Array): string {
  let bytes = buf;
  if (isGzip(buf)) {
    try {
      bytes = gunzipSync(buf);
    } catch {
      // Not really gzip: read as it is.
    }
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return decodeEntities(text)
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(["/\\])/g, '$1');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matchers for one story. A title is matched as a whole phrase with any run of spaces,
 * ignoring case from three words on; a shorter title ("Still here") only as written, so
 * ordinary prose in other stories does not stop the build. A slug of several words is
 * matched wherever it stands alone; a one-word slug ("hope") only as a story address
 * (stories/hope), since the bare word would turn up in other stories' text.
 */
export function matchers(story: WithdrawnStory): Array<{ what: 'slug' | 'title'; pattern: RegExp }> {
  const words = story.title.trim().split(/\s+/);
  const title = words.map(escapeRegExp).join('\\s+');
  const slug = /[-_/]/.test(story.slug) ? escapeRegExp(story.slug) : `stories/${escapeRegExp(story.slug)}`;
  return [
    { what: 'slug', pattern: new RegExp(`(?<![A-Za-z0-9_-])${slug}(?![A-Za-z0-9_-])`) },
    { what: 'title', pattern: new RegExp(`(?<![\\p{L}\\p{N}])${title}(?![\\p{L}\\p{N}])`, words.length >= 3 ? 'iu' : 'u') },
  ];
}

/**
 * Which withdrawn stories a text could mention; only those are then matched exactly.
 *
 * Few withdrawn stories: one regular expression of all their patterns, one pass per file.
 * Its cost grows with every story added and then explodes (159 s over 2,472 files at 400
 * stories), so from SET_FROM stories on, a story is a candidate when the words of its title,
 * or the parts of its slug (`quiet-harbour-12`: "quiet", "harbour", "12"), stand one after
 * another in the text's words, as they must wherever a pattern matches. One pass lists the
 * text's words and where each stands; each story then costs a few lookups. Words merely
 * present somewhere were not enough: on a list of thousands of titles, or a search
 * fragment, every word of most titles is, and each such story was then matched exactly.
 * The pass costs more than the expression does for a few stories (0.27 ms a file against
 * 0.07 at 5 stories) and stays flat as stories are added (0.32 ms at 400).
 */
const SET_FROM = 48;

const compiled = new WeakMap<readonly WithdrawnStory[], RegExp[]>();
/** Every story's patterns in at most two regular expressions (one per case rule). */
function anyTrace(stories: readonly WithdrawnStory[]): RegExp[] {
  let found = compiled.get(stories);
  if (!found) {
    const all = stories.flatMap((s) => matchers(s).map((m) => m.pattern));
    const join = (flags: string) => all.filter((p) => (p.flags === 'iu') === (flags === 'iu')).map((p) => `(?:${p.source})`);
    found = (['iu', 'u'] as const)
      .map((flags) => ({ flags, sources: join(flags) }))
      .filter(({ sources }) => sources.length > 0)
      .map(({ flags, sources }) => new RegExp(sources.join('|'), flags));
    compiled.set(stories, found);
  }
  return found;
}

/**
 * Words as both checks see them. ASCII letters and digits form words of their own, apart
 * from other letters, because a slug is matched with ASCII boundaries ("静かなquiet-harbour-1"
 * holds the slug quiet-harbour-1). Case is folded as the `iu` title patterns fold it:
 * toLowerCase() plus the few letters where Unicode case folding differs ("ſtill" is "still").
 */
const WORD = /[a-z0-9]+|(?:[^\P{L}a-z]|[^\P{N}0-9])+/gu;
const FOLD: Record<string, string> = { ſ: 's', µ: 'μ', ϐ: 'β', ϑ: 'θ', ϕ: 'φ', ϰ: 'κ', ϱ: 'ρ', ϵ: 'ε', ς: 'σ', '\u0345': 'ι', '\u1fbe': 'ι', ẛ: 'ṡ' };
const fold = (text: string) => text.toLowerCase().replace(/[ſµϐϑϕϰϱϵς\u0345\u1fbeẛ]/gu, (c) => FOLD[c] ?? c);
const wordsOf = (text: string) => fold(text).match(WORD) ?? [];

interface Needs {
  stories: Array<{ story: WithdrawnStory; title: string[]; slug: string[] }>;
  /** Every word of every title and slug: where other words stand is never asked. */
  vocabulary: Set<string>;
}
const needs = new WeakMap<readonly WithdrawnStory[], Needs>();
function candidates(text: string, stories: readonly WithdrawnStory[]): WithdrawnStory[] {
  if (stories.length < SET_FROM) return anyTrace(stories).some((pattern) => pattern.test(text)) ? [...stories] : [];
  let wanted = needs.get(stories);
  if (!wanted) {
    const runs = stories.map((story) => ({ story, title: wordsOf(story.title), slug: wordsOf(story.slug.split('/').pop()!) }));
    wanted = { stories: runs, vocabulary: new Set(runs.flatMap((r) => [...r.title, ...r.slug])) };
    needs.set(stories, wanted);
  }
  const { vocabulary } = wanted;
  const words = wordsOf(text);
  const at = new Map<string, number[]>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!vocabulary.has(word)) continue;
    const places = at.get(word);
    if (places) places.push(i);
    else at.set(word, [i]);
  }
  // Does `run` stand in `words` word after word? Anchored on its rarest word.
  const standsIn = (run: string[]) => {
    let anchor = 0;
    let places: number[] | undefined;
    for (let k = 0; k < run.length; k++) {
      const found = at.get(run[k]!);
      if (!found) return false;
      if (!places || found.length < places.length) [anchor, places] = [k, found];
    }
    return places!.some((p) => run.every((word, k) => words[p - anchor + k] === word));
  };
  // A title or slug without letters or digits cannot be pre-filtered: match it exactly.
  return wanted.stories.filter(({ title, slug }) => title.length === 0 || slug.length === 0 || standsIn(title) || standsIn(slug)).map(({ story }) => story);
}

const compiledStory = new WeakMap<WithdrawnStory, ReturnType<typeof matchers>>();
function matchersOf(story: WithdrawnStory): ReturnType<typeof matchers> {
  let found = compiledStory.get(story);
  if (!found) compiledStory.set(story, (found = matchers(story)));
  return found;
}

const BINARY = /\.(jpe?g|png|webp|avif|gif|ico|wasm|woff2?|mp3|m4a|ogg|opus)$/i;

/** Every trace of the withdrawn stories in one dist/ file (path relative to dist/). */
export function findWithdrawnTraces(path: string, buf: Uint8Array, stories: readonly WithdrawnStory[]): Trace[] {
  if (stories.length === 0) return [];
  const traces: Trace[] = [];
  const text = BINARY.test(path) ? '' : readableText(buf);
  const fileName = path.split('/').pop() ?? '';
  if (path.startsWith('_astro/')) {
    for (const story of stories) {
      if (story.imageName && fileName.startsWith(`${story.imageName}.`)) traces.push({ slug: story.slug, what: 'image', inPath: true });
    }
  }
  // Fast path: most files hold the words of no withdrawn story.
  const suspects = candidates(`${path}\n${text}`, stories);
  if (suspects.length === 0) return traces;
  const lines = text.split('\n');
  for (const story of suspects) {
    for (const { what, pattern } of matchersOf(story)) {
      if (pattern.test(path)) traces.push({ slug: story.slug, what, inPath: true });
      const index = lines.findIndex((l) => pattern.test(l));
      if (index !== -1) traces.push({ slug: story.slug, what, line: index + 1 });
      // A title broken over two lines of markup.
      else if (pattern.test(text)) traces.push({ slug: story.slug, what });
    }
  }
  return traces;
}
