/**
 * The XSL stylesheet that makes the RSS and podcast feeds readable when a reader opens one
 * in a browser (every footer links a feed). Like every page it carries the quick exit (a
 * plain link: a feed view runs no script) and a crisis line. Self-contained: no font,
 * script, image or style is loaded from anywhere; its one inline style is allowed by the
 * hash src/integrations/security-headers.ts adds to the header CSP. Item HTML
 * (content:encoded) is not rendered, only the plain-text descriptions.
 */
import { bannerActions, type HelplineLike } from '../helplines';
import { escapeXml } from './xml';

export interface StylesheetOptions {
  exitUrl: string;
  helpUrl: string;
  /** The line the banner of every page names, or undefined when none can be called. */
  helpline: (HelplineLike & { hours?: string | undefined }) | undefined;
}

const STYLE = `
          :root { color-scheme: light dark; --accent: #1d5c63; --muted: #5a5a5a; --line: #d7d7d7; --exit: #b1261d; --focus: #ffbf47; --band: #e4f0f0; }
          @media (prefers-color-scheme: dark) { :root { --accent: #8fd3da; --muted: #b8b8b8; --line: #444; --exit: #d23a2f; --band: #1f2b2c; } }
          body { font: 1.0625rem/1.6 system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 0 1rem 3rem; background: Canvas; color: CanvasText; }
          a { color: var(--accent); }
          :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
          .bar { display: flex; justify-content: flex-end; padding: 0.75rem 0; }
          .exit { display: inline-block; padding: 0.5rem 1rem; border-radius: 0.3rem; background: var(--exit); color: #fff; font-weight: 700; text-decoration: none; border: 2px solid #fff; }
          .help { background: var(--band); padding: 0.5rem 1rem; margin: 0 -1rem 1.5rem; }
          .help a { font-weight: 700; margin-right: 0.75rem; }
          .about { border: 2px solid var(--accent); border-radius: 0.5rem; padding: 0.75rem 1rem; margin-bottom: 2rem; }
          .about p { margin: 0.25rem 0; }
          ol { list-style: none; padding: 0; }
          li { border-top: 1px solid var(--line); padding: 1rem 0; }
          h2 { font-size: 1.2rem; margin: 0 0 0.25rem; }
          .meta { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.5rem; }
          .description { white-space: pre-line; margin: 0; }
        `;

/**
 * An attribute value of a literal result element: XSL reads "{...}" there as an expression
 * (an attribute value template), so braces are doubled as well as the XML escaped.
 */
const attribute = (value: string) => escapeXml(value).replaceAll('{', '{{').replaceAll('}', '}}');

/** The crisis line as XSL literal result elements (everything escaped), as the banner shows it. */
function helpBand({ helpline, helpUrl }: StylesheetOptions): string {
  const links = bannerActions(helpline).map(
    (action) => `<a href="${attribute(action.href)}"${action.external ? ' rel="noreferrer"' : ''}>${escapeXml(action.label)}</a>`,
  );
  links.push(`<a href="${attribute(helpUrl)}">More helplines</a>`);
  const name = helpline ? ` ${escapeXml(helpline.name)}${helpline.hours ? `, ${escapeXml(helpline.hours)}` : ''}:` : '';
  return `<aside class="help" aria-label="Crisis support"><p>Need to talk now?${name} ${links.join(' ')}</p></aside>`;
}

export function feedStylesheet(options: StylesheetOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Makes this site's RSS and podcast feeds readable in a browser (src/lib/feeds/stylesheet.ts). -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="referrer" content="no-referrer"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="rss/channel/title"/> (feed)</title>
        <style>${STYLE}</style>
      </head>
      <body>
        <div class="bar"><a class="exit" href="${attribute(options.exitUrl)}" rel="noreferrer">Exit this page</a></div>
        ${helpBand(options)}
        <main>
          <div class="about" role="note">
            <p><strong>This is a feed.</strong> Copy this page's address into a feed reader
              <xsl:if test="rss/channel/itunes:type or rss/channel/item/enclosure"> or podcast app</xsl:if>
              to follow new posts. Nothing here tracks you.</p>
            <p><a href="{rss/channel/link}">Go to the website</a></p>
          </div>
          <h1><xsl:value-of select="rss/channel/title"/></h1>
          <p><xsl:value-of select="rss/channel/description"/></p>
          <ol>
            <xsl:for-each select="rss/channel/item">
              <li>
                <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
                <p class="meta">
                  <xsl:value-of select="substring(pubDate, 6, 11)"/>
                  <xsl:for-each select="category"> · <xsl:value-of select="."/></xsl:for-each>
                  <xsl:if test="enclosure"> · <a href="{enclosure/@url}">Listen</a></xsl:if>
                </p>
                <p class="description"><xsl:value-of select="description"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
