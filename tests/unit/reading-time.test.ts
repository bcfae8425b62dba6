import { describe, expect, test } from 'vitest';
import { entryReadingMinutes, formatReadingTime, plainText, readingMinutes, WORD_COUNT_KEY, wordCount } from '../../src/lib/reading-time';

describe('reading time', () => {
  test('counts words of prose, not markup, link targets, code or imports', () => {
    const body = [
      "import Note from '../components/Note.astro';",
      '# A heading',
      'Some **bold** words and a [link text](https://example.org/very/long/path).',
      '```js\nconst notCounted = 1;\n```',
      '![alt text here](./photo.jpg)',
      '<Note>inside a tag</Note>',
    ].join('\n\n');
    expect(plainText(body)).not.toContain('example.org');
    expect(wordCount(body)).toBe(2 + 7 + 3);
  });

  test('rounds up and never says zero minutes', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(200))).toBe(1);
    expect(readingMinutes('word '.repeat(201))).toBe(2);
    expect(readingMinutes('word '.repeat(1000), 250)).toBe(4);
  });

  test("an entry's minutes come from the word count the loader kept, else from its body (MDX)", () => {
    expect(entryReadingMinutes({ rendered: { metadata: { [WORD_COUNT_KEY]: 401 } } })).toBe(3);
    expect(entryReadingMinutes({ rendered: { metadata: { [WORD_COUNT_KEY]: 0 } }, body: 'word '.repeat(900) })).toBe(1);
    expect(entryReadingMinutes({ body: 'word '.repeat(401) })).toBe(3);
    expect(entryReadingMinutes({})).toBe(1);
  });

  test('formats minutes', () => {
    expect(formatReadingTime(3)).toBe('3 min read');
  });
});
