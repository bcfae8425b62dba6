/** Safe-messaging warnings (src/lib/safe-messaging.ts) for stories, episodes and guides, at file:line. */
import { findSafeMessagingIssues } from '../safe-messaging';
import type { CheckedEntries } from './entry-rules';
import { lineAtOffset } from './frontmatter';
import type { ContentIssue } from './issues';
import type { RawEntry } from './load';

export function checkSafeMessaging(entries: CheckedEntries, raw: readonly RawEntry[], issues: ContentIssue[]): void {
  const byFile = new Map(raw.map((r) => [r.file, r]));
  const all = [
    ...entries.stories.map((e) => ({ file: e.file, text: { ...e.data, body: e.body } })),
    ...entries.episodes.map((e) => ({ file: e.file, text: { ...e.data, body: e.body } })),
    // Guides have no content warnings: only phrasing and method detail are checked.
    ...entries.guides.map((e) => ({ file: e.file, text: { title: e.data.title, summary: e.data.summary, body: e.body } })),
  ];
  for (const { file, text } of all) {
    const source = byFile.get(file);
    for (const finding of findSafeMessagingIssues(text)) {
      const line =
        finding.field === 'body'
          ? lineAtOffset(source?.body ?? '', finding.offset, source?.bodyLine ?? 1)
          : source?.frontmatter?.lineOf([finding.field]);
      issues.push({ severity: 'warning', file, line, field: finding.field, message: `safe messaging: ${finding.message}` });
    }
  }
}
