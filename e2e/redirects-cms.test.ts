// Redirects from the CMS and the Strapi hardening, with one real Strapi (SQLite, seeded):
// validation of Weiterleitungen (400 naming the field), automatic redirects when a published
// page changes its slug (the page and its subtree, in German and below /en/) or a place or a
// meeting is renamed (addresses from the shared URL scheme), the CSV bulk import (2,000+ rows, a loop,
// a chain, a bad row; idempotent), the snapshot → compiled rules → nginx answering 301 in one
// hop; uploads restricted by type and size, CORS only for the site's origins, auth rate limit.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '@stadtportal/shared';
import { createCmsClient } from '@stadtportal/shared/client';
import { pullSnapshot } from '@stadtportal/shared/pull';
import { RedirectIndex } from '@stadtportal/shared/redirects';
import { startNginx, testNginxConfig, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { compileAll, type CompiledRedirects } from '@stadtportal/publish/redirects';
import { switchRelease } from '@stadtportal/publish/releases';
import { header, httpGet, makeRelease } from './helpers/publish.ts';
import { REPO } from './helpers/paths.ts';
import { freePort, startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const SITE_ORIGIN = 'http://127.0.0.1:4321';
const RATE_MAX = 3;

let strapi: StrapiInstance;
let tmp: string;
let adminToken: string;
let apiToken: string;

interface StrapiError {
  error: { status: number; name: string; message: string; details?: { errors?: { path: string[]; message: string }[] } };
}

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${strapi.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

interface RedirectRow {
  documentId: string;
  from: string;
  to: string | null;
  kind: string;
  note: string | null;
}

/** Redirects whose `from` equals the value (public REST, as the snapshot pull reads them). */
async function redirectsFrom(from: string): Promise<RedirectRow[]> {
  const res = await fetch(`${strapi.url}/api/redirects?filters[from][$eq]=${encodeURIComponent(from)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: RedirectRow[] }).data;
}

async function redirectTotal(): Promise<number> {
  const res = await fetch(`${strapi.url}/api/redirects?pagination[pageSize]=1`);
  return ((await res.json()) as { meta: { pagination: { total: number } } }).meta.pagination.total;
}

async function pageBySlug(slug: string): Promise<string> {
  const res = await fetch(`${strapi.url}/api/pages?filters[slug][$eq]=${slug}&locale=de`);
  const id = ((await res.json()) as { data: { documentId: string }[] }).data[0]?.documentId;
  if (!id) throw new Error(`Seite ${slug} fehlt`);
  return id;
}

/** The documentId of an entry by slug (public REST; `api` is the type's plural API name). */
async function documentBySlug(api: string, slug: string): Promise<string> {
  const res = await fetch(`${strapi.url}/api/${api}?filters[slug][$eq]=${slug}`);
  const id = ((await res.json()) as { data: { documentId: string }[] }).data[0]?.documentId;
  if (!id) throw new Error(`${api}: ${slug} fehlt`);
  return id;
}

/** Change a document's slug and publish, as the dashboard's „Veröffentlichen“ does. */
async function publishSlugOf(uid: string, documentId: string, slug: string, locale?: string): Promise<void> {
  const query = locale === undefined ? '' : `?locale=${locale}`;
  const res = await admin('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish${query}`, { slug });
  expect(res.status, await res.clone().text()).toBe(200);
}

/** Change a (German) page's slug and publish. */
async function publishSlug(documentId: string, slug: string): Promise<void> {
  await publishSlugOf('api::page.page', documentId, slug, 'de');
}

/** Renamed below, served through nginx at the end: [old, new] addresses from the shared URL scheme. */
const PLACE_MOVE: [string, string] = ['/orte/johannisturm/', '/orte/der-johannisturm/'];
const MEETING_MOVE: [string, string] = ['/rat/sitzungen/stadtrat-2026-11-18/', '/rat/sitzungen/stadtrat-2026-11-18-sondersitzung/'];
const ENGLISH_MOVES: [string, string][] = [
  ['/en/business/', '/en/economy/'],
  ['/en/business/business-development/', '/en/economy/business-development/'],
  ['/en/business/commercial-sites/', '/en/economy/commercial-sites/'],
];

function importCsv(file: string): Promise<{ code: number; out: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO, 'scripts/publish/import-redirects.ts'), file],
      { env: { ...process.env, CMS_URL: strapi.url, CMS_WRITE_TOKEN: apiToken, SITE_URL: 'https://www.aschersleben.de' }, maxBuffer: 32 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err && typeof err.code === 'number' ? err.code : 0;
        resolve({ code, out: stdout + stderr, ms: Date.now() - started });
      },
    );
  });
}

/** A 1×1 PNG, optionally padded after IEND (still a PNG to every type check). */
function png(padding = 0): Buffer {
  const base = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  return Buffer.concat([base, Buffer.alloc(padding, 0)]);
}

async function upload(name: string, type: string, bytes: Buffer): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  // Images need alt text (docs/adr/0011-editors-desk.md); these tests are about type and size.
  form.append('fileInfo', JSON.stringify({ alternativeText: 'Testbild' }));
  return fetch(`${strapi.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${apiToken}` }, body: form });
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-redirects-'));
  strapi = await startStrapi('sqlite', {
    UPLOAD_MAX_MB: '1',
    AUTH_RATE_LIMIT_MAX: String(RATE_MAX),
    SITE_ORIGINS: SITE_ORIGIN,
  });
  adminToken = await strapi.adminToken();
  // What an operator does once in the dashboard: an API token for the import.
  const token = await admin('POST', '/admin/api-tokens', { name: 'Import Weiterleitungen', type: 'full-access', lifespan: null, description: '' });
  expect(token.status, await token.clone().text()).toBe(201);
  apiToken = ((await token.json()) as { data: { accessKey: string } }).data.accessKey;
}, 600_000);

afterAll(async () => {
  await strapi?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('Weiterleitungen im CMS', () => {
  it('has the seeded demo redirects (TYPO3 ids, former domains)', async () => {
    expect(await redirectTotal()).toBe(24);
    expect((await redirectsFrom('/index.php?id=12'))[0]?.to).toBe('/rathaus-verwaltung/buergerservice/');
  });

  it.each([
    [{ from: 'javascript:alert(1)', to: '/rathaus-verwaltung/', kind: 'dauerhaft_301' }, 'from'],
    [{ from: '/alte seite/', to: '/rathaus-verwaltung/', kind: 'dauerhaft_301' }, 'from'],
    [{ from: '/alte-seite-ohne-ziel/', to: '', kind: 'dauerhaft_301' }, 'to'],
    [{ from: '/weg/', to: '/rathaus-verwaltung/', kind: 'entfernt_410' }, 'to'],
    [{ from: '/ziel-extern/', to: 'ftp://example.org/datei', kind: 'voruebergehend_302' }, 'to'],
  ])('refuses %j with 400 naming „%s“', async (data, field) => {
    const res = await admin('POST', '/content-manager/collection-types/api::redirect.redirect', data);
    expect(res.status).toBe(400);
    const body = (await res.json()) as StrapiError;
    expect(body.error.name).toBe('ValidationError');
    expect(body.error.details?.errors?.[0]?.path).toEqual([field]);
  });

  it('refuses an invalid update the same way (merged with the stored entry)', async () => {
    const [row] = await redirectsFrom('/index.php?id=90'); // a 410
    expect(row?.kind).toBe('entfernt_410');
    const res = await admin('PUT', `/content-manager/collection-types/api::redirect.redirect/${row?.documentId}`, { kind: 'dauerhaft_301' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as StrapiError).error.details?.errors?.[0]?.path).toEqual(['to']);
  });

  it('stores a valid redirect', async () => {
    const res = await admin('POST', '/content-manager/collection-types/api::redirect.redirect', {
      from: ' https://www.feuerwehr-aschersleben.de/kontakt.html ',
      to: '/leben-in-aschersleben/feuerwehr/',
      kind: 'dauerhaft_301',
    });
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await redirectsFrom('https://www.feuerwehr-aschersleben.de/kontakt.html'))[0]?.to).toBe('/leben-in-aschersleben/feuerwehr/');
  });

  it('creates redirects for a page and its subtree when its slug changes on publishing', async () => {
    const feuerwehr = await pageBySlug('feuerwehr');
    await publishSlug(feuerwehr, 'freiwillige-feuerwehr');
    const base = '/leben-in-aschersleben';
    const expected: [string, string][] = [
      [`${base}/feuerwehr/`, `${base}/freiwillige-feuerwehr/`],
      [`${base}/feuerwehr/jugendfeuerwehr/`, `${base}/freiwillige-feuerwehr/jugendfeuerwehr/`],
      [`${base}/feuerwehr/mitmachen/`, `${base}/freiwillige-feuerwehr/mitmachen/`],
      [`${base}/feuerwehr/brandschutz/`, `${base}/freiwillige-feuerwehr/brandschutz/`],
    ];
    for (const [from, to] of expected) {
      const rows = await redirectsFrom(from);
      expect(
        rows.map((r) => [r.to, r.kind]),
        from,
      ).toEqual([[to, 'dauerhaft_301']]);
    }
    // Redirects that ended at an old address now end at the new one (one hop, no chain).
    expect((await redirectsFrom('https://www.feuerwehr-aschersleben.de/'))[0]?.to).toBe(`${base}/freiwillige-feuerwehr/`);
    expect((await redirectsFrom('https://www.feuerwehr-aschersleben.de/kontakt.html'))[0]?.to).toBe(`${base}/freiwillige-feuerwehr/`);

    // Renamed back: the redirect from the live address goes (it would hide the page and loop).
    await publishSlug(feuerwehr, 'feuerwehr');
    expect(await redirectsFrom(`${base}/feuerwehr/`)).toEqual([]);
    expect((await redirectsFrom(`${base}/freiwillige-feuerwehr/`))[0]?.to).toBe(`${base}/feuerwehr/`);
    expect((await redirectsFrom(`${base}/feuerwehr/jugendfeuerwehr/`)).length).toBe(0);
    expect((await redirectsFrom('https://www.feuerwehr-aschersleben.de/'))[0]?.to).toBe(`${base}/feuerwehr/`);
  });

  it('creates a redirect when a place or a meeting is renamed', async () => {
    await publishSlugOf('api::place.place', await documentBySlug('places', 'johannisturm'), 'der-johannisturm');
    await publishSlugOf('api::meeting.meeting', await documentBySlug('meetings', 'stadtrat-2026-11-18'), 'stadtrat-2026-11-18-sondersitzung');
    for (const [from, to] of [PLACE_MOVE, MEETING_MOVE]) {
      expect(
        (await redirectsFrom(from)).map((r) => [r.to, r.kind]),
        from,
      ).toEqual([[to, 'dauerhaft_301']]);
    }
  });

  it('creates redirects below /en/ when an English page is renamed, for its translated subtree too', async () => {
    await publishSlugOf('api::page.page', await pageBySlug('wirtschaft'), 'economy', 'en');
    for (const [from, to] of ENGLISH_MOVES) {
      expect(
        (await redirectsFrom(from)).map((r) => [r.to, r.kind]),
        from,
      ).toEqual([[to, 'dauerhaft_301']]);
    }
    // The German page kept its slug: its address did not move.
    expect(await redirectsFrom('/wirtschaft/')).toEqual([]);
  });

  it('does not create a redirect when a page is published without a slug change', async () => {
    const before = await redirectTotal();
    await publishSlug(await pageBySlug('sport'), 'sport');
    expect(await redirectTotal()).toBe(before);
  });
});

describe('CSV-Import (pnpm redirects:import)', () => {
  const ROWS = 2_000;
  let csvFile: string;
  let first: { code: number; out: string; ms: number };

  beforeAll(async () => {
    const lines = ['from;to;status'];
    for (let i = 0; i < ROWS; i++) lines.push(`/index.php?id=${5000 + i};/leistungen/seite-${i}/;301`);
    lines.push('/alt/kette-a.html;/alt/kette-b.html;301'); // line 2002: chain …
    lines.push('/alt/kette-b.html;/rathaus-verwaltung/;301'); // line 2003
    lines.push('/alt/schleife-1.html;/alt/schleife-2.html;301'); // line 2004: loop …
    lines.push('/alt/schleife-2.html;/alt/schleife-1.html;301'); // line 2005
    lines.push('kein-pfad;/rathaus-verwaltung/;301'); // line 2006: invalid
    lines.push('https://www.kreativwerkstatt-aschersleben.de/galerie.php;https://www.aschersleben.de/tourismus-kultur/kreativwerkstatt/;301');
    csvFile = join(tmp, 'alte-adressen.csv');
    await writeFile(csvFile, `${lines.join('\n')}\n`);
    first = await importCsv(csvFile);
  }, 600_000);

  it('reports rejected rows with line numbers and collapsed chains, and exits 1', () => {
    expect(first.out).toMatch(/Abgelehnt: Zeilen 2004, 2005: Schleife/);
    expect(first.out).toMatch(/Abgelehnt: Zeile 2006: kein-pfad/);
    expect(first.out).toMatch(/Hinweis: Zeilen 2002, 2003: Kette zusammengefasst: \/alt\/kette-a\.html → \/rathaus-verwaltung\//);
    expect(first.out).toContain(`${ROWS + 3} gültig (1 Ketten zusammengefasst), 2 Probleme abgelehnt; im CMS ${ROWS + 3} neu, 0 geändert, 0 unverändert.`);
    expect(first.code).toBe(1);
    console.log(`Import von ${ROWS + 6} Zeilen: ${(first.ms / 1000).toFixed(1)} s`);
  });

  it('stored the collapsed rules, site URLs as paths, and nothing of the loop', async () => {
    expect((await redirectsFrom('/alt/kette-a.html'))[0]?.to).toBe('/rathaus-verwaltung/');
    expect((await redirectsFrom('/alt/kette-b.html'))[0]?.to).toBe('/rathaus-verwaltung/');
    expect(await redirectsFrom('/alt/schleife-1.html')).toEqual([]);
    expect((await redirectsFrom('https://kreativwerkstatt-aschersleben.de/galerie.php'))[0]?.to).toBe('/tourismus-kultur/kreativwerkstatt/');
    expect((await redirectsFrom('/index.php?id=6999'))[0]).toMatchObject({ to: '/leistungen/seite-1999/', kind: 'dauerhaft_301' });
  });

  it('is idempotent: a second run changes nothing', async () => {
    const total = await redirectTotal();
    const again = await importCsv(csvFile);
    expect(again.out).toContain(`im CMS 0 neu, 0 geändert, ${ROWS + 3} unverändert.`);
    expect(await redirectTotal()).toBe(total);
  });

  describe('→ Snapshot → nginx', () => {
    let compiled: CompiledRedirects;
    let nginx: NginxProcess;
    let port: number;

    beforeAll(async () => {
      const snapDir = join(tmp, 'snapshot');
      await pullSnapshot({ client: createCmsClient({ baseUrl: strapi.url }), dir: snapDir, source: strapi.url });
      const snapshot = await readSnapshot(snapDir);
      compiled = compileAll(snapshot.redirects, null, { siteHosts: ['www.aschersleben.de'] });
      const base = join(tmp, 'publish');
      const release = await makeRelease(base, 'R1');
      await switchRelease(base, release.id);
      port = await freePort();
      const prefix = join(tmp, 'nginx');
      const conf = await writeNginxConfig({
        prefix,
        docroot: join(base, 'current', 'site'),
        port,
        siteOrigin: 'https://www.aschersleben.de',
        redirects: compiled.rules,
        workers: 1,
        ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
      });
      await testNginxConfig(conf, prefix);
      nginx = await startNginx(conf, prefix, port);
    }, 300_000);

    afterAll(async () => {
      await nginx?.stop();
    });

    it('pulled every redirect of the CMS and compiled them without problems', async () => {
      expect(compiled.rules.length).toBe(await redirectTotal());
      expect(compiled.report.filter((l) => l.startsWith('Abgelehnt'))).toEqual([]);
      const index = new RedirectIndex(compiled.rules);
      expect(index.lookup('', '/leben-in-aschersleben/freiwillige-feuerwehr/', null)?.to).toBe('/leben-in-aschersleben/feuerwehr/');
    });

    it('answers CMS, imported and automatic redirects with one 301 to the right place', async () => {
      const cases: [string, Record<string, string>, string][] = [
        ['/index.php?id=12', {}, '/rathaus-verwaltung/buergerservice/'],
        ['/index.php?id=6999', {}, '/leistungen/seite-1999/'],
        ['/alt/kette-a.html', {}, '/rathaus-verwaltung/'],
        ['/leben-in-aschersleben/freiwillige-feuerwehr/', {}, '/leben-in-aschersleben/feuerwehr/'],
        ['/programm.html', { host: 'www.kulturanstalt-aschersleben.de' }, 'https://www.aschersleben.de/veranstaltungen/'],
        // Renamed in the dashboard above: a place, a meeting, an English page and its subtree.
        ...[PLACE_MOVE, MEETING_MOVE, ...ENGLISH_MOVES].map(([from, to]): [string, Record<string, string>, string] => [from, {}, to]),
      ];
      for (const [path, headers, to] of cases) {
        const res = await httpGet(port, path, headers);
        expect(res.status, path).toBe(301);
        expect(header(res, 'location'), path).toBe(to);
      }
      // A query rule matches on the page id (REDIRECT_QUERY_KEYS): tracking parameters, other
      // parameters and their order do not matter; another id is unknown.
      const tracked = await httpGet(port, '/index.php?utm_source=alt&L=0&id=6999&cHash=1a2b');
      expect(tracked.status).toBe(301);
      expect(header(tracked, 'location')).toBe('/leistungen/seite-1999/');
      expect((await httpGet(port, '/index.php?id=99999&utm_source=alt')).status).toBe(404);
      expect((await httpGet(port, '/index.php?id=90')).status).toBe(410);
    });
  });
});

describe('Absicherung', () => {
  it('refuses SVG and HTML uploads, accepts a PNG', async () => {
    const svg = await upload('logo.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
    expect(svg.status, await svg.clone().text()).toBe(400);
    const html = await upload('seite.html', 'text/html', Buffer.from('<!doctype html><script>alert(1)</script>'));
    expect(html.status).toBe(400);
    const ok = await upload('punkt.png', 'image/png', png());
    expect(ok.status, await ok.clone().text()).toBe(201);
  });

  it('refuses a disguised file by its bytes, and serves real pictures with nosniff', async () => {
    // Markup has no magic number: Strapi alone would go by the extension and store it as a PNG.
    // The upload service judges the bytes (cms/src/editorial/upload-type.ts): refused, naming
    // the file, and nothing stored.
    const before = (await (await fetch(`${strapi.url}/api/upload/files`, { headers: { authorization: `Bearer ${apiToken}` } })).json()) as { name: string }[];
    const res = await upload('bild.png', 'image/png', Buffer.from('<!doctype html><html><script>alert(1)</script></html>'));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('„bild.png“');
    const after = (await (await fetch(`${strapi.url}/api/upload/files`, { headers: { authorization: `Bearer ${apiToken}` } })).json()) as { name: string }[];
    expect(after.length).toBe(before.length);
    // A real PNG is served as what it is, and browsers must not sniff it.
    const ok = await upload('echt.png', 'image/png', png());
    expect(ok.status).toBe(201);
    const [file] = (await ok.json()) as { url: string; mime: string }[];
    expect(file?.mime).toBe('image/png');
    const served = await fetch(`${strapi.url}${file?.url}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses an upload over the size limit with 413', async () => {
    const big = await upload('gross.png', 'image/png', png(1_200_000));
    expect(big.status).toBe(413);
  });

  it('sends CORS headers only to the site origins', async () => {
    const foreign = await fetch(`${strapi.url}/api/pages?pagination[pageSize]=1`, { headers: { origin: 'https://boese.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const site = await fetch(`${strapi.url}/api/pages?pagination[pageSize]=1`, { headers: { origin: SITE_ORIGIN } });
    expect(site.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    const preflight = await fetch(`${strapi.url}/api/pages`, {
      method: 'OPTIONS',
      headers: { origin: 'https://boese.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 429 after too many failed dashboard logins', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < RATE_MAX + 2; i++) {
      const res = await fetch(`${strapi.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'angreifer@example.org', password: `falsch-${i}` }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, RATE_MAX).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(RATE_MAX)).toEqual([429, 429]);
  });

  it('keeps /api/auth/* closed: the portal has no visitor accounts', async () => {
    // The public role holds no users-permissions actions (bootstrap/public-permissions.ts), so
    // authorisation answers 403 before the plugin's rate limiter (configured all the same) runs.
    for (const path of ['/api/auth/local', '/api/auth/local/register', '/api/auth/forgot-password']) {
      const res = await fetch(`${strapi.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: 'angreifer@example.org', email: 'angreifer@example.org', username: 'x', password: 'falsch-1' }),
      });
      expect(res.status, path).toBe(403);
    }
  });
});
