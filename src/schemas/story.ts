import { z } from 'astro/zod';
import { ConsentSchema } from './consent';
import { CalendarDateSchema } from './date';
import type { ImageHelper } from './image';
import { CONTENT_WARNINGS, RECOVERY_PATHS } from './vocabularies';

/** Front matter of a member story: `src/content/stories/<slug>.md` or `.mdx` (`stories/<lang>/<slug>.md` in another language). */
export const StorySchema = ({ image }: { image: ImageHelper }) =>
  z.strictObject({
    /** Headline of the story, 1–120 characters. */
    title: z.string().trim().min(1, { error: 'must not be empty' }).max(120),
    /** One or two sentences for listings, the meta description and feeds, 1–280 characters. */
    summary: z.string().trim().min(1, { error: 'must not be empty' }).max(280),
    /** The name the storyteller chose to show: a pseudonym, initials or "Anonymous". */
    storyteller: z.string().trim().min(1, { error: 'must not be empty; write "Anonymous" if no name is shown' }),
    /** Whether the story must not identify anyone (default true): turns on the anonymity check. */
    anonymous: z.boolean().default(true),
    /** Exact strings the anonymity check may ignore (known false positives, such as "@ home"). */
    anonymityAllow: z.array(z.string().min(1)).default([]),
    /** Day of publication; a later day than the build's "now" means scheduled. */
    published: CalendarDateSchema,
    /** Day of the last meaningful change; not before `published`. */
    updated: CalendarDateSchema.optional(),
    /** A draft is never in a production build. */
    draft: z.boolean().default(false),
    /** Recovery paths the story speaks about. */
    paths: z.array(z.enum(RECOVERY_PATHS)).default([]),
    /** Topic ids from src/content/topics.yaml. */
    topics: z.array(z.string().min(1)).default([]),
    /** Content warnings shown before the text. */
    contentWarnings: z.array(z.enum(CONTENT_WARNINGS)).default([]),
    /** Optional photo beside the story file; GPS and other metadata are stripped on output. */
    image: z
      .strictObject({
        /** Path relative to the story file, e.g. ./two-cups.jpg. */
        src: image(),
        /** What the photo shows, for readers who cannot see it. Required. */
        alt: z.string({ error: 'is required whenever image is present: describe the photo' }).trim().min(1, {
          error: 'must describe the photo for readers who cannot see it',
        }),
      })
      .optional(),
    /**
     * Only in a language folder (src/content/stories/es/...): the slug of the default-language
     * story this text translates, e.g. "learning-to-ask-for-help". Its consent.scope must
     * include "translate"; this file needs its own consent block for the translated text.
     */
    translationOf: z.string().trim().min(1, { error: 'must be the slug of the story this translates, e.g. "learning-to-ask-for-help"' }).optional(),
    /** The storyteller's consent; see docs/editors.md. */
    consent: ConsentSchema,
  });

export type StoryData = z.infer<ReturnType<typeof StorySchema>>;
