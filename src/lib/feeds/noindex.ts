/**
 * Which built pages carry noindex, for the sitemap (written after the build, outside
 * Astro's content layer). Pages write the robots meta tag when the publishing module says
 * they are not searchable (src/lib/publishing.ts isSearchable), so reading it back keeps
 * one decision, made once.
 */

/** The document up to the end of its <head> (the whole text when there is no </head>). */
export function headOf(html: string): string {
  const end = /<\/head\s*>/i.exec(html);
  return end ? html.slice(0, end.index + end[0].length) : html;
}

/** Whether a page asks robots not to index it (<meta name="robots" content="…noindex…">); only its <head> counts. */
export function hasNoindexMeta(html: string): boolean {
  return (headOf(html).match(/<meta\b[^>]*>/gi) ?? []).some(
    (tag) => /\bname=["']?robots["'\s/>]/i.test(tag) && /\bcontent=["'][^"']*\bnoindex\b/i.test(tag),
  );
}
