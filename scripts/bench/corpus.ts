/**
 * Word banks for generated stories. Sentences are assembled from slots so that thousands
 * of stories do not repeat each other word for word (a search index of identical pages
 * would be unrealistically small). No digits and no "@" anywhere: the anonymity check
 * must find nothing to report in generated text.
 */

export const TITLE_ADJECTIVES = [
  'quiet', 'long', 'second', 'slow', 'honest', 'ordinary', 'steady', 'borrowed', 'open', 'early',
  'small', 'kind', 'unfinished', 'patient', 'bright', 'winter', 'gentle', 'stubborn', 'shared', 'new',
] as const;

export const TITLE_NOUNS = [
  'harbour', 'kitchen', 'morning', 'letter', 'garden', 'lighthouse', 'road', 'bridge', 'window', 'table',
  'river', 'staircase', 'notebook', 'meeting', 'doorway', 'orchard', 'compass', 'lantern', 'bench', 'path',
] as const;

/** Titles from an adjective, a noun and a place. */
export const TITLE_PATTERNS: ReadonlyArray<(words: { adjective: string; noun: string; place: string }) => string> = [
  ({ adjective, noun, place }) => `The ${adjective} ${noun} at ${place}`,
  ({ adjective, noun, place }) => `A ${adjective} ${noun} in ${place}`,
  ({ adjective, noun, place }) => `Notes from a ${adjective} ${noun}, ${place}`,
  ({ adjective, noun, place }) => `${place}: the ${adjective} ${noun}`,
];

const PLACE_STARTS = ['Elm', 'Ash', 'Thorn', 'Brook', 'Stan', 'Mill', 'Wex', 'Hal', 'Cor', 'Fen', 'Lang', 'Oak', 'Pen', 'Ros', 'Sel', 'Tarn', 'Wil', 'Yar', 'Bex', 'Dun'] as const;
const PLACE_ENDS = ['sby', 'wick', 'ford', 'ham', 'ton', 'field', 'mere', 'stead', 'worth', 'combe', 'dale', 'holme', 'ley', 'well', 'bury', 'thorpe', 'gate', 'moor', 'haven', 'brook'] as const;

/**
 * The words of story `index`'s title, unique to it (20 × 20 × 400 = 160,000 combinations):
 * the post-build gate looks for a withdrawn story's title anywhere in dist/, so no two
 * stories may share one. Short enough that "<title> · Shared Path" stays within the
 * 70 characters the HTML check allows.
 */
export function titleWords(index: number): { adjective: string; noun: string; place: string } {
  const place = PLACE_STARTS[Math.floor(index / 400) % 20]! + PLACE_ENDS[Math.floor(index / 8000) % 20]!;
  return { adjective: TITLE_ADJECTIVES[index % 20]!, noun: TITLE_NOUNS[Math.floor(index / 20) % 20]!, place };
}

export const STORYTELLERS = ['Anonymous', 'M.', 'R.', 'T.', 'J. K.', 'Sam', 'A.', 'L.', 'Noor', 'P.', 'D. R.', 'Kit'] as const;

const OPENERS = [
  'For a long time', 'Some mornings', 'In the first weeks', 'Looking back', 'Even now', 'Most evenings',
  'At the start', 'Later that winter', 'By the second spring', 'On the hard days', 'Every so often', 'Slowly',
] as const;
const SUBJECTS = [
  'I', 'my sister', 'my sponsor', 'the group', 'my counsellor', 'my partner', 'an old friend', 'the facilitator',
  'my daughter', 'a neighbour', 'the nurse', 'my father',
] as const;
const VERBS = [
  'kept returning to', 'learned to notice', 'quietly made room for', 'stopped apologising for', 'started writing about',
  'found comfort in', 'was afraid of', 'talked honestly about', 'made peace with', 'carried',
  'leaned on', 'gave thanks for',
] as const;
const OBJECTS = [
  'the kitchen table where we talked', 'the walk to the meeting hall', 'a notebook full of unsent letters',
  'the garden behind the clinic', 'the lighthouse path by the harbour', 'the long silence after the phone call',
  'the shame that followed every relapse', 'the small routines that hold a day together', 'the orchard at the edge of town',
  'the first honest conversation in years', 'the bench outside the library', 'the fear of being judged',
  'the evening bus home from group', 'a lantern left burning in the window', 'the cold water of the river',
  'the patience of people who had walked this road before',
] as const;
const CLOSERS = [
  'and that made all the difference.', 'even when it felt pointless.', 'one day at a time.', 'without knowing why.',
  'and nobody rushed me.', 'because someone believed it was possible.', 'long before I could name it.',
  'and it still surprises me.', 'with more kindness than I expected.', 'until it became ordinary.',
] as const;

/** One sentence from the slot banks. */
export const sentenceParts = { OPENERS, SUBJECTS, VERBS, OBJECTS, CLOSERS };

export const HEADINGS = [
  'Where it started', 'The turning point', 'What helped', 'What did not help', 'The people around me',
  'Going back to work', 'A different kind of help', 'Relapse and return', 'What I would tell my younger self',
  'Small rituals', 'Family', 'Asking for help', 'The first meeting', 'Living with grief', 'Today',
  'For anyone reading this', 'Learning to rest', 'Money and shame', 'Service', 'Hope, slowly',
] as const;

export const LIST_ITEMS = [
  'Eat something before the evening gets long.', 'Call one person, even just to say hello.',
  'Write down three things that went right.', 'Walk to the end of the road and back.',
  'Go to the meeting even when I do not feel like it.', 'Drink a glass of water and open a window.',
  'Say no to one thing that drains me.', 'Read a page of something kind.',
  'Sit in the garden for ten minutes.', 'Tell my counsellor the real version.',
  'Keep the helpline number somewhere easy to find.', 'Ask for help before the crisis, not after it.',
  'Sleep at the same time every night.', 'Forgive myself for yesterday.',
  'Notice the craving, name it, and let it pass.', 'Bring a friend to the first meeting.',
] as const;

export const QUOTES = [
  'You do not have to do this alone.', 'Progress, not perfection.', 'Nobody here is going to judge you.',
  'Come back next week; we will still be here.', 'The feeling will pass. Stay with us until it does.',
] as const;

export const IMAGE_SUBJECTS = [
  'A wooden bench beside a path', 'Two mugs on a kitchen table', 'A lighthouse at dusk', 'An empty meeting hall with chairs in a circle',
  'A garden bed with young seedlings', 'A notebook open on a desk', 'A river under a grey sky', 'A window with morning light',
] as const;
