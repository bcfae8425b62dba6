import { describe, expect, test } from 'vitest';
import { bannerActions, bannerHelpline, countryName, groupByCountry, isReachable, orderHelplines, pageHelplines, smsHref, telHref, unbroken } from '../../src/lib/helplines';
import { HelplineSchema } from '../../src/schemas/helpline';

const line = (id: string, country: string, extra: Record<string, string> = {}) => ({ id, name: id, country, ...extra });

describe('helplines', () => {
  const lines = [
    line('gb-1', 'GB', { phone: '116 123' }),
    line('intl', 'international', { url: 'https://example.org' }),
    line('us-web', 'US', { url: 'https://example.org' }),
    line('us-1', 'US', { phone: '988', sms: '988' }),
    line('au-1', 'AU', { phone: '13 11 14' }),
  ];

  test('orders the site country first, then international, then the rest by country', () => {
    expect(orderHelplines(lines, 'US').map((l) => l.id)).toEqual(['us-web', 'us-1', 'intl', 'au-1', 'gb-1']);
  });

  test('every page shows the local and international lines only', () => {
    expect(pageHelplines(lines, 'GB').map((l) => l.id)).toEqual(['gb-1', 'intl']);
  });

  test('falls back to every line when none is local, so a page always has a number', () => {
    expect(pageHelplines([line('au-1', 'AU', { phone: '1' })], 'US').map((l) => l.id)).toEqual(['au-1']);
  });

  test('the banner names the first line that can be called or texted', () => {
    expect(bannerHelpline(lines, 'US')?.id).toBe('us-1');
    expect(bannerHelpline([], 'US')).toBeUndefined();
  });

  test('the banner never names a line it cannot link to: a website next, else no line at all', () => {
    const walkIn = line('us-walk-in', 'US');
    expect(bannerHelpline([walkIn, line('us-web', 'US', { url: 'https://example.org' })], 'US')?.id).toBe('us-web');
    expect(bannerHelpline([walkIn, line('intl', 'international', { sms: '741741' })], 'US')?.id).toBe('intl');
    expect(bannerHelpline([walkIn], 'US')).toBeUndefined();
  });

  test('a line with no phone, sms or url is valid data, and not reachable', () => {
    const walkIn = { id: 'walk-in', name: 'Walk-in centre', country: 'US', hours: '9:00-17:00' };
    expect(HelplineSchema().safeParse(walkIn).success).toBe(true);
    expect(isReachable(walkIn)).toBe(false);
    expect(isReachable({ ...walkIn, url: 'https://example.org' })).toBe(true);
    expect(isReachable({ ...walkIn, sms: '741741' })).toBe(true);
  });

  test('builds dialable tel: and sms: links', () => {
    expect(telHref('1-800-662-4357')).toBe('tel:18006624357');
    expect(telHref('116 123')).toBe('tel:116123');
    expect(smsHref('+44 85258')).toBe('sms:+4485258');
  });

  test('link text keeps a number on one line', () => {
    expect(unbroken('1-800 662')).toBe('1\u2011800\u00a0662');
  });

  test('groups by country and names countries', () => {
    expect(groupByCountry(orderHelplines(lines, 'US')).map((g) => g.country)).toEqual(['US', 'international', 'AU', 'GB']);
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('international')).toBe('International');
  });
});

describe('bannerActions', () => {
  const line = { id: 'l', name: 'Line', country: 'US' };
  test('call and text when the line has them, its website only when it has neither', () => {
    expect(bannerActions({ ...line, phone: '1-800-555-0100', sms: '741741', url: 'https://l.example' }).map((a) => a.label)).toEqual(['Call\u00a01\u2011800\u2011555\u20110100', 'Text\u00a0741741']);
    expect(bannerActions({ ...line, url: 'https://l.example' })).toEqual([{ href: 'https://l.example', label: 'Website of Line', external: true }]);
    expect(bannerActions({ ...line })).toEqual([]);
    expect(bannerActions(undefined)).toEqual([]);
  });
});
