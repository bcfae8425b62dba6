/**
 * Editors link to the site's own pages from the root ("[crisis lines](/help/)"). A site that
 * lives under a path (https://name.github.io/repo/) needs "/repo/help/": this HTML-tree plugin
 * for Astro's Markdown processor (Sätteri) puts every root link and image of a Markdown or
 * MDX body under the site's base, raw HTML written in the Markdown included.
 */
import { defineHastPlugin } from 'satteri';
import { withBase } from './urls';

const LINK_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'cite'] as const;
const LINK_ELEMENTS = ['a', 'area', 'img', 'audio', 'video', 'source', 'track', 'form', 'blockquote', 'q', 'link'];

/** Root links in a piece of raw HTML: `href="/help/"` → `href="/repo/help/"`. */
export function rawHtmlWithBase(html: string, base: string): string {
  return html.replace(/\b(href|src|poster|action|cite)(\s*=\s*)(["']?)(\/(?!\/)[^"'\s>]*)/gi, (_, name, eq, quote, path) => `${name}${eq}${quote}${withBase(path, base)}`);
}

export function baseLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'shared-path-base-links',
    element: {
      filter: LINK_ELEMENTS,
      visit(node, ctx) {
        for (const name of LINK_ATTRIBUTES) {
          const value = node.properties?.[name];
          if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, name, withBase(value, base));
        }
      },
    },
    raw(node, ctx) {
      const value = rawHtmlWithBase(node.value, base);
      if (value !== node.value) ctx.replaceNode(node, { type: 'raw', value } as never);
    },
  });
}
