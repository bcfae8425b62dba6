/** The part of an episode's notes that names the stories told in it. */
import { escapeXml } from './xml';

export interface ToldStory {
  title: string;
  /** Absolute URL of the story's page. */
  url: string;
}

/**
 * "Stories in this episode" as HTML. Callers pass only the stories a feed may name
 * (publishing.mayNameToldStory: podcast, web and feeds consent), so each has a page.
 */
export function toldStoriesHtml(stories: readonly ToldStory[]): string {
  if (stories.length === 0) return '';
  const items = stories.map((s) => `<li><a href="${escapeXml(s.url)}">${escapeXml(s.title)}</a></li>`);
  return `<h2>Stories in this episode</h2><ul>${items.join('')}</ul>`;
}
