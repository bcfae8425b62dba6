/**
 * The /search/ page's behaviour. Pagefind's script and index load only once the reader
 * searches; the query stays out of the address bar unless the reader asks for a link;
 * nothing is stored.
 */
// A module, not a global script: otherwise `status` below collides with window.status.
import { RESULTS_PER_PAGE } from '../lib/search';
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const share = document.querySelector<HTMLButtonElement>('#search-share')!;
const shareOutput = document.querySelector<HTMLInputElement>('#search-share-url')!;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving a file that exists only after the build.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  return pagefind;
}

const checked = (name: string) =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);

function currentFilters(): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  for (const name of ['kind', 'topic', 'path']) {
    const values = checked(name);
    if (values.length) filters[name] = { any: values };
  }
  const hidden = checked('hide');
  if (hidden.length) filters.warning = { none: hidden };
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
  facts.textContent = [data.meta.kind, data.meta.date].filter(Boolean).join(' · ');
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

async function showMore() {
  const page = pending.splice(0, RESULTS_PER_PAGE);
  const data = await Promise.all(page.map((r) => r.data()));
  list.append(...data.map(renderResult));
  more.hidden = pending.length === 0;
}

async function run() {
  const query = input.value.trim();
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
  const engine = await loadPagefind();
  const search = await engine.search(query, { filters: currentFilters() });
  if (mine !== generation || !search) return;
  list.replaceChildren();
  pending = [...search.results];
  const count = pending.length;
  await showMore();
  status.textContent = count === 0 ? `No results for “${query}”.` : `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
}

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
more.addEventListener('click', () => void showMore());
share.addEventListener('click', async () => {
  const url = new URL('/search/', location.origin);
  url.searchParams.set('q', input.value.trim());
  shareOutput.value = url.href;
  shareOutput.hidden = false;
  shareOutput.select();
  try {
    await navigator.clipboard.writeText(url.href);
    status.textContent = 'Link copied. Anyone who opens it sees this search.';
  } catch {
    status.textContent = 'Copy the link from the field below.';
  }
});

// Arriving with ?q= (the header form, or a shared link): search, then take the query out of
// the address bar and this history entry.
const arriving = new URLSearchParams(location.search).get('q');
if (arriving) {
  input.value = arriving;
  history.replaceState(null, '', location.pathname);
  void run();
}
