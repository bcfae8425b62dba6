/**
 * HTML validity of every built page, with html-validate and the project's
 * .htmlvalidate.json. That file starts from html-validate:recommended and relaxes only
 * what Astro or editors' Markdown produce legitimately (docs/editors.md, "Post-build checks"):
 * - long-title off: a story title may be 120 characters, plus " · site name";
 * - no-inline-style off: Astro writes style attributes itself (define:vars, image layouts);
 * - no-trailing-whitespace off: Markdown passes editors' line ends through unchanged;
 * - valid-id relaxed: Markdown heading ids may start with a digit ("## 12 steps" → id="12-steps"), valid in HTML5.
 *
 * html-worker.ts loads this file in worker threads with Node's own TypeScript support (type
 * stripping): keep its imports to `node:` modules and packages, and its syntax erasable.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';

export interface HtmlProblem {
  line: number;
  column: number;
  /** Where the problem starts in the page, in characters, and how many it spans. */
  offset: number;
  size: number;
  rule: string;
  message: string;
}

/**
 * HTML-AAM (https://www.w3.org/TR/html-aam-1.0/#el-aside): an <aside> inside an article,
 * aside, nav or section is no landmark unless it is named, and browsers and axe-core follow
 * that. html-validate 11 makes every <aside> a complementary landmark, so an editor's plain
 * <aside> inside a story's <article> "collided" with the site's own named landmarks
 * (unique-landmark) although readers' tools see no landmark there. Its element metadata is
 * given the HTML-AAM rule; html-validate's element adapter only has closest(), which
 * includes the element itself, hence the descendant selectors.
 */
const SCOPED_ASIDE = ['article', 'aside', 'nav', 'section', '[role="article"]', '[role="complementary"]', '[role="navigation"]', '[role="region"]']
  .map((scope) => `${scope} aside`)
  .join(', ');
const ASIDE_AS_HTML_AAM = {
  aside: {
    aria: {
      implicitRole(node: { closest: (selectors: string) => unknown; hasAttribute: (name: string) => boolean }) {
        const named = node.hasAttribute('aria-label') || node.hasAttribute('aria-labelledby') || node.hasAttribute('title');
        return !named && node.closest(SCOPED_ASIDE) ? 'generic' : 'complementary';
      },
    },
  },
};

/** Changes whenever what this module adds to the configuration changes, so cached results are dropped. */
const HTML_RULES_VERSION = 'aside-html-aam-1';

/** The configuration as html-validate is given it: the project's, plus the HTML-AAM <aside>. */
function withHtmlAamAside(config: ConfigData): ConfigData {
  return { ...config, elements: [...(config.elements ?? ['html5']), ASIDE_AS_HTML_AAM] };
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
  const validator = new HtmlValidate(new ResolvedOnceConfigLoader(withHtmlAamAside(config)));
  return async (html: string, name: string): Promise<HtmlProblem[]> => {
    const report = await validator.validateString(html, name);
    return report.results.flatMap((result) =>
      result.messages
        .filter((m) => m.severity === 2)
        .map((m) => ({ line: m.line, column: m.column, offset: m.offset, size: m.size, rule: m.ruleId, message: m.message })),
    );
  };
}

export type Validate = (html: string, name: string) => Promise<HtmlProblem[]>;

/**
 * htmlValidator spread over worker threads, one per CPU: checking pages is the longest
 * post-build gate. Workers start on the first page to check (a rebuild whose pages are all
 * cached starts none). A worker that fails to start (its file must run as TypeScript, which
 * needs Node ≥ 22.18), dies or exits hands its pages to this thread, so a page is always
 * checked and no build waits forever. `close` ends the workers.
 */
export function htmlValidatorPool(
  config: ConfigData,
  size = availableParallelism(),
  workerFile: URL = new URL('./html-worker.ts', import.meta.url),
): { validate: Validate; close: () => Promise<void> } {
  interface Task {
    html: string;
    name: string;
    resolve: (problems: HtmlProblem[]) => void;
    reject: (error: Error) => void;
  }
  interface Slot {
    worker: Worker;
    tasks: Map<number, Task>;
    alive: boolean;
  }
  let inThread: Validate | undefined;
  const here: Validate = (html, name) => (inThread ??= htmlValidator(config))(html, name);
  let slots: Slot[] | undefined;
  let closing = false;
  let next = 0;

  const retire = (slot: Slot) => {
    if (!slot.alive) return;
    slot.alive = false;
    for (const task of slot.tasks.values()) here(task.html, task.name).then(task.resolve, task.reject);
    slot.tasks.clear();
    void slot.worker.terminate();
  };
  // A worker that cannot load its file does not throw here: it emits 'error', handled below.
  const start = (): Slot[] =>
    Array.from({ length: Math.max(1, size) }, () => {
      // A worker's heap is capped so that it collects as it goes: uncapped, V8 sizes it from
      // the machine's memory and lets garbage build up, and with 4,000 stories the gates came
      // to the build's memory peak (up to 1,543 MB). With the cap and the release in
      // post-build-gates.ts they stay below the Pagefind step (docs/performance.md). A page
      // needs far less; a worker that still runs out hands its pages to this thread, as any
      // dying worker does.
      const slot: Slot = { worker: new Worker(workerFile, { workerData: { config }, resourceLimits: { maxOldGenerationSizeMb: 192 } }), tasks: new Map(), alive: true };
      slot.worker.on('message', ({ id, problems, error }: { id: number; problems?: HtmlProblem[]; error?: string }) => {
        const task = slot.tasks.get(id);
        if (!task) return;
        slot.tasks.delete(id);
        if (error !== undefined) task.reject(new Error(`html-validate failed on ${task.name}: ${error}`));
        else task.resolve(problems ?? []);
      });
      slot.worker.on('error', () => retire(slot));
      slot.worker.on('exit', () => {
        if (!closing) retire(slot);
      });
      return slot;
    });

  return {
    validate: (html, name) => {
      slots ??= start();
      const live = slots.filter((s) => s.alive);
      if (live.length === 0) return here(html, name);
      // The least busy worker: pages differ in size.
      const slot = live.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
      return new Promise((resolve, reject) => {
        const id = next++;
        slot.tasks.set(id, { html, name, resolve, reject });
        slot.worker.postMessage({ id, html, name });
      });
    },
    close: async () => {
      closing = true;
      await Promise.all((slots ?? []).map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * `validate` with a cache of results by page content and configuration, kept in Astro's
 * cache folder: a rebuild validates only the pages that changed.
 */
export function cachedHtmlValidator(validate: Validate, config: ConfigData, cacheFile: string) {
  const configKey = createHash('sha1').update(HTML_RULES_VERSION).update(JSON.stringify(config)).digest('hex');
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
