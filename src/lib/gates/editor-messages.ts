/**
 * What `npm run verify` tells an editor about a problem their own text caused, in their
 * words and with the fix (docs/editors.md, "Post-build checks"). html-validate's wording is
 * kept for the rules without one here, with the page that explains it.
 */

const RULE_PAGE = (rule: string) => `https://html-validate.org/rules/${rule}.html`;

type Explain = (tag: string | undefined, original: string) => string;

const EDITOR_WORDS: Record<string, Explain> = {
  'unique-landmark': (tag) =>
    `This <${tag ?? 'element'}> makes a region of the page that screen readers list by name, and the page has another of its kind, so this one needs a name of its own: add aria-label with a few words for what it holds (<${tag ?? 'nav'} aria-label="Further reading">), or write a plain <div> if it is not a region of its own.`,
  'heading-level': (_tag, original) =>
    `${original}. Headings in your text start at ## (the page's title is the only #) and go down one level at a time: ## then ###, never ## then ####.`,
  'wcag/h37': () => 'This image has no description for readers who cannot see it: write one, ![Two cups on a table](photo.jpg) in Markdown or alt="Two cups on a table" in <img>.',
  'no-dup-id': (_tag, original) =>
    `${original}: another element of the page already has this id (a heading's title can make one). Choose another id, or reword the heading.`,
  'no-implicit-button-type': () => 'This <button> does nothing on a story page: remove it, or write a link (<a href="…">) if it should lead somewhere.',
  'close-order': (_tag, original) => `${original}: an HTML tag in your text is closed in the wrong place or not at all. Close each tag you open, inner ones first.`,
  'element-permitted-content': (_tag, original) =>
    `${original}. In Markdown, leave a blank line before and after a block of HTML so that it is not put inside a paragraph.`,
};

/** The message for a problem in an editor's text. */
export function editorMessage(rule: string, tag: string | undefined, original: string, exact: boolean): string {
  const trimmed = original.replace(/\.$/, '');
  const words = EDITOR_WORDS[rule]?.(tag, trimmed) ?? `${trimmed} (HTML check ${rule}, explained at ${RULE_PAGE(rule)}).`;
  return exact ? words : `${words} The check found it in this text but not its line: look from the line named on.`;
}

/** The message for a broken link in an editor's text. */
export const editorLinkMessage = (url: string, reason: string) =>
  `The link "${url}" leads nowhere on this site: ${reason}. Correct the address (a page of the site ends in /, as /stories/my-story/), or remove the link.`;
