import type { APIRoute } from 'astro';
import { meetingsCalendar } from '../lib/calendar';
import { siteOf } from '../lib/feeds/rss';
import { getMeetings, publishing } from '../lib/queries';
import { URLS } from '../lib/urls';
import { SITE } from '../site.config';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    meetingsCalendar(await getMeetings(), {
      name: `${SITE.name} meetings`,
      site: siteOf(site),
      meetingsUrl: new URL(URLS.meetings, siteOf(site)).href,
      now: publishing().now,
    }),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
