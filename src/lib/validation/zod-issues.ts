/**
 * Turns Zod issues into messages an editor can act on: what is wrong with which field,
 * and what to write instead. Plays the role of Starlight's error map.
 */
import type { z } from 'astro/zod';

export interface FieldProblem {
  path: Array<string | number>;
  message: string;
}

type AnySchema = { _zod: { def: Record<string, unknown> & { type: string } } };

/** Field names a schema accepts at `path`, for "did you mean" hints. */
export function knownKeys(schema: unknown, path: ReadonlyArray<string | number>): string[] {
  let node = schema as AnySchema | undefined;
  const unwrap = () => {
    for (let i = 0; node && i < 10; i++) {
      const def = node._zod.def;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') node = def.innerType as AnySchema;
      else if (def.type === 'pipe') node = def.in as AnySchema;
      else break;
    }
  };
  unwrap();
  for (const key of path) {
    if (!node) return [];
    const def = node._zod.def;
    if (def.type === 'object') node = (def.shape as Record<string, AnySchema>)[key as string];
    else if (def.type === 'array') node = def.element as AnySchema;
    else return [];
    unwrap();
  }
  return node && node._zod.def.type === 'object' ? Object.keys(node._zod.def.shape as object) : [];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest known name, when it is close enough to be a typo. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  const ranked = known.map((k) => [k, distance(name, k)] as const).sort((a, b) => a[1] - b[1]);
  const best = ranked[0];
  return best && best[1] <= Math.max(2, Math.floor(name.length / 3)) ? best[0] : undefined;
}

const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** One editor-facing problem per Zod issue (one per unknown key). */
export function describeIssues(issues: readonly z.core.$ZodIssue[], schema: unknown, input: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    // Our schemas write their own messages; Zod's defaults start with these words.
    const custom = !/^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(issue.message);
    if (custom && issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_union') {
      problems.push({ path, message: issue.message.endsWith('.') ? issue.message : `${issue.message}.` });
      continue;
    }
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const hint = suggest(key, knownKeys(schema, path));
          problems.push({
            path: [...path, key],
            message: hint
              ? `is not a field here; did you mean "${hint}"? Rename it.`
              : `is not a field here; remove it, or see docs/editors.md for the fields this file takes.`,
          });
        }
        break;
      case 'invalid_type': {
        const value = valueAt(input, path);
        problems.push({
          path,
          message:
            value === undefined
              ? 'is required but missing; add it (see docs/editors.md).'
              : `must be ${article(issue.expected)}, not ${describeValue(value)}.`,
        });
        break;
      }
      case 'invalid_value':
        problems.push({ path, message: `must be one of: ${list(issue.values)} (got ${describeValue(valueAt(input, path))}).` });
        break;
      case 'too_small':
        problems.push({
          path,
          message:
            issue.origin === 'string'
              ? Number(issue.minimum) <= 1 ? 'must not be empty.' : `must be at least ${issue.minimum} characters.`
              : issue.origin === 'array'
                ? issue.message.startsWith('must') ? issue.message : `must list at least ${issue.minimum} item(s).`
                : issue.message.startsWith('must') ? issue.message : `must be ${issue.minimum} or more.`,
        });
        break;
      case 'too_big':
        problems.push({
          path,
          message:
            issue.origin === 'string'
              ? `is too long: at most ${issue.maximum} characters (it has ${String(valueAt(input, path) ?? '').length}); shorten it.`
              : `must be at most ${issue.maximum}.`,
        });
        break;
      case 'invalid_union': {
        // Our unions (dates, durations, categories) carry their own custom messages.
        const inner = issue.errors.flat().find((e) => e.code === 'custom');
        problems.push({ path, message: inner ? inner.message : issue.message });
        break;
      }
      default:
        problems.push({ path, message: issue.message });
    }
  }
  return problems;
}

function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields',
    date: 'a date written as YYYY-MM-DD',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}
