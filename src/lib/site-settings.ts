/**
 * Site settings from `site.yaml` at the project root (shared/CONTENT_MODEL.md, "Site
 * settings"), checked like every editor's file: a problem names the file, the line, the
 * field and the fix. `SITE_URL` overrides `url` (deployments, previews, test builds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteSchema, type SiteSettings } from '../schemas/site';
import { parseYamlWithLines } from './validation/frontmatter';
import { formatReport, type ContentIssue } from './validation/issues';
import { validate } from './validation/validate';

export const SITE_FILE = 'site.yaml';

export interface ResolvedSite {
  name: string;
  tagline: string | undefined;
  description: string;
  /** The site's address, always ending in "/" (a path such as /repo/ included). */
  url: string;
  /** The path the whole site lives under: "/" or "/repo/". */
  base: string;
  languages: string[];
  /** The default language: the first of `languages`. */
  language: string;
  helplineCountry: string;
  exitUrl: string;
}

/** "https://x.github.io/repo" → "https://x.github.io/repo/": every path below it is relative to a folder. */
export const withTrailingSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** The path part of a site address, as Astro's `base`: "/" or "/repo/". */
export const basePathOf = (url: string) => withTrailingSlash(new URL(url).pathname);

export function resolveSite(settings: SiteSettings, siteUrl = settings.url): ResolvedSite {
  const url = withTrailingSlash(siteUrl);
  return {
    name: settings.name,
    tagline: settings.tagline,
    description: settings.description,
    url,
    base: basePathOf(url),
    languages: settings.languages,
    language: settings.languages[0]!,
    helplineCountry: settings.helplineCountry,
    exitUrl: settings.exitUrl,
  };
}

/** Reads and checks `<root>/site.yaml`; issues are reported like the content checks' own. */
export function loadSiteSettings(root: string, env: Record<string, string | undefined> = process.env): { site?: ResolvedSite; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const path = join(root, SITE_FILE);
  if (!existsSync(path)) {
    issues.push({ severity: 'error', file: SITE_FILE, message: 'is missing: the site needs its settings (name, description, url, helplineCountry). Run `npm run setup`, or copy site.yaml from the kit and edit it (docs/editors.md, "Site settings").' });
    return { issues };
  }
  const yaml = parseYamlWithLines(readFileSync(path, 'utf8'));
  for (const e of yaml.errors) {
    issues.push({ severity: 'error', file: SITE_FILE, line: e.line, message: `is not valid YAML: ${e.message}. Check quotes, colons and indentation.` });
  }
  if (yaml.errors.length) return { issues };
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    issues.push({ severity: 'error', file: SITE_FILE, line: 1, message: 'must hold fields such as `name: "Our community"`, one per line (docs/editors.md, "Site settings").' });
    return { issues };
  }
  const schema = SiteSchema();
  const parsed = validate(schema, yaml.data, { file: SITE_FILE, lineOf: yaml.lineOf }, issues);
  if (!parsed.ok) return { issues };
  const override = env.SITE_URL?.trim();
  if (override) {
    const checked = schema.shape.url.safeParse(override);
    if (!checked.success) {
      issues.push({ severity: 'error', file: 'SITE_URL (environment variable)', message: `"${override}" ${checked.error.issues[0]?.message ?? 'is not a site address'}. Unset SITE_URL to use url from site.yaml.` });
      return { issues };
    }
  }
  return { site: resolveSite(parsed.data, override || parsed.data.url), issues };
}

export class SiteSettingsError extends Error {
  constructor(issues: readonly ContentIssue[]) {
    super(`Site settings are not valid. Nothing was built.\n\n${formatReport(issues)}\n\nFix site.yaml and build again; docs/editors.md ("Site settings") explains every field.`);
    this.name = 'SiteSettingsError';
    // The report is the message; a stack trace would only bury it.
    this.stack = this.message;
  }
}

/** The settings of the project at `root`, or a SiteSettingsError naming every problem. */
export function siteSettingsOrThrow(root: string, env: Record<string, string | undefined> = process.env): ResolvedSite {
  const { site, issues } = loadSiteSettings(root, env);
  if (!site) throw new SiteSettingsError(issues);
  return site;
}
