/**
 * HTML validity of every built page, with html-validate and the project's
 * .htmlvalidate.json. That file starts from html-validate:recommended and relaxes only
 * what Astro or editors' Markdown produce legitimately (docs/editors.md, "Post-build checks"):
 * - long-title off: a story title may be 120 characters, plus " · site name";
 * - no-inline-style off: Astro writes style attributes itself (define:vars, image layouts);
 * - no-trailing-whitespace off: Markdown passes editors' line ends through unchanged;
 * - valid-id relaxed: Markdown heading ids may start with a digit ("## 12 steps" → id="12-steps"), valid in HTML5.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';

export interface HtmlProblem {
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** The project's html-validate configuration, or the recommended preset when it has none. */
export function loadHtmlValidateConfig(root: string): ConfigData {
  const path = join(root, '.htmlvalidate.json');
  if (!existsSync(path)) return { root: true, extends: ['html-validate:recommended'] };
  const { $schema: _schema, ...config } = JSON.parse(readFileSync(path, 'utf8')) as ConfigData & { $schema?: string };
  return config;
}

/**
 * html-validate's StaticConfigLoader merges and resolves the configuration again for every
 * document, rebuilding its table of element metadata each time: half the cost of checking a
 * page. The configuration here is one static object, so it is resolved once and reused.
 */
class ResolvedOnceConfigLoader extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    this.#resolved ??= super.getConfigFor(handle);
    return this.#resolved;
  }
}

/** A validator for many pages, built once. */
export function htmlValidator(config: ConfigData) {
  const validator = new HtmlValidate(new ResolvedOnceConfigLoader(config));
  return async (html: string, name: string): Promise<HtmlProblem[]> => {
    const report = await validator.validateString(html, name);
    return report.results.flatMap((result) =>
      result.messages
        .filter((m) => m.severity === 2)
        .map((m) => ({ line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
    );
  };
}

/**
 * htmlValidator with a cache of results by page content and configuration, kept in
 * Astro's cache folder: a rebuild validates only the pages that changed.
 */
export function cachedHtmlValidator(config: ConfigData, cacheFile: string) {
  const validate = htmlValidator(config);
  const configKey = createHash('sha1').update(JSON.stringify(config)).digest('hex');
  let cache: Record<string, HtmlProblem[]> = {};
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { configKey: string; pages: Record<string, HtmlProblem[]> };
    if (stored.configKey === configKey) cache = stored.pages;
  } catch {
    // No cache yet, or an unreadable one: validate everything.
  }
  const next: Record<string, HtmlProblem[]> = {};
  return {
    validate: async (html: string, name: string): Promise<HtmlProblem[]> => {
      const key = createHash('sha1').update(html).digest('hex');
      const problems = cache[key] ?? (await validate(html, name));
      next[key] = problems;
      return problems;
    },
    /** Keeps the results of this build only, so the cache never outgrows the site. */
    save: () => {
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeFileSync(cacheFile, JSON.stringify({ configKey, pages: next }));
    },
  };
}
