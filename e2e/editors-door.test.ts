import { execFile } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorDoor } from '@stadtportal/publish/editors';
import { startNginx, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { switchRelease } from '@stadtportal/publish/releases';
import { freePort } from '@stadtportal/publish/free-port';
import { makeRelease } from './helpers/publish.ts';

/*
 * The editors' door (scripts/publish/editors.ts) in the project's real nginx, with stand-ins for
 * two CMS instances, a build runner and the preview server on loopback: its own host name and
 * listener, login rate-limited across instances, the next instance when one is down — and no
 * route from the public site to any of it.
 */

const EDITOR_HOST = 'redaktion.aschersleben.test';
const SITE_HOST = 'www.aschersleben.test';

interface StandIn {
  port: number;
  hits: string[];
  close(): Promise<void>;
}

async function standIn(label: string): Promise<StandIn> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${label} ${req.method} ${req.url}`);
    });
  });
  const port = await freePort();
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    port,
    hits,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function call(
  port: number,
  path: string,
  host: string,
  method = 'GET',
): Promise<{ status: number; text: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host, 'content-type': 'application/json' }, agent: false }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{"email":"a@b.test","password":"x"}' : undefined);
  });
}

describe('Tür der Redaktion: eigener Hostname, eigener Listener (nginx)', () => {
  let root: string;
  let nginx: NginxProcess;
  let cmsA: StandIn;
  let cmsB: StandIn;
  let runner: StandIn;
  let preview: StandIn;
  let sitePort: number;
  let editorPort: number;
  let internalPort: number;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'stadtportal-editors-'));
    const base = join(root, 'publish');
    const release = await makeRelease(base, 'eins');
    await switchRelease(base, release.id);
    [cmsA, cmsB, runner, preview] = await Promise.all([standIn('CMS-A'), standIn('CMS-B'), standIn('Runner'), standIn('Vorschau')]);
    [sitePort, editorPort, internalPort] = [await freePort(), await freePort(), await freePort()];
    const prefix = join(root, 'nginx');
    const conf = await writeNginxConfig({
      prefix,
      docroot: join(base, 'current', 'site'),
      port: sitePort,
      serverNames: [SITE_HOST],
      siteOrigin: `https://${SITE_HOST}`,
      workers: 1,
      ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
      extraServers: editorDoor({
        host: EDITOR_HOST,
        listen: `127.0.0.1:${editorPort}`,
        cms: [`127.0.0.1:${cmsA.port}`, `127.0.0.1:${cmsB.port}`],
        runners: [`127.0.0.1:${runner.port}`],
        preview: `127.0.0.1:${preview.port}`,
        internalListen: `127.0.0.1:${internalPort}`,
        loginPerMinute: 6,
      }),
    });
    nginx = await startNginx(conf, prefix, sitePort);
  });

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all([cmsA, cmsB, runner, preview].map((s) => s?.close()));
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('führt Dashboard, Build-Status und Vorschau über den Hostnamen der Redaktion', async () => {
    const dash = await call(editorPort, '/admin/', EDITOR_HOST);
    expect(dash.status).toBe(200);
    expect(dash.text).toMatch(/^CMS-[AB] GET \/admin\/$/);
    expect(dash.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect((await call(editorPort, '/build-status/', EDITOR_HOST)).text).toBe('Runner GET /');
    expect((await call(editorPort, '/build-status/status', EDITOR_HOST)).text).toBe('Runner GET /status');
    // The webhook is not a browser's business on this door.
    expect((await call(editorPort, '/build-status/webhook', EDITOR_HOST, 'POST')).status).toBe(404);
    expect((await call(editorPort, '/vorschau/seite/abc?token=x', EDITOR_HOST)).text).toBe('Vorschau GET /vorschau/seite/abc?token=x');
    // Another name on the editors' listener is refused.
    expect((await call(editorPort, '/admin/', SITE_HOST)).status).toBe(421);
    // The machines' door: webhooks to a runner, the pull (GET only) to a CMS instance.
    expect((await call(internalPort, '/webhook', 'intern', 'POST')).text).toBe('Runner POST /webhook');
    expect((await call(internalPort, '/api/pages?locale=de', 'intern')).text).toMatch(/^CMS-[AB] GET \/api\/pages\?locale=de$/);
    expect((await call(internalPort, '/api/pages', 'intern', 'POST')).status).toBe(403);
    expect((await call(internalPort, '/admin/', 'intern')).status).toBe(404);
  });

  it('begrenzt Anmeldeversuche in nginx, über alle CMS-Instanzen zusammen', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await call(editorPort, '/admin/login', EDITOR_HOST, 'POST')).status);
    // 6 per minute with a burst of 5: the first six pass, the rest get 429 — whichever instance would have answered.
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(statuses.slice(6)).toEqual([429, 429, 429, 429]);
    const logins = [...cmsA.hits, ...cmsB.hits].filter((h) => h === 'POST /admin/login');
    expect(logins).toHaveLength(6);
  });

  it('schickt Anfragen an die andere Instanz, wenn eine nicht antwortet', async () => {
    await cmsA.close();
    for (let i = 0; i < 6; i++) {
      const r = await call(editorPort, `/content-manager/collection-types/api::news-article.news-article?i=${i}`, EDITOR_HOST, 'POST');
      expect(r.status).toBe(200);
      expect(r.text).toMatch(/^CMS-B POST/);
    }
  });

  it('die öffentliche Website hat keinen Weg dorthin', async () => {
    for (const path of ['/admin/', '/admin/login', '/build-status/', '/vorschau/seite/abc', '/content-manager/x', '/api/pages', '/webhook']) {
      for (const host of [SITE_HOST, EDITOR_HOST]) {
        const r = await call(sitePort, path, host, path === '/admin/login' ? 'POST' : 'GET');
        expect(r.text, `${host}${path}`).not.toMatch(/CMS-|Runner|Vorschau/);
        expect([404, 405], `${host}${path}`).toContain(r.status);
      }
    }
    const before = runner.hits.length + cmsB.hits.length + preview.hits.length;
    expect((await call(sitePort, '/', EDITOR_HOST)).text).toContain('Startseite eins');
    expect(runner.hits.length + cmsB.hits.length + preview.hits.length).toBe(before);
  });
});

/** A local CA and a certificate for the editors' host name, made with openssl for this test. */
async function localCa(dir: string, host: string): Promise<{ ca: Buffer; certificate: string; key: string }> {
  const run = promisify(execFile);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  await run('openssl', ['req', '-x509', ...ec, '-keyout', join(dir, 'ca.key'), '-out', join(dir, 'ca.pem'), '-days', '2', '-subj', '/CN=Stadtportal Test-CA']);
  await run('openssl', ['req', ...ec, '-keyout', join(dir, 'host.key'), '-out', join(dir, 'host.csr'), '-subj', `/CN=${host}`]);
  await writeFile(join(dir, 'ext.cnf'), `subjectAltName=DNS:${host}\n`);
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    join(dir, 'host.csr'),
    '-CA',
    join(dir, 'ca.pem'),
    '-CAkey',
    join(dir, 'ca.key'),
    '-CAcreateserial',
    '-out',
    join(dir, 'host.pem'),
    '-days',
    '2',
    '-extfile',
    join(dir, 'ext.cnf'),
  ]);
  return { ca: await readFile(join(dir, 'ca.pem')), certificate: join(dir, 'host.pem'), key: join(dir, 'host.key') };
}

function callTls(
  port: number,
  servername: string,
  ca: Buffer | undefined,
): Promise<{ status: number; text: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      { host: '127.0.0.1', port, path: '/admin/', servername, headers: { host: servername }, agent: false, ...(ca ? { ca } : {}) },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('Tür der Redaktion mit TLS (lokale Test-CA)', () => {
  let root: string;
  let nginx: NginxProcess;
  let cms: StandIn;
  let ca: Buffer;
  let tlsPort: number;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'stadtportal-editors-tls-'));
    const base = join(root, 'publish');
    await switchRelease(base, (await makeRelease(base, 'eins')).id);
    cms = await standIn('CMS-A');
    const tls = await localCa(root, EDITOR_HOST);
    ca = tls.ca;
    const sitePort = await freePort();
    tlsPort = await freePort();
    const prefix = join(root, 'nginx');
    const conf = await writeNginxConfig({
      prefix,
      docroot: join(base, 'current', 'site'),
      port: sitePort,
      siteOrigin: `https://${SITE_HOST}`,
      workers: 1,
      ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
      extraServers: editorDoor({
        host: EDITOR_HOST,
        listen: `127.0.0.1:${tlsPort}`,
        cms: [`127.0.0.1:${cms.port}`],
        runners: [`127.0.0.1:${cms.port}`],
        tls: { certificate: tls.certificate, key: tls.key },
      }),
    });
    nginx = await startNginx(conf, prefix, sitePort);
  });

  afterAll(async () => {
    await nginx?.stop();
    await cms?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('antwortet über TLS mit dem Zertifikat der Test-CA und HSTS', async () => {
    const res = await callTls(tlsPort, EDITOR_HOST, ca);
    expect(res.status).toBe(200);
    expect(res.text).toBe('CMS-A GET /admin/');
    expect(res.headers['strict-transport-security']).toBe('max-age=63072000');
  });

  it('verweigert den Handschlag für andere Namen, und ohne die CA gilt das Zertifikat nicht', async () => {
    await expect(callTls(tlsPort, 'www.aschersleben.test', ca)).rejects.toThrow();
    await expect(callTls(tlsPort, EDITOR_HOST, undefined)).rejects.toThrow(/self[- ]signed|unable to (get|verify)|certificate/i);
  });
});
