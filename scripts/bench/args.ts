/** Command-line options of `npm run bench`. */
import { TITLE_ADJECTIVES, titleWords } from './corpus';

/**
 * The first query, then later ones from common to rare, since what a later query
 * downloads grows with the number of stories that contain its word: "orchard" is in the
 * text of most generated stories, the place name in the titles of 400 of every 8,000,
 * "borrowed" in the title of one story in 20.
 */
export const DEFAULT_QUERIES: readonly [string, ...string[]] = ['lighthouse', 'orchard', titleWords(0).place, TITLE_ADJECTIVES[7]];

export interface BenchOptions {
  stories: number;
  seed: number;
  json: boolean;
  /** Also run cold builds at 1,000 and 4,000 stories and compare the time per story. */
  linearity: boolean;
  eleventy: boolean;
  /** A bare Astro 7 site of the same stories plus a Pagefind index (the quoted baseline). */
  astroBaseline: boolean;
  search: boolean;
  /** Time `npm run verify` over the cold build's dist/ and again after the one-story edit. */
  verify: boolean;
  /** Only the cold build (no rebuilds): for the 20,000-story memory check. */
  coldOnly: boolean;
  /** Measure on when a build fails (e.g. a post-build gate on an unfinished branch); exit 1 at the end. */
  keepGoing: boolean;
  /** Keep bench/.tmp/site after the run (to inspect dist/ or the logs). */
  keep: boolean;
  /** The project to copy; default the current one. */
  source: string | undefined;
  /** The first search query, then each later one. */
  queries: [string, ...string[]];
}

export const USAGE = `Usage: npm run bench -- [options]

  --stories N      stories to generate (default 4000)
  --seed N         generator seed (default 20260401)
  --json           print the results as JSON instead of text
  --linearity      also time cold builds of 1000 and 4000 stories (time per story)
  --no-eleventy    skip the Eleventy baseline
  --no-astro-baseline  skip the bare Astro 7 + Pagefind baseline
  --no-search      skip the search-bytes measurement
  --no-verify      skip timing npm run verify (cold, and again after the one-story edit)
  --cold-only      only the cold build, no rebuilds (e.g. --stories 20000 --cold-only)
  --keep-going     when a build fails but wrote dist/, report its figures anyway (exit 1)
  --keep           keep bench/.tmp/site afterwards
  --source DIR     bench another checkout of the project (default: this one)
  --queries A,B,…  the first search query, then later ones (default ${DEFAULT_QUERIES.join(',')})
`;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    stories: 4000,
    seed: 20260401,
    json: false,
    linearity: false,
    eleventy: true,
    astroBaseline: true,
    search: true,
    verify: true,
    coldOnly: false,
    keepGoing: false,
    keep: false,
    source: undefined,
    queries: [...DEFAULT_QUERIES],
  };
  const value = (i: number, flag: string) => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value.\n\n${USAGE}`);
    return next;
  };
  const count = (text: string, flag: string) => {
    if (!/^\d+$/.test(text) || Number(text) < 1) throw new Error(`${flag} must be a whole number of 1 or more (got "${text}").`);
    return Number(text);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = () => inline ?? value(i++, flag);
    switch (flag) {
      case '--stories': options.stories = count(take(), flag); break;
      case '--seed': options.seed = count(take(), flag); break;
      case '--json': options.json = true; break;
      case '--linearity': options.linearity = true; break;
      case '--no-eleventy': options.eleventy = false; break;
      case '--no-astro-baseline': options.astroBaseline = false; break;
      case '--no-search': options.search = false; break;
      case '--no-verify': options.verify = false; break;
      case '--keep': options.keep = true; break;
      case '--cold-only': options.coldOnly = true; break;
      case '--keep-going': options.keepGoing = true; break;
      case '--source': options.source = take(); break;
      case '--queries': {
        const words = take().split(',').map((w) => w.trim()).filter(Boolean);
        if (words.length < 2) throw new Error(`--queries takes a first query and at least one later one, separated by commas, e.g. --queries lighthouse,orchard.`);
        options.queries = [words[0]!, ...words.slice(1)];
        break;
      }
      case '--help': case '-h': throw new Error(USAGE);
      default: throw new Error(`Unknown option "${arg}".\n\n${USAGE}`);
    }
  }
  return options;
}
