/**
 * The /search/ page's behaviour. Pagefind's script and index load only once the reader
 * searches; the query stays out of the address bar unless the reader asks for a link
 * (src/lib/search-link.ts); nothing is stored.
 */
// A module, not a global script: otherwise `status` below collides with window.status.
import { formatDate, parseCalendarDate } from '../lib/dates';
import { RESULTS_PER_PAGE, SEARCH_LOAD_FAILED, SEARCH_PART_FOLDER, SEARCH_PARTS_FILE } from '../lib/search';
import { withBase } from '../lib/urls';
import { emptyFilters, FILTER_GROUPS, parseSearchLink, searchLink, type FilterGroup, type SearchState } from '../lib/search-link';
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  preload(q: string): Promise<void>;
  destroy(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-input')!;
const filterPanel = form.querySelector<HTMLDetailsElement>('.search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const share = document.querySelector<HTMLButtonElement>('#search-share')!;
const shareOutput = document.querySelector<HTMLInputElement>('#search-share-url')!;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  // A variable path keeps the bundler from resolving a file that exists only after the build.
  const path = withBase('/pagefind/pagefind.js');
  const loading = (async () => {
    // A large site's index comes in parts (src/lib/search.ts); the list is fetched beside
    // the script (revalidated: a cached list could miss a part after a redeploy), and each
    // part is merged with the same options as the first.
    const [module, parts] = await Promise.all([import(/* @vite-ignore */ path) as Promise<Pagefind>, fetch(withBase(SEARCH_PARTS_FILE), { cache: 'no-cache' }).then(partList)]);
    // Pagefind knows pages by their place in dist/; under a base path their addresses start with it.
    const options = { excerptLength: 24, baseUrl: withBase('/') };
    try {
      await module.options(options);
      // An empty search only waits for the index to load, and throws if it could not;
      // Pagefind would otherwise wait for a failed first part forever before merging.
      await module.preload('');
      await Promise.all(parts.map((part) => module.mergeIndex(withBase(part), options)));
      await module.preload('');
    } catch (error) {
      // Pagefind keeps its state, failed parts included, until destroyed.
      await module.destroy();
      throw error;
    }
    return module;
  })();
  pagefind = loading;
  // A failed load is not kept: the next search tries again.
  loading.catch(() => {
    if (pagefind === loading) pagefind = undefined;
  });
  return loading;
}

/** The further parts' folders, exactly as src/lib/search.ts names them, each once. */
async function partList(response: Response): Promise<string[]> {
  if (!response.ok) throw new Error(`${SEARCH_PARTS_FILE}: ${response.status}`);
  const parts: unknown = await response.json();
  if (!Array.isArray(parts) || !parts.every((p) => typeof p === 'string' && SEARCH_PART_FOLDER.test(p)) || new Set(parts).size !== parts.length) {
    throw new Error(`${SEARCH_PARTS_FILE}: not a list of index folders`);
  }
  return parts as string[];
}

const boxes = (group: FilterGroup) => [...form.querySelectorAll<HTMLInputElement>(`input[data-filter="${group}"]`)];

function currentChoices(): SearchState['filters'] {
  const choices = emptyFilters();
  for (const group of FILTER_GROUPS) choices[group] = boxes(group).filter((box) => box.checked).map((box) => box.value);
  return choices;
}

function currentFilters(): Record<string, unknown> {
  const { hide, ...narrowing } = currentChoices();
  const filters: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(narrowing)) if (values.length) filters[name] = { any: values };
  if (hide.length) filters.warning = { none: hide };
  return filters;
}

/** Pagefind escapes page text and marks hits with <mark>; keep only those marks. */
function safeExcerpt(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  // An inert <template> decodes entities and drops any tag without running anything. (A
  // parsed document would drop a part's leading space: "Japanese</mark> practice" showed
  // as "Japanesepractice".)
  const decode = (part: string) => {
    const template = document.createElement('template');
    template.innerHTML = part;
    return template.content.textContent ?? '';
  };
  let marking = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marking = part === '<mark>';
      continue;
    }
    if (!marking) {
      fragment.append(decode(part));
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = decode(part);
    fragment.append(mark);
  }
  return fragment;
}

/** The index holds "YYYY-MM-DD"; readers see the site's own form of a date ("10 January 2026", UTC). */
function resultDate(iso: string): Node {
  const day = parseCalendarDate(iso);
  if (!day) return document.createTextNode(iso);
  const time = document.createElement('time');
  time.dateTime = iso;
  time.textContent = formatDate(day);
  return time;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'result-facts';
  if (data.meta.kind) facts.append(data.meta.kind);
  if (data.meta.kind && data.meta.date) facts.append(' · ');
  if (data.meta.date) facts.append(resultDate(data.meta.date));
  item.append(heading, facts);
  if (data.meta.warnings) {
    const warn = document.createElement('p');
    warn.className = 'result-warnings';
    warn.textContent = `Content warnings: ${data.meta.warnings}`;
    item.append(warn);
  }
  const excerpt = document.createElement('p');
  excerpt.append(safeExcerpt(data.excerpt));
  item.append(excerpt);
  return item;
}

let pending: Array<{ data(): Promise<PagefindResultData> }> = [];
let generation = 0;
let total = 0;
let query = '';
let loading = false;

/** Says so, and clears the previous search's results so that "Show more" cannot add to them. */
function couldNotLoad() {
  ++generation;
  pending = [];
  list.replaceChildren();
  more.hidden = true;
  status.textContent = SEARCH_LOAD_FAILED;
}

const plural = (n: number) => `${n} result${n === 1 ? '' : 's'}`;

/** Shows the next page of results and returns them, or null when a newer search overtook it. */
async function showMore(): Promise<HTMLLIElement[] | null> {
  const mine = generation;
  const page = pending.splice(0, RESULTS_PER_PAGE);
  let data: PagefindResultData[];
  try {
    data = await Promise.all(page.map((r) => r.data()));
  } catch (error) {
    // Kept for the next press of "Show more".
    if (mine === generation) pending.unshift(...page);
    throw error;
  }
  if (mine !== generation) return null;
  const items = data.map(renderResult);
  list.append(...items);
  return items;
}

async function run() {
  query = input.value.trim();
  const mine = ++generation;
  share.hidden = query === '';
  shareOutput.hidden = true;
  if (!query) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  // Pagefind, a part of the index or a result can fail to load: one message for all.
  try {
    const engine = await loadPagefind();
    const search = await engine.search(query, { filters: currentFilters() });
    if (mine !== generation || !search) return;
    // Hidden until this search's first page is in, so that a press cannot add to the old list.
    if (document.activeElement === more) input.focus();
    more.hidden = true;
    list.replaceChildren();
    pending = [...search.results];
    total = pending.length;
    if (!(await showMore())) return;
  } catch {
    if (mine === generation) couldNotLoad();
    return;
  }
  more.hidden = pending.length === 0;
  const shown = list.children.length;
  status.textContent =
    total === 0 ? `No results for “${query}”.` : `${plural(total)} for “${query}”.${shown < total ? ` Showing the first ${shown}.` : ''}`;
}

// Focus goes to the first new result before the button can hide, so it never falls to the
// page (WCAG 2.4.3); the live region says how many are now shown.
more.addEventListener('click', async () => {
  if (loading) return;
  loading = true;
  try {
    const added = await showMore().catch(() => {
      // The results shown stay, and the button tries again.
      status.textContent = SEARCH_LOAD_FAILED;
      return null;
    });
    if (!added) return;
    added[0]?.querySelector('a')?.focus();
    more.hidden = pending.length === 0;
    status.textContent = `Showing ${list.children.length} of ${plural(total)} for “${query}”.`;
  } finally {
    loading = false;
  }
});

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run();
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 250);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type="checkbox"]') && input.value.trim()) void run();
});
share.addEventListener('click', async () => {
  const filters = currentChoices();
  const url = searchLink(location.origin, { query: input.value, filters });
  shareOutput.value = url;
  shareOutput.hidden = false;
  shareOutput.select();
  // The link carries what the reader chose to hide, so that whoever opens it is spared it too.
  const keeps = Object.values(filters).some((values) => values.length) ? ' It keeps your filters and hidden content warnings.' : '';
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = `Link copied. Anyone who opens it sees this search.${keeps}`;
  } catch {
    status.textContent = `Copy the link from the field below.${keeps}`;
  }
});

/** Filters that narrow the results are shown open whenever one is set. */
function showSetFilters() {
  if (FILTER_GROUPS.some((group) => boxes(group).some((box) => box.checked))) filterPanel.open = true;
}

function restore(state: SearchState) {
  if (state.query) input.value = state.query;
  for (const group of FILTER_GROUPS) for (const box of boxes(group)) box.checked = state.filters[group].includes(box.value);
  // Results narrowed by a shared link should say so.
  showSetFilters();
}

// A shared link (?q=…, filters, hidden warnings) is searched, then taken out of the address
// bar and this history entry.
if (location.search) {
  restore(parseSearchLink(location.search));
  history.replaceState(null, '', location.pathname);
}
// Back to this page, the browser may put back the boxes the reader ticked (it keeps a page's
// form state in its history). Kept, since a hidden warning is the reader's own protection,
// but never out of sight.
showSetFilters();
window.addEventListener('pageshow', showSetFilters);
// The field may already hold a query: from the header form (SiteHeader's script puts it there
// from window.name), or typed before this script arrived on a slow connection.
if (input.value.trim()) void run();
