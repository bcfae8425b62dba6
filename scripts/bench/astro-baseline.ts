/**
 * The second baseline, the one issue #7 quotes ("a bare Astro 7 site, one page per story
 * plus a Pagefind index, measured about 3.4 ×"): the same Markdown stories through a content
 * collection, one page each with a minimal layout, and Pagefind over the pages, built with
 * the project's own Astro and Pagefind. It shows what Astro itself costs on this machine,
 * apart from everything this site adds (the other pages, feeds, photos, checks and gates).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, type Measured } from './proc';
import type { GeneratedStory } from './stories';

const CONFIG = `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

export default defineConfig({
  integrations: [
    {
      name: 'bench-baseline-pagefind',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          const started = performance.now();
          const { index } = await pagefind.createIndex({});
          await index.addDirectory({ path: fileURLToPath(dir) });
          await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          await pagefind.close();
          // Read by the bench (parsePagefindMs), to set Pagefind's time beside the site's.
          console.log(\`[bench-baseline] Pagefind indexed in \${Math.round(performance.now() - started)}ms\`);
        },
      },
    },
  ],
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { stories: defineCollection({ loader: glob({ pattern: '*.md', base: './stories' }) }) };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('stories')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{entry.data.title}</title><meta name="description" content={entry.data.summary}></head>
<body><main><article data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.storyteller}</p><Content /></article></main></body>
</html>
`;

/**
 * Writes the bare site into `dir`, which must lie inside the project (bench/.tmp/) so that
 * Astro and Pagefind resolve from the project's node_modules. Its output and caches go
 * with it: every run is cold.
 */
export function writeBareAstroSite(dir: string, stories: readonly GeneratedStory[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'stories'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/stories'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-astro-baseline', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), COLLECTIONS);
  writeFileSync(join(dir, 'src/pages/stories/[slug].astro'), PAGE);
  for (const story of stories) writeFileSync(join(dir, 'stories', `${story.slug}.md`), story.markdown);
}

/** A cold build of the bare site, timed like the project's build. */
export async function runBareAstroBaseline(dir: string, stories: readonly GeneratedStory[], astro: string, logFile: string): Promise<Measured> {
  writeBareAstroSite(dir, stories);
  return runMeasured(process.execPath, [astro, 'build'], {
    cwd: dir,
    logFile,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
