/**
 * The consent report (`npm run consent:report`): every story's consent state by slug and
 * consent record id, and nothing else about the storyteller. The publishing module
 * decides what each state means for the site; this only reads its answers.
 */
import type { ConsentScope } from '../schemas/vocabularies';
import { CHANNEL_SCOPES } from '../schemas/vocabularies';
import { isoDay } from './dates';
import { maskIdentifying } from './anonymity';
import { inEffect, isReviewOverdue, isScheduled, isWithdrawn, publishingState, type Publishable, type PublishingContext, type Translatable } from './publishing';

export type ConsentState = 'published' | 'limited scope' | 'withdrawn' | 'scheduled' | 'draft' | 'has errors';

/** What the report reads of a story. */
export interface ConsentReportStory {
  slug: string;
  data: Translatable & {
    draft: boolean;
    consent: { recordId: string; scope: readonly ConsentScope[]; withdrawn?: Date | undefined; reviewBy?: Date | undefined };
  };
}

export interface ConsentRow {
  slug: string;
  /** Id of the signed consent record; undefined when a story file cannot be read. */
  recordId: string | undefined;
  state: ConsentState;
  /** Scopes the storyteller did not agree to (limited scope). */
  missingScopes: ConsentScope[];
  /** Where the story appears in a production build, as the publishing module decides. */
  appearsIn: Array<'page' | 'search' | 'feeds' | 'podcast'>;
  /** YYYY-MM-DD, for scheduled stories. */
  publishes?: string | undefined;
  /** YYYY-MM-DD of withdrawal. */
  withdrawn?: string | undefined;
  /** YYYY-MM-DD by which consent must be re-confirmed. */
  reviewBy?: string | undefined;
  /** reviewBy is past and the story is not withdrawn. */
  reviewDue: boolean;
}

export interface ConsentReport {
  /** The day the report describes (the build's "now"). */
  date: string;
  stories: ConsentRow[];
}

function stateOf(data: Publishable, ctx: PublishingContext): ConsentState {
  if (isWithdrawn(data)) return 'withdrawn';
  if (data.draft) return 'draft';
  if (isScheduled(data, ctx)) return 'scheduled';
  return CHANNEL_SCOPES.every((s) => data.consent?.scope.includes(s)) ? 'published' : 'limited scope';
}

/**
 * One row per story, sorted by slug. `unreadable` are story files the content checks
 * rejected: they are listed so none is forgotten, with their record id when it can be read.
 */
export function consentReport(
  stories: readonly ConsentReportStory[],
  ctx: PublishingContext,
  unreadable: ReadonlyArray<{ slug: string; recordId?: string | undefined }> = [],
): ConsentReport {
  // The report describes production builds, never the drafts preview.
  const production: PublishingContext = { now: ctx.now };
  const byId = new Map(stories.map((s) => [s.slug, s.data]));
  const rows: ConsentRow[] = stories.map((story) => {
    const { consent } = story.data;
    // A translation is reported as it is published: with its original's consent too
    // (withdrawn with it). One whose original is missing is a content-check error.
    const effective = inEffect(story.data, (id) => byId.get(id));
    if (effective === undefined) return { slug: story.slug, recordId: maskIdentifying(consent.recordId), state: 'has errors', missingScopes: [], appearsIn: [], reviewDue: false };
    const state = stateOf(effective, production);
    const decided = publishingState(effective, production);
    const appearsIn = (['page', 'search', 'feeds'] as const).filter((k) => decided[k === 'search' ? 'searchable' : k]);
    return {
      slug: story.slug,
      recordId: maskIdentifying(consent.recordId),
      state,
      missingScopes: CHANNEL_SCOPES.filter((s) => !effective.consent?.scope.includes(s)),
      appearsIn: decided.podcast ? [...appearsIn, 'podcast'] : [...appearsIn],
      publishes: state === 'scheduled' ? isoDay(story.data.published) : undefined,
      withdrawn: effective.consent?.withdrawn ? isoDay(effective.consent.withdrawn) : undefined,
      reviewBy: consent.reviewBy ? isoDay(consent.reviewBy) : undefined,
      reviewDue: isReviewOverdue(effective, production),
    };
  });
  for (const { slug, recordId } of unreadable) {
    rows.push({ slug, recordId: recordId === undefined ? undefined : maskIdentifying(recordId), state: 'has errors', missingScopes: [], appearsIn: [], reviewDue: false });
  }
  return { date: isoDay(ctx.now), stories: rows.sort((a, b) => a.slug.localeCompare(b.slug)) };
}

function describe(row: ConsentRow): string {
  switch (row.state) {
    case 'published':
      return 'published (all scopes)';
    case 'limited scope':
      return `limited scope: no ${row.missingScopes.join(', ')}${row.appearsIn.length ? `; appears in: ${row.appearsIn.join(', ')}` : '; appears nowhere'}`;
    case 'withdrawn':
      return `withdrawn ${row.withdrawn}`;
    case 'scheduled':
      return `scheduled for ${row.publishes}`;
    case 'draft':
      return 'draft';
    case 'has errors':
      return 'has errors: run `npm run check`';
  }
}

/** The text form: one line per story, then a summary. */
export function formatConsentReport(report: ConsentReport): string {
  const rows = report.stories;
  if (rows.length === 0) return `Consent report for ${report.date}: no stories.`;
  const slugWidth = Math.max(4, ...rows.map((r) => r.slug.length));
  const recordWidth = Math.max(6, ...rows.map((r) => (r.recordId ?? '?').length));
  const lines = [`Consent report for ${report.date}: ${rows.length} stor${rows.length === 1 ? 'y' : 'ies'}`, ''];
  lines.push(`${'slug'.padEnd(slugWidth)}  ${'record'.padEnd(recordWidth)}  state`);
  for (const row of rows) {
    const due = row.reviewDue ? `; REVIEW DUE since ${row.reviewBy}` : '';
    lines.push(`${row.slug.padEnd(slugWidth)}  ${(row.recordId ?? '?').padEnd(recordWidth)}  ${describe(row)}${due}`);
  }
  const count = (state: ConsentState) => rows.filter((r) => r.state === state).length;
  const due = rows.filter((r) => r.reviewDue);
  lines.push(
    '',
    `published: ${count('published')}, limited scope: ${count('limited scope')}, withdrawn: ${count('withdrawn')}, scheduled: ${count('scheduled')}, draft: ${count('draft')}${count('has errors') ? `, has errors: ${count('has errors')}` : ''}`,
    due.length
      ? `review due: ${due.length}. Ask each storyteller (by record id) to re-confirm, then move consent.reviewBy forward, or withdraw the story.`
      : 'review due: none',
  );
  return lines.join('\n');
}
