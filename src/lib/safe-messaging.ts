/**
 * Safe-messaging checks: readers may be in crisis. Following the recommendations on
 * reporting suicide (https://reportingonsuicide.org/recommendations/) and the Samaritans
 * media guidelines (https://www.samaritans.org/about-samaritans/media-guidelines/), we warn
 * an editor when a text mentions suicide, self-harm, overdose or an eating disorder without
 * the matching content warning, uses phrasing the guidelines advise against, or describes
 * a method or an amount. These are warnings, never errors: an editor decides, knowing
 * the storyteller's words matter.
 */
import type { ContentWarning } from '../schemas/vocabularies';
import { primaryLanguage } from './languages';

/** Languages whose phrasing the rules below know (primary subtags). Other languages are not checked. */
export const SAFE_MESSAGING_LANGUAGES: readonly string[] = ['en'];

/** Whether the rules can check a text in this language (BCP 47: "en-GB" counts as English). */
export const hasSafeMessagingRules = (language: string) => SAFE_MESSAGING_LANGUAGES.includes(primaryLanguage(language));

export interface SafeMessagingText {
  title: string;
  summary: string;
  body: string;
  /** The entry's content warnings; undefined for entries that have none (guides): then only phrasing is checked. */
  contentWarnings?: readonly string[] | undefined;
}

export type TextField = 'title' | 'summary' | 'body';

export interface SafeMessagingFinding {
  field: TextField;
  /** Offset of the match in that field's text. */
  offset: number;
  kind: 'missing content warning' | 'phrasing' | 'method detail';
  message: string;
}

/** Words that mean the text is about a subject that needs a content warning. */
const SUBJECTS: Array<{ warning: ContentWarning; about: string; patterns: RegExp[] }> = [
  {
    warning: 'suicide',
    about: 'suicide',
    patterns: [
      /\bsuicid(?:e|es|al|ality)\b/gi,
      /\b(?:kill(?:ed|ing|s)?|end(?:ed|ing|s)?) (?:my|him|her|them|your|our)sel(?:f|ves)\b/gi,
      /\b(?:end(?:ed|ing|s)?|t(?:ake|akes|ook|aking)) (?:my|his|her|their|your|our) (?:own )?life\b/gi,
    ],
  },
  {
    warning: 'self-harm',
    about: 'self-harm',
    patterns: [/\bself[- ]?(?:harm(?:ed|ing)?|injur(?:y|ies|ed|ing))\b/gi, /\b(?:cut|cutting|burn(?:ed|t|ing)?) (?:my|him|her|them|your)sel(?:f|ves)\b/gi],
  },
  {
    warning: 'overdose',
    about: 'an overdose',
    patterns: [/\boverdos(?:e|es|ed|ing)\b/gi, /\bOD(?:'?d|'?ed|'?ing)?\b/g],
  },
  {
    warning: 'eating-disorder',
    about: 'an eating disorder',
    patterns: [/\beating disorders?\b/gi, /\banorexi(?:a|c)\b/gi, /\bbulimi(?:a|c)\b/gi, /\bbinge[- ]eating\b/gi, /\bpurging\b/gi, /\bARFID\b/g],
  },
];

/** Phrases the guidelines advise against, and what to write instead. */
const PHRASINGS: Array<{ pattern: RegExp; instead: string }> = [
  { pattern: /\bcommit(?:s|ted|ting)? suicide\b/gi, instead: '"died by suicide" or "took their own life"' },
  { pattern: /\b(?:successful|completed) suicide(?: attempt)?\b/gi, instead: '"died by suicide"' },
  { pattern: /\b(?:failed|unsuccessful) suicide attempts?\b/gi, instead: '"survived a suicide attempt"' },
  { pattern: /\bsuicide (?:epidemic|wave|spree)\b/gi, instead: '"rising rates of suicide"' },
  { pattern: /\bsuicide victims?\b/gi, instead: '"a person who died by suicide"' },
  { pattern: /\b(?:a )?suicide was (?:the only|the) (?:answer|way out|solution)\b/gi, instead: 'words that do not present suicide as a solution, such as "I could not see another way then"' },
];

/** Descriptions of a method: always a warning. */
const METHODS: RegExp[] = [
  /\bhang(?:ed|ing|s)? (?:my|him|her|them|your)sel(?:f|ves)\b/gi,
  /\bnoose\b/gi,
  /\bligature\b/gi,
  /\b(?:slit|slash(?:ed)?|cut) (?:my|his|her|their|your) wrists?\b/gi,
  /\bjump(?:ed|ing|s)? (?:off|from) (?:a|the) (?:bridge|building|roof|cliff|balcony|tower)\b/gi,
  /\b(?:gun|pistol|rifle) (?:to|in) (?:my|his|her|their) (?:head|mouth)\b/gi,
  /\bshot (?:my|him|her|them)sel(?:f|ves)\b/gi,
  /\bswallow(?:ed|ing)? (?:a (?:whole )?(?:bottle|handful|packet|box) of|\d+)\b/gi,
];

/** Amounts and means: a warning only in a sentence that is about suicide, self-harm or an overdose. */
const AMOUNTS: RegExp[] = [
  /\b\d+\s?(?:pills|tablets|capsules)\b/gi,
  /\b(?:a (?:whole )?(?:bottle|handful|packet|box) of) (?:pills|tablets|capsules|\w+)\b/gi,
  /\b\d+(?:\.\d+)?\s?(?:mg|milligrams?|mcg|micrograms?|ml|g|grams?)\b/gi,
  /\b(?:in front of|under) (?:a|the) (?:train|bus|lorry|truck|car)\b/gi,
  /\b(?:carbon monoxide|exhaust fumes|car exhaust)\b/gi,
];

// Names of crisis services are not a story about suicide: "988 Suicide & Crisis Lifeline".
const SERVICE_NAMES = /\bsuicide (?:&|and) crisis lifeline\b|\bsuicide prevention\b|\bsuicide crisis line\b/gi;
const withoutServiceNames = (text: string) => text.replace(SERVICE_NAMES, (m) => ' '.repeat(m.length));

const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;

function* matches(text: string, patterns: readonly RegExp[]) {
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) yield { text: m[0], offset: m.index };
}

const isCrisisSubject = (sentence: string) =>
  SUBJECTS.filter((s) => s.warning !== 'eating-disorder').some((s) => s.patterns.some((p) => new RegExp(p.source, p.flags).test(sentence)));

/** Every safe-messaging finding in an entry's title, summary and body, in order. */
export function findSafeMessagingIssues(entry: SafeMessagingText): SafeMessagingFinding[] {
  const findings: SafeMessagingFinding[] = [];
  const fields: TextField[] = ['title', 'summary', 'body'];

  if (entry.contentWarnings) {
    for (const subject of SUBJECTS) {
      if (entry.contentWarnings.includes(subject.warning)) continue;
      const hits = fields.flatMap((field) => [...matches(withoutServiceNames(entry[field]), subject.patterns)].map((m) => ({ field, ...m })));
      const first = hits.sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field) || a.offset - b.offset)[0];
      if (!first) continue;
      const more = hits.length > 1 ? ` (and ${hits.length - 1} more place${hits.length > 2 ? 's' : ''})` : '';
      findings.push({
        field: first.field,
        offset: first.offset,
        kind: 'missing content warning',
        message: `mentions ${subject.about} ("${first.text}")${more} but contentWarnings does not list ${subject.warning}; add ${subject.warning} to contentWarnings so readers can choose whether to read on.`,
      });
    }
  }

  for (const field of fields) {
    const text = entry[field];
    for (const { pattern, instead } of PHRASINGS) {
      for (const m of matches(text, [pattern])) {
        findings.push({ field, offset: m.offset, kind: 'phrasing', message: `"${m.text}": safe-messaging guidelines advise against this phrasing; write ${instead} instead.` });
      }
    }
    const method = (m: { text: string; offset: number }) =>
      findings.push({
        field,
        offset: m.offset,
        kind: 'method detail',
        message: `"${m.text}" describes a method or an amount; safe-messaging guidelines advise leaving out methods, amounts and places, which can put readers at risk. Talk about feelings, help and recovery instead.`,
      });
    for (const m of matches(text, METHODS)) method(m);
    for (const sentence of text.matchAll(SENTENCE)) {
      if (!isCrisisSubject(withoutServiceNames(sentence[0]))) continue;
      for (const m of matches(sentence[0], AMOUNTS)) {
        const offset = sentence.index + m.offset;
        if (!findings.some((f) => f.field === field && f.kind === 'method detail' && Math.abs(f.offset - offset) < m.text.length)) method({ text: m.text, offset });
      }
    }
  }
  return findings.sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field) || a.offset - b.offset);
}
