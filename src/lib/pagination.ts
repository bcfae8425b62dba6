/** Listing pages: /stories/, /stories/2/ ... (Astro's paginate() builds the URLs). */

/** Entries per listing page: short enough for a phone, long enough to browse. */
export const PAGE_SIZE = 8;

/**
 * Why a story's or episode's slug cannot be used, given its page `address`, or undefined:
 * /stories/2/ is page 2 of the stories, so a story "2" would take its address (Astro keeps
 * the story and drops the list's page, with only a warning).
 */
export function listPageClash(slug: string, address: string): string | undefined {
  if (!/^\d+$/.test(slug)) return undefined;
  return `"${slug}" is a number, and ${address} is the address of a page of the list; add words, e.g. "${slug}-years-on"`;
}

/** "Stories", then "Stories, page 2": every page of a listing has its own title. */
export function pageTitle(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title;
}
