/**
 * Images in public/ are copied into the site byte for byte, metadata and all. The build's
 * post-build gate refuses them; `npm run check` reports them earlier, before any build.
 * (Not part of checkContent: the build leaves this to the gate, which also sees files
 * other integrations write.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findImageMetadata } from '../gates/image-metadata';
import type { ContentIssue } from './issues';

export async function checkPublicImages(root: string): Promise<ContentIssue[]> {
  const dir = join(root, 'public');
  if (!existsSync(dir)) return [];
  const issues: ContentIssue[] = [];
  for (const dirent of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!dirent.isFile()) continue;
    const path = join(dirent.parentPath, dirent.name);
    const found = await findImageMetadata(readFileSync(path));
    if (!found || found.kinds.length === 0) continue;
    issues.push({
      severity: 'error',
      file: relative(root, path).split('\\').join('/'),
      message: `keeps ${found.kinds.join(', ')} metadata${found.gps ? ', including a GPS position' : ''}, and files in public/ are published unchanged. Strip it (for example \`exiftool -all= ${dirent.name}\`), or put a member's photo beside their story so the build removes it.`,
    });
  }
  return issues;
}
