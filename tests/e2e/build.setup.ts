/**
 * Builds the demo site once before the browser tests (set E2E_SKIP_BUILD=1 to reuse an
 * existing dist/, e.g. right after `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from '../helpers/fixture';

export default function setup() {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(PROJECT, 'dist/index.html'))) return;
  const astro = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: PROJECT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('astro build failed before the browser tests; see the output above.');
}
