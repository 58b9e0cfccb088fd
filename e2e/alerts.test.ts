// Eilmeldungen end to end (docs/adr/0007-urgent-alerts.md): real nginx serving a release whose
// pages carry the SSI slot, a stand-in CMS answering /api/alerts like Strapi 5, and the build
// runner's webhook endpoint with the alert fast path. Checks: a published alert is on the served
// page within 10 s (measured), one with a near end disappears on its own (no webhook), the
// baked alert is what a host without SSI shows, nothing is output twice, and a restarted runner
// with the CMS down still expires an alert from its last known list.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertSlot, renderAlerts, type Alert } from '@stadtportal/shared';
import { importRedirectsCsv } from '@stadtportal/shared/redirects';
import { AlertPublisher, fragmentFile, isAlertWebhook, liveDir } from '@stadtportal/publish/alerts';
import { startNginx, testNginxConfig, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { createRelease, markComplete, switchRelease, type Release } from '@stadtportal/publish/releases';
import { BuildRunner, createRunnerServer, type Step } from '@stadtportal/publish/runner';
import { httpGet } from './helpers/publish.ts';
import { freePort } from './helpers/strapi.ts';

const SECRET = 'alert-test-secret-0123456789';
/** Present in the release's pages (baked at „build time“), long over by the time nginx serves them. */
const BAKED: Alert = {
  documentId: 'baked00000000000000001',
  severity: 'warnung',
  title: 'Gebackene Meldung aus dem Build',
  text: 'Diese Meldung war beim Build aktiv.',
  link: null,
  linkText: null,
  start: '2026-01-01T00:00:00.000Z',
  end: '2099-01-01T00:00:00.000Z',
};
const BUILD_NOW = new Date('2026-06-01T00:00:00Z');

let tmp: string;
let base: string;
let port: number;
let nginx: NginxProcess;
let cms: Server;
let cmsUrl: string;
/** What the stand-in CMS publishes (Strapi REST entries). */
let published: Record<string, unknown>[] = [];
let cmsRequests = 0;
let runner: BuildRunner;
let publisher: AlertPublisher;
let runnerServer: Server;
let runnerUrl: string;

const page = (title: string, bakedAlerts: readonly Alert[]) =>
  '<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><title>' +
  title +
  '</title></head><body>' +
  '<a class="skip-link" href="#inhalt">Zum Inhalt springen</a>' +
  alertSlot(renderAlerts(bakedAlerts, BUILD_NOW)) +
  '<header>Stadt Aschersleben</header><main id="inhalt"><h1>' +
  title +
  '</h1></main></body></html>\n';

async function writeSite(release: Release): Promise<void> {
  const files: Record<string, string> = {
    'index.html': page('Startseite', [BAKED]),
    'rathaus/index.html': page('Rathaus', [BAKED]),
    '404.html': page('Seite nicht gefunden', [BAKED]),
    '410/index.html': page('Seite entfernt', [BAKED]),
  };
  for (const [rel, text] of Object.entries(files)) {
    const file = join(release.site, rel);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/** Strapi 5 REST entry of api::alert.alert. */
function entry(documentId: string, title: string, start: Date, end: Date, severity = 'gefahr'): Record<string, unknown> {
  return {
    id: published.length + 1,
    documentId,
    slug: documentId,
    severity,
    title,
    text: 'Bitte beachten Sie die Hinweise der Stadtverwaltung und meiden Sie das betroffene Gebiet.',
    link: '/rathaus/',
    linkText: 'Alle Hinweise der Stadtverwaltung',
    start: start.toISOString(),
    end: end.toISOString(),
    createdAt: start.toISOString(),
    updatedAt: start.toISOString(),
    publishedAt: start.toISOString(),
  };
}

const webhook = (body: unknown) =>
  fetch(`${runnerUrl}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` },
    body: JSON.stringify(body),
  });

/** Poll the served page until `test` holds; resolves with the milliseconds it took. */
async function until(path: string, test: (html: string) => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const res = await httpGet(port, path);
    if (test(res.text)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${path}: Bedingung nach ${timeoutMs} ms nicht erfüllt:\n${res.text}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-alerts-'));
  base = join(tmp, 'publish');
  const prefix = join(tmp, 'nginx');
  port = await freePort();

  // The stand-in CMS: GET /api/alerts as Strapi 5 answers it (flat entries, pagination meta).
  cms = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/api/alerts') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } }));
      return;
    }
    cmsRequests++;
    // Strapi applies filters[end][$gt]: the stand-in does too, so the query is exercised.
    const after = url.searchParams.get('filters[end][$gt]');
    const data = published.filter((e) => after === null || Date.parse(String(e.end)) > Date.parse(after));
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ data, meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: data.length } } }));
  });
  const cmsPort = await freePort();
  await new Promise<void>((ok) => cms.listen(cmsPort, '127.0.0.1', ok));
  cmsUrl = `http://127.0.0.1:${cmsPort}`;

  const first = await createRelease(base);
  await writeSite(first);
  await markComplete(first, 0.1);
  await switchRelease(base, first.id);

  // The build steps are stand-ins (a real build is tested elsewhere): they only write the pages.
  const build: Step = { name: 'Build', run: ({ release }) => writeSite(release) };
  runner = new BuildRunner({ base, steps: [build], debounceMs: 100, log: () => {} });
  publisher = new AlertPublisher({ base, cmsUrl, log: () => {}, onChange: () => void runner.trigger() });
  await publisher.refresh();
  runnerServer = createRunnerServer({ runner, base, secret: SECRET, alerts: publisher, log: () => {} });
  const rport = await freePort();
  await new Promise<void>((ok) => runnerServer.listen(rport, '127.0.0.1', ok));
  runnerUrl = `http://127.0.0.1:${rport}`;

  const rules = importRedirectsCsv('from,to,status\n/alte-seite/,,410\n', { siteHosts: [] }).rules;
  const conf = await writeNginxConfig({
    prefix,
    docroot: join(base, 'current', 'site'),
    liveDir: liveDir(base),
    port,
    siteOrigin: `http://127.0.0.1:${port}`,
    redirects: rules,
    workers: 1,
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
  });
  await testNginxConfig(conf, prefix);
  nginx = await startNginx(conf, prefix, port);
});

afterAll(async () => {
  publisher?.stop();
  await runner?.stop();
  await nginx?.stop();
  await new Promise<void>((ok) => (runnerServer ? runnerServer.close(() => ok()) : ok()));
  await new Promise<void>((ok) => (cms ? cms.close(() => ok()) : ok()));
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const countOf = (html: string, s: string) => html.split(s).length - 1;

describe('Eilmeldungen through nginx SSI', () => {
  it('serves the live fragment, not the baked block: no alert live means none shown, nothing twice', async () => {
    const res = await httpGet(port, '/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<!-- Eilmeldung: keine aktiv');
    // The baked alert is only the include's fallback: a stale one must not come back.
    expect(res.text).not.toContain(BAKED.title);
    expect(res.text).not.toContain('<!--#');
    expect(res.headers['cache-control']).toBe('no-cache');
    // SSI output changes without the file changing: nginx sends no validators for it.
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['last-modified']).toBeUndefined();
    // The fragment location is internal: only SSI reaches it.
    expect((await httpGet(port, '/_eilmeldung')).status).toBe(404);
  });

  it('a published alert is on the served page within 10 s of the webhook, and a build is scheduled too', async () => {
    const now = Date.now();
    published = [entry('alertsturm000000000001', 'Sturmwarnung für Aschersleben', new Date(now - 60_000), new Date(now + 10 * 60_000))];
    const buildsBefore = runner.builds;
    const sent = Date.now();
    // Strapi 5's payload; the entry is not trusted (it may be null, strapi/strapi#25387).
    const res = await webhook({ event: 'entry.publish', createdAt: new Date().toISOString(), model: 'alert', uid: 'api::alert.alert', entry: null });
    expect(res.status).toBe(202);
    await until('/', (html) => html.includes('Sturmwarnung für Aschersleben'), 10_000);
    const total = Date.now() - sent;
    console.log(`Eilmeldung sichtbar ${total} ms nach dem Webhook.`);
    expect(total).toBeLessThan(10_000);

    const html = (await httpGet(port, '/rathaus/')).text;
    expect(countOf(html, 'Sturmwarnung für Aschersleben')).toBe(1);
    expect(countOf(html, '<aside class="alert-banner"')).toBe(1);
    expect(html).not.toContain(BAKED.title);
    expect(html).not.toContain('<!--#');
    expect(html).toMatch(/<a class="skip-link" href="#inhalt">Zum Inhalt springen<\/a><aside class="alert-banner" aria-label="Eilmeldung" lang="de">/);
    expect(html).toContain('<strong class="alert-banner__severity">Gefahr:</strong>');
    // Error pages carry it too (404 via error_page, 410 via the named location).
    expect((await httpGet(port, '/gibt-es-nicht/')).text).toContain('Sturmwarnung für Aschersleben');
    const gone = await httpGet(port, '/alte-seite/');
    expect(gone.status).toBe(410);
    expect(gone.text).toContain('Sturmwarnung für Aschersleben');

    await runner.whenIdle();
    expect(runner.builds).toBe(buildsBefore + 1);
  });

  it('a webhook about another type builds but does not refresh the alerts', async () => {
    const before = cmsRequests;
    expect((await webhook({ event: 'entry.publish', model: 'page', uid: 'api::page.page', entry: null })).status).toBe(202);
    await runner.whenIdle();
    expect(cmsRequests).toBe(before);
    expect(isAlertWebhook('{"event":"entry.unpublish","model":"alert","entry":null}')).toBe(true);
    expect(isAlertWebhook('{"event":"entry.publish","uid":"api::alert.alert"}')).toBe(true);
    expect(isAlertWebhook('not json')).toBe(false);
  });

  it('an alert disappears on its own after its end, without a webhook', async () => {
    const now = Date.now();
    const end = new Date(now + 2000);
    published = [entry('alertkurz0000000000001', 'Kurze Sperrung am Markt', new Date(now - 1000), end, 'info')];
    await webhook({ event: 'entry.update', model: 'alert', uid: 'api::alert.alert', entry: { publishedAt: new Date().toISOString() } });
    await until('/', (html) => html.includes('Kurze Sperrung am Markt'), 10_000);
    // The stand-in keeps answering with the alert: only its end time removes it.
    await until('/', (html) => !html.includes('Kurze Sperrung am Markt'), 10_000);
    const late = Date.now() - end.getTime();
    console.log(`Eilmeldung ${late} ms nach ihrem Ende verschwunden (ohne Webhook).`);
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(3000);
    const html = (await httpGet(port, '/')).text;
    expect(html).toContain('<!-- Eilmeldung: keine aktiv');
    expect(html).not.toContain(BAKED.title);
  });

  it('the end of an alert also schedules a build (pages baked for hosts without SSI)', async () => {
    const now = Date.now();
    published = [entry('alertbuild000000000001', 'Meldung mit Ende gleich', new Date(now - 1000), new Date(now + 1500), 'info')];
    await publisher.refresh(); // no webhook: only the change of what is shown asks for a build
    await until('/', (html) => html.includes('Meldung mit Ende gleich'), 5000);
    await new Promise((r) => setTimeout(r, 300)); // past the runner's debounce (100 ms)
    await runner.whenIdle();
    const before = runner.builds;
    await until('/', (html) => !html.includes('Meldung mit Ende gleich'), 10_000);
    await new Promise((r) => setTimeout(r, 300));
    await runner.whenIdle();
    expect(runner.builds - before).toBe(1);
  });

  it('a host without SSI shows the baked alert once (the comments are inert)', async () => {
    const raw = await readFile(join(base, 'current', 'site', 'index.html'), 'utf8');
    expect(countOf(raw, BAKED.title)).toBe(1);
    expect(raw).toContain('<!--# block name="eilmeldung" --><aside class="alert-banner"');
    expect(raw).toContain('<!--# endblock --><!--# include virtual="/_eilmeldung" stub="eilmeldung" -->');
  });

  it('falls back to the baked alert if the live fragment is missing', async () => {
    const file = fragmentFile(base);
    const saved = await readFile(file, 'utf8');
    await rm(file);
    try {
      const html = (await httpGet(port, '/')).text;
      expect(countOf(html, BAKED.title)).toBe(1);
    } finally {
      await writeFile(file, saved);
    }
  });

  it('a restarted runner with the CMS down still expires an alert from its last known list', async () => {
    const now = Date.now();
    const end = new Date(now + 2500);
    published = [entry('alertneustart000000001', 'Meldung vor dem Neustart', new Date(now - 1000), end, 'warnung')];
    await publisher.refresh();
    publisher.stop();
    await until('/', (html) => html.includes('Meldung vor dem Neustart'), 5000);
    // „Restart“ against a CMS that does not answer (a closed port).
    const closed = await freePort();
    const restarted = new AlertPublisher({ base, cmsUrl: `http://127.0.0.1:${closed}`, log: () => {}, retryMs: 60_000 });
    try {
      await restarted.refresh();
      expect(restarted.state.lastError).not.toBeNull();
      expect((await httpGet(port, '/')).text).toContain('Meldung vor dem Neustart');
      await until('/', (html) => !html.includes('Meldung vor dem Neustart'), 10_000);
      expect(Date.now()).toBeGreaterThanOrEqual(end.getTime());
    } finally {
      restarted.stop();
    }
  });
});
