import { z } from 'astro/zod';

/** One entry of `src/content/topics.yaml`. */
export const TopicSchema = () =>
  z.strictObject({
    /** Lower-case id used in front matter and URLs (/topics/<id>/). */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be lower-case letters, digits and hyphens, e.g. "grief-and-loss"',
    }),
    /** Name shown to readers. */
    name: z.string().trim().min(1, { error: 'must not be empty' }),
    /** One sentence shown on the topic page. */
    description: z.string().trim().min(1, { error: 'must not be empty' }),
  });

export type TopicData = z.infer<ReturnType<typeof TopicSchema>>;
