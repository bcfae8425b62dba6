import { describe, expect, test } from 'vitest';
import { findIdentifyingDetails, maskPhone } from '../../src/lib/anonymity';

const scan = (text: string, extra: { allow?: string[]; publicNumbers?: string[] } = {}) =>
  findIdentifyingDetails(text, { countries: ['US', 'GB'], ...extra });

describe('finds identifying details', () => {
  test.each([
    ['Call me on (312) 555-0199 any time.', 'phone number', '(3**) ***-**99'],
    ['My mobile is +44 20 7946 0958.', 'phone number', '+4* ** **** **58'],
    ['Text 07700 900123 if you need me.', 'phone number', '0**** ****23'],
    ['Write to name@example.com please.', 'email address', 'n***@***'],
    ['Find me as @quietriver on most apps.', 'social-media handle', '@q***'],
    ['My page: https://www.instagram.com/quiet.river/', 'social-media profile link', 'www.instagram.com/***'],
    ['Also facebook.com/quiet.river.42', 'social-media profile link', 'facebook.com/***'],
    ['I post at https://mastodon.social/@quietriver', 'social-media profile link', 'mastodon.social/***'],
  ])('%s', (text, kind, masked) => {
    const [match, ...rest] = scan(text);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ kind, masked });
    // The masked form never contains the full detail.
    expect(match!.masked).not.toBe(text.slice(match!.start, match!.end));
  });
});

describe('leaves ordinary recovery writing alone', () => {
  test.each([
    'In 2019 I had 12 steps, 365 days and 1,000 reasons.',
    'We met at 7:30 pm in room 204, 3 times a week.',
    'I was at home @ 9, then slept.',
    'The meeting is at https://meet.example.org/tuesday-circle',
    'I read about it on facebook.com and closed the tab.',
  ])('%s', (text) => expect(scan(text)).toEqual([]));
});

describe('allowances', () => {
  test('anonymityAllow skips an exact false positive', () => {
    expect(scan('Our group is called @peace_circle publicly.', { allow: ['@peace_circle'] })).toEqual([]);
    expect(scan('Our group is called @peace_circle publicly.', { allow: ['@peace'] })).toHaveLength(1);
  });
  test('public crisis-line numbers are not identifying', () => {
    const publicNumbers = ['1-800-662-4357', '988'];
    expect(scan('I finally called 1-800-662-4357 that night.', { publicNumbers })).toEqual([]);
    expect(scan('I finally called (800) 662-4357 that night.', { publicNumbers })).toEqual([]);
    expect(scan('I called (312) 555-0199 that night.', { publicNumbers })).toHaveLength(1);
  });
});

test('maskPhone keeps only the first and last two digits', () => {
  expect(maskPhone('312-555-0199')).toBe('3**-***-**99');
});

describe('numbers that are not phone numbers', () => {
  test.each([
    'Day 1,460 sober. I was born in 1984 and got clean in 2019-2020.',
    'Step 4 took me 18 months; my chip says 24 hours.',
    'Page 112 of the Big Book.',
    'We raised $12,500 for the 5K walk on 10/12/2025.',
  ])('%s', (text) => expect(scan(text)).toEqual([]));
});
