/**
 * Which pages carry noindex, decided by the publishing module from the editors' front
 * matter, for the sitemap (which is written outside Astro's content layer).
 */
import { z } from 'astro/zod';
import { EpisodeSchema } from '../../schemas/episode';
import { GuideSchema } from '../../schemas/guide';
import { StorySchema } from '../../schemas/story';
import { hasPage, isSearchable, type Publishable, type PublishingContext } from '../publishing';
import { episodeUrl, guideUrl, storyUrl } from '../urls';
import type { RawContent } from '../validation/load';

const pathOnly = () => z.string();
const SCHEMAS = { stories: StorySchema({ image: pathOnly }), episodes: EpisodeSchema(), guides: GuideSchema() } as const;
const URL_OF = { stories: storyUrl, episodes: episodeUrl, guides: guideUrl } as const;

/**
 * Site paths of pages that exist but must stay out of indexes (a story without `search`
 * consent). Entries that fail validation are skipped: the content checks stop the build.
 */
export function noindexPaths(content: RawContent, context: PublishingContext): Set<string> {
  const paths = new Set<string>();
  for (const entry of content.entries) {
    const parsed = SCHEMAS[entry.collection].safeParse(entry.frontmatter?.data ?? {});
    if (!parsed.success) continue;
    const data = parsed.data as Publishable;
    if (hasPage(data, context) && !isSearchable(data, context)) paths.add(URL_OF[entry.collection](entry.slug));
  }
  return paths;
}

/** Whether a built HTML page asks robots not to index it (<meta name="robots" content="…noindex…">). */
export function hasNoindexMeta(html: string): boolean {
  return (html.match(/<meta\b[^>]*>/gi) ?? []).some(
    (tag) => /\bname=["']?robots["'\s/>]/i.test(tag) && /\bcontent=["'][^"']*\bnoindex\b/i.test(tag),
  );
}
