import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium. One file at a time, one browser each. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
