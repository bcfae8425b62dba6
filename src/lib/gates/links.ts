/**
 * Internal links: every href, src and srcset in a built page that points at the site
 * itself must resolve to a file in dist/. External links, mailto:, tel:, sms:, data:
 * and in-page #fragments are not ours to check.
 */

export interface PageLink {
  /** The URL as written in the page (entities decoded). */
  url: string;
  /** 1-based line of the attribute in the page. */
  line: number;
  /** Character offset of the attribute in the page. */
  offset: number;
}

const ATTRIBUTE = /\s(href|src|srcset|poster|action|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const SKIPPED_SCHEME = /^(?:mailto|tel|sms|data|javascript|blob|about|geo|callto|webcal|feed):/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
/** Decodes the character references an attribute value may hold. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Every link-bearing attribute of a page, comments and the text of scripts aside. */
export function extractLinks(html: string): PageLink[] {
  // Blank out comments, scripts and styles but keep their newlines, so line numbers stay right.
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)/gi, (_m, open: string, body: string, close: string) => open + blank(body) + close)
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_m, open: string, body: string, close: string) => open + blank(body) + close);
  const links: PageLink[] = [];
  // Attributes come in document order: count newlines from the previous one only (a list
  // page of thousands of stories would otherwise be rescanned from the top for every link).
  let line = 1;
  let counted = 0;
  for (const tag of markup.matchAll(/<[a-z][^>]*>/gi)) {
    for (const attr of tag[0].matchAll(ATTRIBUTE)) {
      const name = attr[1]!.toLowerCase();
      const value = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? '').trim();
      const offset = tag.index + attr.index;
      for (let at = html.indexOf('\n', counted); at !== -1 && at < offset; at = html.indexOf('\n', at + 1)) line++;
      counted = Math.max(counted, offset);
      const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) if (url) links.push({ url, line, offset });
    }
  }
  return links;
}

/**
 * The dist/ path a link needs ("/stories/a/"), or undefined when the link is not internal.
 * `pagePath` is the page's path in dist/ ("stories/a/index.html"); `site` the site's address,
 * with the path the site lives under, if any ("https://name.github.io/repo/"): dist/ is
 * served there, so a link to the host's root outside that path is broken.
 */
export function internalTarget(url: string, pagePath: string, site: string): string | undefined {
  if (url.startsWith('#') || SKIPPED_SCHEME.test(url)) return undefined;
  const siteUrl = new URL(site.endsWith('/') ? site : `${site}/`);
  const pageUrl = new URL(pagePath.replace(/(^|\/)index\.html$/, '$1'), siteUrl);
  let resolved: URL;
  try {
    resolved = new URL(url, pageUrl);
  } catch {
    return url; // unparseable: report it as written
  }
  if (resolved.origin !== siteUrl.origin) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(resolved.pathname);
  } catch {
    path = resolved.pathname;
  }
  if (siteUrl.pathname === '/') return path;
  // Outside the site's path: nothing of dist/ is served there.
  if (!`${path}/`.startsWith(siteUrl.pathname)) return `outside:${path}`;
  return `/${path.slice(siteUrl.pathname.length)}`;
}

/**
 * Why an internal path does not resolve, or undefined when it does. With trailingSlash
 * 'always', /x/ is served by x/index.html and /x (no slash) is not a page address.
 */
export function brokenReason(path: string, exists: (distPath: string) => boolean): string | undefined {
  const relative = path.replace(/^\/+/, '');
  if (path.endsWith('/')) {
    return exists(`${relative}index.html`) ? undefined : `no page at ${path} (no ${relative}index.html in dist/)`;
  }
  if (exists(relative)) return undefined;
  if (exists(`${relative}/index.html`)) return `${path} lacks its trailing slash; the site uses trailingSlash 'always': write ${path}/`;
  return `nothing at ${path} in dist/`;
}

export interface BrokenLink {
  line: number;
  offset: number;
  url: string;
  reason: string;
}

/** The broken internal links of one page. */
export function brokenLinks(html: string, pagePath: string, site: string, exists: (distPath: string) => boolean): BrokenLink[] {
  const out: BrokenLink[] = [];
  for (const link of extractLinks(html)) {
    const target = internalTarget(link.url, pagePath, site);
    if (target === undefined) continue;
    const reason = target.startsWith('outside:')
      ? `${target.slice(8)} is outside the path the site lives under (${new URL(site).pathname}): link to the page under it`
      : target.startsWith('/')
        ? brokenReason(target, exists)
        : `"${link.url}" is not a valid URL`;
    if (reason) out.push({ line: link.line, offset: link.offset, url: link.url, reason });
  }
  return out;
}
