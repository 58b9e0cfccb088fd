#!/usr/bin/env node
// `pnpm media:to-s3 [--dry-run]`: moves the local uploads of an existing installation into the
// configured S3 bucket and rewrites the file URLs in the database (src/media/migrate.ts,
// docs/OPERATIONS.md). Loads Strapi without its HTTP server, like scripts/seed.mjs.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(appDir);
// Loading the app runs its bootstrap: it must neither seed an empty database nor run the
// scheduled-publishing task while files move.
process.env.SEED_ON_EMPTY = 'false';
process.env.CRON_ENABLED = 'false';
const dryRun = process.argv.includes('--dry-run');

const require = createRequire(path.join(appDir, 'package.json'));

/** Strapi must be stopped: an upload during the move would land in the old place. */
async function strapiAnswers() {
  const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : '127.0.0.1';
  const url = `http://${host}:${process.env.PORT || '1337'}/_health`;
  return fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (r) => (r.status < 300 ? url : null),
    () => null,
  );
}

let app;
let failed = false;
try {
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const context = await compileStrapi({ appDir });
  // After compileStrapi: it loads cms/.env, so HOST and PORT are the CMS's own.
  const running = await strapiAnswers();
  if (running) throw new Error(`Strapi läuft noch (${running}) – alle Instanzen vor dem Umzug stoppen.`);
  app = await createStrapi(context).load();
  const { migrateUploadsToS3 } = require(path.join(context.distDir, 'src', 'media', 'migrate.js'));
  const report = await migrateUploadsToS3(app, { dryRun, log: (line) => console.log(line) });
  if (dryRun) {
    console.log(`Probelauf: ${report.files} Dateien mit ${report.formats} Formaten würden übertragen (${report.skipped} liegen schon im Bucket).`);
  } else {
    console.log(
      `Fertig: ${report.files} Dateien und ${report.formats} Formate in den Bucket übertragen, ${report.blocks} Einträge mit Bildern im Fließtext umgeschrieben` +
        ` (${report.skipped} lagen schon im Bucket). Die lokalen Dateien bleiben liegen, bis Sie sie nach der Prüfung löschen.`,
    );
  }
  if (report.missing.length > 0) {
    failed = true;
    console.error(`Fehler: ${report.missing.length} Dateien fehlen unter public/uploads und wurden nicht übertragen: ${report.missing.join(', ')}`);
  }
} catch (error) {
  failed = true;
  console.error(`Fehler: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (app) {
    try {
      await app.destroy();
    } catch (error) {
      failed = true;
      console.error('Strapi ließ sich nicht sauber beenden:', error);
    }
  }
}
process.exit(failed ? 1 : 0);
