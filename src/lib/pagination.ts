/** Listing pages: /stories/, /stories/2/ ... (Astro's paginate() builds the URLs). */

/** Entries per listing page: short enough for a phone, long enough to browse. */
export const PAGE_SIZE = 8;

/** "Stories", then "Stories, page 2": every page of a listing has its own title. */
export function pageTitle(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title;
}
