/**
 * Reads editors' content from disk, exactly as written, for the content checks.
 * Dates stay text here (unlike Astro's YAML reader) so an impossible day is caught.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYamlWithLines, splitMarkdown, type ParsedYaml } from './frontmatter';

export type EntryCollection = 'stories' | 'episodes' | 'guides';
export const ENTRY_COLLECTIONS: readonly EntryCollection[] = ['stories', 'episodes', 'guides'];
export const DATA_FILES = ['topics', 'meetings', 'helplines', 'podcast'] as const;
export type DataFile = (typeof DATA_FILES)[number];

export interface RawEntry {
  collection: EntryCollection;
  /** The slug: file name without extension. */
  slug: string;
  /** Path relative to the project root. */
  file: string;
  absolutePath: string;
  text: string;
  frontmatter: ParsedYaml | undefined;
  body: string;
  bodyLine: number;
}

export interface RawDataFile {
  name: DataFile;
  file: string;
  absolutePath: string;
  text: string;
  yaml: ParsedYaml;
}

export interface RawContent {
  root: string;
  entries: RawEntry[];
  data: Partial<Record<DataFile, RawDataFile>>;
  /** Markdown files the site does not read (`.MD`, `.markdown`), relative to the root. */
  unread?: string[];
}

/** What the site reads as an entry: `.md` and `.mdx`, as the collections' glob loaders do; `_name.md` is left out. */
const ENTRY_FILE = /\.mdx?$/;
/** Markdown under another name (`.MD`, `.markdown`): the site would not read it, so the checks must say so. */
const MARKDOWN_ELSEWISE = /\.(md|mdx|markdown|mdown|mkd)$/i;

function listEntryFiles(dir: string): { files: string[]; unread: string[] } {
  const files: string[] = [];
  const unread: string[] = [];
  if (!existsSync(dir)) return { files, unread };
  for (const dirent of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!dirent.isFile() || dirent.name.startsWith('_')) continue;
    if (ENTRY_FILE.test(dirent.name)) files.push(join(dirent.parentPath, dirent.name));
    else if (MARKDOWN_ELSEWISE.test(dirent.name)) unread.push(join(dirent.parentPath, dirent.name));
  }
  return { files: files.sort(), unread: unread.sort() };
}

/** Everything under `<root>/src/content`, parsed but not yet validated. */
export function loadContent(root: string): RawContent {
  const contentDir = join(root, 'src', 'content');
  const entries: RawEntry[] = [];
  const unread: string[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    const dir = join(contentDir, collection);
    const listed = listEntryFiles(dir);
    unread.push(...listed.unread.map((path) => relative(root, path)));
    for (const absolutePath of listed.files) {
      const text = readFileSync(absolutePath, 'utf8');
      const parts = splitMarkdown(text);
      const slug = relative(dir, absolutePath).replace(/\.mdx?$/, '').split('\\').join('/');
      entries.push({ collection, slug, file: relative(root, absolutePath), absolutePath, text, ...parts });
    }
  }
  const data: RawContent['data'] = {};
  for (const name of DATA_FILES) {
    const absolutePath = join(contentDir, `${name}.yaml`);
    if (!existsSync(absolutePath)) continue;
    const text = readFileSync(absolutePath, 'utf8');
    data[name] = { name, file: relative(root, absolutePath), absolutePath, text, yaml: parseYamlWithLines(text) };
  }
  return { root, entries, data, unread };
}
