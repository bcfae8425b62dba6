/** site.yaml: read and checked like an editor's file (file, line, field, fix); SITE_URL overrides url; setup's plan. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadSiteSettings, siteSettingsOrThrow } from '../../src/lib/site-settings';
import { planSetup, siteYaml } from '../../src/lib/setup';
import { withBase, withoutBase } from '../../src/lib/urls';

const TMP = join(import.meta.dirname, '../.tmp/site-settings');
let n = 0;
function project(text: string | undefined): string {
  const root = join(TMP, String(++n));
  mkdirSync(root, { recursive: true });
  if (text !== undefined) writeFileSync(join(root, 'site.yaml'), text);
  return root;
}
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const VALID = `name: "Riverside Recovery Collective"
description: "Stories from a recovery community."
url: "https://example.org/"
helplineCountry: GB
`;

describe('site.yaml', () => {
  test('the contract example reads, with defaults for languages and the exit', () => {
    const { site, issues } = loadSiteSettings(project(VALID), {});
    expect(issues).toEqual([]);
    expect(site).toMatchObject({ name: 'Riverside Recovery Collective', url: 'https://example.org/', base: '/', languages: ['en'], language: 'en', helplineCountry: 'GB' });
    expect(site!.exitUrl).toMatch(/^https:\/\//);
  });

  test('a path in url is the base every page lives under; SITE_URL overrides url', () => {
    expect(loadSiteSettings(project(VALID.replace('https://example.org/', 'https://name.github.io/repo')), {}).site).toMatchObject({ url: 'https://name.github.io/repo/', base: '/repo/' });
    expect(loadSiteSettings(project(VALID), { SITE_URL: 'https://preview.example.net/x/' }).site).toMatchObject({ url: 'https://preview.example.net/x/', base: '/x/' });
    const bad = loadSiteSettings(project(VALID), { SITE_URL: 'example.net' });
    expect(bad.site).toBeUndefined();
    expect(bad.issues[0]!.file).toContain('SITE_URL');
  });

  test('each problem names the file, the line, the field and what to write', () => {
    const { site, issues } = loadSiteSettings(project(`name: ""\ndescription: "x"\nurl: "example.org"\nhelplineCountry: gb\nlanguages: [en, en]\n`), {});
    expect(site).toBeUndefined();
    const by = Object.fromEntries(issues.map((i) => [i.field, i]));
    expect(by.name).toMatchObject({ file: 'site.yaml', line: 1 });
    expect(by.url).toMatchObject({ line: 3 });
    expect(by.url!.message).toContain('https://');
    expect(by.helplineCountry).toMatchObject({ line: 4 });
    expect(by.helplineCountry!.message).toContain('"GB"');
    expect(by.languages).toMatchObject({ line: 5 });
  });

  test('an unknown field is named with the nearest known one; a missing file says how to make one', () => {
    const { issues } = loadSiteSettings(project(`${VALID}helpline_country: US\n`), {});
    expect(issues.map((i) => i.message).join('\n')).toMatch(/helpline_country|helplineCountry/);
    const missing = loadSiteSettings(project(undefined), {});
    expect(missing.issues[0]!.message).toContain('npm run setup');
    expect(() => siteSettingsOrThrow(project('name: [')) ).toThrow(/site\.yaml:1/);
  });

  test('what setup writes reads back as the same settings', () => {
    const text = siteYaml({ name: 'Harbour Peer Group', url: 'https://harbour.example.org/', helplineCountry: 'IE', podcast: false, removeGuides: false, tagline: 'We meet on Thursdays.' });
    const { site, issues } = loadSiteSettings(project(text), {});
    expect(issues).toEqual([]);
    expect(site).toMatchObject({ name: 'Harbour Peer Group', helplineCountry: 'IE', tagline: 'We meet on Thursdays.' });
  });
});

describe('setup plan', () => {
  const manifest = {
    'src/content/stories/a.md': 'h1',
    'src/content/stories/b.md': 'h2',
    'src/content/guides/g.md': 'h3',
    'src/content/meetings.yaml': 'h4',
    'src/content/podcast.yaml': 'h5',
    'src/content/topics.yaml': 'h6',
  };
  test('removes unchanged demo files only, keeps topics, guides unless asked, the show when there is a podcast', () => {
    const present = new Map(Object.entries({ ...manifest, 'src/content/stories/b.md': 'edited' }));
    expect(planSetup(manifest, present, { podcast: true, removeGuides: false })).toEqual({
      remove: ['src/content/meetings.yaml', 'src/content/stories/a.md'],
      changed: ['src/content/stories/b.md'],
    });
    expect(planSetup(manifest, present, { podcast: false, removeGuides: true }).remove).toEqual(['src/content/guides/g.md', 'src/content/meetings.yaml', 'src/content/podcast.yaml', 'src/content/stories/a.md']);
    // Gone already: nothing to do.
    expect(planSetup(manifest, new Map(), { podcast: false, removeGuides: true })).toEqual({ remove: [], changed: [] });
  });
});

describe('base paths', () => {
  test('withBase puts root paths under the base once; withoutBase finds the file in dist/', () => {
    expect(withBase('/help/', '/repo/')).toBe('/repo/help/');
    expect(withBase('/repo/help/', '/repo/')).toBe('/repo/help/');
    expect(withBase('/', '/repo/')).toBe('/repo/');
    expect(withBase('https://x.org/help/', '/repo/')).toBe('https://x.org/help/');
    expect(withBase('//cdn.example/x', '/repo/')).toBe('//cdn.example/x');
    expect(withBase('/help/', '/')).toBe('/help/');
    expect(withoutBase('/repo/help/', '/repo/')).toBe('/help/');
    expect(withoutBase('/repo', '/repo/')).toBe('/');
    expect(withoutBase('/repository/', '/repo/')).toBe('/repository/');
  });
});
