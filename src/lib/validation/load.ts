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
}

function listEntryFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const dirent of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!dirent.isFile() || !/\.mdx?$/.test(dirent.name) || dirent.name.startsWith('_')) continue;
    out.push(join(dirent.parentPath, dirent.name));
  }
  return out.sort();
}

/** Everything under `<root>/src/content`, parsed but not yet validated. */
export function loadContent(root: string): RawContent {
  const contentDir = join(root, 'src', 'content');
  const entries: RawEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    const dir = join(contentDir, collection);
    for (const absolutePath of listEntryFiles(dir)) {
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
  return { root, entries, data };
}
