/**
 * The hosts the kit deploys to (docs/deploy.md) and the limits a deploy must fit. A deploy a
 * host would refuse, or a `_headers` rule it would drop, is caught at build, naming the limit.
 */

export const HOSTS = ['cloudflare', 'netlify', 'github-pages'] as const;
export type DeployHost = (typeof HOSTS)[number];

/**
 * Which host this build is for: SHARED_PATH_HOST (set by the GitHub Pages workflow and
 * netlify.toml), else what the host's build image says about itself (Netlify sets NETLIFY,
 * Cloudflare's Workers Builds WORKERS_CI); undefined for a local build.
 */
export function deployHost(env: Record<string, string | undefined> = process.env): DeployHost | undefined {
  const named = env.SHARED_PATH_HOST?.trim();
  if (named) {
    if (!(HOSTS as readonly string[]).includes(named)) {
      throw new Error(`SHARED_PATH_HOST="${named}" is not a host the kit knows: use one of ${HOSTS.join(', ')}, or unset it (docs/deploy.md).`);
    }
    return named as DeployHost;
  }
  if (env.NETLIFY === 'true') return 'netlify';
  if (env.WORKERS_CI === '1' || env.CF_PAGES === '1') return 'cloudflare';
  return undefined;
}

/** Cloudflare's limits for Workers static assets and `_headers` (developers.cloudflare.com, Workers › Static Assets › Limits; Headers). */
export const CLOUDFLARE_LIMITS = {
  files: 20_000,
  fileBytes: 25 * 1024 * 1024,
  headerRules: 100,
  headerLineChars: 2_000,
} as const;

export interface OutputFile {
  /** Path in dist/, with "/" separators. */
  path: string;
  bytes: number;
}

export interface LimitProblem {
  limit: string;
  message: string;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * What of dist/ Cloudflare would refuse: more files than a deploy takes (the search index's
 * files count like any other), a file too large, too many `_headers` rules or a line too long
 * (Cloudflare ignores the file's rules past those limits, the CSP among them).
 */
export function cloudflareLimitProblems(files: readonly OutputFile[], headers: string | undefined, limits = CLOUDFLARE_LIMITS): LimitProblem[] {
  const problems: LimitProblem[] = [];
  if (files.length > limits.files) {
    const search = files.filter((f) => f.path.startsWith('pagefind/')).length;
    problems.push({
      limit: `${limits.files.toLocaleString('en')} files per deploy`,
      message: `dist/ holds ${files.length.toLocaleString('en')} files (${search.toLocaleString('en')} of them the search index in dist/pagefind/). Cloudflare refuses the deploy. Deploy to Netlify or GitHub Pages instead (docs/deploy.md), or publish fewer pages.`,
    });
  }
  for (const file of files) {
    if (file.bytes > limits.fileBytes) {
      problems.push({
        limit: `${mib(limits.fileBytes)} per file`,
        message: `dist/${file.path} is ${mib(file.bytes)}. Cloudflare refuses the deploy. Put large media (episode audio) on a media host and give its https:// address in the episode's audio.url.`,
      });
    }
  }
  if (headers !== undefined) {
    const lines = headers.split('\n');
    const rules = lines.filter((line) => line.length > 0 && !/^\s/.test(line) && !line.startsWith('#')).length;
    if (rules > limits.headerRules) {
      problems.push({
        limit: `${limits.headerRules} _headers rules`,
        message: `dist/_headers has ${rules} rules; Cloudflare ignores the rest. This is a bug in the kit's header rules (src/lib/security-headers.ts): please report it.`,
      });
    }
    lines.forEach((line, i) => {
      if (line.length > limits.headerLineChars) {
        problems.push({
          limit: `${limits.headerLineChars.toLocaleString('en')} characters a _headers line`,
          message: `dist/_headers line ${i + 1} (${line.trim().split(':', 1)[0]}) is ${line.length.toLocaleString('en')} characters; Cloudflare drops it. For the Content-Security-Policy, fewer distinct inline scripts or styles in the templates make it shorter.`,
        });
      }
    });
  }
  return problems;
}

/**
 * Whether this build is a preview (a pull request's or a branch's deploy): a public address
 * all the same, so every page carries noindex and search engines keep it out. Netlify says
 * so in CONTEXT; SHARED_PATH_PREVIEW_DEPLOY=1 says it for any other host.
 */
export function isPreviewDeploy(env: Record<string, string | undefined> = process.env): boolean {
  return env.SHARED_PATH_PREVIEW_DEPLOY === '1' || env.CONTEXT === 'deploy-preview' || env.CONTEXT === 'branch-deploy';
}
