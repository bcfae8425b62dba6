import { describe, expect, test } from 'vitest';
import { formatReadingTime, plainText, readingMinutes, wordCount } from '../../src/lib/reading-time';

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

  test('formats minutes', () => {
    expect(formatReadingTime(3)).toBe('3 min read');
  });
});
