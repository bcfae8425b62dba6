/** Runs one of the project's tsx scripts (npm run check, new, consent:report) as an editor would. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT } from './fixture';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const NOW = String(Date.UTC(2026, 10, 1) / 1000); // 2026-11-01, as in buildFixture

export function runScript(script: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT, 'scripts', script), ...args], {
    cwd: options.cwd ?? PROJECT,
    env: { ...process.env, SOURCE_DATE_EPOCH: NOW, ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}
