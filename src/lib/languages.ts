/**
 * Which language a story or guide is in, from the folder it lives in (shared/CONTENT_MODEL.md,
 * "More than one language"): `stories/<slug>.md` is in the site's default language (the first
 * of site.yaml's `languages`), `stories/es/<slug>.md` in es, which `languages` must list.
 * Pure: the content checks and the pages ask the same function.
 */

export type EntryLanguage =
  | { ok: true; language: string; slug: string }
  | { ok: false; folder: string; problem: 'not a language' | 'default language' | 'too deep' };

/**
 * The language of the entry whose id (path below its collection's folder, without extension,
 * "/" between folders) is given, and its slug within that language.
 */
export function entryLanguage(id: string, languages: readonly string[]): EntryLanguage {
  const [folder, ...rest] = id.split('/');
  const fallback = languages[0] ?? 'en';
  if (rest.length === 0) return { ok: true, language: fallback, slug: id };
  // Folder names are compared ignoring capitals: Astro's ids are lower case (pt-BR → pt-br).
  const language = languages.find((l) => l.toLowerCase() === folder!.toLowerCase());
  if (language === undefined) return { ok: false, folder: folder!, problem: 'not a language' };
  if (language === fallback) return { ok: false, folder: folder!, problem: 'default language' };
  if (rest.length > 1) return { ok: false, folder: `${folder}/${rest.slice(0, -1).join('/')}`, problem: 'too deep' };
  return { ok: true, language, slug: rest[0]! };
}

/** The primary language of a BCP 47 tag, lower case: "pt-BR" → "pt". */
export const primaryLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();
