// The feedback door of the site's nginx (issue 17): POST /rueckmeldung on the site's own origin
// goes to the CMS's FEEDBACK_CMS_PATH — only POST, at most FEEDBACK_LIMITS.body bytes, the client
// address in X-Real-IP, no cookies either way, the site's security headers — and a German 503
// page when no CMS is configured or none answers. A stand-in CMS records what arrives; real
// nginx (Debian's) serves a release folder through the generated configuration.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_CMS_PATH, FEEDBACK_LIMITS, FEEDBACK_PATH, RATING_THANKS_ID } from '@stadtportal/shared/rules';
import { feedbackUnavailablePath } from '@stadtportal/shared/urls';
import { checkNginxConfig, renderNginx, startNginx, writeNginxConfig, type NginxOptions, type NginxProcess } from '@stadtportal/publish/nginx';
import { switchRelease } from '@stadtportal/publish/releases';
import { REQUEST_ERROR_TITLE, header, httpSend as send, makeRelease } from './helpers/publish.ts';
import { freePort } from './helpers/strapi.ts';

const SECURITY = ['content-security-policy', 'strict-transport-security', 'referrer-policy', 'permissions-policy', 'x-content-type-options', 'x-frame-options'];
const UNAVAILABLE = '<h1>Rückmeldung gerade nicht möglich</h1>';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let tmp: string;
let cms: Server;
let cmsPort: number;
const received: Received[] = [];
const started: NginxProcess[] = [];

async function site(feedbackUpstreams: string[] | undefined): Promise<number> {
  const port = await freePort();
  const base = join(tmp, `publish-${port}`);
  const release = await makeRelease(base, 'R1');
  const unavailable = join(release.site, feedbackUnavailablePath().slice(1), 'index.html');
  await mkdir(dirname(unavailable), { recursive: true });
  await writeFile(unavailable, `<!doctype html><html lang="de"><title>Rückmeldung</title>${UNAVAILABLE}</html>`);
  await switchRelease(base, release.id);
  const prefix = join(tmp, `nginx-${port}`);
  const conf = await writeNginxConfig({
    prefix,
    docroot: join(base, 'current', 'site'),
    port,
    siteOrigin: `http://127.0.0.1:${port}`,
    workers: 1,
    feedbackUpstreams,
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
  });
  started.push(await startNginx(conf, prefix, port));
  return port;
}

let port: number;
let unconfigured: number;
let down: number;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-feedback-nginx-'));
  cmsPort = await freePort();
  cms = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const page = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('seite') ?? '/';
      res.writeHead(303, {
        location: `${page}#${RATING_THANKS_ID}`,
        'set-cookie': 'koa.sess=geheim; path=/',
        'content-security-policy': "default-src 'none'",
        'x-powered-by': 'Strapi',
      });
      res.end();
    });
  });
  await new Promise<void>((resolve) => cms.listen(cmsPort, '127.0.0.1', resolve));
  port = await site([`127.0.0.1:${cmsPort}`]);
  unconfigured = await site(undefined);
  down = await site([`127.0.0.1:${await freePort()}`]);
});

afterAll(async () => {
  for (const n of started) await n.stop();
  await new Promise<void>((resolve) => cms.close(() => resolve()));
  await rm(tmp, { recursive: true, force: true });
});

describe('POST /rueckmeldung through nginx', () => {
  it('reaches the CMS route with the client address in X-Real-IP and without cookies or credentials', async () => {
    received.length = 0;
    const body = 'art=bewertung&typ=page&dokument=abc&seite=%2Frathaus%2F&bewertung=4';
    const res = await send(port, 'POST', FEEDBACK_PATH, body, {
      cookie: 'sp_consent=1',
      authorization: 'Bearer abc',
      'x-real-ip': '203.0.113.9',
      'x-forwarded-for': '203.0.113.9',
    });
    expect(res.status).toBe(303);
    expect(header(res, 'location')).toBe(`/rathaus/#${RATING_THANKS_ID}`);
    expect(received).toHaveLength(1);
    const [r] = received;
    expect([r?.method, r?.url, r?.body]).toEqual(['POST', FEEDBACK_CMS_PATH, body]);
    // The client's own X-Real-IP is replaced by the address nginx saw; nothing else names one.
    expect(r?.headers['x-real-ip']).toBe('127.0.0.1');
    expect(r?.headers['x-forwarded-for']).toBeUndefined();
    expect(r?.headers.cookie).toBeUndefined();
    expect(r?.headers.authorization).toBeUndefined();
  });

  it('answers with the site’s security headers, not the CMS’s, and passes no cookie back', async () => {
    const res = await send(port, 'POST', FEEDBACK_PATH, 'art=bewertung');
    for (const h of SECURITY) expect(header(res, h), h).not.toBe('');
    expect(header(res, 'content-security-policy')).toContain("form-action 'self'");
    expect(header(res, 'content-security-policy')).not.toBe("default-src 'none'");
    expect(header(res, 'set-cookie')).toBe('');
    expect(header(res, 'x-powered-by')).toBe('');
    expect(header(res, 'cache-control')).toBe('no-store');
  });

  it('allows only POST: other methods get 405 with the security headers, and never reach the CMS', async () => {
    received.length = 0;
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE']) {
      const res = await send(port, method, FEEDBACK_PATH);
      expect(res.status, method).toBe(405);
      expect(header(res, 'allow')).toBe('POST');
      // The site's German page, not nginx's „405 Not Allowed“ (HEAD has no body).
      if (method !== 'HEAD') expect(res.text, method).toContain(REQUEST_ERROR_TITLE);
      expect(res.text, method).not.toContain('nginx');
      for (const h of SECURITY) expect(header(res, h), `${method} ${h}`).not.toBe('');
    }
    expect(received).toHaveLength(0);
  });

  it('refuses a body over FEEDBACK_LIMITS.body bytes (413) before the CMS sees it', async () => {
    received.length = 0;
    const res = await send(port, 'POST', FEEDBACK_PATH, `art=bewertung&text=${'x'.repeat(FEEDBACK_LIMITS.body)}`);
    expect(res.status).toBe(413);
    expect(res.text).toContain(REQUEST_ERROR_TITLE);
    expect(received).toHaveLength(0);
    const fits = await send(port, 'POST', FEEDBACK_PATH, `art=bewertung&text=${'x'.repeat(FEEDBACK_LIMITS.body - 100)}`);
    expect(fits.status).toBe(303);
  });

  it('leaves every other address static: /rueckmeldung/ and below are files of the release', async () => {
    const res = await send(port, 'GET', feedbackUnavailablePath());
    expect(res.status).toBe(200);
    expect(res.text).toContain(UNAVAILABLE);
  });
});

describe('no CMS for feedback', () => {
  it('not configured: 503 with the German page and the security headers', async () => {
    const res = await send(unconfigured, 'POST', FEEDBACK_PATH, 'art=bewertung');
    expect(res.status).toBe(503);
    expect(res.text).toContain(UNAVAILABLE);
    for (const h of SECURITY) expect(header(res, h), h).not.toBe('');
    const get = await send(unconfigured, 'GET', FEEDBACK_PATH);
    expect(get.status).toBe(405);
    expect(get.text).toContain(REQUEST_ERROR_TITLE);
    expect(header(get, 'allow')).toBe('POST');
  });

  it('configured but not answering: 503 with the German page, not nginx’s own', async () => {
    const res = await send(down, 'POST', FEEDBACK_PATH, 'art=bewertung');
    expect(res.status).toBe(503);
    expect(res.text).toContain(UNAVAILABLE);
    expect(res.text).not.toContain('nginx');
    for (const h of SECURITY) expect(header(res, h), h).not.toBe('');
  });
});

describe('the upstream setting is checked before it becomes nginx syntax', () => {
  const options = (feedbackUpstreams: string[]): NginxOptions => ({
    prefix: join(tmp, 'hostile'),
    docroot: join(tmp, 'hostile', 'site'),
    port: 8080,
    siteOrigin: 'http://127.0.0.1:8080',
    workers: 1,
    feedbackUpstreams,
  });

  it.each([
    '127.0.0.1:1337; include /etc/passwd',
    '127.0.0.1:1337 backup',
    'cms.example:1337/admin',
    'http://cms.example:1337',
    'cms.example',
    'cms.example:0',
    'cms.example:70000',
    '$host:1337',
    'cms.example:1337}\n    server { listen 80; }',
    '"cms.example":1337',
    '',
  ])('refuses %j', async (value) => {
    await expect(renderNginx(options([value]))).rejects.toThrow(/FEEDBACK_UPSTREAMS/);
  });

  it('accepts host names, private addresses and loopback with a port; nginx -t passes', async () => {
    // nginx resolves an upstream's name when it loads the configuration: the test's names resolve.
    const opts = options(['127.0.0.1:1337', 'localhost:1338', '10.0.0.5:1337']);
    await checkNginxConfig({ ...opts, ...(process.getuid?.() === 0 ? { user: 'root' } : {}) });
    const { conf } = await renderNginx({ ...opts, feedbackUpstreams: [...(opts.feedbackUpstreams ?? []), 'cms-2.intern.example:1337'] });
    expect(conf).toContain('server 10.0.0.5:1337 max_fails=1 fail_timeout=10s;');
    expect(conf).toContain('server cms-2.intern.example:1337 max_fails=1 fail_timeout=10s;');
    expect(conf).toContain(`proxy_pass http://sp_feedback${FEEDBACK_CMS_PATH};`);
  });
});
