/**
 * npm run consent:report [-- --json]
 * Every story's consent state by slug and consent record id: published, limited scope,
 * withdrawn, scheduled, draft, review due. No names or other personal data.
 */
import { consentReport, formatConsentReport } from '../src/lib/consent-report';
import { contextFromEnv } from '../src/lib/publishing';
import { checkLoadedContent } from '../src/lib/validation/check';
import { loadContent } from '../src/lib/validation/load';

const args = process.argv.slice(2);
const json = args.includes('--json');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: npm run consent:report [-- --json] [project folder]`);
  process.exit(2);
}
const root = args.find((a) => !a.startsWith('-')) ?? process.cwd();

const context = contextFromEnv();
const raw = loadContent(root);
const { content } = await checkLoadedContent(raw, { context });
const checked = new Set(content.stories.map((s) => s.slug));
const unreadable = raw.entries
  .filter((e) => e.collection === 'stories' && !checked.has(e.slug))
  .map((e) => {
    const consent = (e.frontmatter?.data as { consent?: { recordId?: unknown } } | undefined)?.consent;
    return { slug: e.slug, recordId: typeof consent?.recordId === 'string' ? consent.recordId : undefined };
  });
const report = consentReport(content.stories, context, unreadable);
console.log(json ? JSON.stringify(report, null, 2) : formatConsentReport(report));
