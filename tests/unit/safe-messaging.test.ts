import { describe, expect, it } from 'vitest';
import { findSafeMessagingIssues, type SafeMessagingText } from '../../src/lib/safe-messaging';

const story = (body: string, contentWarnings: string[] = [], extra: Partial<SafeMessagingText> = {}): SafeMessagingText => ({
  title: 'A title',
  summary: 'A summary.',
  body,
  contentWarnings,
  ...extra,
});
const kinds = (entry: SafeMessagingText) => findSafeMessagingIssues(entry).map((f) => f.kind);

describe('content warnings', () => {
  it.each([
    ['suicide', 'There were nights I felt suicidal.'],
    ['suicide', 'I wanted to end my life.'],
    ['self-harm', 'I started self-harming at fifteen.'],
    ['overdose', 'My friend overdosed in the winter.'],
    ['overdose', 'The night I OD’d changed everything.'],
    ['eating-disorder', 'Anorexia took my twenties.'],
  ])('asks for %s when the text mentions it without the warning', (warning, body) => {
    const findings = findSafeMessagingIssues(story(body));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.kind).toBe('missing content warning');
    expect(findings[0]!.message).toContain(`add ${warning} to contentWarnings`);
  });

  it('is satisfied by the matching warning', () => {
    expect(findSafeMessagingIssues(story('There were nights I felt suicidal.', ['suicide']))).toEqual([]);
  });

  it('reports the first place, counts the rest, and looks at title and summary too', () => {
    const [finding] = findSafeMessagingIssues(story('Later the overdose was all I thought of.', [], { summary: 'After an overdose.' }));
    expect(finding).toMatchObject({ field: 'summary', offset: 9 });
    expect(finding!.message).toContain('1 more place');
  });

  it('does not count a crisis line’s name as a story about suicide', () => {
    expect(findSafeMessagingIssues(story('I called the 988 Suicide & Crisis Lifeline and someone listened.'))).toEqual([]);
  });

  it('checks only phrasing when the entry has no content warnings field (guides)', () => {
    const guide = { title: 'Supporting someone', summary: 'x', body: 'When someone says they feel suicidal, listen.' };
    expect(findSafeMessagingIssues(guide)).toEqual([]);
    expect(kinds({ ...guide, body: 'Nobody commits suicide lightly.' })).toEqual(['phrasing']);
  });
});

describe('phrasing and method detail', () => {
  it('suggests "died by suicide" for "committed suicide"', () => {
    const findings = findSafeMessagingIssues(story('My uncle committed suicide.', ['suicide']));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'phrasing', offset: 9 });
    expect(findings[0]!.message).toContain('"died by suicide"');
  });

  it.each(['a successful suicide', 'after a failed suicide attempt', 'the suicide epidemic'])('flags "%s"', (text) => {
    expect(kinds(story(`They wrote about ${text}.`, ['suicide']))).toEqual(['phrasing']);
  });

  it('flags a described method', () => {
    expect(kinds(story('He hanged himself in the garage.', ['suicide']))).toEqual(['method detail']);
  });

  it('flags amounts only where the sentence is about suicide, self-harm or an overdose', () => {
    expect(kinds(story('I overdosed on 40 pills that night.', ['overdose']))).toEqual(['method detail']);
    expect(kinds(story('My methadone dose is 60 mg now and I feel steady.', []))).toEqual([]);
  });

  it('is quiet about an ordinary recovery story', () => {
    expect(findSafeMessagingIssues(story('I went to my first meeting on a Tuesday. Someone made me tea.'))).toEqual([]);
  });
});
