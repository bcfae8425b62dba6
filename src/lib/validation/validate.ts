import type { z } from 'astro/zod';
import type { ContentIssue } from './issues';
import { describeIssues } from './zod-issues';

type Parsed<T> = { ok: true; data: T } | { ok: false };

/** Validates one YAML value against a schema, turning Zod issues into editor-facing ones. */
export function validate<T>(
  schema: z.ZodType<T>,
  value: unknown,
  where: { file: string; lineOf: (path: ReadonlyArray<string | number>) => number | undefined; prefix?: Array<string | number> },
  issues: ContentIssue[],
): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  for (const problem of describeIssues(result.error.issues, schema, value)) {
    const full = [...(where.prefix ?? []), ...problem.path];
    issues.push({
      severity: 'error',
      file: where.file,
      line: where.lineOf(full),
      field: problem.path.length ? problem.path.join('.') : undefined,
      message: problem.message,
    });
  }
  return { ok: false };
}

