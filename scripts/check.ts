/**
 * npm run check: every content rule, without a full build. Prints one report grouped by
 * file (errors, then warnings) and exits non-zero on any error. Also reads public/ for
 * images that keep metadata, which the build would refuse only after building.
 */
import { contextFromEnv } from '../src/lib/publishing';
import { checkContent } from '../src/lib/validation/check';
import { formatReport, hasErrors } from '../src/lib/validation/issues';
import { checkPublicImages } from '../src/lib/validation/public-images';

const root = process.argv[2] ?? process.cwd();
const { issues: contentIssues, content } = await checkContent(root, { context: contextFromEnv() });
const issues = [...contentIssues, ...(await checkPublicImages(root))];
const counts = `${content.stories.length} stories, ${content.episodes.length} episodes, ${content.guides.length} guides`;
if (issues.length === 0) {
  console.log(`Content checks passed (${counts}).`);
} else {
  console.log(formatReport(issues));
  console.log(hasErrors(issues) ? `\nContent checks failed (${counts} without errors).` : `\nContent checks passed with warnings (${counts}).`);
}
process.exit(hasErrors(issues) ? 1 : 0);
