import { describe, expect, test } from 'vitest';
import {
  contextFromEnv,
  hasPage,
  isInBuild,
  isInFeeds,
  isReviewOverdue,
  isScheduled,
  isSearchable,
  isWithdrawn,
  mayAppearInPodcast,
  mayNameToldStory,
  publishingState,
  type Publishable,
} from '../../src/lib/publishing';
import { CONSENT_SCOPES, type ConsentScope } from '../../src/schemas/vocabularies';

const now = new Date('2026-06-15T00:00:00Z');
const ctx = { now };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const story = (over: Partial<Publishable> & { scope?: ConsentScope[]; withdrawn?: Date } = {}): Publishable => ({
  published: over.published ?? day('2026-03-14'),
  draft: over.draft ?? false,
  consent: { scope: over.scope ?? ['web', 'search', 'feeds', 'podcast'], withdrawn: over.withdrawn },
});

/** Every subset of the consent scopes, so each combination is decided. */
const allScopeSets: ConsentScope[][] = Array.from({ length: 1 << CONSENT_SCOPES.length }, (_, mask) =>
  CONSENT_SCOPES.filter((_, i) => mask & (1 << i)),
);

describe('stories: consent scopes', () => {
  test.each(allScopeSets.map((s) => [s.join(',') || '(none)', s] as const))('scope %s', (_, scope) => {
    const s = story({ scope });
    const web = scope.includes('web');
    expect(isInBuild(s, ctx)).toBe(true);
    expect(hasPage(s, ctx)).toBe(web);
    expect(isSearchable(s, ctx)).toBe(web && scope.includes('search'));
    expect(isInFeeds(s, ctx)).toBe(web && scope.includes('feeds'));
    expect(mayAppearInPodcast(s)).toBe(scope.includes('podcast'));
    // An episode telling the story names it on its page only with web, in a feed only with
    // web and feeds: naming is an appearance of the story like any listing.
    expect(mayNameToldStory(s, ctx, 'page')).toBe(scope.includes('podcast') && web);
    expect(mayNameToldStory(s, ctx, 'feed')).toBe(scope.includes('podcast') && web && scope.includes('feeds'));
  });
});

describe('withdrawal overrides everything', () => {
  test.each(allScopeSets.map((s) => [s.join(',') || '(none)', s] as const))('withdrawn with scope %s', (_, scope) => {
    const s = story({ scope, withdrawn: day('2026-06-01') });
    expect(isWithdrawn(s)).toBe(true);
    expect(publishingState(s, ctx)).toEqual({ inBuild: false, page: false, searchable: false, feeds: false, podcast: false });
    // Even an editor's preview never shows a withdrawn story.
    expect(isInBuild(s, { now, preview: true })).toBe(false);
  });

  test('a withdrawal dated in the future still withdraws now', () => {
    expect(hasPage(story({ withdrawn: day('2030-01-01') }), ctx)).toBe(false);
  });
});

describe('drafts and scheduled entries', () => {
  test('a draft is in no build', () => {
    const s = story({ draft: true });
    expect(publishingState(s, ctx)).toMatchObject({ inBuild: false, page: false, searchable: false, feeds: false });
  });

  test('published after now is scheduled and left out; on the day itself it is in', () => {
    expect(isScheduled(story({ published: day('2026-06-16') }), ctx)).toBe(true);
    expect(hasPage(story({ published: day('2026-06-16') }), ctx)).toBe(false);
    expect(hasPage(story({ published: day('2026-06-15') }), ctx)).toBe(true);
  });

  test('preview shows drafts and scheduled entries', () => {
    const preview = { now, preview: true };
    expect(hasPage(story({ draft: true }), preview)).toBe(true);
    expect(hasPage(story({ published: day('2027-01-01') }), preview)).toBe(true);
  });

  test('episodes and guides have no consent block and follow draft and schedule only', () => {
    const guide = { published: day('2026-01-10') };
    expect(publishingState(guide, ctx)).toMatchObject({ inBuild: true, page: true, searchable: true, feeds: true });
    expect(hasPage({ ...guide, draft: true }, ctx)).toBe(false);
    expect(hasPage({ published: day('2027-01-01') }, ctx)).toBe(false);
  });
});

describe('consent re-confirmation', () => {
  const reviewing = (reviewBy: string, withdrawn?: Date): Publishable => ({ published: day('2026-03-14'), consent: { scope: ['web'], reviewBy: day(reviewBy), withdrawn } });
  test('is due on its day (not late), past due from the next, whatever the hour of the build', () => {
    const lateInTheDay = { now: new Date('2026-06-15T23:59:00Z') };
    expect(isReviewOverdue(reviewing('2026-06-15'), ctx)).toBe(false);
    expect(isReviewOverdue(reviewing('2026-06-15'), lateInTheDay)).toBe(false);
    expect(isReviewOverdue(reviewing('2026-06-14'), ctx)).toBe(true);
    expect(isReviewOverdue(reviewing('2026-06-16'), lateInTheDay)).toBe(false);
  });
  test('never for a withdrawn story, nor one without reviewBy', () => {
    expect(isReviewOverdue(reviewing('2026-01-01', day('2026-05-01')), ctx)).toBe(false);
    expect(isReviewOverdue(story(), ctx)).toBe(false);
  });
});

describe('contextFromEnv', () => {
  test('SOURCE_DATE_EPOCH decides now', () => {
    expect(contextFromEnv({ SOURCE_DATE_EPOCH: '1767225600' }).now.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
  test('preview only with SHARED_PATH_PREVIEW=1', () => {
    expect(contextFromEnv({ SOURCE_DATE_EPOCH: '0' }).preview).toBe(false);
    expect(contextFromEnv({ SOURCE_DATE_EPOCH: '0', SHARED_PATH_PREVIEW: '1' }).preview).toBe(true);
  });
  test('a malformed SOURCE_DATE_EPOCH is an error, not a guess', () => {
    expect(() => contextFromEnv({ SOURCE_DATE_EPOCH: '2026-01-01' })).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/);
  });
});
