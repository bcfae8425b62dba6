/**
 * Parse errors of a page under the HTML parsing algorithm (the WHATWG spec, as browsers and
 * the W3C Nu checker read it), found with parse5. html-validate checks rules over a tree it
 * builds leniently, so it passes markup a browser has to repair, such as a <script> written
 * after </html> (issue #16): this finds what the parser itself objects to.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

export interface ParseError {
  /** parse5's error code (the spec's name for tokenizer errors), or CONTENT_AFTER_BODY. */
  code: string;
  line: number;
  col: number;
}

/**
 * An element or text after </body> (or </html>). The spec calls it a parse error in the
 * "after body" and "after after body" insertion modes and moves it into <body>; parse5
 * does so without reporting it, so it is found here from the source locations.
 */
export const CONTENT_AFTER_BODY = 'content-after-body';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => {
  if (isElement(node) && node.tagName === 'template') return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
};

/** Every parse error of a whole document, in source order. */
export function findParseErrors(html: string): ParseError[] {
  const errors: ParseError[] = [];
  const document = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => errors.push({ code: error.code, line: error.startLine, col: error.startCol }),
  });
  errors.push(...contentAfterBody(html, document));
  return errors.sort((a, b) => a.line - b.line || a.col - b.col);
}

function contentAfterBody(html: string, document: DefaultTreeAdapterTypes.Document): ParseError[] {
  const root = document.childNodes.find(isElement);
  const body = root?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'body');
  // Without </body>, </html> closes the body; without either, nothing can come after it.
  const end = body?.sourceCodeLocation?.endTag ?? root?.sourceCodeLocation?.endTag;
  if (!root || !end) return [];
  const found: ParseError[] = [];
  const visit = (node: Node): void => {
    const location = node.sourceCodeLocation;
    if (isElement(node) && location && location.startOffset >= end.endOffset) {
      // The first stray element of a subtree only: its children came with it.
      found.push({ code: CONTENT_AFTER_BODY, line: location.startLine, col: location.startCol });
    } else if (node.nodeName === '#text') {
      // Stray text joins the body's last text node, which may have begun before </body>.
      const offset = location ? firstStrayCharacter(html, Math.max(end.endOffset, location.startOffset), location.endOffset) : undefined;
      if (offset !== undefined) found.push({ code: CONTENT_AFTER_BODY, ...lineAndColumn(html, offset) });
    } else {
      // An element begun before </body> (the body itself) may have been handed stray children.
      childrenOf(node).forEach(visit);
    }
  };
  visit(root);
  return found;
}

/** The offset of the first character in [from, to) that is neither whitespace nor inside a tag or comment. */
function firstStrayCharacter(html: string, from: number, to: number): number | undefined {
  const markup = /<!--[\s\S]*?-->|<[^>]*>|\s+/y;
  let offset = from;
  while (offset < to) {
    markup.lastIndex = offset;
    if (!markup.test(html)) return offset;
    offset = markup.lastIndex;
  }
  return undefined;
}

function lineAndColumn(html: string, offset: number): { line: number; col: number } {
  const before = html.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}

/** One line per error, for a test's or a gate's message: "search/index.html:1:2345 content-after-body". */
export function formatParseErrors(page: string, errors: readonly ParseError[]): string {
  return errors.map((error) => `${page}:${error.line}:${error.col} ${error.code}`).join('\n');
}
