import { z } from 'astro/zod';
import { parseDuration } from '../lib/duration';
import { CalendarDateSchema } from './date';
import { AUDIO_TYPES, CONTENT_WARNINGS, EPISODE_TYPES, PERSON_ROLES } from './vocabularies';

const positiveInt = (what: string) =>
  z.int({ error: `must be a whole number (${what})` }).min(1, { error: `must be 1 or more (${what})` });

/** "HH:MM:SS", "MM:SS" or whole seconds, turned into a number of seconds. */
const DurationSchema = z
  .union([z.string(), z.number()], { error: 'must be HH:MM:SS, MM:SS or whole seconds' })
  .transform((value, ctx) => {
    const seconds = parseDuration(value);
    if (seconds === null) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a duration; write HH:MM:SS, MM:SS or whole seconds` });
      return z.NEVER;
    }
    return seconds;
  });

/** The audio file of an episode: what the podcast feed's enclosure announces. */
export const AudioSchema = z.strictObject({
  /** Absolute https URL of the audio file, or a site path beginning with "/" (RSS: an enclosure is an http(s) URL). */
  url: z.string().refine((url) => url.startsWith('/') || (/^https?:\/\//i.test(url) && URL.canParse(url)), {
    error: 'must be an absolute URL (https://...) or a site path beginning with "/"',
  }),
  /** Exact size of the file in bytes (the enclosure length podcast apps check). */
  bytes: positiveInt('the file size in bytes'),
  /** MIME type of the file. */
  type: z.enum(AUDIO_TYPES),
  /** Running time: HH:MM:SS, MM:SS or whole seconds. */
  duration: DurationSchema,
});

/** One chapter mark of an episode. */
export const ChapterSchema = z.strictObject({
  /** Where the chapter starts: HH:MM:SS, MM:SS or whole seconds. */
  start: DurationSchema,
  /** Chapter title. */
  title: z.string().trim().min(1, { error: 'must not be empty' }),
  /** Optional link shown with the chapter. */
  url: z.url().optional(),
});

/** A person heard in an episode. */
export const PersonSchema = z.strictObject({
  /** Name as it may be published. */
  name: z.string().trim().min(1, { error: 'must not be empty' }),
  /** host or guest; host when left out, as Podcasting 2.0's podcast:person reads a missing role. */
  role: z.enum(PERSON_ROLES).default('host'),
  /** Optional page about the person. */
  href: z.url().optional(),
});

/** Front matter of a podcast episode: `src/content/episodes/<slug>.md` or `.mdx`. */
export const EpisodeSchema = () =>
  z.strictObject({
    /** Episode title. */
    title: z.string().trim().min(1, { error: 'must not be empty' }),
    /** Plain-text description for apps and listings, 1–4000 characters. */
    summary: z.string().trim().min(1, { error: 'must not be empty' }).max(4000),
    /** Day of publication; a later day than "now" means scheduled. */
    published: CalendarDateSchema,
    /** Episode number, unique within its season. */
    episode: positiveInt('the episode number'),
    /** Season number. */
    season: positiveInt('the season number').optional(),
    /** full, trailer or bonus. */
    episodeType: z.enum(EPISODE_TYPES).default('full'),
    /** Whether the episode contains explicit language. */
    explicit: z.boolean().default(false),
    /** The audio file. */
    audio: AudioSchema,
    /** WebVTT (.vtt) or SRT (.srt) transcript beside the episode file, e.g. ./ep3.vtt. */
    transcript: z
      .string()
      .regex(/\.(vtt|srt)$/i, { error: 'must be a .vtt or .srt file beside the episode, e.g. ./ep3.vtt' })
      .optional(),
    /** Chapter marks, in order. */
    chapters: z.array(ChapterSchema).default([]),
    /** Hosts and guests. */
    people: z.array(PersonSchema).default([]),
    /** Slugs of the stories told in this episode; each needs podcast consent. */
    stories: z.array(z.string().min(1)).default([]),
    /** Topic ids from src/content/topics.yaml. */
    topics: z.array(z.string().min(1)).default([]),
    /** Content warnings shown before the player and in the feed. */
    contentWarnings: z.array(z.enum(CONTENT_WARNINGS)).default([]),
    /** Feed guid. Default: derived from season and episode number, so renaming the file or editing the title keeps it. */
    guid: z.string().trim().min(1).optional(),
    /** A draft is never in a production build. */
    draft: z.boolean().default(false),
  });

export type EpisodeData = z.infer<ReturnType<typeof EpisodeSchema>>;
