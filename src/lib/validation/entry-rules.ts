/** Rules over stories, episodes and guides that a single schema cannot express. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CountryCode } from 'libphonenumber-js';
import type { EpisodeData } from '../../schemas/episode';
import type { GuideData } from '../../schemas/guide';
import type { StoryData } from '../../schemas/story';
import { findIdentifyingDetails, withArticle, type IdentifyingKind } from '../anonymity';
import { isoDay } from '../dates';
import { formatClock } from '../duration';
import { inEffect, isReviewOverdue, isWithdrawn, mayAppearInPodcast, type PublishingContext } from '../publishing';
import { sitePathFile } from '../urls';
import { episodeGuid } from '../uuid';
import { describeWithWarnings } from '../feeds/warnings';
import { parseTranscript } from '../transcript';
import { readImage } from './images';
import type { ContentIssue } from './issues';
import { lineAtOffset } from './frontmatter';
import type { RawEntry } from './load';

export interface Checked<T> {
  slug: string;
  file: string;
  data: T;
  body: string;
}

export interface CheckedEntries {
  stories: Array<Checked<StoryData>>;
  episodes: Array<Checked<EpisodeData>>;
  guides: Array<Checked<GuideData>>;
}

export interface EntryRuleOptions {
  context: PublishingContext;
  topicIds: ReadonlySet<string>;
  countries: CountryCode[];
  publicNumbers: string[];
  hasPodcast: boolean;
  podcastFile: string | undefined;
  /** The show's guid (podcast.yaml `guid`, else from the feed URL): each episode's default guid derives from it. */
  showGuid?: string | undefined;
  /** The project's public/ folder, where an episode's site-path audio may live. */
  publicDir?: string | undefined;
  issues: ContentIssue[];
}

type Parsed = { raw: RawEntry; data: StoryData | EpisodeData | GuideData | undefined };

const SLUG = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;

export async function checkEntrySet(parsed: Parsed[], options: EntryRuleOptions): Promise<CheckedEntries> {
  const { issues } = options;
  const out: CheckedEntries = { stories: [], episodes: [], guides: [] };
  const slugs = new Map<string, string>();

  for (const { raw, data } of parsed) {
    const at = (path: Array<string | number>) => raw.frontmatter?.lineOf(path);
    const error = (field: string | undefined, path: Array<string | number>, message: string) =>
      issues.push({ severity: 'error', file: raw.file, line: at(path), field, message });

    const key = `${raw.collection}/${raw.slug}`;
    if (slugs.has(key)) error(undefined, [], `has the same slug as ${slugs.get(key)}; rename one of the two files.`);
    slugs.set(key, raw.file);
    if (!SLUG.test(raw.slug)) {
      issues.push({ severity: 'error', file: raw.file, line: 1, message: `file name "${raw.slug}" becomes the page address; use lower-case letters, digits and hyphens only, e.g. "learning-to-ask.md".` });
    }
    if (raw.collection === 'stories') checkAnonymity(raw, options);
    if (!data) continue;

    for (const [index, topic] of data.topics.entries()) {
      if (options.topicIds.has(topic)) continue;
      const meant = [...options.topicIds].find((id) => id.toLowerCase() === topic.toLowerCase());
      error(
        'topics',
        ['topics', index],
        meant
          ? `"${topic}" is not an id in src/content/topics.yaml; did you mean "${meant}"? Ids must be written exactly, capitals included.`
          : `"${topic}" is not an id in src/content/topics.yaml; use one of its ids or add the topic there first.`,
      );
    }
    if ('updated' in data && data.updated && data.updated < data.published) {
      error('updated', ['updated'], `${isoDay(data.updated)} is before published (${isoDay(data.published)}); updated must be on or after the publication day.`);
    }

    if (raw.collection === 'stories') {
      const story = data as StoryData;
      await checkStory(raw, story, options, error);
      out.stories.push({ slug: raw.slug, file: raw.file, data: story, body: raw.body });
    } else if (raw.collection === 'episodes') {
      const episode = data as EpisodeData;
      const transcriptPath = episode.transcript ? join(dirname(raw.absolutePath), episode.transcript) : undefined;
      if (episode.transcript && transcriptPath && !existsSync(transcriptPath)) {
        error('transcript', ['transcript'], `"${episode.transcript}" does not exist; put the .vtt or .srt file beside the episode and write its path as ./name.vtt.`);
      } else if (episode.transcript && transcriptPath) {
        // The page shows the cues and the feed announces the file: a file with none would
        // publish an empty transcript.
        const text = readFileSync(transcriptPath, 'utf8').replace(/^\uFEFF/, '');
        const vtt = /\.vtt$/i.test(episode.transcript);
        if ((vtt && !/^WEBVTT(?:[ \t]|$)/m.test(text.split('\n', 1)[0]!)) || parseTranscript(text).length === 0) {
          error('transcript', ['transcript'], `${episode.transcript} holds no ${vtt ? 'WebVTT' : 'SRT'} cues${vtt ? ' (a WebVTT file starts with the line "WEBVTT", then cues such as "00:00:01.000 --> 00:00:04.000" and their text)' : ' (an SRT file holds numbered cues such as "00:00:01,000 --> 00:00:04,000" and their text)'}; export the transcript again from your editing or captioning tool.`);
        }
      } else if (!episode.transcript) {
        // Audio alone shuts out deaf and hard-of-hearing listeners (WCAG 1.2.1, level A).
        options.issues.push({
          severity: 'warning',
          file: raw.file,
          line: 1,
          field: 'transcript',
          message: 'the episode has no transcript, so readers who cannot hear it cannot follow it. Add a WebVTT or SRT file beside the episode and write transcript: ./name.vtt.',
        });
      }
      // Audio on the site itself is often uploaded to the server apart from the repository
      // (it is large), so a file missing from public/ is a warning, not an error; the link
      // gate then does not count the player's link as broken (src/lib/gates/run.ts).
      const audioFile = sitePathFile(episode.audio.url);
      const audioPath = audioFile !== undefined && options.publicDir ? join(options.publicDir, audioFile) : undefined;
      const audioStat = audioPath ? statSync(audioPath, { throwIfNoEntry: false }) : undefined;
      if (audioPath && !audioStat?.isFile()) {
        options.issues.push({
          severity: 'warning',
          file: raw.file,
          line: at(['audio', 'url']),
          field: 'audio.url',
          message: `"${episode.audio.url}" is not in public/ (no public/${audioFile}): the episode is published, but its player and feed point at a file this build does not contain. Upload the file to the site at that path, put it in public/${audioFile}, or give the media host's full https:// URL.`,
        });
      } else if (audioStat && audioStat.size !== episode.audio.bytes) {
        // The feed announces `bytes` as the enclosure's length: apps show download progress by it.
        options.issues.push({ severity: 'warning', file: raw.file, line: at(['audio', 'bytes']), field: 'audio.bytes', message: `is ${episode.audio.bytes}, but public/${audioFile} is ${audioStat.size} bytes; write bytes: ${audioStat.size}, the size podcast apps are told to expect.` });
      }
      // Chapters are marks on the episode's timeline: in order, and within the audio.
      episode.chapters.forEach((chapter, index) => {
        const before = episode.chapters[index - 1];
        if (before && chapter.start <= before.start) {
          error('chapters', ['chapters', index, 'start'], `chapter "${chapter.title}" starts at ${formatClock(chapter.start)}, not after the chapter before it (${formatClock(before.start)}); list chapters in the order they play, each with its own start.`);
        } else if (chapter.start >= episode.audio.duration) {
          options.issues.push({ severity: 'warning', file: raw.file, line: at(['chapters', index, 'start']), field: 'chapters', message: `chapter "${chapter.title}" starts at ${formatClock(chapter.start)}, at or after the end of the audio (audio.duration ${formatClock(episode.audio.duration)}); check both times.` });
        }
      });
      for (const problem of podcastAppProblems(episode)) {
        options.issues.push({ severity: 'warning', file: raw.file, line: at(problem.path), field: problem.path.join('.'), message: problem.message });
      }
      out.episodes.push({ slug: raw.slug, file: raw.file, data: episode, body: raw.body });
    } else {
      out.guides.push({ slug: raw.slug, file: raw.file, data: data as GuideData, body: raw.body });
    }
  }

  checkEpisodeSet(out, parsed, options);
  return out;
}

// Apple Podcasts plays MP3 and M4A only; its feed fields take at most 4,000 bytes.
// https://podcasters.apple.com/support/823-podcast-requirements
const APPLE_AUDIO = new Set(['audio/mpeg', 'audio/x-m4a', 'audio/mp4']);
const AUDIO_EXTENSIONS: Record<string, readonly string[]> = {
  mp3: ['audio/mpeg'],
  m4a: ['audio/x-m4a', 'audio/mp4', 'audio/aac'],
  mp4: ['audio/mp4', 'audio/x-m4a'],
  aac: ['audio/aac'],
  ogg: ['audio/ogg', 'audio/opus'],
  oga: ['audio/ogg', 'audio/opus'],
  opus: ['audio/opus', 'audio/ogg'],
};

/**
 * What podcast apps would refuse or cut in an episode the contract allows: warnings, since
 * the episode is still right on the site and in other apps.
 */
export function podcastAppProblems(episode: Pick<EpisodeData, 'audio' | 'summary' | 'contentWarnings' | 'title'>): Array<{ path: string[]; message: string }> {
  const problems: Array<{ path: string[]; message: string }> = [];
  const { type, url } = episode.audio;
  if (!APPLE_AUDIO.has(type)) {
    problems.push({ path: ['audio', 'type'], message: `${type} plays in many podcast apps but not in Apple Podcasts, which takes MP3 (audio/mpeg) and M4A (audio/x-m4a) only; publish one of those if the episode should be heard there.` });
  }
  const extension = /\.([a-z0-9]+)$/i.exec(url.split(/[?#]/, 1)[0]!)?.[1]?.toLowerCase();
  const fitting = extension ? AUDIO_EXTENSIONS[extension] : undefined;
  if (fitting && !fitting.includes(type)) {
    problems.push({ path: ['audio', 'type'], message: `is ${type}, but the file ends in .${extension} (${fitting.join(' or ')}); apps go by one or the other, so make them agree.` });
  }
  if (/^http:/i.test(url)) {
    problems.push({ path: ['audio', 'url'], message: 'is an http:// address: the episode page\'s player plays only https audio (the site\'s security policy), and some podcast apps refuse http. Use the media host\'s https:// address.' });
  }
  if (episode.title.length > 255) {
    problems.push({ path: ['title'], message: `is ${episode.title.length} characters; Apple Podcasts takes at most 255 and cuts the rest.` });
  }
  const bytes = Buffer.byteLength(describeWithWarnings(episode.summary, episode.contentWarnings), 'utf8');
  if (bytes > 4000) {
    problems.push({ path: ['summary'], message: `with its content-warning line is ${bytes} bytes; Apple Podcasts shows at most 4,000 bytes of an episode's description and cuts the rest. Shorten it (accented letters and emoji take 2–4 bytes each).` });
  }
  return problems;
}

async function checkStory(
  raw: RawEntry,
  story: StoryData,
  options: EntryRuleOptions,
  error: (field: string | undefined, path: Array<string | number>, message: string) => void,
) {
  const { consent } = story;
  // The record id is printed by the consent report and read in pull requests: it names the
  // signed form, never the person. (Phones at VALID leniency: ids such as 2026-0142 look like one.)
  for (const m of findIdentifyingDetails(consent.recordId, { countries: options.countries, phoneLeniency: 'VALID' })) {
    error('consent.recordId', ['consent', 'recordId'], `contains ${withArticle(m.kind)} (${m.masked}). The record id names the signed consent form, e.g. C-2026-014: never a name or contact detail, since the consent report and pull requests show it.`);
  }
  if (consent.given > story.published) {
    error('consent.given', ['consent', 'given'], `${isoDay(consent.given)} is after published (${isoDay(story.published)}); a story can only be published once consent is given. Check the consent record ${consent.recordId}.`);
  }
  if (consent.reviewBy && isReviewOverdue(story, options.context)) {
    options.issues.push({
      severity: 'warning',
      file: raw.file,
      line: raw.frontmatter?.lineOf(['consent', 'reviewBy']),
      field: 'consent.reviewBy',
      message: `consent re-confirmation was due on ${isoDay(consent.reviewBy)}; ask the storyteller (record ${consent.recordId}) to re-confirm, then move reviewBy forward, or withdraw the story.`,
    });
  }
  if (story.image) {
    const src = String(story.image.src);
    const path = join(dirname(raw.absolutePath), src);
    if (!existsSync(path)) error('image.src', ['image', 'src'], `"${src}" does not exist; the path is relative to the story file, e.g. ./photo.jpg.`);
    else {
      const facts = await readImage(path);
      if (typeof facts === 'string') error('image.src', ['image', 'src'], `${src} ${facts}`);
    }
  }
}

/**
 * Runs on the front matter as written, even when other fields are invalid, so an
 * identifying detail is reported in the same run as every other problem.
 */
function checkAnonymity(raw: RawEntry, options: EntryRuleOptions) {
  const fields = (raw.frontmatter?.data ?? {}) as Record<string, unknown>;
  if (fields.anonymous === false) return;
  const allow = Array.isArray(fields.anonymityAllow) ? fields.anonymityAllow.filter((a): a is string => typeof a === 'string') : [];
  const scan = { countries: options.countries, allow, publicNumbers: options.publicNumbers };
  const report = (where: string, line: number | undefined, kind: IdentifyingKind, masked: string) =>
    options.issues.push({
      severity: 'error',
      file: raw.file,
      line,
      field: where,
      message: `contains ${withArticle(kind)} (${masked}) but the story is anonymous. Remove it, or set anonymous: false if the storyteller agreed to be identified, or list the exact text under anonymityAllow if it is not about the storyteller.`,
      anonymity: true,
    });
  // Every published text of the story: the storyteller's name is shown on its page, in
  // episodes and in feeds, and a photo's alt text is read out and indexed.
  const image = fields.image as Record<string, unknown> | undefined;
  const published: Array<[string, Array<string | number>, unknown]> = [
    ['title', ['title'], fields.title],
    ['summary', ['summary'], fields.summary],
    ['storyteller', ['storyteller'], fields.storyteller],
    ['image.alt', ['image', 'alt'], image && typeof image === 'object' ? image.alt : undefined],
  ];
  for (const [field, path, text] of published) {
    if (typeof text !== 'string') continue;
    for (const m of findIdentifyingDetails(text, scan)) report(field, raw.frontmatter?.lineOf(path), m.kind, m.masked);
  }
  for (const m of findIdentifyingDetails(raw.body, scan)) report('body', lineAtOffset(raw.body, m.start, raw.bodyLine), m.kind, m.masked);
}

function checkEpisodeSet(out: CheckedEntries, parsed: Parsed[], options: EntryRuleOptions) {
  const { issues } = options;
  const storyFiles = new Map(parsed.filter((p) => p.raw.collection === 'stories').map((p) => [p.raw.slug, p.raw.file]));
  const stories = new Map(out.stories.map((s) => [s.slug, s]));
  const numbers = new Map<string, string>();
  const guids = new Map<string, { file: string; line: number | undefined }>();

  for (const episode of out.episodes) {
    const raw = parsed.find((p) => p.raw.file === episode.file)!.raw;
    const at = (path: Array<string | number>) => raw.frontmatter?.lineOf(path);
    episode.data.stories.forEach((slug, index) => {
      const story = stories.get(slug);
      const storyFile = storyFiles.get(slug);
      // A translation (es/x) is told with its original's consent too: withdrawn with it.
      const consented = story && inEffect(story.data, (id) => stories.get(id)?.data);
      const problem = !storyFile
        ? `"${slug}" is not a story: no src/content/stories/${slug}.md or .mdx exists. Check the slug.`
        : !story
          ? `story "${slug}" (${storyFile}) has errors of its own; fix them first.`
          : !consented
            ? `story "${slug}" (${storyFile}) translates a story that is missing or has errors; fix that first.`
            : isWithdrawn(consented)
            ? `story "${slug}" (${storyFile}) has withdrawn consent${isWithdrawn(story.data) ? '' : ', through the story it translates'}; remove it from this episode's stories.`
            : !mayAppearInPodcast(consented)
              ? `story "${slug}" (${storyFile}) has no podcast consent (its consent.scope lacks "podcast"); remove it here, or record new consent first.`
              : undefined;
      if (problem) issues.push({ severity: 'error', file: episode.file, line: at(['stories', index]), field: 'stories', message: problem });
    });

    const number = `season ${episode.data.season ?? 1}, episode ${episode.data.episode}`;
    const first = numbers.get(number);
    if (first) {
      issues.push({ severity: 'error', file: episode.file, line: at(['episode']), field: 'episode', message: `${number} is already used by ${first}; give each episode of a season its own number, trailers and bonus episodes too: podcast apps know an episode by an identifier made from its season (1 when it has none) and number.` });
    } else numbers.set(number, episode.file);

    // Explicit guids are compared with every episode's guid, the derived ones included: an
    // imported episode's guid may happen to be another episode's default.
    // (A repeated number already has its error: its derived guid repeats too.)
    if (episode.data.guid || (options.showGuid && !first)) {
      const guid = episodeGuid(options.showGuid ?? '', episode.data);
      const other = guids.get(guid);
      if (other) {
        const [file, line, otherFile] = episode.data.guid ? [episode.file, at(['guid']), other.file] : [other.file, other.line, episode.file];
        issues.push({ severity: 'error', file, line, field: 'guid', message: `is the same as the guid of ${otherFile}; every episode needs its own guid, or podcast apps merge the two. Remove this guid, or give another.` });
      } else guids.set(guid, { file: episode.file, line: episode.data.guid ? at(['guid']) : undefined });
    }
  }
  if (out.episodes.length > 0 && !options.hasPodcast && !options.podcastFile) {
    issues.push({ severity: 'error', file: 'src/content/podcast.yaml', message: `is missing, but there are episodes: describe the show (title, description, author, owner, language, categories, image) as docs/editors.md shows.` });
  }
}
