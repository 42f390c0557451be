import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser test needs Chromium: `npm run test:browser` runs it (vitest.browser.config.ts).
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 20_000,
    // Most suites wait on child processes (the CLI) rather than compute: two files at a time
    // even on a 2-CPU machine, where vitest would otherwise run them one by one.
    maxWorkers: 2,
  },
});
