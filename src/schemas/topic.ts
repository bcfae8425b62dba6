import { z } from 'astro/zod';
import { DataIdSchema } from './data-id';
import { LanguageTagSchema } from './site';

/** One entry of `src/content/topics.yaml`. */
export const TopicSchema = () =>
  z.strictObject({
    /**
     * Id used in front matter, search filters and URLs (/topics/<id>/): letters, digits,
     * hyphens and underscores, e.g. "grief-and-loss"; unique even ignoring capitals.
     */
    id: DataIdSchema('grief-and-loss'),
    /** Name shown to readers. */
    name: z.string().trim().min(1, { error: 'must not be empty' }),
    /** One sentence shown on the topic page. */
    description: z.string().trim().min(1, { error: 'must not be empty' }),
    /** Name and description in the site's other languages, by language: `{ es: { name, description } }`. */
    translations: z
      .record(
        LanguageTagSchema,
        z.strictObject({
          /** Name shown to readers of that language. */
          name: z.string().trim().min(1, { error: 'must not be empty' }),
          /** One sentence shown on the topic page in that language. */
          description: z.string().trim().min(1, { error: 'must not be empty' }),
        }),
      )
      .optional(),
  });

export type TopicData = z.infer<ReturnType<typeof TopicSchema>>;
