import { defineConfig } from 'vitest/config';

// Browser tests over the built demo site: `npm run test:e2e`. Kept apart from `npm test`
// because they need Chromium and a full build of the demo content.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/build.setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
