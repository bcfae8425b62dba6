/**
 * Checks over the built demo site's files: the story page's weight budget, and that a
 * story without a page (withdrawn, or no `web` consent) is linked from nowhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import exifr from 'exifr';
import { parse as parseYaml } from 'yaml';
import { serveDist } from './server';
import { DIST, PROJECT, allFiles, allHtmlFiles, htmlOf, storyPage } from './site';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const KB = 1024;

/** The HTML of a page and what it loads: its stylesheets and its scripts (inline or files). */
function pageWeight(path: string) {
  const html = htmlOf(path);
  const file = (href: string) => readFileSync(join(DIST, href));
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => file(m[1]!));
  const scriptFiles = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => file(m[1]!));
  const inlineScripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter(Boolean);
  const scripts = [...scriptFiles.map(String), ...inlineScripts].join('\n');
  const htmlWithoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  return {
    htmlAndCss: gz(htmlWithoutScripts) + stylesheets.reduce((sum, css) => sum + gz(css), 0),
    js: scripts ? gz(scripts) : 0,
    scripts,
  };
}

describe('weight budget of a story page', () => {
  const path = storyPage();
  const weight = pageWeight(path);

  test(`HTML + CSS of ${path} is at most 14 KB gzip`, () => {
    console.info(`${path}: HTML+CSS ${(weight.htmlAndCss / KB).toFixed(1)} KB gzip, JS ${(weight.js / KB).toFixed(2)} KB gzip`);
    expect(weight.htmlAndCss).toBeGreaterThan(0);
    expect(weight.htmlAndCss).toBeLessThanOrEqual(14 * KB);
  });

  test('JavaScript is at most 2 KB gzip: the exit control and the header search hand-over only', () => {
    expect(weight.js).toBeLessThanOrEqual(2 * KB);
    expect(weight.scripts).toContain('data-quick-exit');
    expect(weight.scripts).toContain('location.replace');
    expect(weight.scripts).toContain('data-site-search');
    // Nothing else: no script fetches, stores or sends anything.
    expect(weight.scripts).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|localStorage|sessionStorage|indexedDB|document\.cookie/);
  });
});

interface StoryFront {
  consent?: { scope?: string[]; withdrawn?: unknown };
  draft?: boolean;
}

function storiesWithoutPage(): string[] {
  const dir = join(PROJECT, 'src/content/stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .filter((name) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '';
      const data = (parseYaml(front) ?? {}) as StoryFront;
      return data.consent?.withdrawn !== undefined || !data.consent?.scope?.includes('web');
    })
    .map((name) => name.replace(/\.mdx?$/, ''));
}

describe('consent in the built site', () => {
  const html = allHtmlFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  test.each(storiesWithoutPage())('story "%s" (withdrawn or without web consent) has no page and no link', (slug) => {
    expect(existsSync(join(DIST, 'stories', slug))).toBe(false);
    const linking = html.filter(({ text }) => text.includes(`/stories/${slug}/`)).map(({ file }) => file);
    expect(linking).toEqual([]);
  });

  test('every link to a page of the site leads to a page that exists', () => {
    const broken = new Set<string>();
    for (const { file, text } of html) {
      for (const [, href] of text.matchAll(/\bhref="(\/[^"#?]*\/)(?:[#?][^"]*)?"/g)) {
        if (!existsSync(join(DIST, href!, 'index.html'))) broken.add(`${href} (in ${file.slice(DIST.length)})`);
      }
    }
    expect([...broken]).toEqual([]);
  });
});

describe('story photos in the built site', () => {
  const sources = allFiles(join(PROJECT, 'src/content/stories')).filter((f) => /\.(jpe?g|png|webp|avif|tiff?)$/i.test(f));
  const images = allFiles(DIST).filter((f) => /\.(jpe?g|png|webp|avif|tiff?)$/i.test(f));

  test('no original photo is copied to dist/', () => {
    const originals = new Set(sources.map((f) => readFileSync(f).toString('base64')));
    expect(images.filter((f) => originals.has(readFileSync(f).toString('base64')))).toEqual([]);
  });

  test('no image in dist/ carries GPS or camera metadata', async () => {
    const tagged: string[] = [];
    for (const file of images) {
      const meta = await exifr.parse(readFileSync(file), { gps: true, tiff: true, exif: true }).catch(() => undefined);
      if (meta && (meta.latitude !== undefined || meta.GPSLatitude !== undefined || meta.Make || meta.Model)) tagged.push(file);
    }
    expect(tagged).toEqual([]);
  });
});

describe("the podcast's files for apps and web players", () => {
  test('chapters, transcripts and the feed are served with CORS and their own types, as dist/_headers says; pages without CORS', async () => {
    const episodes = readdirSync(join(DIST, 'podcast'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(DIST, 'podcast', d.name, 'chapters.json')));
    expect(episodes.length).toBeGreaterThan(0);
    const episode = `/podcast/${episodes[0]!.name}/`;
    const server = await serveDist(DIST);
    try {
      const head = async (path: string) => {
        const response = await fetch(server.origin + path);
        expect(response.status, path).toBe(200);
        return [response.headers.get('content-type'), response.headers.get('access-control-allow-origin')];
      };
      expect(await head(`${episode}chapters.json`)).toEqual(['application/json+chapters; charset=utf-8', '*']);
      const transcripts = readdirSync(join(DIST, 'podcast'), { recursive: true, encoding: 'utf8' }).filter((f) => /transcript\.(vtt|srt)$/.test(f));
      expect(transcripts.length).toBeGreaterThan(0);
      for (const transcript of transcripts) {
        expect(await head(`/podcast/${transcript}`)).toEqual([transcript.endsWith('.vtt') ? 'text/vtt; charset=utf-8' : 'application/x-subrip; charset=utf-8', '*']);
      }
      expect((await head('/podcast/feed.xml'))[1]).toBe('*');
      expect(await head(episode)).toEqual(['text/html; charset=utf-8', null]);
    } finally {
      await server.close();
    }
  });
});

describe('link previews', () => {
  test("a story's and an episode's description, which link previews show, open with their content warnings", () => {
    const meta = (html: string, attribute: string) => new RegExp(`<meta ${attribute} content="([^"]*)"`).exec(html)![1]!;
    const pages = ['stories', 'podcast'].flatMap((kind) =>
      readdirSync(join(DIST, kind), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(DIST, kind, d.name, 'index.html')) && !/^\d+$/.test(d.name))
        .map((d) => htmlOf(`/${kind}/${d.name}/`)),
    );
    const warned = pages.filter((html) => html.includes('aria-label="Content warning"'));
    expect(warned.length).toBeGreaterThan(1);
    for (const html of pages) {
      const description = meta(html, 'name="description"');
      expect(description.startsWith('Content warning'), description).toBe(warned.includes(html));
      expect(meta(html, 'property="og:description"')).toBe(description);
    }
  });
});
