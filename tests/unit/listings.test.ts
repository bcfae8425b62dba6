import { describe, expect, test } from 'vitest';
import { episodeCard, guideCard, storyCard } from '../../src/lib/cards';
import { pageTitle, underPagePath } from '../../src/lib/pagination';
import { onPath, onTopic, topicCount, topicLinks } from '../../src/lib/topics';

const day = new Date(Date.UTC(2026, 2, 14));

describe('topics and paths', () => {
  const stories = [
    { id: 's1', data: { topics: ['alcohol'], paths: ['therapy'] } },
    { id: 's2', data: { topics: ['family'], paths: [] } },
  ];
  const episodes = [{ id: 'e1', data: { topics: ['alcohol'] } }];
  const guides = [{ id: 'g1', data: { topics: [] } }];

  test('collects everything on a topic and counts it', () => {
    const content = onTopic('alcohol', { stories, episodes, guides });
    expect(content.stories.map((s) => s.id)).toEqual(['s1']);
    expect(content.episodes.map((e) => e.id)).toEqual(['e1']);
    expect(content.guides).toEqual([]);
    expect(topicCount(content)).toBe(2);
  });

  test('filters stories by recovery path', () => {
    expect(onPath('therapy', stories).map((s) => s.id)).toEqual(['s1']);
  });
});

describe('cards', () => {
  test('a story card links its page and shows the storyteller and reading time', () => {
    const card = storyCard({ id: 'learning', body: 'word '.repeat(450), data: { title: 'T', summary: 'S', storyteller: 'M.', published: day } });
    expect(card).toEqual({ href: '/stories/learning/', title: 'T', summary: 'S', date: day, facts: ['M.', '3 min read'], warning: undefined });
  });

  test('a card of hard material carries its content warnings, to be read before the summary', () => {
    const story = storyCard({ id: 's', body: 'word', data: { title: 'T', summary: 'S', storyteller: 'M.', published: day, contentWarnings: ['suicide', 'relapse'] } });
    expect(story.warning).toBe('Content warnings: suicide, relapse.');
    const episode = episodeCard({ id: 'e', data: { title: 'E', summary: 'S', published: day, episode: 1, audio: { duration: 60 }, contentWarnings: ['overdose'] } });
    expect(episode.warning).toBe('Content warning: overdose.');
  });

  test('an episode card shows its duration', () => {
    const card = episodeCard({ id: 'ep3', data: { title: 'E', summary: 'S', published: day, episode: 3, audio: { duration: 2530 } } });
    expect(card.href).toBe('/podcast/ep3/');
    expect(card.facts).toEqual(['42 min']);
  });

  test('a guide card links its page', () => {
    expect(guideCard({ id: 'g', data: { title: 'G', summary: 'S', published: day } }).href).toBe('/guides/g/');
  });
});

describe('pagination', () => {
  test('titles later pages', () => {
    expect(pageTitle('Stories', 1)).toBe('Stories');
    expect(pageTitle('Stories', 2)).toBe('Stories, page 2');
  });
  test('later pages live under page/, with their links: /stories/page/2/; page 1 is the list itself', () => {
    const path = (page: string | undefined, url: Record<string, string | undefined>) => ({ params: { page }, props: { page: { url, data: [] } } });
    const moved = underPagePath([
      path(undefined, { current: '/stories/', prev: undefined, next: '/stories/2/', first: '/stories/', last: '/stories/3/' }),
      path('2', { current: '/stories/2/', prev: '/stories/', next: '/stories/3/', first: '/stories/', last: '/stories/3/' }),
      path('3', { current: '/stories/3', prev: '/stories/2', next: undefined, first: '/stories', last: '/stories/3' }),
    ]);
    expect(moved.map((p) => [p.params.page, p.props.page.url])).toEqual([
      [undefined, { current: '/stories/', prev: undefined, next: '/stories/page/2/', first: '/stories/', last: '/stories/page/3/' }],
      ['page/2', { current: '/stories/page/2/', prev: '/stories/', next: '/stories/page/3/', first: '/stories/', last: '/stories/page/3/' }],
      ['page/3', { current: '/stories/page/3', prev: '/stories/page/2', next: undefined, first: '/stories', last: '/stories/page/3' }],
    ]);
    // The rest of each path is kept.
    expect(moved[1]!.props.page.data).toEqual([]);
  });
});

describe('topic links', () => {
  test('link known topics by name, in the entry order, skipping unknown ids', () => {
    const topics = [
      { id: 'alcohol', data: { name: 'Alcohol' } },
      { id: 'family', data: { name: 'Family' } },
    ];
    expect(topicLinks(['family', 'nope', 'alcohol'], topics)).toEqual([
      { id: 'family', href: '/topics/family/', label: 'Family' },
      { id: 'alcohol', href: '/topics/alcohol/', label: 'Alcohol' },
    ]);
  });
});

describe('otherHost', () => {
  test('names a media host, never the site itself or a site path', async () => {
    const { otherHost } = await import('../../src/lib/urls');
    expect(otherHost('https://media.example.org/ep1.mp3', 'https://sharedpath.example.org')).toBe('media.example.org');
    expect(otherHost('https://sharedpath.example.org/audio/ep1.mp3', 'https://sharedpath.example.org')).toBeUndefined();
    expect(otherHost('/audio/ep1.mp3', 'https://sharedpath.example.org')).toBeUndefined();
  });
});
