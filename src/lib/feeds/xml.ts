/** A tiny XML writer for the podcast feed: every text and attribute goes through escapeXml. */

/**
 * Characters XML 1.0 forbids even as references: most C0 controls, U+FFFE and U+FFFF.
 * Editors' files holding one are refused by the content checks (validation/characters.ts);
 * the feeds drop them as well, so no other text (settings, code) can make a feed unreadable.
 */
export const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text without the characters XML 1.0 forbids (for feeds whose writer escapes the rest). */
export const withoutXmlInvalid = (text: string) => text.replace(XML_INVALID, '');

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return withoutXmlInvalid(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export type Attributes = Record<string, string | number | undefined>;
/** A child is an element already written, or nothing (skipped). */
export type Child = string | false | undefined | null;

const attributes = (attrs: Attributes) =>
  Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

/** `<name attrs>text</name>`, with the text escaped; an empty element when text is undefined. */
export function textElement(name: string, text: string | number | undefined, attrs: Attributes = {}): string {
  return text === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${escapeXml(String(text))}</${name}>`;
}

/** `<name attrs>children</name>`; children are elements written by these helpers. */
export function element(name: string, attrs: Attributes, children: Child[] = []): string {
  const inner = children.filter((c): c is string => typeof c === 'string' && c !== '');
  return inner.length ? `<${name}${attributes(attrs)}>\n${inner.join('\n')}\n</${name}>` : `<${name}${attributes(attrs)}/>`;
}
