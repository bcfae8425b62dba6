/**
 * Invisible control characters in editors' files (a form feed or vertical tab pasted from a
 * word processor, a stray NUL). Readers never see them, and XML forbids them: a feed holding
 * one is refused by every podcast app and feed reader. So they are errors, named by line and
 * column, never dropped without a word.
 */
import { XML_INVALID } from '../feeds/xml';
import { fieldAtLine } from './frontmatter';
import type { ContentIssue } from './issues';

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `files`: editors' Markdown (with the line its body starts on) and YAML data files. A problem
 * in Markdown names the front-matter field its line belongs to, or "body".
 */
export function checkControlCharacters(files: ReadonlyArray<{ file: string; text: string; bodyLine?: number }>, issues: ContentIssue[]): void {
  for (const { file, text, bodyLine } of files) {
    // Almost every file has none: one pass over the whole text first (search ignores the
    // expression's global state).
    if (text.search(XML_INVALID) === -1) continue;
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      for (const match of line.matchAll(XML_INVALID)) {
        // Columns count characters as an editor's cursor does: an emoji is one.
        const column = [...line.slice(0, match.index)].length + 1;
        issues.push({
          severity: 'error',
          file,
          line: index + 1,
          // A data file (no body line) is a list of items, which a key path names badly: its line says enough.
          field: fieldAtLine(lines, index, bodyLine),
          message: `holds an invisible control character (${codePoint(match[0])}) at column ${column}, often pasted from a word processor; delete it. Feeds cannot carry it: podcast apps and feed readers would refuse the feed.`,
        });
      }
    });
  }
}
