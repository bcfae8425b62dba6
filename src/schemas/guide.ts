import { z } from 'astro/zod';
import { CalendarDateSchema } from './date';
import { AUDIENCES } from './vocabularies';

/** Front matter of a guide: `src/content/guides/<slug>.md` or `.mdx` (`guides/<lang>/<slug>.md` in another language). */
export const GuideSchema = () =>
  z.strictObject({
    /** Headline of the guide. */
    title: z.string().trim().min(1, { error: 'must not be empty' }),
    /** One or two sentences for listings and feeds, 1–280 characters. */
    summary: z.string().trim().min(1, { error: 'must not be empty' }).max(280),
    /** Day of publication; a later day than "now" means scheduled. */
    published: CalendarDateSchema,
    /** Day of the last meaningful change; not before `published`. */
    updated: CalendarDateSchema.optional(),
    /** Who the guide is for: newcomers, families, leaders, editors. */
    audience: z.array(z.enum(AUDIENCES)).default([]),
    /** Topic ids from src/content/topics.yaml. */
    topics: z.array(z.string().min(1)).default([]),
    /** Reading order inside the guides list (lowest first). */
    order: z.int({ error: 'must be a whole number' }).optional(),
    /** A draft is never in a production build. */
    draft: z.boolean().default(false),
    /**
     * Only in a language folder (src/content/guides/es/...): the slug of the default-language
     * guide this text translates, e.g. "creating-safe-spaces".
     */
    translationOf: z.string().trim().min(1, { error: 'must be the slug of the guide this translates, e.g. "creating-safe-spaces"' }).optional(),
  });

export type GuideData = z.infer<ReturnType<typeof GuideSchema>>;
