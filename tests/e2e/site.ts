/** What the built demo site contains: one page of each type, found in dist/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from '../helpers/fixture';

export { PROJECT };
export const DIST = join(PROJECT, 'dist');

export interface SitePage {
  type: string;
  path: string;
  status: number;
}

/** Sub-folders of dist/<section> holding an index.html, excluding numbered listing pages. */
function entryPages(section: string): string[] {
  const dir = join(DIST, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name) && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `/${section}/${d.name}/`)
    .sort();
}

export const htmlOf = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** The story page to weigh and photograph: the heaviest one (a photo, warnings, related stories). */
export function storyPage(): string {
  const stories = entryPages('stories');
  if (stories.length === 0) throw new Error('The demo site has no story page: tests need demo content in src/content/stories.');
  return stories.map((path) => ({ path, size: htmlOf(path).length })).sort((a, b) => b.size - a.size)[0]!.path;
}

/** One page of every type the site has, plus a missing page for the 404. */
export function pagesOfEachType(): SitePage[] {
  const pick = (type: string, paths: string[], prefer?: (html: string) => boolean): SitePage[] => {
    const chosen = (prefer && paths.find((p) => prefer(htmlOf(p)))) ?? paths[0];
    return chosen ? [{ type, path: chosen, status: 200 }] : [];
  };
  const fixed = (type: string, path: string): SitePage[] => (existsSync(join(DIST, path, 'index.html')) ? [{ type, path, status: 200 }] : []);
  const pages = [
    ...fixed('home', '/'),
    ...fixed('story list', '/stories/'),
    ...fixed('story list, page 2', '/stories/page/2/'),
    { type: 'story', path: storyPage(), status: 200 },
    ...fixed('episode list', '/podcast/'),
    ...pick('episode', entryPages('podcast'), (html) => html.includes('id="transcript-heading"')),
    ...fixed('guide list', '/guides/'),
    ...pick('guide', entryPages('guides')),
    ...fixed('topic list', '/topics/'),
    ...pick('topic', entryPages('topics'), (html) => html.includes('class="cards"')),
    ...pick('recovery path', entryPages('paths'), (html) => html.includes('class="cards"')),
    ...fixed('meetings', '/meetings/'),
    ...fixed('help', '/help/'),
    ...fixed('search', '/search/'),
    ...fixed('about', '/about/'),
    ...fixed('share your story', '/share-your-story/'),
    ...fixed('privacy', '/privacy/'),
    { type: 'not found', path: '/no-such-page/', status: 404 },
  ];
  return pages;
}

/** Every file under a folder, as absolute paths. */
export function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** Every HTML file in dist/. */
export const allHtmlFiles = () => allFiles(DIST).filter((file) => file.endsWith('.html'));
