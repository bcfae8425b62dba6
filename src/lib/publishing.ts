/**
 * The one module that decides what is published. Every page, feed, sitemap entry and
 * search-index entry asks these functions; nothing else may decide. A second copy of
 * this logic elsewhere is a privacy bug waiting to happen.
 *
 * Pure functions over front-matter data: no Astro import, so they run in the content
 * loader, the build integrations, the editors' CLI and unit tests alike.
 */
import type { ConsentScope } from '../schemas/vocabularies';
import { buildNow, isoDay } from './dates';

export type Kind = 'story' | 'episode' | 'guide';

/** The fields a publishing decision reads. */
export interface Publishable {
  published: Date;
  draft?: boolean;
  consent?: { scope: readonly ConsentScope[]; withdrawn?: Date | undefined; reviewBy?: Date | undefined };
}

export interface PublishingContext {
  /** The build's "now": SOURCE_DATE_EPOCH when set (lib/dates.ts buildNow). */
  now: Date;
  /** Editor preview only (npm run dev:drafts): show drafts and scheduled entries. Never in a build. */
  preview?: boolean;
}

/** Consent withdrawn: the story is in no output at all, whatever the dates say. */
export function isWithdrawn(entry: Publishable): boolean {
  return entry.consent?.withdrawn !== undefined;
}

/**
 * Consent re-confirmation past due: `reviewBy` is a day before today (UTC). On the day
 * itself it is due, not late. A withdrawn story has nothing left to re-confirm.
 */
export function isReviewOverdue(entry: Publishable, ctx: PublishingContext): boolean {
  const reviewBy = entry.consent?.reviewBy;
  return reviewBy !== undefined && !isWithdrawn(entry) && isoDay(reviewBy) < isoDay(ctx.now);
}

/** Scheduled: `published` is after now. */
export function isScheduled(entry: Publishable, ctx: PublishingContext): boolean {
  return entry.published.getTime() > ctx.now.getTime();
}

/**
 * Whether the entry exists in this build at all. The content loader drops every entry
 * for which this is false, so no page, image or module of it is ever generated.
 */
export function isInBuild(entry: Publishable, ctx: PublishingContext): boolean {
  if (isWithdrawn(entry)) return false;
  if (ctx.preview) return true;
  return !entry.draft && !isScheduled(entry, ctx);
}

function hasScope(entry: Publishable, scope: ConsentScope): boolean {
  // Only stories carry consent; episodes and guides are the community's own words.
  return entry.consent === undefined || entry.consent.scope.includes(scope);
}

/** Has a page and may appear in listings, topic pages and links. Stories need `web` consent. */
export function hasPage(entry: Publishable, ctx: PublishingContext): boolean {
  return isInBuild(entry, ctx) && hasScope(entry, 'web');
}

/** In the Pagefind index and the sitemap; a page that is not gets `noindex`. Stories need `search`. */
export function isSearchable(entry: Publishable, ctx: PublishingContext): boolean {
  return hasPage(entry, ctx) && hasScope(entry, 'search');
}

/** In RSS feeds (site-wide, per kind, per topic). Stories need `feeds`. */
export function isInFeeds(entry: Publishable, ctx: PublishingContext): boolean {
  return hasPage(entry, ctx) && hasScope(entry, 'feeds');
}

/**
 * Whether an episode may tell this story (and the podcast feed may quote it).
 * Independent of `web`: a storyteller may agree to the podcast but not to a page.
 */
export function mayAppearInPodcast(story: Publishable): boolean {
  return !isWithdrawn(story) && hasScope(story, 'podcast');
}

/**
 * Whether an episode's page (`'page'`) or an RSS feed item (`'feed'`, the podcast feed's
 * included) may name a story the episode tells. Telling it needs `podcast`; naming it is an
 * appearance of the story like any listing, so the page needs what a listing needs (`web`)
 * and a feed what a feed needs (`feeds`). The audio tells the story either way.
 */
export function mayNameToldStory(story: Publishable, ctx: PublishingContext, where: 'page' | 'feed'): boolean {
  return mayAppearInPodcast(story) && (where === 'page' ? hasPage(story, ctx) : isInFeeds(story, ctx));
}

/**
 * Languages (shared/CONTENT_MODEL.md, "More than one language"): an entry of the default
 * language is `<collection>/<slug>.md`, its id the bare slug; one in another language lives
 * in that language's folder, its id `<lang>/<slug>` (src/lib/languages.ts names the folder).
 * Until pages under /<lang>/ exist (#19), only default-language entries are published: the
 * default language's pages, listings, feeds, sitemap and search index show no other.
 */
export function isInDefaultLanguage(id: string): boolean {
  return !id.includes('/');
}

/** A story or guide that may translate a default-language one (front matter `translationOf`). */
export interface Translatable extends Publishable {
  translationOf?: string | undefined;
}

/** Whether a translation of this story may be published at all: its storyteller agreed to `translate`. */
export function mayBeTranslated(original: Publishable): boolean {
  return !isWithdrawn(original) && hasScope(original, 'translate');
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/**
 * A translation as every decision reads it. The storyteller approved the translated text
 * (its own consent) and let the story be translated (the original's): it is published only
 * where both scopes allow, withdrawn when either is withdrawn, and never before its original
 * (a draft or scheduled original holds it back). Without `translate` on the original it
 * has no channel at all. Guides carry no consent: only the dates and drafts combine.
 */
export function asTranslationOf(translation: Publishable, original: Publishable): Publishable {
  const own = translation.consent;
  const theirs = original.consent;
  const consent =
    own === undefined && theirs === undefined
      ? undefined
      : {
          // A translated story without its own consent block has approved nothing.
          scope: (own?.scope ?? []).filter((s) => mayBeTranslated(original) && hasScope(original, s)),
          withdrawn: own?.withdrawn ?? theirs?.withdrawn,
          reviewBy: own?.reviewBy,
        };
  return { published: later(translation.published, original.published), draft: Boolean(translation.draft || original.draft), consent };
}

/**
 * What the decisions about one entry read: its own data, or for a translation
 * (`translationOf`), asTranslationOf its original. `originalOf` finds a default-language entry
 * by id; a translation whose original it cannot find (none, or left out of the build:
 * withdrawn, draft, scheduled) gets undefined: nothing of it is published.
 */
export function inEffect(entry: Translatable, originalOf: (id: string) => Publishable | undefined): Publishable | undefined {
  if (entry.translationOf === undefined) return entry;
  const original = isInDefaultLanguage(entry.translationOf) ? originalOf(entry.translationOf) : undefined;
  return original && asTranslationOf(entry, original);
}

/** Withdrawn, or a translation of a withdrawn (or missing) original: in no output at all. */
export function isWithdrawnInEffect(entry: Translatable, originalOf: (id: string) => Publishable | undefined): boolean {
  const effective = inEffect(entry, originalOf);
  return effective === undefined || isWithdrawn(effective);
}

/** For entries of one collection (id = slug, e.g. "es/x"): which are withdrawn, translations of withdrawn originals included. */
export function withdrawnInEffect<E extends { slug: string; data: Translatable }>(entries: readonly E[]): (entry: E) => boolean {
  const byId = new Map(entries.map((e) => [e.slug, e.data]));
  return (entry) => isWithdrawnInEffect(entry.data, (id) => byId.get(id));
}

/** Every decision at once, for reports and tests. */
export function publishingState(entry: Publishable, ctx: PublishingContext) {
  return {
    inBuild: isInBuild(entry, ctx),
    page: hasPage(entry, ctx),
    searchable: isSearchable(entry, ctx),
    feeds: isInFeeds(entry, ctx),
    podcast: mayAppearInPodcast(entry),
  };
}

/** The publishing context of this process: now from SOURCE_DATE_EPOCH, preview from SHARED_PATH_PREVIEW. */
export function contextFromEnv(env: Record<string, string | undefined> = process.env): PublishingContext {
  return { now: buildNow(env), preview: env.SHARED_PATH_PREVIEW === '1' };
}
