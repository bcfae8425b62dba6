import { describe, expect, test } from 'vitest';
import { episodeGuid, PODCAST_NAMESPACE, podcastGuid, uuidV5 } from '../../src/lib/uuid';

describe('uuidV5', () => {
  test('matches the RFC 4122 / Python reference vector (DNS namespace, "python.org")', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  test('sets version 5 and the RFC variant', () => {
    const id = uuidV5('anything', PODCAST_NAMESPACE);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/namespace/);
  });
});

describe('podcastGuid (Podcasting 2.0 <podcast:guid>)', () => {
  test('reproduces the examples of the spec', () => {
    expect(podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
    expect(podcastGuid('podnews.net/rss')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
  });

  test('strips the scheme and trailing slashes before hashing', () => {
    const expected = '9b024349-ccf0-5f69-a609-6b82873eab3c';
    expect(podcastGuid('https://podnews.net/rss')).toBe(expected);
    expect(podcastGuid('http://podnews.net/rss/')).toBe(expected);
    expect(podcastGuid('podnews.net/rss////')).toBe(expected);
  });
});

describe('episodeGuid', () => {
  const show = podcastGuid('https://sharedpath.example.org/podcast/feed.xml');

  test('depends on season and number only, not on file name or title', () => {
    const a = episodeGuid(show, { episode: 3, season: 1 });
    expect(episodeGuid(show, { episode: 3, season: 1 })).toBe(a);
    // Season 1 is the default season.
    expect(episodeGuid(show, { episode: 3 })).toBe(a);
    expect(episodeGuid(show, { episode: 4, season: 1 })).not.toBe(a);
    expect(episodeGuid(show, { episode: 3, season: 2 })).not.toBe(a);
  });

  test('differs between shows', () => {
    const other = podcastGuid('https://other.example.org/podcast/feed.xml');
    expect(episodeGuid(other, { episode: 1 })).not.toBe(episodeGuid(show, { episode: 1 }));
  });

  test('an explicit guid in front matter wins', () => {
    expect(episodeGuid(show, { episode: 1, guid: 'kept-from-old-host-42' })).toBe('kept-from-old-host-42');
  });
});
