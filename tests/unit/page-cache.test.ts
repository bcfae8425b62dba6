import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, imagesDigest } from '../../src/lib/page-cache';
import { PROJECT } from '../helpers/fixture';

const ROOT = join(PROJECT, 'tests/.tmp/page-cache');
mkdirSync(join(ROOT, 'src/content/stories'), { recursive: true });
const write = (name: string, bytes: string) => writeFileSync(join(ROOT, 'src/content/stories', name), bytes);
const entry = { filePath: 'src/content/stories/a.md', assetImports: ['./photo.jpg'], rendered: { metadata: { imagePaths: ['./in-text.jpg', 'https://example.org/remote.jpg'] } } };

describe('page cache keys', () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  it('change when any part changes, and only then', () => {
    const date = new Date(Date.UTC(2026, 0, 2));
    expect(cacheKey('site', { title: 'A', date })).toBe(cacheKey('site', { title: 'A', date: new Date(date) }));
    expect(cacheKey('site', { title: 'A' })).not.toBe(cacheKey('site', { title: 'B' }));
    expect(cacheKey('site', ['x'])).not.toBe(cacheKey('site2', ['x']));
  });

  it('digest the bytes of an entry’s photo and of the images in its text', () => {
    write('photo.jpg', 'one');
    write('in-text.jpg', 'two');
    const first = imagesDigest(entry, ROOT);
    expect(first).toMatch(/^[\w-]{32}$/);
    expect(imagesDigest(entry, ROOT)).toBe(first);
    write('photo.jpg', 'ONE');
    expect(imagesDigest(entry, ROOT)).not.toBe(first);
    write('photo.jpg', 'one');
    write('in-text.jpg', 'TWO');
    expect(imagesDigest(entry, ROOT)).not.toBe(first);
  });

  it('is empty without images, and undefined (no key: always render) when one cannot be read', () => {
    expect(imagesDigest({ filePath: 'src/content/stories/b.md' }, ROOT)).toBe('');
    expect(imagesDigest({ ...entry, assetImports: ['./missing.jpg'] }, ROOT)).toBeUndefined();
  });
});
