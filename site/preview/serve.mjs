// Starts the built preview server (astro.preview.config.mjs) on 127.0.0.1 only.
// Usage: PREVIEW_SECRET=… [PREVIEW_PORT=4323] [PREVIEW_DIST=…] node site/preview/serve.mjs
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

const dist = resolve(process.env.PREVIEW_DIST ?? new URL('../.preview-server', import.meta.url).pathname);
if ((process.env.PREVIEW_SECRET ?? '').length < 32) {
  console.error('[vorschau] PREVIEW_SECRET fehlt oder ist kürzer als 32 Zeichen – ohne Geheimnis startet die Vorschau nicht.');
  process.exit(1);
}
// Whatever HOST the shell exports (Strapi's, say): drafts are never served beyond this machine.
process.env.HOST = '127.0.0.1';
process.env.PORT = process.env.PREVIEW_PORT || '4323';
await import(pathToFileURL(join(dist, 'server', 'entry.mjs')).href);
