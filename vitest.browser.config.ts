import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the review report in a real headless Chromium (Debian's `chromium`,
// or the browser $CHROMIUM_PATH names), driven by playwright-core. Nothing is downloaded.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
