/**
 * The files `npm run new -- story|episode|guide <slug>` writes: every required field with
 * a comment saying what it means, optional ones commented out. Where only the editor
 * knows the answer the file says TODO, which the content checks refuse
 * (src/lib/validation/placeholders.ts), so an unfinished file cannot be published.
 */
import { isoDay } from './dates';
import { PLACEHOLDER as TODO } from './validation/placeholders';
import { AUDIENCES, AUDIO_TYPES, CONSENT_SCOPES, CONTENT_WARNINGS, RECOVERY_PATHS } from '../schemas/vocabularies';

export const SCAFFOLD_KINDS = ['story', 'episode', 'guide'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

const FOLDERS: Record<ScaffoldKind, string> = { story: 'stories', episode: 'episodes', guide: 'guides' };

/** Where the new file goes, relative to the project root. */
export const scaffoldPath = (kind: ScaffoldKind, slug: string) => `src/content/${FOLDERS[kind]}/${slug}.md`;

/** Why a slug cannot be used, or undefined when it can. The slug becomes the page address. */
export function slugProblem(slug: string): string | undefined {
  if (!slug) return 'give the new file a name (its slug), e.g. learning-to-ask-for-help';
  if (/\.mdx?$/.test(slug)) return `write the slug without ".md": ${slug.replace(/\.mdx?$/, '')}`;
  if (slug.startsWith('_')) return 'a file name starting with "_" is ignored by the site; choose another name';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    return `"${slug}" becomes the page address: use lower-case letters, digits and single hyphens only, e.g. learning-to-ask-for-help`;
  return undefined;
}

const list = (values: readonly string[]) => values.join(', ');

const HEADER = (what: string, section: string) => `# ${what}. docs/editors.md ("${section}") explains every field.
# Replace every ${TODO} before you open the pull request: \`npm run check\` refuses a file that still has one.`;

function story(today: string): string {
  return `---
${HEADER('A member story', 'Stories')}

# Headline of the story, 1–120 characters.
title: "${TODO}: the story's headline"
# One or two sentences for listings, search results and feeds, 1–280 characters.
summary: "${TODO}: one or two sentences about the story"
# The name the storyteller chose to show: a pseudonym, initials or "Anonymous".
storyteller: "${TODO}: pseudonym, initials or Anonymous"
# true: the check refuses email addresses, phone numbers and social-media handles or links
# in the title, summary and text. Set false only if the storyteller agreed to be identified.
anonymous: true
# Exact text the anonymity check should let through (a false alarm), e.g. ["@ home"].
anonymityAllow: []
# Day of publication, YYYY-MM-DD. A later day schedules the story: it appears in the first build on or after it.
published: ${today}
# Day of the last meaningful change, not before published. Optional: remove the # to use it.
# updated: YYYY-MM-DD
# true keeps the story out of every build; preview it with \`npm run dev:drafts\`.
draft: false
# Recovery paths the story speaks about, any of: ${list(RECOVERY_PATHS)}.
paths: []
# Topic ids from src/content/topics.yaml.
topics: []
# Shown before the text, any of: ${list(CONTENT_WARNINGS)}.
contentWarnings: []
# A photo beside this file (optional; location and camera data are removed on output).
# Remove the # of all three lines to use it.
# image:
#   src: ./photo.jpg
#   alt: "What the photo shows, for readers who cannot see it"
# The storyteller's consent, copied from the signed consent form (kept outside this repository).
consent:
  # Id of the signed consent record, e.g. "C-2026-014".
  recordId: "${TODO}"
  # Day the form was signed, YYYY-MM-DD; not after published.
  given: ${TODO}
  # What the storyteller agreed to, one or more of: ${list(CONSENT_SCOPES)}.
  # web: a page; search: the search index; feeds: RSS; podcast: an episode may tell it.
  scope: [${TODO}]
  # Day consent must be re-confirmed by (optional); after it every check warns.
  # reviewBy: YYYY-MM-DD
  # If the storyteller withdraws consent, remove the # and write the day: the story leaves every output.
  # withdrawn: YYYY-MM-DD
---

${TODO}: the story, in the storyteller's words. Leave an empty line between paragraphs.
`;
}

function episode(today: string): string {
  return `---
${HEADER('A podcast episode; the text below the second --- is the show notes', 'Podcast episodes')}

# Episode title, e.g. "Episode 3: Finding a meeting".
title: "${TODO}: episode title"
# Plain-text description for podcast apps and listings, up to 4000 characters.
summary: "${TODO}: what the episode is about"
# Day of publication, YYYY-MM-DD. A later day schedules the episode.
published: ${today}
# Episode number, a whole number from 1, unique within its season (trailers and bonus episodes too).
episode: ${TODO}
# Season number (optional).
# season: 1
# full, trailer or bonus.
episodeType: full
# true if the episode contains explicit language.
explicit: false
# The audio file.
audio:
  # https://... address of the file, or a site path beginning with /.
  url: "${TODO}: https://media.example.org/episode.mp3"
  # Exact size of the file in bytes (your computer's file information shows it).
  bytes: ${TODO}
  # One of: ${list(AUDIO_TYPES)}.
  type: audio/mpeg
  # Running time: HH:MM:SS, MM:SS or whole seconds.
  duration: "${TODO}: HH:MM:SS"
# A .vtt or .srt transcript beside this file (optional).
# transcript: ./episode.vtt
# Chapter marks (optional):
# chapters:
#   - { start: "00:00:00", title: "Welcome" }
# Hosts and guests, as their names may be published (optional); role: host or guest.
# people:
#   - { name: "Sam", role: host }
# Slugs of the stories told in this episode; each needs podcast consent.
stories: []
# Topic ids from src/content/topics.yaml.
topics: []
# Shown before the player and in the feed, any of: ${list(CONTENT_WARNINGS)}.
contentWarnings: []
# true keeps the episode out of every build; preview it with \`npm run dev:drafts\`.
draft: false
---

${TODO}: show notes.
`;
}

function guide(today: string): string {
  return `---
${HEADER('A guide', 'Guides')}

# Headline of the guide.
title: "${TODO}: the guide's headline"
# One or two sentences for listings and feeds, 1–280 characters.
summary: "${TODO}: one or two sentences about the guide"
# Day of publication, YYYY-MM-DD. A later day schedules the guide.
published: ${today}
# Day of the last meaningful change, not before published (optional).
# updated: YYYY-MM-DD
# Who the guide is for, any of: ${list(AUDIENCES)}.
audience: []
# Topic ids from src/content/topics.yaml.
topics: []
# Place in the guides list, lowest first (optional).
# order: 1
# true keeps the guide out of every build; preview it with \`npm run dev:drafts\`.
draft: false
---

${TODO}: the guide. Use ## for section headings.
`;
}

const TEMPLATES: Record<ScaffoldKind, (today: string) => string> = { story, episode, guide };

/** The text of a new file; `today` is the build's "now" (buildNow, which honours SOURCE_DATE_EPOCH). */
export function scaffold(kind: ScaffoldKind, today: Date): string {
  return TEMPLATES[kind](isoDay(today));
}
