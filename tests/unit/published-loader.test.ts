/**
 * The content loader wrapper (src/lib/published-loader.ts): what reaches Astro's data store.
 * A translation is decided after its original, with its original's consent (#19).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { expect, test } from 'vitest';
import { publishedOnly } from '../../src/lib/published-loader';
import type { ConsentScope } from '../../src/schemas/vocabularies';

type Entry = { id: string; data: Record<string, unknown>; digest?: string };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ctx = { now: day('2026-11-01') };
const story = (id: string, scope: ConsentScope[], extra: { withdrawn?: string; translationOf?: string } = {}): Entry => ({
  id,
  data: { published: day('2026-03-14'), draft: false, translationOf: extra.translationOf, consent: { scope, withdrawn: extra.withdrawn && day(extra.withdrawn) } },
});

/** A store like Astro's, and a loader that writes the given entries in order (a translation first). */
function run(store: Map<string, Entry>, writes: Entry[]) {
  let watcherWrite: ((entry: Entry) => void) | undefined;
  const inner: Loader = {
    name: 'fake',
    load: async ({ store: s }) => {
      for (const entry of writes) s.set(entry as never);
      watcherWrite = (entry) => s.set(entry as never);
    },
  };
  const astroStore = {
    get: (id: string) => store.get(id),
    set: (entry: Entry) => (store.set(entry.id, entry), true),
    delete: (id: string) => void store.delete(id),
    entries: () => [...store.entries()],
  };
  return publishedOnly(inner, () => ctx)
    .load({ store: astroStore } as unknown as LoaderContext)
    .then(() => ({ ids: () => [...store.keys()].sort(), write: (e: Entry) => watcherWrite!(e) }));
}

test('a translation written before its original is kept only when the original is', async () => {
  const kept = await run(new Map(), [story('es/x', ['web'], { translationOf: 'x' }), story('x', ['web', 'translate'])]);
  expect(kept.ids()).toEqual(['es/x', 'x']);
  const gone = await run(new Map(), [story('es/x', ['web'], { translationOf: 'x' }), story('x', ['web', 'translate'], { withdrawn: '2026-06-01' })]);
  expect(gone.ids()).toEqual([]);
});

test('an unchanged translation from an earlier build leaves when its original is withdrawn', async () => {
  // Astro skips `set` for a file whose digest has not changed: the translation is already stored.
  const store = new Map([['es/x', story('es/x', ['web'], { translationOf: 'x' })], ['x', story('x', ['web', 'translate'])]]);
  const after = await run(store, [story('x', ['web', 'translate'], { withdrawn: '2026-06-01' })]);
  expect(after.ids()).toEqual([]);
});

test("a translation written after loading (the dev server's watcher) is decided against the stored original", async () => {
  const loaded = await run(new Map(), [story('x', ['web', 'translate']), story('y', ['web'], { withdrawn: '2026-06-01' })]);
  loaded.write(story('es/x', ['web'], { translationOf: 'x' }));
  loaded.write(story('es/y', ['web'], { translationOf: 'y' }));
  expect(loaded.ids()).toEqual(['es/x', 'x']);
});
