/** Safe-messaging warnings (src/lib/safe-messaging.ts) for stories, episodes and guides, at file:line. */
import { entryLanguage } from '../languages';
import { findSafeMessagingIssues, hasSafeMessagingRules } from '../safe-messaging';
import type { CheckedEntries } from './entry-rules';
import { lineAtOffset } from './frontmatter';
import type { ContentIssue } from './issues';
import type { RawEntry } from './load';

export function checkSafeMessaging(entries: CheckedEntries, raw: readonly RawEntry[], languages: readonly string[], issues: ContentIssue[]): void {
  const byFile = new Map(raw.map((r) => [r.file, r]));
  // Episodes have no language folders: they are in the default language.
  const languageOf = (slug: string) => {
    const place = entryLanguage(slug, languages);
    return place.ok ? place.language : undefined;
  };
  const all = [
    ...entries.stories.map((e) => ({ file: e.file, language: languageOf(e.slug), text: { ...e.data, body: e.body } })),
    ...entries.episodes.map((e) => ({ file: e.file, language: languages[0], text: { ...e.data, body: e.body } })),
    // Guides have no content warnings: only phrasing and method detail are checked.
    ...entries.guides.map((e) => ({ file: e.file, language: languageOf(e.slug), text: { title: e.data.title, summary: e.data.summary, body: e.body } })),
  ];
  for (const { file, language, text } of all) {
    // A file in a folder that is no language already has its error (translation-rules.ts).
    if (language === undefined) continue;
    if (!hasSafeMessagingRules(language)) {
      // The rules match English phrasing: silence on another language would read as "checked".
      issues.push({ severity: 'warning', file, line: 1, message: `safe messaging: nothing checked the wording of this text: the safe-messaging checks know English only, and this text is in ${language}. Ask someone who reads ${language} to check it against docs/editors.md ("Safe-messaging warnings"), content warnings included.` });
      continue;
    }
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
