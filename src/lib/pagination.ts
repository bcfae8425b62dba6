/** Listing pages: /stories/, /stories/page/2/ ... (Astro's paginate(), moved by underPagePath). */

/** Entries per listing page: short enough for a phone, long enough to browse. */
export const PAGE_SIZE = 8;

/** What underPagePath reads of one path from Astro's paginate(). */
interface PaginatedPath {
  params: { page?: string | number | undefined };
  props: { page: { url: Record<string, string | undefined> } };
}

/** "/stories/2/" → "/stories/page/2/"; the list's own address (page 1) is left as it is. */
const pageUrl = (url: string | undefined) => url?.replace(/\/(\d+)(\/?)$/, '/page/$1$2');

/**
 * A paginated list's later pages moved under `page/`: /stories/page/2/ rather than Astro's
 * /stories/2/, so that no story or episode, whatever its file name ("2.md" included, which
 * the contract allows), has the address of a page of its list. Page 1 stays /stories/.
 */
export function underPagePath<T extends PaginatedPath>(paths: readonly T[]): T[] {
  return paths.map((path) => ({
    ...path,
    params: { ...path.params, page: path.params.page === undefined ? undefined : `page/${path.params.page}` },
    props: { ...path.props, page: { ...path.props.page, url: Object.fromEntries(Object.entries(path.props.page.url).map(([key, url]) => [key, pageUrl(url)])) } },
  }));
}

/** "Stories", then "Stories, page 2": every page of a listing has its own title. */
export function pageTitle(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title;
}
