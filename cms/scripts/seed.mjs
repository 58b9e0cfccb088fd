#!/usr/bin/env node
// `pnpm --filter @stadtportal/cms seed`: loads Strapi without its HTTP server, writes the demo
// town (src/seed) idempotently, and stops again. Exits non-zero with the error on failure.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Strapi reads .env from the current directory, wherever this script was started from.
process.chdir(appDir);
// This script seeds explicitly below; the bootstrap must not seed an empty database first.
process.env.SEED_ON_EMPTY = 'false';

// CommonJS on purpose: Strapi 5.54's ESM build imports `lodash/fp` as a directory, which
// Node's ESM loader refuses (ERR_UNSUPPORTED_DIR_IMPORT).
const require = createRequire(path.join(appDir, 'package.json'));

let app;
let failed = false;
try {
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  // Compiles the TypeScript sources into dist/ (incremental), as `strapi build` does.
  const context = await compileStrapi({ appDir });
  app = await createStrapi(context).load();
  const { seed } = require(path.join(context.distDir, 'src', 'seed', 'index.js'));
  await seed(app);
} catch (error) {
  failed = true;
  console.error('Seed fehlgeschlagen:', error);
} finally {
  if (app) {
    try {
      await app.destroy();
    } catch (error) {
      failed = true;
      console.error('Strapi ließ sich nach dem Seed nicht sauber beenden:', error);
    }
  }
}
// Strapi leaves timers and pools behind; end the process explicitly with the outcome.
process.exit(failed ? 1 : 0);
