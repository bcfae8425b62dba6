/**
 * The report `npm run verify` prints: editors' files first (each finding at `file:line`, so
 * editors' tools make it clickable), then the site's own pages with the template that made
 * them; under GitHub Actions also one `::error` annotation per finding, which GitHub shows on
 * the pull request's line. Messages are masked as the content checks mask theirs.
 */
import { maskIdentifying } from '../anonymity';
import type { QualityFinding } from './quality';

const at = (f: QualityFinding) => (f.line ? `${f.file}:${f.line}` : f.file);

export function formatVerifyReport(findings: readonly QualityFinding[]): string {
  const lines: string[] = [];
  const byFile = new Map<string, QualityFinding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const files = [...byFile.keys()].sort((a, b) => Number(a.startsWith('dist/')) - Number(b.startsWith('dist/')) || a.localeCompare(b));
  const content = findings.filter((f) => f.fromContent);
  if (content.length > 0) lines.push(`In editors' files (${content.length}):`);
  let siteHeading = false;
  for (const file of files) {
    const group = byFile.get(file)!.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (!group[0]!.fromContent && !siteHeading) {
      lines.push(`In the site's own pages (${findings.length - content.length}), made by its code, not by an editor's file:`);
      siteHeading = true;
    }
    const template = group[0]!.template;
    lines.push(`  ${file}${template ? ` (from ${template})` : ''}`);
    for (const f of group) lines.push(`    ${at(f)}  ${maskIdentifying(f.message)}`);
  }
  return lines.join('\n');
}

/** GitHub's workflow-command escaping (https://github.com/actions/toolkit, command.ts). */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error file=…,line=…::message` line per finding. */
export function githubAnnotations(findings: readonly QualityFinding[]): string[] {
  return findings.map((f) => {
    const file = f.fromContent ? f.file : (f.template ?? f.file);
    const line = f.fromContent && f.line ? `,line=${f.line}` : '';
    const where = f.fromContent ? '' : `${f.file}${f.line ? `:${f.line}` : ''}: `;
    return `::error file=${escapeProperty(file)}${line},title=${escapeProperty(`npm run verify: ${f.check}`)}::${escapeData(maskIdentifying(where + f.message))}`;
  });
}
