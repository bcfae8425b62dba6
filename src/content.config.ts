/**
 * The only place collections are defined. Schemas live in src/schemas (one factory per
 * concept); cross-entry rules and the anonymity check run before this, in the content
 * checks integration (src/integrations/content-checks.ts), over the same schemas.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { publishedOnly } from './lib/published-loader';
import { contextFromEnv } from './lib/publishing';
import { EpisodeSchema } from './schemas/episode';
import { GuideSchema } from './schemas/guide';
import { HelplineSchema } from './schemas/helpline';
import { MeetingSchema } from './schemas/meeting';
import { PodcastSchema } from './schemas/podcast';
import { StorySchema } from './schemas/story';
import { TopicSchema } from './schemas/topic';

const CONTENT = './src/content';
const entries = (folder: string) =>
  publishedOnly(glob({ pattern: '**/[^_]*.{md,mdx}', base: `${CONTENT}/${folder}` }), () => contextFromEnv());
// Optional data files (no meetings, no podcast yet) load as empty collections.
const optional = (path: string, loader: Loader): Loader =>
  existsSync(path) ? loader : { name: 'absent-file', load: async ({ store }) => store.clear() };
// The `yaml` package keeps dates as text, so the date schema can reject impossible days.
const yamlList = (name: string) =>
  optional(`${CONTENT}/${name}`, file(`${CONTENT}/${name}`, { parser: (text) => parseYaml(text) ?? [] }));

export const collections = {
  stories: defineCollection({ loader: entries('stories'), schema: StorySchema }),
  episodes: defineCollection({ loader: entries('episodes'), schema: EpisodeSchema() }),
  guides: defineCollection({ loader: entries('guides'), schema: GuideSchema() }),
  topics: defineCollection({ loader: yamlList('topics.yaml'), schema: TopicSchema() }),
  meetings: defineCollection({ loader: yamlList('meetings.yaml'), schema: MeetingSchema() }),
  // Crisis lines in the file's order (editors list the most urgent first): stored as one
  // entry "all" holding the list, since a collection's entries are kept sorted by id.
  helplines: defineCollection({
    loader: optional(`${CONTENT}/helplines.yaml`, file(`${CONTENT}/helplines.yaml`, { parser: (text) => ({ all: { lines: parseYaml(text) ?? [] } }) })),
    schema: z.object({ lines: z.array(HelplineSchema()) }),
  }),
  // podcast.yaml describes one show: stored as the single entry "show".
  podcast: defineCollection({
    loader: optional(`${CONTENT}/podcast.yaml`, file(`${CONTENT}/podcast.yaml`, { parser: (text) => ({ show: parseYaml(text) }) })),
    schema: PodcastSchema,
  }),
};
