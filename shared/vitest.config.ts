import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The client tests run real HTTP servers on 127.0.0.1; a hung socket must fail, not stall CI.
    testTimeout: 15_000,
  },
});
