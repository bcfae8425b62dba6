import { defineConfig } from 'vitest/config';

// Browser tests over the built demo site: `npm run test:e2e`, and the last step of `npm test`.
// A separate config because they need Chromium and one full build of the demo content.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/build.setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
