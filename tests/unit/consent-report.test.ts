import { describe, expect, it } from 'vitest';
import { consentReport, formatConsentReport, type ConsentReportStory } from '../../src/lib/consent-report';
import type { ConsentScope } from '../../src/schemas/vocabularies';
import { runScript } from '../helpers/cli';
import { makeFixture, storyFile } from '../helpers/fixture';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = day('2026-11-01');
const story = (slug: string, scope: ConsentScope[], extra: { published?: string; draft?: boolean; withdrawn?: string; reviewBy?: string } = {}): ConsentReportStory => ({
  slug,
  data: {
    published: day(extra.published ?? '2026-03-01'),
    draft: extra.draft ?? false,
    consent: {
      recordId: `C-${slug}`,
      scope,
      withdrawn: extra.withdrawn ? day(extra.withdrawn) : undefined,
      reviewBy: extra.reviewBy ? day(extra.reviewBy) : undefined,
    },
  },
});

const ALL: ConsentScope[] = ['web', 'search', 'feeds', 'podcast'];

describe('consentReport', () => {
  const report = consentReport(
    [
      story('b-limited', ['web', 'podcast']),
      story('a-full', ALL, { reviewBy: '2026-10-01' }),
      story('c-gone', ALL, { withdrawn: '2026-06-01', reviewBy: '2026-01-01' }),
      story('d-later', ALL, { published: '2026-12-24' }),
      story('e-draft', ALL, { draft: true }),
    ],
    { now, preview: true },
    [{ slug: 'f-broken', recordId: 'C-9' }],
  );
  const bySlug = Object.fromEntries(report.stories.map((r) => [r.slug, r]));

  it('gives every story its state, sorted by slug', () => {
    expect(report.stories.map((r) => [r.slug, r.state])).toEqual([
      ['a-full', 'published'],
      ['b-limited', 'limited scope'],
      ['c-gone', 'withdrawn'],
      ['d-later', 'scheduled'],
      ['e-draft', 'draft'],
      ['f-broken', 'has errors'],
    ]);
  });

  it('lists missing scopes and where a limited story still appears, as publishing decides', () => {
    expect(bySlug['b-limited']).toMatchObject({ missingScopes: ['search', 'feeds'], appearsIn: ['page', 'podcast'] });
    expect(bySlug['c-gone']).toMatchObject({ withdrawn: '2026-06-01', appearsIn: [] });
    // the drafts preview never leaks into the report
    expect(bySlug['e-draft']!.appearsIn).toEqual(['podcast']);
  });

  it('flags review due only for stories still out there', () => {
    expect(bySlug['a-full']!.reviewDue).toBe(true);
    expect(bySlug['c-gone']!.reviewDue).toBe(false);
  });

  it('prints slug, record id and state, and nothing else', () => {
    const text = formatConsentReport(report);
    expect(text).toMatch(/^a-full +C-a-full +published \(all scopes\); REVIEW DUE since 2026-10-01$/m);
    expect(text).toMatch(/^b-limited +C-b-limited +limited scope: no search, feeds; appears in: page, podcast$/m);
    expect(text).toMatch(/^c-gone +C-c-gone +withdrawn 2026-06-01$/m);
    expect(text).toMatch(/^d-later +C-d-later +scheduled for 2026-12-24$/m);
    expect(text).toContain('review due: 1.');
  });

  it('reports a translation as it is published: with its original, withdrawn with it', () => {
    const translation = (slug: string, of: string, scope: ConsentScope[], extra: { reviewBy?: string } = {}) => {
      const s = story(slug, scope, extra);
      return { ...s, data: { ...s.data, translationOf: of } };
    };
    const rows = consentReport(
      [
        story('gone', [...ALL, 'translate'], { withdrawn: '2026-06-01' }),
        story('open', ['web', 'feeds', 'translate']),
        story('closed', ALL),
        translation('es/gone', 'gone', ALL, { reviewBy: '2026-10-01' }),
        translation('es/open', 'open', ['web', 'search']),
        translation('es/closed', 'closed', ALL),
        translation('es/nowhere', 'nowhere', ALL),
      ],
      { now },
    ).stories;
    const by = Object.fromEntries(rows.map((r) => [r.slug, r]));
    expect(by['es/gone']).toMatchObject({ state: 'withdrawn', withdrawn: '2026-06-01', appearsIn: [], reviewDue: false });
    expect(by['es/open']).toMatchObject({ state: 'limited scope', missingScopes: ['search', 'feeds', 'podcast'], appearsIn: ['page'] });
    // Without translate on the original, the translation appears nowhere.
    expect(by['es/closed']).toMatchObject({ state: 'limited scope', appearsIn: [] });
    expect(by['es/nowhere']).toMatchObject({ state: 'has errors', appearsIn: [] });
  });

  it('masks a contact detail written into a record id, readable or not', () => {
    const leaky = { ...story('g-leaky', ALL), data: { ...story('g-leaky', ALL).data, consent: { recordId: 'Jane jane.doe@example.com', scope: ALL } } };
    const masked = consentReport([leaky], { now }, [{ slug: 'h-broken', recordId: 'call +44 20 7946 0958' }]);
    expect(masked.stories.map((r) => r.recordId)).toEqual(['Jane j***@***', 'call +4* ** **** **58']);
    expect(formatConsentReport(masked)).not.toMatch(/jane\.doe|7946 0958/);
  });
});

describe('npm run consent:report', () => {
  const root = makeFixture('consent-report', {
    files: {
      'src/content/stories/quiet.md': storyFile({
        storyteller: '"Jane Q. Storyteller"',
        consent: '\n  recordId: "C-2026-050"\n  given: 2026-02-28\n  scope: [web]\n  withdrawn: 2026-09-01',
      }),
    },
  });

  it('prints text by default, without the storyteller or the title', () => {
    const result = runScript('consent-report.ts', [root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^first-light +C-2026-001 +published \(all scopes\)$/m);
    expect(result.stdout).toMatch(/^quiet +C-2026-050 +withdrawn 2026-09-01$/m);
    expect(result.stdout).not.toContain('Jane');
    expect(result.stdout).not.toContain('A fixture story');
  });

  it('prints JSON with --json', () => {
    const result = runScript('consent-report.ts', ['--json', root]);
    const report = JSON.parse(result.stdout) as { date: string; stories: Array<Record<string, unknown>> };
    expect(report.date).toBe('2026-11-01');
    expect(report.stories.map((s) => [s.slug, s.recordId, s.state])).toEqual([
      ['first-light', 'C-2026-001', 'published'],
      ['quiet', 'C-2026-050', 'withdrawn'],
    ]);
    expect(result.stdout).not.toContain('Jane');
  });
});
