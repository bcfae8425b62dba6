/** /rss.xsl: the stylesheet every feed names, built with the site's exit and crisis line. */
import type { APIRoute } from 'astro';
import { feedStylesheet } from '../lib/feeds/stylesheet';
import { bannerHelpline } from '../lib/helplines';
import { getHelplines } from '../lib/queries';
import { URLS } from '../lib/urls';
import { SITE } from '../site.config';

export const GET: APIRoute = async () =>
  new Response(
    feedStylesheet({ exitUrl: SITE.exitUrl, helpUrl: URLS.help, helpline: bannerHelpline(await getHelplines(), SITE.helplineCountry) }),
    { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } },
  );
