/**
 * "Open in your podcast app" links. Each uses the app's own URL scheme, so following one
 * opens the app on the reader's device and sends nothing to any third-party website.
 */
export interface PodcastAppLink {
  app: string;
  href: string;
}

/** Links for common apps that subscribe by feed URL. */
export function podcastAppLinks(feedUrl: string): PodcastAppLink[] {
  const bare = feedUrl.replace(/^https?:\/\//i, '');
  return [
    { app: 'Apple Podcasts', href: `podcast://${bare}` },
    { app: 'Overcast', href: `overcast://x-callback-url/add?url=${encodeURIComponent(feedUrl)}` },
    { app: 'Pocket Casts', href: `pktc://subscribe/${bare}` },
    { app: 'Castro', href: `castros://subscribe/${bare}` },
    { app: 'Podcast Addict', href: `podcastaddict://${bare}` },
  ];
}
