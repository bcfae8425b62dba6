import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findWithdrawnTraces, type WithdrawnStory } from '../../../src/lib/gates/withdrawn';

const gone: WithdrawnStory = { slug: 'learning-to-ask', title: 'Learning to ask for help', file: 'src/content/stories/learning-to-ask.md' };
const short: WithdrawnStory = { slug: 'hope', title: 'Hope & “coffee”', file: 'src/content/stories/hope.md' };
const find = (path: string, text: string | Buffer, stories = [gone]) => findWithdrawnTraces(path, typeof text === 'string' ? Buffer.from(text) : text, stories);

describe('findWithdrawnTraces', () => {
  it('finds the slug in a link and the title in text, with lines', () => {
    const html = '<ul>\n<li><a href="/stories/learning-to-ask/">Learning to ask\n for help</a></li>\n</ul>';
    expect(find('index.html', html)).toEqual([
      { slug: 'learning-to-ask', what: 'slug', line: 2 },
      { slug: 'learning-to-ask', what: 'title' },
    ]);
  });

  it('finds it in a file path', () => {
    expect(find('stories/learning-to-ask/index.html', '<p>nothing</p>')).toEqual([{ slug: 'learning-to-ask', what: 'slug', inPath: true }]);
  });

  it('reads gzip-compressed Pagefind fragments and JSON escapes', () => {
    const fragment = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url: '/stories/x/', meta: { title: 'Learning to ask for help' } }))]));
    expect(find('pagefind/fragment/en_1a2b.pf_fragment', fragment).map((t) => t.what)).toEqual(['title']);
  });

  it('decodes entities in XML and HTML before matching a title', () => {
    const feed = '<item><title>Hope &amp; &#8220;coffee&#8221;</title></item>';
    expect(find('rss.xml', feed, [short]).map((t) => t.what)).toEqual(['title']);
  });

  it('matches a one-word slug only as a story address, and whole words only', () => {
    expect(find('index.html', '<p>There is hope.</p><p>learning-to-asking</p>', [short, gone])).toEqual([]);
    expect(find('sitemap-0.xml', '<loc>https://x.org/stories/hope/</loc>', [short]).map((t) => t.what)).toEqual(['slug']);
  });
});

describe('images of withdrawn stories', () => {
  it('finds an image Astro made from the story’s photo', () => {
    const withPhoto = { ...gone, imageName: 'two-cups' };
    expect(find('_astro/two-cups.Bx12_aZ.webp', Buffer.from([0xff, 0xd8]), [withPhoto])).toEqual([{ slug: 'learning-to-ask', what: 'image', inPath: true }]);
    expect(find('_astro/two-cups-later.Bx12_aZ.webp', Buffer.from([0xff, 0xd8]), [withPhoto])).toEqual([]);
  });
});

describe('short titles', () => {
  it('match a title of under three words only as written', () => {
    const still: WithdrawnStory = { slug: 'still-here', title: 'Still here', file: 'src/content/stories/still-here.md' };
    expect(find('index.html', '<p>I am still here, a year on.</p>', [still])).toEqual([]);
    expect(find('index.html', '<h2>Still here</h2>', [still]).map((t) => t.what)).toEqual(['title']);
  });
});
