import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findWithdrawnTraces, type WithdrawnStory } from '../../../src/lib/gates/withdrawn';
import { createRandom } from '../../../scripts/bench/prng';

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

describe('many withdrawn stories', () => {
  // The gate first picks the stories whose words a file holds, then matches those exactly.
  const many: WithdrawnStory[] = Array.from({ length: 300 }, (_, i) => ({ slug: `quiet-harbour-${i}`, title: `The quiet harbour number ${i}`, file: `src/content/stories/quiet-harbour-${i}.md` }));

  it('finds exactly the stories a file mentions, by slug or by title', () => {
    const html = '<a href="/stories/quiet-harbour-17/">Read</a>\n<p>Remember THE QUIET\n  harbour number 242?</p><p>The quiet harbour number 9000.</p>';
    expect(find('index.html', html, many)).toEqual([
      { slug: 'quiet-harbour-17', what: 'slug', line: 1 },
      { slug: 'quiet-harbour-242', what: 'title' },
    ]);
    expect(find('stories/quiet-harbour-5/index.html', '<p>nothing</p>', many)).toEqual([{ slug: 'quiet-harbour-5', what: 'slug', inPath: true }]);
  });

  it('finds titles with punctuation, written with entities, and titles without words', () => {
    const dont: WithdrawnStory = { slug: 'dont-look-back', title: 'Don’t look back, love', file: 'src/content/stories/dont-look-back.md' };
    const dashes: WithdrawnStory = { slug: 'dashes', title: '— · —', file: 'src/content/stories/dashes.md' };
    expect(find('rss.xml', '<title>Don&#8217;t   look back, love</title>', [dont, ...many]).map((t) => t.slug)).toEqual(['dont-look-back']);
    expect(find('index.html', '<p>— · —</p>', [dashes, ...many]).map((t) => t.what)).toEqual(['title']);
  });

  it('finds what the exact patterns find next to other scripts and with Unicode case folding', () => {
    const still: WithdrawnStory = { slug: 'still-here-now', title: 'Still here now', file: 'src/content/stories/still-here-now.md' };
    for (const text of ['静かなquiet-harbour-12について', '<a href="/stories/quiet-harbour-12年">', 'équiet-harbour-12']) {
      expect(find('index.html', text, many).map((t) => [t.slug, t.what]), text).toEqual([['quiet-harbour-12', 'slug']]);
      expect(find('index.html', text, [many[12]!]).map((t) => [t.slug, t.what]), text).toEqual([['quiet-harbour-12', 'slug']]);
    }
    expect(find('index.html', '<p>ſtill here now</p>', [still, ...many]).map((t) => t.what)).toEqual(['title']);
    expect(find('index.html', '<p>ſtill here now</p>', [still]).map((t) => t.what)).toEqual(['title']);
  });

  it('the pre-filter never drops a story the exact patterns find (generated texts)', () => {
    // Texts made of the titles' and slugs' words, reordered, split by markup, punctuation,
    // other scripts and line breaks, in mixed case: whatever the exact patterns find with
    // one story (no pre-filter) must be found with 300 (pre-filter first).
    const story = many[42]!;
    const pieces = ['The', 'the', 'QUIET', 'quiet', 'harbour', 'Harbour', 'number', '42', '420', 'quiet-harbour-42', 'quiet-harbour', '-42', 'stories/', 'harbour-42', 'the quiet harbour number 42', 'The Quiet  harbour\nnumber'];
    const glue = [' ', '  ', '\n', '<br>', '-', '/', ', ', '静', 'é', '', '&nbsp;', '\t'];
    const random = createRandom(7);
    const next = (n: number) => random.int(0, n - 1);
    let found = 0;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 3 + next(6) }, () => pieces[next(pieces.length)]! + glue[next(glue.length)]!).join('');
      const exact = find('index.html', text, [story]);
      expect(find('index.html', text, many).filter((t) => t.slug === story.slug), text).toEqual(exact);
      if (exact.length) found++;
    }
    expect(found).toBeGreaterThan(50);
  });

  it('a list of other titles sharing every word with a withdrawn one holds no trace of it', () => {
    const list = many.slice(0, 40).map((s) => `<li>Quiet harbour, the number ${s.slug.split('-').pop()}</li>`).join('\n') + '<li>The quiet sea, a harbour number 7</li>';
    expect(find('topics/x/index.html', list, many)).toEqual([]);
  });
});
