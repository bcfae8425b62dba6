import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { feedStylesheet } from '../../src/lib/feeds/stylesheet';

describe('the feed stylesheet (/rss.xsl)', () => {
  const xsl = feedStylesheet({
    exitUrl: 'https://weather.example/{today}?a=1&b=2',
    helpUrl: '/help/',
    helpline: { id: 'l', name: 'Line <A> & {B}', country: 'US', phone: '1-800-555-0100', sms: '741741', hours: '24/7' },
  });

  test('is well-formed XML with the quick exit and the crisis line, every editor value escaped', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xsl);
    expect(doc['xsl:stylesheet']).toBeDefined();
    expect(xsl).toContain('Line &lt;A&gt; &amp; {B}');
    expect(xsl).toContain('href="tel:');
    expect(xsl).toContain('href="sms:741741"');
  });

  test('doubles braces in attributes, which XSL would otherwise evaluate as expressions', () => {
    expect(xsl).toContain('class="exit" href="https://weather.example/{{today}}?a=1&amp;b=2"');
  });

  test('a line with only a website links it, as the banner of every page does (braces in it doubled)', () => {
    const web = feedStylesheet({ exitUrl: 'https://weather.example/', helpUrl: '/help/', helpline: { id: 'w', name: 'Web Line', country: 'US', url: 'https://web.example/?ref={a}', hours: '24/7' } });
    expect(web).toContain('<a href="https://web.example/?ref={{a}}" rel="noreferrer">Website of Web Line</a>');
  });

  test('names no helpline when none can be called, and still links to /help/', () => {
    const none = feedStylesheet({ exitUrl: 'https://weather.example/', helpUrl: '/help/', helpline: undefined });
    expect(none).toContain('<a href="/help/">More helplines</a>');
    expect(none).not.toContain('href="tel:');
  });
});
