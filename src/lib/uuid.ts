/**
 * Name-based UUIDs (RFC 9562 version 5): the same name always gives the same id, so
 * feed identities survive rebuilds, file renames and title edits.
 */
import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The Podcasting 2.0 "podcast" namespace: https://podcastindex.org/namespace/1.0#guid */
export const PODCAST_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

/** UUIDv5 of `name` (UTF-8) in `namespace` (a UUID). */
export function uuidV5(name: string, namespace: string): string {
  if (!UUID.test(namespace)) throw new Error(`uuidV5: namespace "${namespace}" is not a UUID.`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The podcast:guid of a feed: UUIDv5 of its URL with the scheme and trailing slashes
 * stripped, in the podcast namespace (Podcasting 2.0 spec, `<podcast:guid>`).
 */
export function podcastGuid(feedUrl: string): string {
  const bare = feedUrl.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
  return uuidV5(bare, PODCAST_NAMESPACE);
}

/**
 * The default guid of an episode: UUIDv5 of "s<season>e<episode>" in the show's own
 * guid. It depends on neither the file name nor the title, so renaming the file or
 * editing the title keeps it; an explicit `guid` in front matter wins.
 */
export function episodeGuid(showGuid: string, episode: { episode: number; season?: number | undefined; guid?: string | undefined }): string {
  return episode.guid ?? uuidV5(`s${episode.season ?? 1}e${episode.episode}`, showGuid);
}
