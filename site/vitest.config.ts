/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

/*
 * getViteConfig applies the site's Astro config (and its Vite plugins) to the tests, so the
 * container API can render .astro components. Components and layouts read the fixture snapshot.
 */
const fixture = fileURLToPath(new URL('./test/fixtures/snapshot/', import.meta.url));
// The Astro config reads the snapshot folder in this process too (the town's colours for the
// stylesheet, integrations/design-tokens.ts), not only in the test workers.
process.env['SNAPSHOT_DIR'] = fixture;

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    env: { SNAPSHOT_DIR: fixture },
  },
});
