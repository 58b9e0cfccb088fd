// Real nginx (Debian package, started by us on a free loopback port) serving release folders
// through the generated configuration: redirects from an imported CSV, 404/410 pages, security
// and caching headers, compression, anonymised access log, and release switch/rollback/failure
// as seen over HTTP.
import { readFile, readdir } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRedirectsCsv, type RedirectSet } from '@stadtportal/shared/redirects';
import { requestErrorPath } from '@stadtportal/shared/urls';
import { netlifyRedirects, startNginx, testNginxConfig, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { readStatus, rollback, switchRelease, liveRelease } from '@stadtportal/publish/releases';
import { BuildRunner } from '@stadtportal/publish/runner';
import { REQUEST_ERROR_TITLE, header, httpGet, httpSend, makeRelease, type RawResponse } from './helpers/publish.ts';
import { freePort } from './helpers/strapi.ts';

const CSV = [
  'from,to,status',
  '/index.php?id=42,/rathaus/,301',
  '/index.php?id=43&L=1,https://www.aschersleben.de/aemter/,301', // own host → path
  '/index.php,/aemter/,301', // any other query
  '/buergerservice.html,/rathaus/,301',
  '/alt/kette-a/,/alt/kette-b/,301', // chain: a → b → /veranstaltungen/
  '/alt/kette-b/,/veranstaltungen/,301',
  '/Baustellen.html,/aemter/,302',
  '/alte-seite/,,410',
  '/Bürgerbüro/,/rathaus/,301',
  'https://www.kulturanstalt-aschersleben.de/programm.html,/veranstaltungen/,301',
  'http://kulturanstalt-aschersleben.de/index.php?id=7,/veranstaltungen/,301',
  'https://www.kreativwerkstatt-aschersleben.de/,/einrichtungen/kreativwerkstatt/,301',
  'https://feuerwehr-aschersleben.de/einsatz.html,https://example.org/feuerwehr,301',
  'https://feuerwehr-aschersleben.de/alt.html,,410',
].join('\n');

const FRAMES = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];
const SECURITY = [
  'content-security-policy',
  'strict-transport-security',
  'referrer-policy',
  'permissions-policy',
  'x-content-type-options',
  'cross-origin-opener-policy',
  'x-frame-options',
];

let tmp: string;
let base: string;
let prefix: string;
let port: number;
let nginx: NginxProcess;
let set: RedirectSet;
let origin: string;
const releases: string[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-nginx-'));
  base = join(tmp, 'publish');
  prefix = join(tmp, 'nginx');
  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  releases.push((await makeRelease(base, 'R1')).id);
  await new Promise((r) => setTimeout(r, 5)); // ids are time-ordered to the millisecond
  releases.push((await makeRelease(base, 'R2')).id);
  await switchRelease(base, releases[0]!);
  set = importRedirectsCsv(CSV, { siteHosts: ['www.aschersleben.de'] });
  const conf = await writeNginxConfig({
    prefix,
    docroot: join(base, 'current', 'site'),
    port,
    siteOrigin: origin,
    frameSrc: FRAMES,
    redirects: set.rules,
    workers: 1,
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
  });
  await testNginxConfig(conf, prefix);
  nginx = await startNginx(conf, prefix, port);
});

afterAll(async () => {
  await nginx?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => httpGet(port, path, headers);

function expectSecurityHeaders(res: RawResponse, what: string): void {
  for (const h of SECURITY) expect(header(res, h), `${h} on ${what}`).not.toBe('');
  const csp = header(res, 'content-security-policy');
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  expect(directives.get('script-src'), what).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(csp).not.toContain('unsafe-inline');
  expect(directives.get('frame-src')).toEqual(FRAMES);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(directives.get('form-action')).toEqual(["'self'"]);
  expect(header(res, 'strict-transport-security')).toBe('max-age=63072000; includeSubDomains; preload');
  expect(header(res, 'x-content-type-options')).toBe('nosniff');
  expect(header(res, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(header(res, 'permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  // add_header must not duplicate a header where a location adds its own.
  expect(csp.split('default-src').length, `CSP once on ${what}`).toBe(2);
}

describe('redirects', () => {
  it('imported the CSV without errors, collapsing the chain', () => {
    expect(set.errors).toEqual([]);
    expect(set.rules).toHaveLength(14);
    expect(set.notes.some((n) => n.message.startsWith('Kette zusammengefasst'))).toBe(true);
  });

  it('answers every imported redirect in one hop with its status and target', async () => {
    let checked = 0;
    for (const rule of set.rules) {
      const path = rule.path + (rule.query === null ? '' : `?${rule.query}`);
      const headers = rule.host ? { host: `www.${rule.host}` } : {};
      const res = await get(path, headers);
      expect(res.status, `${rule.host}${path}`).toBe(rule.status);
      if (rule.status === 410) {
        expect(res.text).toContain('dauerhaft entfernt');
        continue;
      }
      const location = header(res, 'location');
      const expected = rule.host && rule.to!.startsWith('/') ? origin + rule.to : rule.to;
      expect(location, `${rule.host}${path}`).toBe(expected);
      // One hop: the target is a page, not another redirect.
      if (location.startsWith('/') || location.startsWith(origin)) {
        const next = await get(location.replace(origin, ''));
        expect(next.status, `target of ${path}`).toBe(200);
      }
      checked++;
    }
    expect(checked).toBe(12);
  });

  it('matches query-style URLs exactly first, then the path with any query', async () => {
    expect(header(await get('/index.php?id=42'), 'location')).toBe('/rathaus/');
    expect(header(await get('/index.php?id=43&L=1'), 'location')).toBe('/aemter/');
    expect(header(await get('/index.php?id=999'), 'location')).toBe('/aemter/');
    expect(header(await get('/buergerservice.html?utm_source=x'), 'location')).toBe('/rathaus/');
    expect(header(await get('/alt/kette-a/'), 'location')).toBe('/veranstaltungen/');
    const temp = await get('/baustellen.html'); // case-insensitive, like nginx's map
    expect(temp.status).toBe(302);
    expect(header(await get('/B%C3%BCrgerb%C3%BCro/'), 'location')).toBe('/rathaus/');
  });

  it('serves former domains by Host header, with or without www, and sends unknown old paths home', async () => {
    for (const host of ['kulturanstalt-aschersleben.de', 'www.kulturanstalt-aschersleben.de']) {
      const res = await get('/programm.html', { host });
      expect(res.status).toBe(301);
      expect(header(res, 'location')).toBe(`${origin}/veranstaltungen/`);
      expectSecurityHeaders(res, `redirect on ${host}`);
    }
    expect(header(await get('/index.php?id=7', { host: 'kulturanstalt-aschersleben.de' }), 'location')).toBe(`${origin}/veranstaltungen/`);
    const gone = await get('/alt.html', { host: 'feuerwehr-aschersleben.de' });
    expect(gone.status).toBe(410);
    expect(gone.text).toContain('dauerhaft entfernt');
    const unknown = await get('/irgendwas.html', { host: 'www.feuerwehr-aschersleben.de' });
    expect(unknown.status).toBe(301);
    expect(header(unknown, 'location')).toBe(`${origin}/`);
    // The site itself does not answer the former domains' rules.
    expect((await get('/programm.html')).status).toBe(404);
  });

  it('writes the same rules as _redirects for static hosts', () => {
    const text = netlifyRedirects(set.rules, origin);
    expect(text).toContain('/index.php id=42 /rathaus/ 301!');
    expect(text).toContain('/alte-seite/ /410/ 410!');
    expect(text).toContain(`https://www.kulturanstalt-aschersleben.de/programm.html ${origin}/veranstaltungen/ 301!`);
  });
});

describe('pages, errors and headers', () => {
  it('serves pages with security headers and no-cache, folders with a trailing-slash redirect', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Startseite R1');
    expect(header(home, 'content-type')).toBe('text/html; charset=utf-8');
    expect(header(home, 'cache-control')).toBe('no-cache');
    expectSecurityHeaders(home, 'page');
    const slashless = await get('/aemter');
    expect(slashless.status).toBe(301);
    expect(header(slashless, 'location')).toBe('/aemter/');
    expectSecurityHeaders(slashless, 'folder redirect');
  });

  it('answers unknown paths with the 404 page and status 404, 410 with the 410 page', async () => {
    const missing = await get('/gibt-es-nicht/');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('Diese Seite gibt es nicht');
    expectSecurityHeaders(missing, '404');
    expect((await get('/404.html')).status).toBe(404);
    const gone = await get('/alte-seite/');
    expect(gone.status).toBe(410);
    expect(gone.text).toContain('dauerhaft entfernt');
    expect(header(gone, 'content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(gone, '410');
  });

  it('answers requests nginx refuses itself with the site’s German page, the status and the security headers', async () => {
    const cases: [string, () => Promise<RawResponse>, number][] = [
      ['a form sent to a page', () => httpSend(port, 'POST', '/aemter/', 'name=x'), 405],
      ['DELETE on a page', () => httpSend(port, 'DELETE', '/'), 405],
      ['a body over client_max_body_size', () => httpSend(port, 'POST', '/', `text=${'x'.repeat(20_000)}`), 413],
      ['an address over the header buffers', () => get(`/${'a'.repeat(9000)}`), 414],
      ['a malformed Host header', () => get('/', { host: 'a b' }), 400],
    ];
    for (const [what, send, status] of cases) {
      const res = await send();
      expect(res.status, what).toBe(status);
      expect(res.text, what).toContain(REQUEST_ERROR_TITLE);
      expect(res.text, what).not.toContain('nginx');
      expect(header(res, 'content-type'), what).toBe('text/html; charset=utf-8');
      expect(header(res, 'cache-control'), what).toBe('no-store');
      // Allow on the 405 only, with what a static address takes (RFC 9110).
      expect(header(res, 'allow'), what).toBe(status === 405 ? 'GET, HEAD' : '');
      expectSecurityHeaders(res, what);
    }
    // Never an address of its own.
    expect((await get(requestErrorPath())).status).toBe(404);
    expect((await get(`${requestErrorPath()}index.html`)).status).toBe(404);
  });

  it('caches hashed assets for a year, Pagefind chunks too, its loader and media briefly', async () => {
    const css = await get('/_astro/Base.AbC123xy.css');
    expect(css.status).toBe(200);
    expect(header(css, 'cache-control')).toBe('public, max-age=31536000, immutable');
    expect(header(css, 'content-type')).toBe('text/css; charset=utf-8');
    expectSecurityHeaders(css, 'asset');
    const chunk = await get('/pagefind/fragment/de_1a2b3c4.pf_fragment');
    expect(header(chunk, 'cache-control')).toBe('public, max-age=31536000, immutable');
    expect(header(chunk, 'content-type')).toBe('application/octet-stream');
    expectSecurityHeaders(chunk, 'pagefind chunk');
    const loader = await get('/pagefind/pagefind.js');
    expect(header(loader, 'cache-control')).toBe('no-cache');
    expect(header(loader, 'content-type')).toBe('application/javascript; charset=utf-8');
    const pdf = await get('/medien/plan_f1x7ur3b.pdf');
    expect(header(pdf, 'cache-control')).toBe('public, max-age=86400');
    expectSecurityHeaders(pdf, 'media');
    const missingAsset = await get('/_astro/nope.css');
    expect(missingAsset.status).toBe(404);
    expectSecurityHeaders(missingAsset, '404 under /_astro/');
  });

  it('serves the OParl API as JSON to any origin (CORS), and leads /oparl/v1.1/ to system.json', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const dir = join(base, 'current', 'site', 'oparl', 'v1.1');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'system.json'), '{"type":"https://schema.oparl.org/1.1/System"}\n');
    const system = await get('/oparl/v1.1/system.json');
    expect(system.status).toBe(200);
    expect(header(system, 'content-type')).toBe('application/json; charset=utf-8');
    expect(header(system, 'access-control-allow-origin')).toBe('*');
    expect(header(system, 'cache-control')).toBe('no-cache');
    expectSecurityHeaders(system, 'OParl');
    const entry = await get('/oparl/v1.1/');
    expect(entry.status).toBe(302);
    expect(header(entry, 'location')).toMatch(/\/oparl\/v1\.1\/system\.json$/);
    // Pages keep same-origin only.
    expect(header(await get('/'), 'access-control-allow-origin')).toBe('');
  });

  it('compresses text when asked, and only then', async () => {
    const plain = await get('/');
    const gz = await get('/', { 'accept-encoding': 'gzip' });
    expect(header(plain, 'content-encoding')).toBe('');
    expect(header(gz, 'content-encoding')).toBe('gzip');
    expect(header(gz, 'vary')).toMatch(/Accept-Encoding/i);
    expect(gz.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(gz.body).toString('utf8')).toBe(plain.text);
    expect(header(await get('/_astro/Base.AbC123xy.css', { 'accept-encoding': 'gzip' }), 'content-encoding')).toBe('gzip');
  });

  it('logs requests without full client addresses, one file per day', async () => {
    await get('/?log-probe=1');
    const logs = (await readdir(join(prefix, 'logs'))).filter((f) => /^access-\d{4}-\d{2}-\d{2}\.log$/.test(f));
    expect(logs).toHaveLength(1);
    const text = await readFile(join(prefix, 'logs', logs[0]!), 'utf8');
    expect(text).toContain('log-probe=1');
    expect(text).toMatch(/^127\.0\.0\.0 /m);
    expect(text).not.toContain('127.0.0.1');
  });
});

describe('releases as nginx serves them', () => {
  it('switch and rollback change what is served, without restarting nginx', async () => {
    expect((await get('/')).text).toContain('Startseite R1');
    await switchRelease(base, releases[1]!);
    expect((await get('/')).text).toContain('Startseite R2');
    expect((await get('/_astro/Base.AbC123xy.css')).text).toContain('/*R2*/');
    const { from, to } = await rollback(base);
    expect([from, to]).toEqual([releases[1], releases[0]]);
    expect((await get('/')).text).toContain('Startseite R1');
    await expect(rollback(base)).rejects.toThrow(/Kein älteres Release/);
    expect((await get('/')).text).toContain('Startseite R1');
    await switchRelease(base, releases[1]!);
  });

  it('a build failing in a step leaves nginx serving the old release and records why', async () => {
    const runner = new BuildRunner({
      base,
      debounceMs: 10,
      log: () => {},
      steps: [
        {
          name: 'Build',
          async run({ release }) {
            // A half-written new release: must never be served.
            const { mkdir, writeFile } = await import('node:fs/promises');
            await mkdir(release.site, { recursive: true });
            await writeFile(join(release.site, 'index.html'), 'KAPUTT');
          },
        },
        {
          name: 'Barrierefreiheit',
          run: () => Promise.reject(new Error('3 Fehler auf /rathaus/')),
        },
      ],
    });
    const before = await liveRelease(base);
    await runner.trigger();
    await runner.whenIdle();
    expect(runner.builds).toBe(1);
    expect(await liveRelease(base)).toBe(before);
    const home = await get('/');
    expect(home.text).toContain('Startseite R2');
    expect(home.text).not.toContain('KAPUTT');
    const status = await readStatus(base);
    expect(status.lastFailure).toMatchObject({ step: 'Barrierefreiheit', reason: '3 Fehler auf /rathaus/' });
    expect(status.running).toBeNull();
    expect(status.releases).toEqual(releases);
  });
});
