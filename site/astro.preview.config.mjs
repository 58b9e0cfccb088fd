// @ts-check
/*
 * The draft preview server (docs/adr/0014-draft-preview.md): a second, separate build of the
 * site with its own source folder (preview/) that reuses src/'s layout and view components.
 * On-demand (Node adapter), bound to 127.0.0.1 by preview/serve.mjs. Kept apart from the public
 * build on purpose: astro.config.mjs never sees preview/, so no preview route can end up in dist.
 */
import node from '@astrojs/node';
import { snapshotDir } from '@stadtportal/shared';
import { defineConfig } from 'astro/config';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { designTokens } from './integrations/design-tokens.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  srcDir: './preview',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // Never inside the public dist. Inside site/ because the server chunks import site's
  // dependencies at run time (Node resolves them from the chunk's folder upwards); git-ignored.
  outDir: process.env.PREVIEW_DIST ?? fileURLToPath(new URL('./.preview-server', import.meta.url)),
  // 'ignore': /medien/<file> has no trailing slash, the preview pages have one.
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  prefetch: false,
  devToolbar: { enabled: false },
  // The layout's stylesheets: the town's colours from the snapshot there at build time, else the
  // default ones (ADR 0017); pictures of the snapshot through the image pipeline where present.
  integrations: [designTokens(snapshotDir(), 'defaults')],
  vite: {
    resolve: { alias: { '@snapshot-media': join(snapshotDir(), 'media') } },
    css: { preprocessorOptions: { scss: { quietDeps: true } } },
    build: {
      // As in the public build: the CSP forbids inline scripts.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
