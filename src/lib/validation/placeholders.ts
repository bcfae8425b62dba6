/**
 * Placeholders: `npm run new` writes TODO where only the editor knows the answer (title,
 * consent record, dates, audio). A file still holding one is an error, so a scaffolded
 * file cannot be published by accident. The placeholder's own error replaces the schema
 * errors it causes on the same line ("episode: TODO" is also "not a whole number").
 */
import type { ContentIssue } from './issues';
import { fieldAtLine } from './frontmatter';
import type { RawEntry } from './load';

/** The marker `npm run new` writes. */
export const PLACEHOLDER = 'TODO';
/**
 * A placeholder as `npm run new` writes it: "TODO:" followed by a hint (a title, a URL, the
 * body), or TODO as a field's or list item's whole value (`given: TODO`, `recordId: "TODO"`,
 * `scope: [TODO]`, `- TODO`).
 * The word in prose ("keeping a TODO list") is not one.
 */
const MARKER = new RegExp(`\\b${PLACEHOLDER}:|^\\s*(?:-\\s*)?(?:[A-Za-z]\\w*\\s*:\\s*)?(?:\\[\\s*)?(["']?)${PLACEHOLDER}\\1\\s*\\]?\\s*(?:#.*)?$`);

export function checkPlaceholders(entries: readonly RawEntry[], issues: ContentIssue[]): void {
  const found: ContentIssue[] = [];
  for (const entry of entries) {
    const lines = entry.text.split('\n');
    lines.forEach((text, index) => {
      // A YAML comment line may say anything; only values and the body count.
      if (!MARKER.test(text) || /^\s*#/.test(text)) return;
      const key = fieldAtLine(lines, index, entry.frontmatter === undefined ? undefined : entry.bodyLine);
      // The line is not quoted: a note left there may hold someone's phone number.
      found.push({
        severity: 'error',
        file: entry.file,
        line: index + 1,
        field: key,
        message: `still holds a placeholder from \`npm run new\`; replace ${PLACEHOLDER} with the real value, as the comment above it says.`,
      });
    });
  }
  if (found.length === 0) return;
  const placeholderLines = new Set(found.map((i) => `${i.file}:${i.line}`));
  // A placeholder's own error replaces what the schema says of the same line; an anonymity
  // error stays, since it is about the storyteller, not the placeholder.
  const keep = issues.filter((i) => i.anonymity || !(i.severity === 'error' && placeholderLines.has(`${i.file}:${i.line}`)));
  issues.splice(0, issues.length, ...keep, ...found);
}
