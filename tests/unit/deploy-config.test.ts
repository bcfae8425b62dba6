/**
 * What each host reads from the repository (docs/deploy.md): the files agree with each other
 * and with the build (Node 24, dist/, the host named, previews off on Cloudflare).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PROJECT } from '../helpers/fixture';

const read = (file: string) => readFileSync(join(PROJECT, file), 'utf8');
/** wrangler.jsonc without its comments (none of its strings holds "//"). */
const wrangler = () => JSON.parse(read('wrangler.jsonc').replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'));
const nodeMajor = () => read('.node-version').trim();

describe('deploy configuration', () => {
  test('Node 24 everywhere: .node-version, the node package the scripts run on, and Netlify', () => {
    expect(nodeMajor()).toBe('24');
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.devDependencies.node).toMatch(/^\^?24\./);
    expect(read('netlify.toml')).toMatch(/NODE_VERSION = "24"/);
  });

  test('Cloudflare: assets only from dist/, the site 404 page, trailing-slash redirects, no public preview addresses', () => {
    const config = wrangler();
    expect(config.main).toBeUndefined();
    expect(config.assets).toMatchObject({ directory: './dist', not_found_handling: '404-page', html_handling: 'auto-trailing-slash' });
    expect(config.preview_urls).toBe(false);
    expect(JSON.parse(read('package.json')).devDependencies.wrangler).toBe('4.86.0');
  });

  test('Netlify: builds with npm run build and publishes dist/, naming itself to the build', () => {
    const toml = read('netlify.toml');
    expect(toml).toMatch(/command = "npm run build"/);
    expect(toml).toMatch(/publish = "dist"/);
    expect(toml).toMatch(/SHARED_PATH_HOST = "netlify"/);
  });

  test('GitHub Pages: builds on push to main in Pages mode at Pages\' own address, and uploads dist/', () => {
    const workflow = parse(read('.github/workflows/pages.yml'));
    expect(workflow.on.push.branches).toEqual(['main']);
    const steps = workflow.jobs.build.steps as Array<Record<string, any>>;
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with['node-version-file']).toBe('.node-version');
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env.SHARED_PATH_HOST).toBe('github-pages');
    expect(build.env.SITE_URL).toContain('steps.pages.outputs.base_url');
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with.path).toBe('dist');
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
});
