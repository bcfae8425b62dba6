/**
 * Site settings, resolved once. Editors' content lives in src/content; these are the
 * operator's choices. SITE_URL overrides the URL for deployments and test builds.
 */
export const SITE = {
  name: 'Shared Path',
  tagline: 'Stories, conversations and guides from people in recovery.',
  description:
    'A recovery community sharing consented stories of addiction, mental health, grief and trauma, with a podcast and practical guides.',
  url: process.env.SITE_URL ?? 'https://sharedpath.example.org',
  language: 'en',
  /** Country whose crisis lines are shown first in the banner on every page. */
  helplineCountry: 'US',
  /** Where the quick-exit control sends the reader: a neutral, common site. */
  exitUrl: 'https://www.bbc.co.uk/weather',
} as const;
