import { describe, expect, test } from 'vitest';
import { episodeCard, guideCard, storyCard } from '../../src/lib/cards';
import { pageTitle } from '../../src/lib/pagination';
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
