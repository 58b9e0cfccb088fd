import { defineConfig } from 'vitest/config';

// Unit tests of the release gates' own functions, on small folders written by the test; the
// gates over a real build and a real nginx are e2e's.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 15_000,
  },
});
