import { defineConfig } from 'vitest/config';

// Integration tests start real servers (Strapi, Chromium): one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
