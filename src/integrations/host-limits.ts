/**
 * Checks dist/ against the deploy host's limits once every file is written (the search index
 * and _headers included): a deploy the host would refuse, or header rules it would drop, fail
 * here with the limit named. For a local build, where the host is not known, the same
 * findings are warnings.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cloudflareLimitProblems, deployHost, type OutputFile } from '../lib/hosts';

export class HostLimitError extends Error {
  constructor(report: string) {
    super(`The site does not fit Cloudflare's limits, so Cloudflare would refuse it or drop headers:\n\n${report}\n\ndocs/deploy.md ("Hosts' limits") says more.`);
    this.name = 'HostLimitError';
    this.stack = this.message;
  }
}

export function hostLimits(): AstroIntegration {
  return {
    name: 'shared-path:host-limits',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const host = deployHost();
        if (host !== undefined && host !== 'cloudflare') return;
        const root = fileURLToPath(dir);
        const files: OutputFile[] = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => {
            const path = join(entry.parentPath, entry.name);
            return { path: relative(root, path).split(sep).join('/'), bytes: statSync(path).size };
          });
        const headersPath = join(root, '_headers');
        const problems = cloudflareLimitProblems(files, existsSync(headersPath) ? readFileSync(headersPath, 'utf8') : undefined);
        if (problems.length === 0) return;
        const report = problems.map((p) => `  ${p.limit}: ${p.message}`).join('\n');
        if (host === 'cloudflare') throw new HostLimitError(report);
        logger.warn(`If you deploy to Cloudflare, it would refuse this site or drop headers (docs/deploy.md, "Hosts' limits"):\n${report}`);
      },
    },
  };
}
