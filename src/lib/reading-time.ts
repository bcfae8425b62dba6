/** Reading time for story and guide pages, from the raw Markdown/MDX body. */

/** Words per minute of a calm, unhurried reader: better to promise too much time than too little. */
export const WORDS_PER_MINUTE = 200;

/** The prose of a Markdown/MDX body, without code, tags, imports, link targets or markup. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^(import|export)\s.*$/gm, ' ') // MDX module lines
    .replace(/```[\s\S]*?```/g, ' ') // fenced code
    .replace(/<[^>]+>/g, ' ') // HTML / JSX tags (their text content stays)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ') // images: alt text is not read as prose
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: keep the words, drop the target
    .replace(/[#>*_`~|-]+/g, ' ');
}

/** Number of words in a Markdown/MDX body. */
export function wordCount(markdown: string): number {
  return plainText(markdown).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a body, at least 1. */
export function readingMinutes(markdown: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return minutesFor(wordCount(markdown), wordsPerMinute);
}

const minutesFor = (words: number, wordsPerMinute = WORDS_PER_MINUTE) => Math.max(1, Math.ceil(words / wordsPerMinute));

/**
 * Where src/lib/published-loader.ts keeps a rendered Markdown entry's word count, in
 * `rendered.metadata`, once it has dropped the entry's body from Astro's data store.
 */
export const WORD_COUNT_KEY = 'wordCount';

export interface ReadableEntry {
  body?: string | undefined;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

/** Minutes to read a collection entry: from the word count the loader kept, else from its body (MDX). */
export function entryReadingMinutes(entry: ReadableEntry): number {
  const words = entry.rendered?.metadata?.[WORD_COUNT_KEY];
  return typeof words === 'number' ? minutesFor(words) : readingMinutes(entry.body ?? '');
}

/** "3 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
