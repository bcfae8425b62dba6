import type { APIRoute } from 'astro';
import { siteOf } from '../lib/feeds/rss';
import { meetingGuideFeed } from '../lib/meeting-guide';
import { getMeetings, publishing } from '../lib/queries';
import { URLS } from '../lib/urls';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify(
      meetingGuideFeed(await getMeetings(), { meetingsUrl: new URL(URLS.meetings, siteOf(site)).href, updated: publishing().now }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
