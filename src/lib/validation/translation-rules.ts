/**
 * Languages and translations (shared/CONTENT_MODEL.md, "More than one language"): a story or
 * guide in another language lives in that language's folder, and a translation names an
 * existing default-language original whose storyteller agreed to `translate`. What a
 * translation may then appear in is decided in src/lib/publishing.ts (asTranslationOf).
 */
import type { GuideData } from '../../schemas/guide';
import type { StoryData } from '../../schemas/story';
import { entryLanguage } from '../languages';
import { isWithdrawn, mayBeTranslated } from '../publishing';
import type { Checked, CheckedEntries } from './entry-rules';
import type { ContentIssue } from './issues';
import type { EntryCollection, RawEntry } from './load';

const KIND = { stories: 'story', guides: 'guide', episodes: 'episode' } as const;

function folderProblem(raw: RawEntry, problem: Exclude<ReturnType<typeof entryLanguage>, { ok: true }>, languages: readonly string[]): string {
  const kind = KIND[raw.collection];
  const home = `src/content/${raw.collection}/`;
  switch (problem.problem) {
    case 'not a language':
      return `is in the folder "${problem.folder}", which is not one of the site's languages (site.yaml languages: [${languages.join(', ')}]). A ${kind} in another language goes in a folder named for that language: add "${problem.folder}" to languages in site.yaml, or move the file to ${home}.`;
    case 'default language':
      return `is in the folder "${problem.folder}", but ${problem.folder} is the site's default language (the first in site.yaml languages), whose ${raw.collection} go directly in ${home}: move the file there.`;
    case 'too deep':
      return `is in the folder "${problem.folder}"; a ${kind} lives directly in ${home}, or in one language folder such as ${home}${languages[1] ?? 'es'}/: move the file.`;
  }
}

/** Checks every story's and guide's folder, and every translation's original. */
export function checkTranslations(raw: readonly RawEntry[], entries: CheckedEntries, languages: readonly string[], issues: ContentIssue[]): void {
  const placed = new Map<RawEntry, { language: string; slug: string }>();
  for (const entry of raw) {
    if (entry.collection === 'episodes') continue;
    const place = entryLanguage(entry.slug, languages);
    if (place.ok) placed.set(entry, place);
    else issues.push({ severity: 'error', file: entry.file, line: 1, message: folderProblem(entry, place, languages) });
  }
  const rawByFile = new Map(raw.map((r) => [r.file, r]));
  checkCollection('stories', entries.stories, raw, placed, rawByFile, languages, issues);
  checkCollection('guides', entries.guides, raw, placed, rawByFile, languages, issues);
}

function checkCollection(
  collection: Extract<EntryCollection, 'stories' | 'guides'>,
  checked: ReadonlyArray<Checked<StoryData | GuideData>>,
  raw: readonly RawEntry[],
  placed: ReadonlyMap<RawEntry, { language: string; slug: string }>,
  rawByFile: ReadonlyMap<string, RawEntry>,
  languages: readonly string[],
  issues: ContentIssue[],
) {
  const kind = KIND[collection];
  const byFile = new Map(checked.map((c) => [c.file, c]));
  const ofSlug = (slug: string, from: EntryCollection = collection) => raw.find((r) => r.collection === from && r.slug === slug);
  const translations = new Map<string, string>();
  for (const entry of checked) {
    const original = entry.data.translationOf;
    const source = rawByFile.get(entry.file)!;
    const place = placed.get(source);
    if (original === undefined || !place) continue;
    const error = (message: string) =>
      issues.push({ severity: 'error', file: entry.file, line: source.frontmatter?.lineOf(['translationOf']), field: 'translationOf', message });

    if (place.language === languages[0]) {
      error(`only a ${kind} in a language folder (src/content/${collection}/${languages[1] ?? 'es'}/...) translates another; this file is in the default language. Remove translationOf, or move the file into the folder of its language.`);
      continue;
    }
    const target = ofSlug(original);
    const targetPlace = target && placed.get(target);
    if (!target) {
      const elsewhere = ofSlug(original, collection === 'stories' ? 'guides' : 'stories');
      error(
        `"${original}" is not a ${kind} of the default language: no src/content/${collection}/${original}.md or .mdx exists${elsewhere ? ` (${elsewhere.file} is a ${KIND[elsewhere.collection]}; a ${kind} translates a ${kind})` : ''}. Write the slug of the ${kind} this translates, its file name without .md.`,
      );
      continue;
    }
    if (targetPlace && targetPlace.language !== languages[0]) {
      error(`names ${target.file}, which is in ${targetPlace.language}, not the default language (${languages[0]}): a translation names the default-language ${kind} it translates, e.g. translationOf: ${original.split('/').pop()}.`);
      continue;
    }
    const first = translations.get(`${place.language}\0${original}`);
    if (first) {
      error(`${target.file} already has a ${place.language} translation, ${first}; keep one translation per language (remove or merge the other).`);
      continue;
    }
    translations.set(`${place.language}\0${original}`, entry.file);
    const originalData = byFile.get(target.file)?.data;
    // A withdrawal must always build: a withdrawn text, or one whose original is withdrawn, is in no output anyway.
    if (collection !== 'stories' || !originalData || isWithdrawn(entry.data) || isWithdrawn(originalData)) continue;
    if (!mayBeTranslated(originalData)) {
      error(`translates ${target.file}, whose storyteller has not agreed to translation: its consent.scope lacks "translate", so no translation of it may be published. Record their consent to translation and add translate to consent.scope in ${target.file}, or remove this translation (${entry.file}).`);
    }
  }
}
