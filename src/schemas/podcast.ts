import { z } from 'astro/zod';
import { APPLE_CATEGORIES } from './apple-categories';
import type { ImageHelper } from './image';
import { PODCAST_TYPES } from './vocabularies';

export interface PodcastCategory {
  name: string;
  subcategory?: string;
}

/**
 * An Apple Podcasts category. Editors may write "Health & Fitness",
 * "Health & Fitness > Mental Health", or { name, subcategory }.
 */
const CategorySchema = z
  .union([
    z.string(),
    z.strictObject({
      /** Apple Podcasts category name, e.g. "Health & Fitness". */
      name: z.string(),
      /** Optional subcategory of that category, e.g. "Mental Health". */
      subcategory: z.string().optional(),
    }),
  ], { error: 'must be a category name, or { name, subcategory }' })
  .transform((value, ctx): PodcastCategory => {
    const [name, subcategory] =
      typeof value === 'string' ? value.split('>').map((part) => part.trim()) : [value.name.trim(), value.subcategory?.trim()];
    const known = APPLE_CATEGORIES[name!];
    if (!known) {
      ctx.addIssue({ code: 'custom', message: `"${name}" is not an Apple Podcasts category; use one of: ${Object.keys(APPLE_CATEGORIES).join(', ')}` });
      return z.NEVER;
    }
    if (subcategory && !known.includes(subcategory)) {
      ctx.addIssue({
        code: 'custom',
        message: known.length
          ? `"${subcategory}" is not a subcategory of "${name}"; use one of: ${known.join(', ')}`
          : `"${name}" has no subcategories; remove "${subcategory}"`,
      });
      return z.NEVER;
    }
    return subcategory ? { name: name!, subcategory } : { name: name! };
  });

/** The show itself: `src/content/podcast.yaml`. */
export const PodcastSchema = ({ image }: { image: ImageHelper }) =>
  z.strictObject({
    /** Name of the show. */
    title: z.string().trim().min(1, { error: 'must not be empty' }),
    /** What the show is about, shown by podcast apps. */
    description: z.string().trim().min(1, { error: 'must not be empty' }).max(4000),
    /** Who makes the show, as apps display it. */
    author: z.string().trim().min(1, { error: 'must not be empty' }),
    /** Who Apple Podcasts contacts about the feed (not shown to listeners). */
    owner: z.strictObject({
      /** Owner's name. */
      name: z.string().trim().min(1, { error: 'must not be empty' }),
      /** Owner's email address. */
      email: z.email({ error: 'must be an email address' }),
    }),
    /** BCP 47 language tag of the show, e.g. "en" or "en-GB". */
    language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as "en" or "en-GB"' }),
    /** Apple Podcasts categories, each with an optional subcategory. */
    categories: z.array(CategorySchema).min(1, { error: 'must list at least one Apple Podcasts category' }),
    /** Square RGB JPEG or PNG artwork, 1400–3000 px, relative to podcast.yaml. */
    image: image(),
    /** Whether the show as a whole is explicit. */
    explicit: z.boolean().default(false),
    /** episodic (newest first) or serial (in order). */
    type: z.enum(PODCAST_TYPES).default('episodic'),
    /** Podcasting 2.0 podcast:locked: true asks other platforms not to import the feed. */
    locked: z.boolean().default(false),
    /** Podcasting 2.0 podcast:funding link. */
    funding: z
      .strictObject({
        /** Where listeners can support the show. */
        url: z.url({ error: 'must be a full URL beginning with https://' }),
        /** Short call to action, e.g. "Support the community". */
        text: z.string().trim().min(1).max(128),
      })
      .optional(),
    /** Podcasting 2.0 podcast:guid; by default the UUIDv5 of the feed URL. */
    guid: z.uuid({ error: 'must be a UUID' }).optional(),
  });

export type PodcastData = z.infer<ReturnType<typeof PodcastSchema>>;
