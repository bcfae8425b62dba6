/**
 * Translations (shared/CONTENT_MODEL.md, "More than one language"): what a translation may
 * appear in is decided by its own consent and its original's together, in src/lib/publishing.ts.
 */
import { describe, expect, test } from 'vitest';
import {
  asTranslationOf,
  inEffect,
  isInDefaultLanguage,
  isWithdrawnInEffect,
  mayBeTranslated,
  publishingState,
  withdrawnInEffect,
  type Publishable,
  type Translatable,
} from '../../src/lib/publishing';
import { CHANNEL_SCOPES, CONSENT_SCOPES, type ConsentScope } from '../../src/schemas/vocabularies';

const now = new Date('2026-06-15T00:00:00Z');
const ctx = { now };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const FULL: ConsentScope[] = [...CONSENT_SCOPES];

const story = (scope: ConsentScope[], over: { withdrawn?: Date; published?: Date; draft?: boolean; translationOf?: string } = {}): Translatable => ({
  published: over.published ?? day('2026-03-14'),
  draft: over.draft ?? false,
  consent: { scope, withdrawn: over.withdrawn },
  translationOf: over.translationOf,
});

/** Every subset of the channel scopes. */
const channelSets: ConsentScope[][] = Array.from({ length: 1 << CHANNEL_SCOPES.length }, (_, mask) => CHANNEL_SCOPES.filter((_, i) => mask & (1 << i)));

describe('a translation is published in the channels both consents allow', () => {
  test.each(channelSets.flatMap((own) => channelSets.map((theirs) => [own.join(',') || '-', theirs.join(',') || '-', own, theirs] as const)))(
    'own %s, original %s + translate',
    (_o, _t, own, theirs) => {
      const effective = asTranslationOf(story(own), story([...theirs, 'translate']));
      const both = own.filter((s) => theirs.includes(s));
      // Exactly as a story whose only consent were the intersection of the two.
      expect(publishingState(effective, ctx)).toEqual(publishingState(story(both), ctx));
    },
  );

  test('without translate on the original the translation has no channel at all', () => {
    const effective = asTranslationOf(story(FULL), story(['web', 'search', 'feeds', 'podcast']));
    expect(mayBeTranslated(story(['web', 'search', 'feeds', 'podcast']))).toBe(false);
    expect(publishingState(effective, ctx)).toMatchObject({ page: false, searchable: false, feeds: false, podcast: false });
    // translate alone on the translation's own consent grants nothing either.
    expect(publishingState(asTranslationOf(story(['translate']), story(FULL)), ctx)).toMatchObject({ page: false, feeds: false, podcast: false });
  });
});

describe('withdrawal', () => {
  test("withdrawing the original withdraws the translation, whatever the translation's consent says", () => {
    const original = story(FULL, { withdrawn: day('2026-06-01') });
    const effective = asTranslationOf(story(FULL), original);
    expect(publishingState(effective, ctx)).toEqual({ inBuild: false, page: false, searchable: false, feeds: false, podcast: false });
    expect(isWithdrawnInEffect(story(FULL, { translationOf: 'x' }), () => original)).toBe(true);
    expect(isInBuildInPreview(effective)).toBe(false);
  });

  test('withdrawing a translation withdraws only that text', () => {
    const original = story(FULL);
    const stories = [
      { slug: 'x', data: original },
      { slug: 'es/x', data: story(FULL, { translationOf: 'x', withdrawn: day('2026-06-01') }) },
      { slug: 'fr/x', data: story(FULL, { translationOf: 'x' }) },
    ];
    const withdrawn = withdrawnInEffect(stories);
    expect(stories.map(withdrawn)).toEqual([false, true, false]);
  });

  test('every translation of a withdrawn original is withdrawn; other stories are not', () => {
    const stories = [
      { slug: 'x', data: story(FULL, { withdrawn: day('2026-06-01') }) },
      { slug: 'y', data: story(FULL) },
      { slug: 'es/x', data: story(FULL, { translationOf: 'x' }) },
      { slug: 'fr/x', data: story(FULL, { translationOf: 'x' }) },
      { slug: 'es/y', data: story(FULL, { translationOf: 'y' }) },
      { slug: 'es/own', data: story(FULL) },
    ];
    expect(stories.filter(withdrawnInEffect(stories)).map((s) => s.slug)).toEqual(['x', 'es/x', 'fr/x']);
  });
});

describe('originals', () => {
  test('a translation whose original is missing, or in another language, publishes nothing', () => {
    const t = story(FULL, { translationOf: 'gone' });
    expect(inEffect(t, () => undefined)).toBeUndefined();
    expect(isWithdrawnInEffect(t, () => undefined)).toBe(true);
    // translationOf names a default-language id; "fr/x" is never looked up as an original.
    const asked: string[] = [];
    expect(inEffect(story(FULL, { translationOf: 'fr/x' }), (id) => (asked.push(id), story(FULL)))).toBeUndefined();
    expect(asked).toEqual([]);
  });

  test('an entry that translates nothing is decided on its own data', () => {
    const own = story(['web']);
    expect(inEffect(own, () => undefined)).toBe(own);
  });

  test('a translation waits for a draft or scheduled original, and is never out before it', () => {
    expect(publishingState(asTranslationOf(story(FULL), story(FULL, { draft: true })), ctx).inBuild).toBe(false);
    expect(publishingState(asTranslationOf(story(FULL), story(FULL, { published: day('2026-07-01') })), ctx).inBuild).toBe(false);
    expect(asTranslationOf(story(FULL, { published: day('2026-01-01') }), story(FULL)).published).toEqual(day('2026-03-14'));
  });

  test('guides carry no consent: a guide translation is published like its original', () => {
    const guide: Publishable = { published: day('2026-01-10'), draft: false };
    expect(publishingState(asTranslationOf(guide, guide), ctx)).toMatchObject({ page: true, searchable: true, feeds: true });
  });
});

test('only default-language entries are published until language pages exist', () => {
  expect(isInDefaultLanguage('learning-to-ask-for-help')).toBe(true);
  expect(isInDefaultLanguage('es/aprender-a-pedir-ayuda')).toBe(false);
});

function isInBuildInPreview(entry: Publishable): boolean {
  return publishingState(entry, { now, preview: true }).inBuild;
}
