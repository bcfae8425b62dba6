/** Rules for the data files: topics, meetings, helplines and the podcast description. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { HelplineSchema, type HelplineData } from '../../schemas/helpline';
import { MeetingSchema, type MeetingData } from '../../schemas/meeting';
import { PodcastSchema, type PodcastData } from '../../schemas/podcast';
import { TopicSchema, type TopicData } from '../../schemas/topic';
import { daysBetween, isoDay } from '../dates';
import type { PublishingContext } from '../publishing';
import { validate } from './validate';
import { artworkProblems, readImage } from './images';
import type { ContentIssue } from './issues';
import type { RawDataFile } from './load';

function listOf<T extends { id: string }>(
  file: RawDataFile | undefined,
  schema: z.ZodType<T>,
  what: string,
  issues: ContentIssue[],
): T[] {
  if (!file) return [];
  for (const e of file.yaml.errors) {
    issues.push({ severity: 'error', file: file.file, line: e.line, message: `is not valid YAML: ${e.message}. Check quotes, colons and indentation.` });
  }
  if (file.yaml.errors.length) return [];
  const value = file.yaml.data ?? [];
  if (!Array.isArray(value)) {
    issues.push({ severity: 'error', file: file.file, line: 1, message: `must be a list of ${what}, each starting with "- id: ..."` });
    return [];
  }
  const items: T[] = [];
  const seen = new Map<string, number>();
  value.forEach((item, index) => {
    const parsed = validate(schema, item, { file: file.file, lineOf: file.yaml.lineOf, prefix: [index] }, issues);
    if (!parsed.ok) return;
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) {
      issues.push({ severity: 'error', file: file.file, line: file.yaml.lineOf([index, 'id']), field: `[${index}].id`, message: `"${parsed.data.id}" is already the id of item ${earlier + 1}; every id must be unique.` });
      return;
    }
    seen.set(parsed.data.id, index);
    items.push(parsed.data);
  });
  return items;
}

const pathOf = (file: RawDataFile) => ({ file: file.file, lineOf: file.yaml.lineOf });

async function checkPodcast(file: RawDataFile | undefined, issues: ContentIssue[]): Promise<PodcastData | undefined> {
  if (!file) return undefined;
  if (file.yaml.errors.length) {
    for (const e of file.yaml.errors) issues.push({ severity: 'error', file: file.file, line: e.line, message: `is not valid YAML: ${e.message}.` });
    return undefined;
  }
  const schema = PodcastSchema({ image: () => z.string().min(1) });
  const parsed = validate(schema, file.yaml.data ?? {}, pathOf(file), issues);
  if (!parsed.ok) return undefined;
  const artwork = join(dirname(file.absolutePath), String(parsed.data.image));
  const line = file.yaml.lineOf(['image']);
  if (!existsSync(artwork)) {
    issues.push({ severity: 'error', file: file.file, line, field: 'image', message: `"${parsed.data.image}" does not exist; the path is relative to podcast.yaml.` });
    return parsed.data;
  }
  const facts = await readImage(artwork);
  const problems = typeof facts === 'string' ? [facts] : artworkProblems(facts);
  for (const problem of problems) issues.push({ severity: 'error', file: file.file, line, field: 'image', message: `${parsed.data.image} ${problem}` });
  return parsed.data;
}

export async function checkDataFiles(
  files: Record<string, RawDataFile | undefined>,
  context: PublishingContext,
  issues: ContentIssue[],
): Promise<{ topics: TopicData[]; meetings: MeetingData[]; helplines: HelplineData[]; podcast: PodcastData | undefined }> {
  const topics = listOf(files.topics, TopicSchema(), 'topics', issues);
  const meetings = listOf(files.meetings, MeetingSchema(), 'meetings', issues);
  const helplines = listOf(files.helplines, HelplineSchema(), 'crisis lines', issues);
  if (!files.helplines) {
    issues.push({ severity: 'error', file: 'src/content/helplines.yaml', message: 'is missing: every page shows crisis lines, so list at least one (see docs/editors.md).' });
  } else if (helplines.length === 0 && !issues.some((i) => i.file === files.helplines!.file)) {
    issues.push({ severity: 'error', file: files.helplines.file, line: 1, message: 'lists no crisis line; add at least one.' });
  }
  helplines.forEach((line, index) => {
    if (line.lastVerified && daysBetween(line.lastVerified, context.now) > 365) {
      issues.push({
        severity: 'warning',
        file: files.helplines!.file,
        line: files.helplines!.yaml.lineOf([index, 'lastVerified']),
        field: `${line.id}.lastVerified`,
        message: `was last verified on ${isoDay(line.lastVerified)}, over a year ago; call or visit ${line.name} to check it still works, then update lastVerified.`,
      });
    }
  });
  const podcast = await checkPodcast(files.podcast, issues);
  return { topics, meetings, helplines, podcast };
}
