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
