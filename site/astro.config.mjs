// @ts-check
import sitemap from '@astrojs/sitemap';
import { snapshotDir } from '@stadtportal/shared';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import { designTokens } from './integrations/design-tokens.ts';
import { mediaImportDir, stableAssetsModule } from './integrations/image-pipeline.ts';
import { snapshotMedia } from './integrations/snapshot-media.ts';

const SNAPSHOT_DIR = snapshotDir();
// Incremental build (docs/adr/0015-search-index-in-parts-and-incremental-builds.md): the build
// runner names a cache folder that outlives its releases; pages whose key (src/lib/build-cache.ts)
// is unchanged are copied from there instead of rendered. Without it every build is a full one.
const BUILD_CACHE = process.env.SITE_BUILD_CACHE;
// The snapshot's pictures for the image pipeline, at a path that stays the same between
// incremental builds (integrations/image-pipeline.ts).
const MEDIA_IMPORT_DIR = await mediaImportDir(join(SNAPSHOT_DIR, 'media'), BUILD_CACHE);

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  // Tests and the build runner build into their own folders; `pnpm build` uses site/dist.
  outDir: process.env.SITE_DIST || './dist', // empty (as in .env.example) means the default
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The stylesheet is small and shared by every page: one cached file beats inlining it 10 000 times.
    inlineStylesheets: 'never',
    // Several pages in flight: while one page's file is written, the next renders. Writing
    // 10 000 files one after the other left the build waiting on the disk half the time.
    concurrency: 4,
  },
  // Only the search page ships JavaScript; prefetching would inject a script into every page.
  prefetch: false,
  vite: {
    // The snapshot's media files as modules for the image pipeline (src/lib/images.ts).
    resolve: { alias: { '@snapshot-media': MEDIA_IMPORT_DIR } },
    plugins: [stableAssetsModule()],
    // KERN UX's SCSS sources use Sass features that now warn; they are not ours to change.
    css: { preprocessorOptions: { scss: { quietDeps: true } } },
    build: {
      // Scripts always go to a file: the Content-Security-Policy forbids inline scripts, and
      // Astro would otherwise inline a small one. Other assets keep Vite's default (undefined).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
  ...(BUILD_CACHE ? { cacheDir: BUILD_CACHE, experimental: { incrementalBuild: true } } : {}),
  integrations: [
    // The 410 page and the refused-request page (like 404) are for error responses only, never an address of its own; the
    // payment return pages (/zahlung/…) only make sense right after a payment (noindex); so do
    // the confirmation of a barrier report and the page of an unreachable feedback service.
    sitemap({ filter: (page) => !/^\/(410|fehler|zahlung|rueckmeldung|barriere-melden\/danke)\//.test(new URL(page).pathname) }),
    snapshotMedia(SNAPSHOT_DIR),
    // The town's colours from the snapshot as CSS tokens; unused KERN tokens removed after the build (ADR 0017).
    designTokens(SNAPSHOT_DIR),
  ],
});
