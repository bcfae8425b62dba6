/**
 * Episode transcripts (WebVTT or SRT) turned into text for the episode page, so the
 * words are readable and searchable without the audio.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface TranscriptCue {
  /** Start time in seconds. */
  start: number;
  /** Speaker from a WebVTT <v Name> tag, when there is one. */
  speaker?: string;
  text: string;
}

const TIMING = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})\s+-->\s+/;

function seconds(match: RegExpExecArray): number {
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

const decodeEntities = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');

/** Parses WebVTT or SRT text into cues, skipping headers, notes, styles and cue numbers. */
export function parseTranscript(source: string): TranscriptCue[] {
  const blocks = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const cues: TranscriptCue[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    const timingIndex = lines.findIndex((line) => TIMING.test(line.trim()));
    if (timingIndex === -1) continue; // WEBVTT header, NOTE, STYLE, REGION
    const timing = TIMING.exec(lines[timingIndex]!.trim())!;
    const raw = lines.slice(timingIndex + 1).join(' ').trim();
    if (!raw) continue;
    const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(raw);
    const text = decodeEntities(raw.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    cues.push({ start: seconds(timing), ...(voice ? { speaker: voice[1]!.trim() } : {}), text });
  }
  return cues;
}

export interface TranscriptParagraph {
  start: number;
  speaker?: string;
  text: string;
}

/** Joins consecutive cues of the same speaker into paragraphs, which read better than captions. */
export function transcriptParagraphs(cues: readonly TranscriptCue[]): TranscriptParagraph[] {
  const paragraphs: TranscriptParagraph[] = [];
  for (const cue of cues) {
    const last = paragraphs.at(-1);
    if (last && last.speaker === cue.speaker) last.text = `${last.text} ${cue.text}`;
    else paragraphs.push({ ...cue });
  }
  return paragraphs;
}

/** Reads the transcript named in an episode's front matter, relative to the episode file. */
export function readTranscript(episodeFile: string, transcript: string): TranscriptCue[] {
  return parseTranscript(readFileSync(resolve(dirname(episodeFile), transcript), 'utf8'));
}
