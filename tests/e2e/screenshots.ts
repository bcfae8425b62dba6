/**
 * Screenshots of the home page and a story page at phone and desktop widths, from the
 * built site (run `npm run build` first): `npm run screenshots [outDir] [--full]`.
 * Default outDir is docs/screenshots; --full captures whole pages (for review, not the repo).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from '../../src/site.config';
import { chromiumAvailable, launchChromium } from '../helpers/browser';
import { serveDist } from './server';
import { DIST, PROJECT, storyPage } from './site';

const args = process.argv.slice(2);
const full = args.includes('--full');
const scheme = args.includes('--dark') ? 'dark' : 'light';
const out = args.find((a) => !a.startsWith('--')) ?? join(PROJECT, 'docs/screenshots');

if (!chromiumAvailable()) process.exit(process.env.CI === 'true' ? 1 : 0);
mkdirSync(out, { recursive: true });
const server = await serveDist(DIST);
const browser = await launchChromium();
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const pages = { home: '/', story: storyPage() };
try {
  for (const [device, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(server.origin + path, { waitUntil: 'load' });
      // Images decode asynchronously: wait so the photo is in the picture.
      await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
      const file = join(out, `${name}-${device}${scheme === 'dark' ? '-dark' : ''}.png`);
      await page.screenshot({ path: file, fullPage: full });
      console.log(`${SITE.name}: ${path} at ${viewport.width}×${viewport.height} → ${file}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
