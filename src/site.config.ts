/**
 * Site settings, resolved once from `site.yaml` at the project root (src/lib/site-settings.ts
 * checks it). The build runs from the project root, as do `npm run` scripts and fixture builds.
 */
import { siteSettingsOrThrow } from './lib/site-settings';

export const SITE = siteSettingsOrThrow(process.cwd());
