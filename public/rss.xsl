<?xml version="1.0" encoding="UTF-8"?>
<!--
  Makes Shared Path's RSS and podcast feeds readable when opened in a browser.
  Self-contained on purpose: no fonts, scripts, images or styles are loaded from anywhere,
  and item HTML (content:encoded) is not rendered, only the plain-text descriptions.
-->
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
        <style>
          :root { color-scheme: light dark; --accent: #1d5c63; --muted: #5a5a5a; --line: #d7d7d7; }
          @media (prefers-color-scheme: dark) { :root { --accent: #8fd3da; --muted: #b8b8b8; --line: #444; } }
          body { font: 1.0625rem/1.6 system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          a { color: var(--accent); }
          .about { border: 2px solid var(--accent); border-radius: 0.5rem; padding: 0.75rem 1rem; margin-bottom: 2rem; }
          .about p { margin: 0.25rem 0; }
          code { word-break: break-all; }
          ol { list-style: none; padding: 0; }
          li { border-top: 1px solid var(--line); padding: 1rem 0; }
          h2 { font-size: 1.2rem; margin: 0 0 0.25rem; }
          .meta { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.5rem; }
          .description { white-space: pre-line; margin: 0; }
        </style>
      </head>
      <body>
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
