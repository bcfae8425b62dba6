import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli';
import { episodeFile, makeFixture, storyFile } from '../helpers/fixture';
import { gpsJpeg } from '../helpers/images';

// One content set with several classes of problem: npm run check must report them all in one run.
const root = makeFixture('check-command', {
  files: {
    // schema: unknown field (typo) and an empty consent scope
    'src/content/stories/typo.md': storyFile({ titel: '"Typo"', consent: '\n  recordId: "C-2026-010"\n  given: 2026-02-28\n  scope: []' }),
    // dates: a day that does not exist
    'src/content/stories/bad-date.md': storyFile({ published: '2026-02-30' }),
    // anonymity: a phone number in an anonymous story's body (line 12)
    'src/content/stories/phone.md': storyFile({}, 'You can reach me on (312) 555-0199 any evening.'),
    // images: a photo that is not there
    'src/content/stories/photo.md': storyFile({ image: '\n  src: ./missing.jpg\n  alt: "A cup"' }),
    // cross-entry: an episode telling a withdrawn story
    'src/content/stories/gone.md': storyFile({ consent: '\n  recordId: "C-2026-011"\n  given: 2026-02-28\n  scope: [web, podcast]\n  withdrawn: 2026-06-01' }),
    'src/content/episodes/ep1.md': episodeFile({ stories: '[gone]' }),
    // safe messaging: warnings only
    'src/content/stories/unsafe.md': storyFile({}, 'My brother committed suicide the year I got sober.'),
    // public/: copied unchanged into the site, so a camera photo there is refused before any build
    'public/team.jpg': await gpsJpeg(),
  },
});
const result = runScript('check.ts', [root]);
const out = result.stdout;

describe('npm run check', () => {
  it('exits non-zero when there is any error', () => {
    expect(result.code).toBe(1);
    expect(out).toContain('Content checks failed');
  });

  it('reports every class of error in one run, at file:line', () => {
    expect(out).toMatch(/src\/content\/stories\/typo\.md:\d+ {2}titel: is not a field here; did you mean "title"\?/);
    expect(out).toMatch(/src\/content\/stories\/typo\.md:\d+ {2}consent\.scope: must list at least one consent scope/);
    expect(out).toMatch(/src\/content\/stories\/bad-date\.md:5 {2}published: "2026-02-30" is not a real day/);
    expect(out).toMatch(/src\/content\/stories\/phone\.md:12 {2}body: contains a phone number/);
    expect(out).toMatch(/src\/content\/stories\/photo\.md:\d+ {2}image\.src: "\.\/missing\.jpg" does not exist/);
    expect(out).toMatch(/src\/content\/episodes\/ep1\.md:\d+ {2}stories: story "gone" \(src\/content\/stories\/gone\.md\) has withdrawn consent/);
    expect(out).toMatch(/^ {4}public\/team\.jpg {2}keeps EXIF metadata, including a GPS position/m);
  });

  it('never prints a phone number in full', () => {
    expect(out).toContain('(3**) ***-**99');
    expect(out).not.toContain('555-0199');
    expect(out.replace(/\D/g, '')).not.toContain('3125550199');
  });

  it('groups by file, errors apart from warnings, safe-messaging as warnings', () => {
    const errorsAt = out.indexOf(' errors:');
    const warningsAt = out.indexOf(' warning');
    expect(errorsAt).toBeGreaterThanOrEqual(0);
    expect(warningsAt).toBeGreaterThan(errorsAt);
    const warnings = out.slice(warningsAt);
    expect(warnings).toMatch(/src\/content\/stories\/unsafe\.md:12 {2}body: safe messaging: mentions suicide .* add suicide to contentWarnings/);
    expect(warnings).toMatch(/src\/content\/stories\/unsafe\.md:12 {2}body: safe messaging: "committed suicide".*"died by suicide"/);
    expect(out.slice(errorsAt, warningsAt)).not.toContain('unsafe.md');
    // each file heads its own group once per severity
    expect(out.slice(errorsAt, warningsAt).match(/^ {2}src\/content\/stories\/typo\.md$/gm)).toHaveLength(1);
  });
});
