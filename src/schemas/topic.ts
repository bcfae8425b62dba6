import { z } from 'astro/zod';
import { DataIdSchema } from './data-id';

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
  });

export type TopicData = z.infer<ReturnType<typeof TopicSchema>>;
