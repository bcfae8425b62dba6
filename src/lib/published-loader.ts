import type { Loader, LoaderContext } from 'astro/loaders';
import { isInBuild, type Publishable, type PublishingContext } from './publishing';

/**
 * Wraps a loader (glob) so that entries the publishing module leaves out of the build
 * (withdrawn, draft, scheduled) never reach Astro's data store. An entry that never
 * enters the store has no page, no rendered module and no emitted image.
 */
export function publishedOnly(inner: Loader, getContext: () => PublishingContext): Loader {
  return {
    ...inner,
    name: `published-only(${inner.name})`,
    load: async (context: LoaderContext) => {
      const publishing = getContext();
      const keep = (data: unknown) => isInBuild(data as Publishable, publishing);
      const store = context.store;
      // Intercept writes: a left-out entry is removed instead of stored, before Astro
      // registers its images or MDX module for the bundle.
      const filtering = new Proxy(store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: Parameters<typeof store.set>[0]) => {
              if (keep(entry.data)) return target.set(entry);
              target.delete(entry.id);
              return false;
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, store: filtering });
      // Entries unchanged since an earlier build skip `set`; re-decide them with today's "now".
      for (const [id, entry] of store.entries()) {
        if (!keep(entry.data)) store.delete(id);
      }
    },
  };
}
