import { describe, expect, test } from 'vitest';
import { parseTranscript, transcriptParagraphs } from '../../src/lib/transcript';

describe('transcripts', () => {
  test('parses WebVTT with voices, notes and entities', () => {
    const vtt = `WEBVTT

NOTE this is not spoken

intro
00:00:00.000 --> 00:00:04.000 align:start
<v Sam>Welcome to <i>Shared Path</i> &amp; friends.

00:01:05.500 --> 00:01:09.000
<v.loud M.>I sat at the back.
`;
    expect(parseTranscript(vtt)).toEqual([
      { start: 0, speaker: 'Sam', text: 'Welcome to Shared Path & friends.' },
      { start: 65, speaker: 'M.', text: 'I sat at the back.' },
    ]);
  });

  test('parses SRT with CRLF line endings and short timings', () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:02,000\r\nHello there.\r\n\r\n2\r\n01:02:03,000 --> 01:02:04,000\r\nSecond line\r\nwraps.\r\n';
    expect(parseTranscript(srt)).toEqual([
      { start: 1, text: 'Hello there.' },
      { start: 3723, text: 'Second line wraps.' },
    ]);
  });

  test('joins consecutive cues of one speaker into a paragraph', () => {
    const paragraphs = transcriptParagraphs([
      { start: 0, speaker: 'Sam', text: 'One.' },
      { start: 2, speaker: 'Sam', text: 'Two.' },
      { start: 4, speaker: 'M.', text: 'Three.' },
    ]);
    expect(paragraphs).toEqual([
      { start: 0, speaker: 'Sam', text: 'One. Two.' },
      { start: 4, speaker: 'M.', text: 'Three.' },
    ]);
  });
});
