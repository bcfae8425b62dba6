/**
 * Deterministic story generator: N realistic member stories in the editors' contract
 * shape (docs/editors.md), about 3 KB of Markdown each, one photo per 20 stories.
 * Pure: returns text and image specs; scripts/bench/site.ts writes them to disk.
 */
import { CONTENT_WARNINGS, RECOVERY_PATHS, type ConsentScope } from '../../src/schemas/vocabularies';
import {
  HEADINGS,
  IMAGE_SUBJECTS,
  LIST_ITEMS,
  QUOTES,
  STORYTELLERS,
  TITLE_ADJECTIVES,
  TITLE_NOUNS,
  TITLE_PATTERNS,
  sentenceParts,
  titleWords,
} from './corpus';
import { createRandom, type Random } from './prng';

export interface ImageSpec {
  /** File name beside the story, e.g. "quiet-harbour-00021.jpg". */
  file: string;
  colour: { r: number; g: number; b: number };
  width: number;
  height: number;
}

export interface GeneratedStory {
  slug: string;
  markdown: string;
  image?: ImageSpec;
  /** Whether the build publishes it at all (not withdrawn, draft or scheduled). */
  inBuild: boolean;
  /** Whether an episode may reference it (podcast consent, not withdrawn). */
  podcast: boolean;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Topic ids from the site's topics.yaml: stories only use real ids. */
  topicIds: readonly string[];
  /** The build's "now" (SOURCE_DATE_EPOCH): a few stories are scheduled after it. */
  now: Date;
  /** Approximate body size in bytes. */
  bodyBytes?: number;
  /** One story in `imageEvery` has a photo. */
  imageEvery?: number;
}

const DAY = 86_400_000;
const FULL_SCOPE: ConsentScope[] = ['web', 'search', 'feeds', 'podcast'];
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const quote = (text: string) => JSON.stringify(text);
const list = (items: readonly string[]) => `[${items.join(', ')}]`;

function sentence(rng: Random): string {
  const { OPENERS, SUBJECTS, VERBS, OBJECTS, CLOSERS } = sentenceParts;
  return `${rng.pick(OPENERS)}, ${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(CLOSERS)}`;
}

function paragraph(rng: Random): string {
  const sentences = Array.from({ length: rng.int(3, 5) }, () => sentence(rng));
  // Now and then an emphasised phrase, as editors write them.
  if (rng.chance(0.2)) sentences[0] = `*${sentences[0]!.slice(0, -1)}*.`;
  return sentences.join(' ');
}

/** A Markdown body of at least `bytes` characters: paragraphs, headings, a list, maybe a quote. */
export function storyBody(rng: Random, bytes: number): string {
  const blocks = [paragraph(rng), paragraph(rng)];
  const headings = rng.sample(HEADINGS, HEADINGS.length);
  let length = blocks.join('\n\n').length;
  let listDone = false;
  for (let h = 0; length < bytes; h++) {
    const section = [`## ${headings[h % headings.length]}`, paragraph(rng)];
    if (!listDone && h >= 1) {
      const items = rng.sample(LIST_ITEMS, rng.int(3, 5));
      const ordered = rng.chance(0.4);
      // Ordered lists repeat "1." (Markdown renumbers): no digit runs for the phone check to see.
      section.push(items.map((item) => `${ordered ? '1.' : '-'} ${item}`).join('\n'));
      listDone = true;
    } else if (rng.chance(0.25)) {
      section.push(`> ${rng.pick(QUOTES)}`);
    }
    if (rng.chance(0.5)) section.push(paragraph(rng));
    blocks.push(section.join('\n\n'));
    length += section.join('\n\n').length + 2;
  }
  return blocks.join('\n\n');
}

function frontMatter(fields: Array<[string, string | undefined]>): string {
  return fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`)
    .join('\n');
}

/** One story; `index` decides the rare cases (web-only, withdrawn, draft, scheduled) so counts are predictable. */
export function generateStory(index: number, rng: Random, options: GenerateOptions): GeneratedStory {
  // Two draws kept from an earlier version, so every later field stays as it was per seed.
  rng.pick(TITLE_ADJECTIVES);
  rng.pick(TITLE_NOUNS);
  const words = titleWords(index);
  const slug = `${words.adjective}-${words.noun}-${String(index + 1).padStart(5, '0')}`;
  const title = rng.pick(TITLE_PATTERNS)(words);

  const withdrawn = index % 200 === 11;
  const draft = index % 200 === 13;
  const scheduled = index % 250 === 17;
  const scope: ConsentScope[] =
    index % 50 === 7 ? ['web'] : index % 25 === 3 ? ['web', 'search', 'feeds'] : FULL_SCOPE;

  // Published over the eight years before "now"; scheduled ones a few weeks after it.
  const published = scheduled ? addDays(options.now, rng.int(5, 60)) : addDays(options.now, -rng.int(1, 8 * 365));
  const given = addDays(published, -rng.int(1, 60));
  const updated = rng.chance(0.15) ? addDays(published, rng.int(1, 200)) : undefined;
  const reviewBy = rng.chance(0.3) ? addDays(options.now, rng.int(30, 700)) : undefined;

  const topics = rng.sample(options.topicIds, rng.int(1, 3));
  const paths = rng.sample(RECOVERY_PATHS, rng.int(0, 2));
  const warnings = rng.sample(CONTENT_WARNINGS, rng.chance(0.6) ? rng.int(1, 2) : 0);
  const imageEvery = options.imageEvery ?? 20;
  const image: ImageSpec | undefined =
    index % imageEvery === 0
      ? {
          file: `${slug}.jpg`,
          colour: { r: rng.int(30, 230), g: rng.int(30, 230), b: rng.int(30, 230) },
          width: rng.pick([640, 800, 960]),
          height: rng.pick([480, 600]),
        }
      : undefined;

  const consent = [
    `\n  recordId: ${quote(`C-${published.getUTCFullYear()}-${String(index + 1).padStart(5, '0')}`)}`,
    `  given: ${isoDay(given)}`,
    `  scope: ${list(scope)}`,
    withdrawn ? `  withdrawn: ${isoDay(addDays(options.now, -rng.int(1, 30)))}` : undefined,
    reviewBy ? `  reviewBy: ${isoDay(reviewBy)}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');

  const yaml = frontMatter([
    ['title', quote(title)],
    ['summary', quote(`${sentence(rng)} ${sentence(rng)}`.slice(0, 280))],
    ['storyteller', quote(rng.pick(STORYTELLERS))],
    ['anonymous', 'true'],
    ['published', isoDay(published)],
    ['updated', updated ? isoDay(updated) : undefined],
    ['draft', draft ? 'true' : undefined],
    ['paths', paths.length ? list(paths) : undefined],
    ['topics', list(topics)],
    ['contentWarnings', warnings.length ? list(warnings) : undefined],
    ['image', image ? `\n  src: ./${image.file}\n  alt: ${quote(`${rng.pick(IMAGE_SUBJECTS)}, in soft light.`)}` : undefined],
    ['consent', consent],
  ]);
  const body = storyBody(rng, options.bodyBytes ?? 2300);
  return {
    slug,
    markdown: `---\n${yaml}\n---\n\n${body}\n`,
    ...(image ? { image } : {}),
    inBuild: !withdrawn && !draft && !scheduled,
    podcast: !withdrawn && scope.includes('podcast'),
  };
}

/** N stories, the same for the same seed and options. */
export function generateStories(options: GenerateOptions): GeneratedStory[] {
  const rng = createRandom(options.seed ?? 20260401);
  return Array.from({ length: options.count }, (_, index) => generateStory(index, rng, options));
}

/** The slugs an episode's front matter lists under `stories:` (inline or block list). */
function listedStories(frontMatter: string): string[] {
  const match = /^stories:[ \t]*(\[.*\])?[ \t]*((?:\n[ \t]+-.*)*)$/m.exec(frontMatter);
  if (!match) return [];
  const items = match[1] ? match[1].slice(1, -1).split(',') : match[2]!.split('\n').map((line) => line.replace(/^\s*-/, ''));
  return items.map((item) => item.trim().replace(/^["']|["']$/g, '')).filter(Boolean);
}

/**
 * Points an episode's `stories:` list at the given slugs (the demo stories are not in the
 * bench copy), and its show notes' links to those stories at the new ones, so the
 * post-build link check finds no broken link.
 */
export function retargetEpisodeStories(markdown: string, slugs: readonly string[]): string {
  const end = markdown.indexOf('\n---', 4);
  if (!markdown.startsWith('---') || end === -1 || slugs.length === 0) return markdown;
  const head = markdown.slice(0, end);
  const old = listedStories(head);
  if (old.length === 0) return markdown;
  let text = head.replace(/^stories:.*(?:\n[ \t]+-.*)*$/m, `stories: ${list(slugs)}`) + markdown.slice(end);
  old.forEach((slug, i) => {
    text = text.split(`/stories/${slug}/`).join(`/stories/${slugs[Math.min(i, slugs.length - 1)]}/`);
  });
  return text;
}

const EDIT_WORDS = ['spring', 'summer', 'autumn', 'winter', 'evening', 'morning'] as const;

/**
 * The body edit of the "one story changed" rebuild: one more paragraph at the end.
 * Words, not a date: the body is scanned by the anonymity check, which flags digit runs.
 */
export function editStory(markdown: string, round = 0): string {
  const when = EDIT_WORDS[round % EDIT_WORDS.length];
  return `${markdown.trimEnd()}\n\nA short note added one ${when}, after reading this story again.\n`;
}
