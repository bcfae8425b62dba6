import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface ParsedYaml {
  /** The parsed value; dates stay text (YAML 1.2 core schema) so impossible days can be caught. */
  data: unknown;
  /** Syntax errors with their line. */
  errors: Array<{ line: number; message: string }>;
  /** Line (1-based, in the whole file) of the deepest existing node on `path`. */
  lineOf: (path: ReadonlyArray<string | number>) => number | undefined;
}

/** Parses YAML text that starts at `firstLine` of its file. */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((e) => ({
    line: lineAt(e.pos[0]),
    message: e.message.split('\n')[0]!,
  }));
  const lineOf = (path: ReadonlyArray<string | number>) => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = lineAt(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}

export interface MarkdownParts {
  frontmatter: ParsedYaml | undefined;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

/** Splits a Markdown or MDX file into its front matter (between --- lines) and body. */
export function splitMarkdown(text: string): MarkdownParts {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { frontmatter: undefined, body: text, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return {
    frontmatter: parseYamlWithLines(match[1]!, 2),
    body: text.slice(match[0].length),
    bodyLine,
  };
}

/** 1-based line of `offset` inside `text`, shifted by the line `text` starts on. */
export function lineAtOffset(text: string, offset: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const KEY = /^(\s*)(?:-\s*)?([A-Za-z]\w*)\s*:/;

const ITEM = /^(\s*)-\s/;

/**
 * "consent.recordId" for a nested front-matter line, from the indentation of the lines
 * above; a list item ("- web") is named by the key it belongs to ("consent.scope").
 */
function dottedKey(lines: readonly string[], index: number): string | undefined {
  let at = index;
  const item = KEY.exec(lines[at]!) ? undefined : ITEM.exec(lines[at]!);
  if (item) {
    // The item's key is the nearest key above at its indentation or less ("scope:\n- web" is YAML too).
    const depth = item[1]!.length;
    at = lines.slice(0, at).findLastIndex((line) => (KEY.exec(line)?.[1]!.length ?? Infinity) <= depth);
    if (at < 0) return undefined;
  }
  const own = KEY.exec(lines[at]!);
  if (!own) return undefined;
  const path = [own[2]!];
  let indent = own[1]!.length;
  for (let i = at - 1; i >= 0 && indent > 0; i--) {
    const parent = KEY.exec(lines[i]!);
    if (parent && parent[1]!.length < indent) {
      path.unshift(parent[2]!);
      indent = parent[1]!.length;
    }
  }
  return path.join('.');
}

/**
 * The field an editor's line belongs to, for a report: "body" from `bodyLine` on (1-based),
 * else the front-matter key path (dottedKey). Without a body line (no front matter) there is
 * no field to name.
 */
export function fieldAtLine(lines: readonly string[], index: number, bodyLine: number | undefined): string | undefined {
  if (bodyLine === undefined) return undefined;
  return index + 1 >= bodyLine ? 'body' : dottedKey(lines, index);
}
