/** Content warnings as feeds state them: at the very top of an item, before anything else. */
import { WARNING_LABELS, type ContentWarning } from '../../schemas/vocabularies';
import { escapeXml } from './xml';

/** "Content warnings: relapse, overdose." or undefined when there is none. */
export function warningsText(warnings: readonly ContentWarning[]): string | undefined {
  if (warnings.length === 0) return undefined;
  const label = warnings.length === 1 ? 'Content warning' : 'Content warnings';
  return `${label}: ${warnings.map((w) => WARNING_LABELS[w]).join(', ')}.`;
}

/** The same line as an HTML paragraph, for full-content (content:encoded) bodies. */
export function warningsHtml(warnings: readonly ContentWarning[]): string {
  const text = warningsText(warnings);
  return text ? `<p><strong>${escapeXml(text)}</strong></p>` : '';
}

/** A plain-text description: the warnings line first, then the summary, apart (feeds). */
export function describeWithWarnings(summary: string, warnings: readonly ContentWarning[]): string {
  const text = warningsText(warnings);
  return text ? `${text}\n\n${summary}` : summary;
}

/** Characters of summary a page's description keeps: what link previews and search engines show. */
export const PAGE_DESCRIPTION_SUMMARY = 300;

/**
 * A page's meta and og description: the warnings line whole, then the summary, cut at a word
 * within PAGE_DESCRIPTION_SUMMARY characters (an episode's may run to 4,000).
 */
export function pageDescription(summary: string, warnings: readonly ContentWarning[]): string {
  const chars = [...summary];
  const cut = chars.length <= PAGE_DESCRIPTION_SUMMARY ? summary : `${chars.slice(0, PAGE_DESCRIPTION_SUMMARY).join('').replace(/\s+\S*$/, '')}…`;
  const text = warningsText(warnings);
  return text ? `${text} ${cut}` : cut;
}
