/** Fixture sites of earlier runs are left for inspection; each run starts from none. */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup() {
  rmSync(fileURLToPath(new URL('./.tmp/', import.meta.url)), { recursive: true, force: true });
}
