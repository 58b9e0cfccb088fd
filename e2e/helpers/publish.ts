// Helpers for the publishing tests: small release folders and raw HTTP requests (node:http, so
// the Host header can be set and nothing is decompressed or redirected behind our back).
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createRelease, markComplete, switchRelease, type Release } from '@stadtportal/publish/releases';
import { requestErrorPath } from '@stadtportal/shared/urls';
import { REPO } from './paths.ts';

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="stylesheet" href="/_astro/Base.AbC123xy.css"></head>` +
  `<body><main><h1>${title}</h1>${body}</main></body></html>\n`;

/**
 * The site built from `snapshotDir` with `pnpm build` (what the runner's build step runs) into a
 * new release under `base`, switched live: nginx serves `<base>/current/site`.
 */
export async function buildLiveRelease(base: string, snapshotDir: string, env: Record<string, string> = {}): Promise<Release> {
  const release = await createRelease(base);
  await promisify(execFile)('bash', ['scripts/run.sh', 'build'], {
    cwd: REPO,
    env: { ...process.env, ...env, SNAPSHOT_DIR: snapshotDir, SITE_DIST: release.site },
    maxBuffer: 64 * 1024 * 1024,
  });
  await markComplete(release, 0.1);
  await switchRelease(base, release.id);
  return release;
}

/** The heading of the fixture's page for requests nginx refuses (the site's is site/src/pages/fehler.astro). */
export const REQUEST_ERROR_TITLE = 'Diese Anfrage kann nicht bearbeitet werden';

/** A complete release whose pages say which release they belong to (`label`). */
export async function makeRelease(base: string, label: string): Promise<Release> {
  const release = await createRelease(base);
  const filler = '<p>Aschersleben ist die älteste urkundlich erwähnte Stadt Sachsen-Anhalts. </p>'.repeat(40);
  const files: Record<string, string> = {
    'index.html': page(`Startseite ${label}`, filler),
    'aemter/index.html': page(`Ämter ${label}`, '<p>Alle Ämter.</p>'),
    'rathaus/index.html': page(`Rathaus ${label}`, '<p>Rathaus.</p>'),
    'veranstaltungen/index.html': page(`Veranstaltungen ${label}`, '<p>Termine.</p>'),
    'einrichtungen/kreativwerkstatt/index.html': page('Kreativwerkstatt', '<p>Kurse.</p>'),
    '404.html': page('Seite nicht gefunden', '<p>Diese Seite gibt es nicht (404).</p>'),
    '410/index.html': page('Seite entfernt', '<p>Diese Seite wurde dauerhaft entfernt (410).</p>'),
    [`${requestErrorPath().slice(1)}index.html`]: page(REQUEST_ERROR_TITLE, '<p>Die Anfrage war ungültig, zu lang oder zu groß.</p>'),
    '_astro/Base.AbC123xy.css': `body{font-family:sans-serif}/*${label}*/\n${'.x{color:#123}\n'.repeat(40)}`,
    'pagefind/pagefind.js': 'export const x = 1;\n',
    'pagefind/fragment/de_1a2b3c4.pf_fragment': 'gz',
    'medien/plan_f1x7ur3b.pdf': '%PDF-1.4\n',
  };
  for (const [rel, text] of Object.entries(files)) {
    const file = join(release.site, rel);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  await markComplete(release, 0.1);
  return release;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

export function httpGet(port: number, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Any method with a form body (and its length), as a browser's form post sends it. */
export function httpSend(port: number, method: string, path: string, body = '', headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        agent: false,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const b = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: b, text: b.toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function header(res: RawResponse, name: string): string {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
}
