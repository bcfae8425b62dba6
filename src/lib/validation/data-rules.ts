/** Rules for the data files: topics, meetings, helplines and the podcast description. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { DATA_ID } from '../../schemas/data-id';
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

/** A valid item of a data file and its place in the file's list (for line numbers). */
interface Listed<T> {
  data: T;
  index: number;
}

function listOf<T extends { id: string }>(
  file: RawDataFile | undefined,
  schema: z.ZodType<T>,
  what: string,
  issues: ContentIssue[],
): Listed<T>[] {
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
  const items: Listed<T>[] = [];
  // Ids are compared ignoring capitals: /topics/Alcohol/ and /topics/alcohol/ are one folder
  // on macOS and Windows and one address on case-insensitive hosts, and a reader (or the
  // Meeting Guide app) cannot tell "Circle" from "circle" apart.
  const seen = new Map<string, { index: number; id: string }>();
  value.forEach((item, index) => {
    const parsed = validate(schema, item, { file: file.file, lineOf: file.yaml.lineOf, prefix: [index] }, issues);
    // An item with another error still claims its id, so one run reports a duplicate too.
    const raw = (item as { id?: unknown } | null)?.id;
    const id = parsed.ok ? parsed.data.id : typeof raw === 'string' && DATA_ID.test(raw) ? raw : undefined;
    if (id === undefined) return;
    const earlier = seen.get(id.toLowerCase());
    if (earlier !== undefined) {
      const message =
        earlier.id === id
          ? `"${id}" is already the id of item ${earlier.index + 1}; every id must be unique.`
          : `"${id}" differs from "${earlier.id}", the id of item ${earlier.index + 1}, only in capitals; ids must differ by more than capitals (some computers and hosts treat both as the same address). Rename one.`;
      issues.push({ severity: 'error', file: file.file, line: file.yaml.lineOf([index, 'id']), field: `[${index}].id`, message });
      return;
    }
    seen.set(id.toLowerCase(), { index, id });
    if (parsed.ok) items.push({ data: parsed.data, index });
  });
  return items;
}

/** Crisis lines readers cannot reach from the site: allowed by the contract, but worth a look. */
function checkReachable(file: RawDataFile, helplines: readonly Listed<HelplineData>[], issues: ContentIssue[]): void {
  for (const { data: line, index } of helplines) {
    if (line.phone || line.sms || line.url) continue;
    issues.push({
      severity: 'warning',
      file: file.file,
      line: file.yaml.lineOf([index, 'id']),
      field: line.id,
      message: 'has no phone, sms or url: pages show its name and hours with nothing to call, text or open, and the banner at the top of every page will not name it. Add its number or website if it has one.',
    });
  }
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
  const descriptionBytes = Buffer.byteLength(parsed.data.description, 'utf8');
  if (descriptionBytes > 4000) {
    issues.push({ severity: 'warning', file: file.file, line: file.yaml.lineOf(['description']), field: 'description', message: `is ${descriptionBytes} bytes; Apple Podcasts shows at most 4,000 bytes of a show's description and cuts the rest. Shorten it (accented letters and emoji take 2–4 bytes each).` });
  }
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
  if (files.helplines) checkReachable(files.helplines, helplines, issues);
  for (const { data: line, index } of helplines) {
    if (line.lastVerified && daysBetween(line.lastVerified, context.now) > 365) {
      issues.push({
        severity: 'warning',
        file: files.helplines!.file,
        line: files.helplines!.yaml.lineOf([index, 'lastVerified']),
        field: `${line.id}.lastVerified`,
        message: `was last verified on ${isoDay(line.lastVerified)}, over a year ago; call or visit ${line.name} to check it still works, then update lastVerified.`,
      });
    }
  }
  const podcast = await checkPodcast(files.podcast, issues);
  const data = <T>(items: Listed<T>[]) => items.map((item) => item.data);
  return { topics: data(topics), meetings: data(meetings), helplines: data(helplines), podcast };
}
