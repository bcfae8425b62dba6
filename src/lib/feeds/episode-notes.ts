/** The part of an episode's notes that names the stories told in it. */
import { escapeXml } from './xml';

export interface ToldStory {
  title: string;
  /** Absolute URL of the story's page, when it has one (web consent). */
  url?: string | undefined;
}

/**
 * "Stories in this episode" as HTML. Callers pass only stories with podcast consent
 * (publishing.mayAppearInPodcast); a story without a page is named but not linked.
 */
export function toldStoriesHtml(stories: readonly ToldStory[]): string {
  if (stories.length === 0) return '';
  const items = stories.map((s) => (s.url ? `<li><a href="${escapeXml(s.url)}">${escapeXml(s.title)}</a></li>` : `<li>${escapeXml(s.title)}</li>`));
  return `<h2>Stories in this episode</h2><ul>${items.join('')}</ul>`;
}
