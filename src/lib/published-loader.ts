import type { Loader, LoaderContext } from 'astro/loaders';
import { inEffect, isInBuild, type Publishable, type PublishingContext, type Translatable } from './publishing';
import { WORD_COUNT_KEY, wordCount } from './reading-time';

type StoreEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * An entry as the store needs it. Astro inlines its whole data store into the build's
 * bundle as one string and holds it several times over (at 20,000 stories, 140 MB of
 * JSON, each copy about twice that in memory), so what no page reads stays out: the
 * Markdown source of an entry Astro has already rendered to HTML (its word count, for the
 * reading time, is kept instead) and the copy of the raw front matter Astro keeps beside
 * the parsed data (read only through render()'s remarkPluginFrontmatter, unused here).
 * MDX entries are rendered from their module at build time and keep their body.
 */
export function slimEntry(entry: StoreEntry): StoreEntry {
  if (!entry.rendered) return entry;
  const { body, rendered, ...rest } = entry;
  const { frontmatter: _rawFrontmatter, ...metadata } = rendered.metadata ?? {};
  return { ...rest, rendered: { ...rendered, metadata: { ...metadata, [WORD_COUNT_KEY]: wordCount(body ?? '') } } };
}

/**
 * Wraps a loader (glob) so that entries the publishing module leaves out of the build
 * (withdrawn, draft, scheduled) never reach Astro's data store. An entry that never
 * enters the store has no page, no rendered module and no emitted image. A translation
 * (`translationOf`) is decided once every original has been: with its original's consent
 * (publishing.inEffect), so withdrawing the original leaves it out too.
 */
export function publishedOnly(inner: Loader, getContext: () => PublishingContext): Loader {
  return {
    ...inner,
    name: `published-only(${inner.name})`,
    load: async (context: LoaderContext) => {
      const publishing = getContext();
      const store = context.store;
      // Originals are looked up among the entries kept: one left out takes its translations with it.
      const originalOf = (id: string) => store.get(id)?.data as Publishable | undefined;
      const keep = (data: unknown) => {
        const effective = inEffect(data as Translatable, originalOf);
        return effective !== undefined && isInBuild(effective, publishing);
      };
      const isTranslation = (data: unknown) => (data as Translatable).translationOf !== undefined;
      const waiting = new Map<string, StoreEntry>();
      let loaded = false;
      // Intercept writes: a left-out entry is removed instead of stored, before Astro
      // registers its images or MDX module for the bundle.
      const filtering = new Proxy(store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: StoreEntry) => {
              if (!loaded && isTranslation(entry.data)) {
                waiting.set(entry.id, entry);
                target.delete(entry.id);
                return false;
              }
              if (keep(entry.data)) return target.set(slimEntry(entry));
              target.delete(entry.id);
              return false;
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, store: filtering });
      // Entries unchanged since an earlier build skip `set`; re-decide them with today's "now",
      // originals first, then the translations that read them.
      const stored = [...store.entries()];
      for (const [id, entry] of stored) {
        if (!isTranslation(entry.data) && !keep(entry.data)) store.delete(id);
      }
      for (const [id, entry] of stored) {
        if (isTranslation(entry.data) && !keep(entry.data)) store.delete(id);
      }
      for (const entry of waiting.values()) {
        if (keep(entry.data)) store.set(slimEntry(entry));
      }
      // Later writes (the dev server's file watcher) find every original in place.
      loaded = true;
    },
  };
}
