/** Problems found in editors' content, and the report editors read. */

export type Severity = 'error' | 'warning';

export interface ContentIssue {
  severity: Severity;
  /** Path relative to the project root, e.g. src/content/stories/my-story.md. */
  file: string;
  /** 1-based line in that file, where known. */
  line?: number | undefined;
  /** Dotted field path, e.g. consent.given. */
  field?: string | undefined;
  /** What is wrong and what to do. Never contains a storyteller's contact details in full. */
  message: string;
  /** Set on anonymity errors, which no other problem on the same line may hide (placeholders.ts). */
  anonymity?: true;
}

const location = (issue: ContentIssue) => (issue.line ? `${issue.file}:${issue.line}` : issue.file);

/**
 * One report grouped by file, errors before warnings, each line starting with
 * `file:line` so editors' tools make it clickable.
 */
export function formatReport(issues: readonly ContentIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const lines: string[] = [];
  for (const [title, group] of [
    ['error', errors],
    ['warning', warnings],
  ] as const) {
    if (group.length === 0) continue;
    lines.push(`${group.length} ${title}${group.length === 1 ? '' : 's'}:`);
    const byFile = new Map<string, ContentIssue[]>();
    for (const issue of group) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
    for (const [file, fileIssues] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`  ${file}`);
      for (const issue of fileIssues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
        const field = issue.field ? `${issue.field}: ` : '';
        lines.push(`    ${location(issue)}  ${field}${issue.message}`);
      }
    }
  }
  return lines.join('\n');
}

export const hasErrors = (issues: readonly ContentIssue[]) => issues.some((i) => i.severity === 'error');
