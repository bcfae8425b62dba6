/**
 * Builds the demo site once before the browser tests (set E2E_SKIP_BUILD=1 to reuse an
 * existing dist/, e.g. right after `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from '../helpers/fixture';

export default function setup() {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(PROJECT, 'dist/index.html'))) return verify();
  const astro = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: PROJECT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('astro build failed before the browser tests; see the output above.');
  verify();
}

/** npm run verify over the demo's dist/: HTML, accessibility rules and links of every page type. */
function verify() {
  const tsx = join(PROJECT, 'node_modules/tsx/dist/cli.mjs');
  const result = spawnSync(process.execPath, [tsx, join(PROJECT, 'scripts/verify.ts'), PROJECT], { cwd: PROJECT, env: { ...process.env, GITHUB_ACTIONS: '' }, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run verify found problems in the demo site; see the output above.');
}
