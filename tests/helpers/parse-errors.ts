/** Parse errors in every HTML file of a built site, for build and e2e tests. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findParseErrors, formatParseErrors } from '../../src/lib/gates/parse-errors';

/** "page:line:col code" for each parse error of the given HTML files (empty when all parse cleanly). */
export function parseErrorsOf(dist: string, files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const errors = findParseErrors(readFileSync(file, 'utf8'));
    return errors.length === 0 ? [] : formatParseErrors(relative(dist, file), errors).split('\n');
  });
}
