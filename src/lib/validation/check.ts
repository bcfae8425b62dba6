/**
 * The content checks: every rule of the editors' contract (docs/editors.md), over the
 * whole content set at once, so one run reports every problem. Used by the build
 * (src/integrations/content-checks.ts) and by `npm run check`.
 */
import { join } from 'node:path';
import type { CountryCode } from 'libphonenumber-js';
import { z } from 'astro/zod';
import { EpisodeSchema, type EpisodeData } from '../../schemas/episode';
import { GuideSchema, type GuideData } from '../../schemas/guide';
import type { HelplineData } from '../../schemas/helpline';
import type { MeetingData } from '../../schemas/meeting';
import type { PodcastData } from '../../schemas/podcast';
import { StorySchema, type StoryData } from '../../schemas/story';
import type { TopicData } from '../../schemas/topic';
import { maskIdentifying } from '../anonymity';
import { loadSiteSettings } from '../site-settings';
import { URLS } from '../urls';
import { showGuid } from '../podcast-feed';
import type { PublishingContext } from '../publishing';
import { checkEntrySet, type CheckedEntries } from './entry-rules';
import { validate } from './validate';
import type { ContentIssue } from './issues';
import { loadContent, type RawContent, type RawDataFile, type RawEntry } from './load';
import { checkDataFiles } from './data-rules';
import { checkControlCharacters } from './characters';
import { checkPlaceholders } from './placeholders';
import { checkSafeMessaging } from './safe-messaging-rules';
import { checkTranslations } from './translation-rules';

// Outside Astro, an image field is a path; entry-rules checks the file exists and is an image.
const pathOnly = () => z.string().min(1, { error: 'must be a path such as ./photo.jpg' });
const SCHEMAS = {
  stories: StorySchema({ image: pathOnly }),
  episodes: EpisodeSchema(),
  guides: GuideSchema(),
};

export interface CheckResult {
  issues: ContentIssue[];
  content: CheckedEntries & {
    topics: TopicData[];
    meetings: MeetingData[];
    helplines: HelplineData[];
    podcast: PodcastData | undefined;
  };
}

export interface CheckOptions {
  context: PublishingContext;
  /** Countries whose national phone formats the anonymity check knows; default: site and helpline countries. */
  countries?: CountryCode[];
}

function parseEntry(raw: RawEntry, issues: ContentIssue[]): unknown {
  if (!raw.frontmatter) {
    issues.push({ severity: 'error', file: raw.file, line: 1, message: 'has no front matter: start the file with a line "---", the fields, and another "---" (see docs/editors.md).' });
    return undefined;
  }
  for (const e of raw.frontmatter.errors) {
    issues.push({ severity: 'error', file: raw.file, line: e.line, message: `front matter is not valid YAML: ${e.message}. Check quotes, colons and indentation.` });
  }
  if (raw.frontmatter.errors.length) return undefined;
  const value = raw.frontmatter.data;
  const schema = SCHEMAS[raw.collection] as z.ZodType<unknown>;
  const parsed = validate(schema, value ?? {}, { file: raw.file, lineOf: raw.frontmatter.lineOf }, issues);
  return parsed.ok ? parsed.data : undefined;
}

/** Masks contact details that slipped into a message (an invalid value quoted back), as a last safety net. */
function redact(issue: ContentIssue): ContentIssue {
  const message = maskIdentifying(issue.message);
  return message === issue.message ? issue : { ...issue, message };
}

/** Checks an already-loaded content set. */
export async function checkLoadedContent(raw: RawContent, options: CheckOptions): Promise<CheckResult> {
  const issues: ContentIssue[] = [];
  // site.yaml is checked with the content: one report names every problem, settings included.
  const { site, issues: siteIssues } = loadSiteSettings(raw.root);
  issues.push(...siteIssues);
  const data = await checkDataFiles(raw.data as Record<string, RawDataFile | undefined>, options.context, issues);

  const parsed = raw.entries.map((entry) => ({ raw: entry, data: parseEntry(entry, issues) }));
  const countries =
    options.countries ??
    ([...new Set([...(site ? [site.helplineCountry] : []), ...data.helplines.map((h) => h.country).filter((c) => c !== 'international')])] as CountryCode[]);
  const entries = await checkEntrySet(parsed as Array<{ raw: RawEntry; data: StoryData | EpisodeData | GuideData | undefined }>, {
    context: options.context,
    topicIds: new Set(data.topics.map((t) => t.id)),
    countries,
    publicNumbers: data.helplines.flatMap((h) => [h.phone, h.sms].filter((n): n is string => Boolean(n))),
    hasPodcast: data.podcast !== undefined,
    podcastFile: raw.data.podcast?.file,
    publicDir: join(raw.root, 'public'),
    showGuid: showGuid(data.podcast ?? {}, new URL(URLS.podcastFeed.slice(1), site?.url ?? 'https://example.org/').href),
    issues,
  });
  // Folders and translations need the site's languages: with broken settings, site.yaml's own errors stand alone.
  if (site) checkTranslations(raw.entries, entries, site.languages, issues);
  checkSafeMessaging(entries, raw.entries, site?.languages ?? ['en'], issues);
  checkPlaceholders(raw.entries, issues);
  checkControlCharacters([...raw.entries, ...Object.values(raw.data).filter((f) => f !== undefined)], issues);
  for (const file of raw.unread ?? []) {
    const name = file.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
    issues.push({ severity: 'error', file, message: `is not read: only files ending in .md or .mdx (lower case) are published. Rename it to ${name}.md.` });
  }
  return { issues: issues.map(redact), content: { ...entries, ...data } };
}

/** Loads and checks everything under `<root>/src/content`. */
export async function checkContent(root: string, options: CheckOptions): Promise<CheckResult> {
  return checkLoadedContent(loadContent(root), options);
}

const builds = new Map<string, Promise<CheckResult>>();
/**
 * checkContent once per build process: the content checks before the build and the
 * post-build gates after it read the same, unchanged files. Not for watch mode.
 */
export function checkContentOncePerBuild(root: string, options: CheckOptions): Promise<CheckResult> {
  const key = `${root}\0${options.context.now.getTime()}\0${options.context.preview ? 1 : 0}`;
  let result = builds.get(key);
  if (!result) builds.set(key, (result = checkContent(root, options)));
  return result;
}
