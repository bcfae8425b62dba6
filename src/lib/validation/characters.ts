/**
 * Invisible control characters in editors' files (a form feed or vertical tab pasted from a
 * word processor, a stray NUL). Readers never see them, and XML forbids them: a feed holding
 * one is refused by every podcast app and feed reader. So they are errors, named by line and
 * column, never dropped without a word.
 */
import { XML_INVALID } from '../feeds/xml';
import type { ContentIssue } from './issues';

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function checkControlCharacters(files: ReadonlyArray<{ file: string; text: string }>, issues: ContentIssue[]): void {
  for (const { file, text } of files) {
    text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(XML_INVALID)) {
        issues.push({
          severity: 'error',
          file,
          line: index + 1,
          message: `holds an invisible control character (${codePoint(match[0])}) at column ${match.index + 1}, often pasted from a word processor; delete it. Feeds cannot carry it: podcast apps and feed readers would refuse them.`,
        });
      }
    });
  }
}
