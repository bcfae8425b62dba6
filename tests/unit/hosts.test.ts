/** The deploy host a build is for, and Cloudflare's limits checked before a deploy. */
import { describe, expect, test } from 'vitest';
import { CLOUDFLARE_LIMITS, cloudflareLimitProblems, deployHost } from '../../src/lib/hosts';

const files = (n: number, prefix = 'stories/x') => Array.from({ length: n }, (_, i) => ({ path: `${prefix}-${i}/index.html`, bytes: 10_000 }));

describe('deployHost', () => {
  test('SHARED_PATH_HOST names it; otherwise the host build image tells', () => {
    expect(deployHost({ SHARED_PATH_HOST: 'github-pages' })).toBe('github-pages');
    expect(deployHost({ NETLIFY: 'true' })).toBe('netlify');
    expect(deployHost({ WORKERS_CI: '1' })).toBe('cloudflare');
    expect(deployHost({})).toBeUndefined();
    expect(() => deployHost({ SHARED_PATH_HOST: 'vercel' })).toThrow(/cloudflare, netlify, github-pages/);
  });
});

describe("Cloudflare's limits", () => {
  test('a site within every limit passes', () => {
    expect(cloudflareLimitProblems(files(100), '/*\n  X-Frame-Options: DENY\n')).toEqual([]);
  });

  test('more files than a deploy takes: the search index counts, and the message says how many are its', () => {
    const problems = cloudflareLimitProblems([...files(CLOUDFLARE_LIMITS.files - 10), ...files(11, 'pagefind/fragment/f')], undefined);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.limit).toBe('20,000 files per deploy');
    expect(problems[0]!.message).toContain('20,001 files (11 of them the search index');
    expect(cloudflareLimitProblems(files(CLOUDFLARE_LIMITS.files), undefined)).toEqual([]);
  });

  test('a file over 25 MiB is named, with what to do', () => {
    const [problem] = cloudflareLimitProblems([{ path: 'audio/ep1.mp3', bytes: 30 * 1024 * 1024 }], undefined);
    expect(problem!.message).toMatch(/^dist\/audio\/ep1\.mp3 is 30\.0 MiB.*media host/);
  });

  test('_headers: more than 100 rules, or a line over 2,000 characters, is named', () => {
    const many = Array.from({ length: 101 }, (_, i) => `/p${i}\n  A: b`).join('\n');
    expect(cloudflareLimitProblems([], many).map((p) => p.limit)).toEqual(['100 _headers rules']);
    const long = `/*\n  Content-Security-Policy: ${'x'.repeat(2_000)}\n`;
    const [problem] = cloudflareLimitProblems([], long);
    expect(problem!.message).toContain('line 2 (Content-Security-Policy)');
  });
});

describe('preview deploys', () => {
  test("Netlify's deploy previews and branch deploys, or SHARED_PATH_PREVIEW_DEPLOY=1, are previews; production is not", async () => {
    const { isPreviewDeploy } = await import('../../src/lib/hosts');
    expect(isPreviewDeploy({ CONTEXT: 'deploy-preview' })).toBe(true);
    expect(isPreviewDeploy({ CONTEXT: 'branch-deploy' })).toBe(true);
    expect(isPreviewDeploy({ SHARED_PATH_PREVIEW_DEPLOY: '1' })).toBe(true);
    expect(isPreviewDeploy({ CONTEXT: 'production' })).toBe(false);
    expect(isPreviewDeploy({})).toBe(false);
  });

  test('a preview build sends X-Robots-Tag: noindex on every file', async () => {
    const { headersFile } = await import('../../src/lib/security-headers');
    expect(headersFile("default-src 'self'", [], '/', true)).toContain('/*\n  Content-Security-Policy');
    expect(headersFile("default-src 'self'", [], '/', true)).toContain('  X-Robots-Tag: noindex');
    expect(headersFile("default-src 'self'", [], '/', false)).not.toContain('X-Robots-Tag');
  });
});
