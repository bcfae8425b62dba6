/**
 * `npm run setup`: what turns the demo into a community's own site. The demo's files are
 * known by their content (scripts/demo-content.json: path → SHA-256), so a file an editor
 * wrote, or a demo file an editor changed, is never removed.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';

export interface SetupAnswers {
  name: string;
  url: string;
  helplineCountry: string;
  podcast: boolean;
  /** Remove the demo guides too (kept by default: they are useful to any community). */
  removeGuides: boolean;
  description?: string | undefined;
  tagline?: string | undefined;
  exitUrl?: string | undefined;
  languages?: string[] | undefined;
}

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Which part of the demo a content path belongs to. */
function demoPart(path: string): 'stories' | 'episodes' | 'guides' | 'meetings' | 'podcast' | 'kept' {
  if (path.startsWith('src/content/stories/')) return 'stories';
  if (path.startsWith('src/content/episodes/')) return 'episodes';
  if (path.startsWith('src/content/guides/')) return 'guides';
  if (path === 'src/content/meetings.yaml') return 'meetings';
  if (path === 'src/content/podcast.yaml' || path.startsWith('src/content/podcast-artwork')) return 'podcast';
  return 'kept';
}

export interface SetupPlan {
  /** Demo files, unchanged since the kit shipped them, to delete. */
  remove: string[];
  /** Demo files an editor has changed: kept, and named in the summary. */
  changed: string[];
}

/**
 * The demo files to remove. `present` holds the hash of each demo path that still exists;
 * topics and crisis lines are always kept (stories and pages rely on them).
 */
export function planSetup(manifest: Readonly<Record<string, string>>, present: ReadonlyMap<string, string>, answers: Pick<SetupAnswers, 'podcast' | 'removeGuides'>): SetupPlan {
  const remove: string[] = [];
  const changed: string[] = [];
  for (const [path, hash] of Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b))) {
    const part = demoPart(path);
    const goes = part === 'stories' || part === 'episodes' || part === 'meetings' || (part === 'guides' && answers.removeGuides) || (part === 'podcast' && !answers.podcast);
    const current = present.get(path);
    if (!goes || current === undefined) continue;
    (current === hash ? remove : changed).push(path);
  }
  return { remove, changed };
}

/** The text of site.yaml for a community, with a comment per field. */
export function siteYaml(answers: SetupAnswers): string {
  const field = (comment: string, key: string, value: unknown) => `# ${comment}\n${stringify({ [key]: value }, { lineWidth: 0 }).trimEnd()}\n`;
  const description = answers.description ?? `${answers.name}: stories, conversations and guides from people in recovery, shared with consent.`;
  return [
    '# Site settings: your community\'s own choices (docs/editors.md, "Site settings").',
    '# Written by `npm run setup`; edit freely. SITE_URL, when set, overrides url.',
    '',
    field('The community\'s name: page titles, the header, feeds.', 'name', answers.name),
    ...(answers.tagline ? [field('One line under the name on the home page (optional).', 'tagline', answers.tagline)] : []),
    field('What the site is, up to 300 characters: search engines, link previews and feeds show it.', 'description', description),
    field('The address of the live site. A path (https://name.github.io/repo/) puts the whole site under it.', 'url', answers.url),
    field('Languages of the site; the first is the default.', 'languages', answers.languages ?? ['en']),
    field('Country (two letters, e.g. US, GB, CA) whose crisis lines are shown first on every page.', 'helplineCountry', answers.helplineCountry),
    field('Where the quick exit sends a reader: a neutral, common site.', 'exitUrl', answers.exitUrl ?? 'https://www.bbc.co.uk/weather'),
  ].join('\n');
}
