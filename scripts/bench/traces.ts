/**
 * After the withdrawal rebuild: the withdrawn story's page, slug or title anywhere in dist/,
 * looked for plainly (paths, and every file's text, gzip files decompressed), apart from the
 * build's own withdrawn-trace gate, so the bench does not take the gate's word for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readableText } from '../../src/lib/gates/withdrawn';

/** Files (relative to dist/) whose path or text holds the story's slug or title. */
export function findTraces(dist: string, slug: string, title: string): string[] {
  const lowerTitle = title.toLowerCase();
  const found: string[] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(dist, join(entry.parentPath, entry.name));
    if (file.includes(slug)) {
      found.push(file);
      continue;
    }
    const text = readableText(readFileSync(join(dist, file)));
    if (text.includes(slug) || text.toLowerCase().includes(lowerTitle)) found.push(file);
  }
  return found;
}
