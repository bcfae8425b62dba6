/**
 * Which file a finding in a built page belongs to: an editor's, when it lies in an entry's
 * rendered text (marked by src/components/EntryBody.astro with its source file), the line
 * found in that file; otherwise the template that rendered the page (src/pages/...).
 */
import { decodeEntities } from './links';

export interface BodyRegion {
  /** The entry's file relative to the project root (src/content/stories/x.md). */
  source: string;
  /** Character offsets of the region's content in the page. */
  start: number;
  end: number;
}

const REGION_OPEN = /<div\b[^>]*\bdata-source="([^"]+)"[^>]*>/g;
const DIV_TAG = /<(\/?)div\b[^>]*>/gi;

/** The entry text regions of a page. */
export function bodyRegions(html: string): BodyRegion[] {
  const regions: BodyRegion[] = [];
  for (const open of html.matchAll(REGION_OPEN)) {
    const start = open.index + open[0].length;
    // An editor's unclosed <div> must not stretch the region over the rest of the page:
    // entry text never runs past its article.
    const articleEnd = html.indexOf('</article>', start);
    const limit = articleEnd === -1 ? html.length : articleEnd;
    let end = limit;
    let depth = 1;
    DIV_TAG.lastIndex = start;
    for (let tag = DIV_TAG.exec(html); tag && tag.index < limit; tag = DIV_TAG.exec(html)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = tag.index;
        break;
      }
    }
    regions.push({ source: decodeEntities(open[1]!), start, end });
  }
  return regions;
}

export const regionAt = (regions: readonly BodyRegion[], offset: number) => regions.find((r) => offset >= r.start && offset < r.end);

const lineAt = (text: string, offset: number) => {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
};

/** Where a Markdown or MDX file's text starts: after its front matter. */
export function bodyStart(source: string): number {
  const front = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return front ? front[0].length : 0;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface SourceSpot {
  line: number;
  /** False when only the start of the text could be named, not the line itself. */
  exact: boolean;
}

/**
 * The line in `source` (the editor's file) of what the page holds at `offset`, inside
 * `region`. An element the editor wrote as HTML is found as the same occurrence of its tag;
 * one that Markdown made (a heading, an image) by the words it holds; a link by its address.
 */
export function sourceSpot(source: string, html: string, region: BodyRegion, offset: number, needle?: string): SourceSpot {
  const from = bodyStart(source);
  const body = source.slice(from);
  const at = (index: number): SourceSpot => ({ line: lineAt(source, from + index), exact: true });

  if (needle) {
    const found = body.indexOf(needle);
    if (found !== -1) return at(found);
  }
  const open = html.lastIndexOf('<', offset);
  const tag = open >= region.start ? /^<([a-zA-Z][\w:-]*)/.exec(html.slice(open, open + 64))?.[1]?.toLowerCase() : undefined;
  if (tag) {
    const pattern = new RegExp(`<${escapeRegExp(tag)}(?![\\w:-])`, 'gi');
    const inPage = [...html.slice(region.start, region.end).matchAll(pattern)];
    const before = inPage.filter((m) => region.start + m.index < open).length;
    const inSource = [...body.matchAll(pattern)];
    // Every such element of the text is written as HTML: the same occurrence is the one.
    if (inSource.length === inPage.length && inSource[before]) return at(inSource[before].index);
    // Markdown made it: look for the words it starts with (plain ones: Markdown turns
    // quotes and dashes typographic).
    const close = html.indexOf('>', open);
    const text = decodeEntities(html.slice(close + 1, html.indexOf('<', close + 1))).trim();
    const words = /^[\p{L}\p{N}][\p{L}\p{N} ,]{2,}/u.exec(text)?.[0]?.slice(0, 60).trim();
    if (words) {
      const found = body.indexOf(words);
      if (found !== -1) return at(found);
    }
    if (inSource[before]) return at(inSource[before].index);
  }
  return { line: lineAt(source, from + (/\S/.exec(body)?.index ?? 0)), exact: false };
}

/**
 * The page file in src/pages that made a built page, for a finding outside any entry's text:
 * the one whose route matches, a fixed name before a [param], a [param] before a [...rest].
 */
export function templateFor(distFile: string, pageFiles: readonly string[]): string | undefined {
  const path = distFile.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '').replace(/\/$/, '');
  const routes = pageFiles
    .filter((f) => /\.(astro|md|mdx|ts|js)$/.test(f))
    .map((file) => {
      const route = file.replace(/^src\/pages\//, '').replace(/\.(astro|md|mdx|ts|js)$/, '').replace(/(^|\/)index$/, '');
      let weight = 0;
      const source = route
        .split('/')
        .map((part) => {
          if (/^\[\.\.\.[^\]]+\]$/.test(part)) return (weight += 100), '.*';
          if (/\[[^\]]+\]/.test(part)) return (weight += 1), escapeRegExp(part).replace(/\\\[[^\]]+\\\]/g, '[^/]+');
          return escapeRegExp(part);
        })
        .join('/');
      // A rest parameter also matches nothing at all (/stories/ from stories/[...page].astro).
      return { file, weight, pattern: new RegExp(`^${source.replace(/\/\.\*$/, '(?:/.*)?').replace(/^\.\*$/, '.*')}$`) };
    })
    .filter((r) => r.pattern.test(path))
    .sort((a, b) => a.weight - b.weight);
  return routes[0]?.file;
}
