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

/**
 * A plain-text description: the warnings line first, then the summary. Feeds keep them apart
 * with an empty line; a page's meta description (what link previews and search engines
 * show) runs them on with a space (`separator`).
 */
export function describeWithWarnings(summary: string, warnings: readonly ContentWarning[], separator = '\n\n'): string {
  const text = warningsText(warnings);
  return text ? `${text}${separator}${summary}` : summary;
}
