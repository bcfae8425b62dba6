/**
 * The bench site: a copy of the project's code (everything but its stories) inside the
 * repository, so node_modules resolves upward, with N generated stories. The demo topics,
 * helplines, podcast, episodes and guides are kept.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { renderImage } from './images';
import { editStory, generateStories, retargetEpisodeStories, type GeneratedStory } from './stories';

export interface BenchSite {
  root: string;
  stories: GeneratedStory[];
  /** The story file the one-story-edit rebuild changes. */
  editTarget: string;
  /** The story the withdrawal rebuild withdraws: it has a page, and no episode tells it. */
  withdrawTarget: { slug: string; file: string };
  /** Generated Markdown bytes (stories only). */
  markdownBytes: number;
  images: number;
}

export interface PrepareOptions {
  /** The project to copy (its astro.config.mjs, tsconfig.json, src/, public/). */
  project: string;
  root: string;
  count: number;
  seed: number;
  now: Date;
}

// The build reads these root files too (.htmlvalidate.json: the post-build HTML gate).
const COPIED = ['astro.config.mjs', 'astro.config.ts', 'tsconfig.json', '.htmlvalidate.json', 'build.env', 'site.yaml', 'public'];

/** Ids of the topics in the copy's topics.yaml, so stories only use real ones. */
function topicIds(root: string): string[] {
  const file = join(root, 'src/content/topics.yaml');
  if (!existsSync(file)) return [];
  const topics = (parseYaml(readFileSync(file, 'utf8')) ?? []) as Array<{ id: string }>;
  return topics.map((t) => t.id);
}

export async function prepareSite(options: PrepareOptions): Promise<BenchSite> {
  const { project, root } = options;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const item of COPIED) {
    if (existsSync(join(project, item))) cpSync(join(project, item), join(root, item), { recursive: true });
  }
  const src = join(project, 'src');
  cpSync(src, join(root, 'src'), {
    recursive: true,
    filter: (source) => !/^content[/\\]stories([/\\]|$)/.test(relative(src, source)),
  });

  const storiesDir = join(root, 'src/content/stories');
  mkdirSync(storiesDir, { recursive: true });
  const stories = generateStories({ count: options.count, seed: options.seed, topicIds: topicIds(root), now: options.now });
  let markdownBytes = 0;
  let images = 0;
  for (const story of stories) {
    writeFileSync(join(storiesDir, `${story.slug}.md`), story.markdown);
    markdownBytes += Buffer.byteLength(story.markdown);
    if (story.image) {
      writeFileSync(join(storiesDir, story.image.file), await renderImage(story.image));
      images += 1;
    }
  }

  // Episodes name demo stories that the copy no longer has: point them at generated ones.
  const tellable = stories.filter((s) => s.inBuild && s.podcast).map((s) => s.slug);
  const episodesDir = join(root, 'src/content/episodes');
  if (existsSync(episodesDir)) {
    readdirSync(episodesDir)
      .filter((name) => /\.mdx?$/.test(name))
      .forEach((name, i) => {
        const file = join(episodesDir, name);
        const text = readFileSync(file, 'utf8');
        writeFileSync(file, retargetEpisodeStories(text, tellable.slice(i, i + 1)));
      });
  }

  // Edit a story in the middle of the collection, with a page.
  const middle = stories.slice(Math.floor(stories.length / 2)).find((s) => s.inBuild) ?? stories[0]!;
  // Withdraw one a quarter in that no episode may name (an episode telling a withdrawn story
  // is a build error): its consent has no podcast scope.
  const quarter = stories.slice(Math.floor(stories.length / 4)).find((s) => s.inBuild && !s.podcast && s !== middle) ?? stories.find((s) => s.inBuild && !s.podcast)!;
  return {
    root,
    stories,
    editTarget: join(storiesDir, `${middle.slug}.md`),
    withdrawTarget: { slug: quarter.slug, file: join(storiesDir, `${quarter.slug}.md`) },
    markdownBytes,
    images,
  };
}

/** Removes everything a previous build left behind (output and caches), for a cold build. */
export function clearBuildState(root: string): void {
  for (const path of ['dist', '.astro', 'node_modules']) rmSync(join(root, path), { recursive: true, force: true });
}

/** Changes one story's body in place. */
export function editOneStory(site: BenchSite, round = 0): void {
  writeFileSync(site.editTarget, editStory(readFileSync(site.editTarget, 'utf8'), round));
}

/** Withdraws one story's consent, as an editor does: `withdrawn:` in its consent block. */
export function withdrawOneStory(site: BenchSite, on: Date): void {
  const text = readFileSync(site.withdrawTarget.file, 'utf8');
  if (!/^consent:\s*$/m.test(text)) throw new Error(`${site.withdrawTarget.file} has no consent block to withdraw`);
  writeFileSync(site.withdrawTarget.file, text.replace(/^consent:\s*$/m, `consent:\n  withdrawn: ${on.toISOString().slice(0, 10)}`));
}

/** Number of HTML pages (index.html files) in a build output. */
export function countPages(dist: string): number {
  if (!existsSync(dist)) return 0;
  return readdirSync(dist, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name === 'index.html').length;
}
