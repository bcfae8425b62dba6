/**
 * Crisis lines as editors list them: in the file's order (most urgent first), including a
 * line with no phone, sms or url (a warning, never a dead link or the banner's line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, makeFixture, type BuildResult } from '../helpers/fixture';

const line = (id: string, name: string, contact: string) => `- id: ${id}\n  name: ${name}\n  country: US\n${contact}  hours: 24/7\n`;

describe('helplines of a built site', () => {
  let result: BuildResult;
  const page = (path: string) => readFileSync(join(result.dist, path), 'utf8');

  beforeAll(() => {
    const root = makeFixture('helplines', {
      files: {
        // Not in alphabetical order: the file's order is the editors' order of urgency.
        'src/content/helplines.yaml':
          line('zeta-line', 'Zeta Line', '') + line('alpha-line', 'Alpha Line', '  phone: "1-800-555-0102"\n') + line('mid-line', 'Mid Line', '  url: https://mid.example.org\n'),
      },
    });
    result = buildFixture(root);
  }, 240_000);

  test('a line with no way to reach it is a warning, and the build succeeds', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/src\/content\/helplines\.yaml:1 +.*has no phone, sms or url/);
  });

  test('/help/ lists the lines in the file\'s order', () => {
    const main = page('help/index.html').split('<main')[1]!; // after the banner, which names one line
    const names = [...main.matchAll(/(Zeta|Alpha|Mid) Line/g)].map((m) => m[1]);
    expect([...new Set(names)]).toEqual(['Zeta', 'Alpha', 'Mid']);
  });

  test('the banner names the first line that can be called, never one with nothing to press', () => {
    const banner = /<aside[^>]*class="[^"]*help-banner[\s\S]*?<\/aside>/.exec(page('index.html'))?.[0] ?? page('index.html').slice(0, page('index.html').indexOf('<main'));
    expect(banner).toContain('Alpha Line');
    expect(banner).not.toContain('Zeta Line');
    expect(banner).toMatch(/href="tel:[^"]*5550102"/);
  });
});
