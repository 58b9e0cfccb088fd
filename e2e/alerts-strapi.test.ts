// Eilmeldung with the real CMS: an editor publishes an alert in Strapi (content-manager API, as
// the dashboard does) → Strapi's webhook reaches the build runner → the runner re-reads the
// alerts from Strapi's REST API (filters[end][$gt]) → nginx serves every page with it. Measures
// the time from „Veröffentlichen“ to the served page (issue 5: within 10 s); then unpublishing
// removes it again. An alert published with a start ahead appears at its start and vanishes at
// its end with no webhook (the runner's boundary timer). docs/adr/0007-urgent-alerts.md.
import type { Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertSlot } from '@stadtportal/shared';
import { AlertPublisher, liveDir } from '@stadtportal/publish/alerts';
import { startNginx, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { createRelease, markComplete, switchRelease } from '@stadtportal/publish/releases';
import { BuildRunner, createRunnerServer } from '@stadtportal/publish/runner';
import { httpGet } from './helpers/publish.ts';
import { freePort, startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const SECRET = `e2e-alert-${'0123456789abcdef'.repeat(2)}`;
const TITLE = 'Evakuierung rund um den Markt';

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Zeitüberschreitung: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}

describe('Eilmeldung: Strapi → Webhook → Runner → nginx (echter Strapi, SQLite)', () => {
  let strapi: StrapiInstance;
  let tmp: string;
  let server: Server;
  let runner: BuildRunner;
  let publisher: AlertPublisher;
  let nginx: NginxProcess;
  let sitePort: number;
  let token = '';
  const lines: string[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'stadtportal-alert-strapi-'));
    const base = join(tmp, 'publish');
    // The site: one page with the alert slot. The stand-in build writes the same page, so a
    // release switched live by a webhook's build still serves it (an empty release would answer
    // 404, and „the alert is not on the page“ would prove nothing).
    const writePage = async (site: string) => {
      await mkdir(site, { recursive: true });
      await writeFile(
        join(site, 'index.html'),
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Start</title></head><body>${alertSlot('')}<main><h1>Start</h1></main></body></html>\n`,
      );
    };
    const release = await createRelease(base);
    await writePage(release.site);
    await markComplete(release, 0.1);
    await switchRelease(base, release.id);

    runner = new BuildRunner({ base, steps: [{ name: 'Build', run: ({ release: r }) => writePage(r.site) }], debounceMs: 500, log: () => {} });
    // The runner must listen before Strapi starts (Strapi registers its webhook at start); the
    // publisher needs Strapi's URL, known only then — so the server forwards to it.
    server = createRunnerServer({ runner, base, secret: SECRET, alerts: { refresh: () => publisher.refresh() }, log: (l) => lines.push(l) });
    const port = await freePort();
    await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
    strapi = await startStrapi('sqlite', { BUILD_WEBHOOK_URL: `http://127.0.0.1:${port}/webhook`, WEBHOOK_SECRET: SECRET });
    // The alerts are public (find/findOne for the public role): no token, as in production.
    publisher = new AlertPublisher({ base, cmsUrl: strapi.url, log: (l) => lines.push(l) });
    await publisher.refresh();

    sitePort = await freePort();
    const prefix = join(tmp, 'nginx');
    const conf = await writeNginxConfig({
      prefix,
      docroot: join(base, 'current', 'site'),
      liveDir: liveDir(base),
      port: sitePort,
      siteOrigin: `http://127.0.0.1:${sitePort}`,
      workers: 1,
      ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
    });
    nginx = await startNginx(conf, prefix, sitePort);

    token = await strapi.adminToken();
  }, 600_000);

  afterAll(async () => {
    publisher?.stop();
    await nginx?.stop();
    await strapi?.stop();
    await runner?.stop();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`${strapi.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...init.headers },
    });
  const served = async () => {
    const res = await httpGet(sitePort, '/');
    expect(res.status).toBe(200);
    return res.text;
  };

  it('the seeded alerts (one over, one scheduled) show nothing today', async () => {
    const html = await served();
    expect(html).toContain('<!-- Eilmeldung: keine aktiv');
    expect(publisher.state.lastError).toBeNull();
  });

  it('publishing an alert in Strapi puts it on the served page within 10 s; unpublishing removes it', async () => {
    const now = Date.now();
    const data = {
      title: TITLE,
      slug: 'evakuierung-markt',
      severity: 'gefahr',
      text: 'Wegen eines Bombenfundes wird der Bereich um den Markt ab 14 Uhr geräumt. Folgen Sie den Anweisungen der Einsatzkräfte.',
      link: '/',
      linkText: 'Sperrgebiet und Sammelstelle',
      start: new Date(now - 60_000).toISOString(),
      end: new Date(now + 3_600_000).toISOString(),
    };
    const created = await admin('/content-manager/collection-types/api::alert.alert', { method: 'POST', body: JSON.stringify(data) });
    expect(created.status, await created.clone().text()).toBe(201);
    const id = ((await created.json()) as { data: { documentId: string } }).data.documentId;
    // A draft is not public: nothing changes on the site.
    await new Promise((r) => setTimeout(r, 500));
    expect(await served()).not.toContain(TITLE);

    const pressed = Date.now();
    const publish = await admin(`/content-manager/collection-types/api::alert.alert/${id}/actions/publish`, { method: 'POST', body: JSON.stringify(data) });
    expect(publish.status, await publish.clone().text()).toBe(200);
    await until('Eilmeldung auf der Seite', async () => (await served()).includes(TITLE), 10_000);
    const ms = Date.now() - pressed;
    console.log(`Eilmeldung ${ms} ms nach „Veröffentlichen“ in Strapi auf der ausgelieferten Seite.`);
    expect(ms).toBeLessThan(10_000);
    expect(lines.some((l) => l.startsWith('Webhook (entry.publish)'))).toBe(true);
    const html = await served();
    expect(html).toContain('<strong class="alert-banner__severity">Gefahr:</strong>');
    expect(html).toContain('<a href="/">Sperrgebiet und Sammelstelle</a>');

    const unpublish = await admin(`/content-manager/collection-types/api::alert.alert/${id}/actions/unpublish`, { method: 'POST', body: '{}' });
    expect(unpublish.status, await unpublish.clone().text()).toBe(200);
    const gone = await until('Eilmeldung zurückgezogen', async () => !(await served()).includes(TITLE), 10_000);
    console.log(`Zurückgezogene Eilmeldung nach ${gone} ms verschwunden.`);
    expect(strapi.log()).not.toMatch(/Error running webhook/);
  });

  it('an alert published with a start a few seconds ahead appears at its start and vanishes at its end, without a webhook', async () => {
    const title = 'Trinkwasser: Leitungsspülung in der Altstadt';
    // Far enough ahead for create + publish + the webhook's re-read on a slow machine.
    const startAt = Date.now() + 8_000;
    const endAt = startAt + 4_000;
    const data = {
      title,
      slug: 'leitungsspuelung-altstadt',
      severity: 'info',
      text: 'Zwischen Markt und Stephanikirche kann das Leitungswasser kurzzeitig trüb sein.',
      start: new Date(startAt).toISOString(),
      end: new Date(endAt).toISOString(),
    };
    const created = await admin('/content-manager/collection-types/api::alert.alert', { method: 'POST', body: JSON.stringify(data) });
    expect(created.status, await created.clone().text()).toBe(201);
    const id = ((await created.json()) as { data: { documentId: string } }).data.documentId;
    const publish = await admin(`/content-manager/collection-types/api::alert.alert/${id}/actions/publish`, { method: 'POST', body: '{}' });
    expect(publish.status, await publish.clone().text()).toBe(200);
    // The publish webhook made the runner re-read the list: its next re-render is at the start.
    await until('Start als nächste Grenze eingeplant', async () => Math.abs(Date.parse(publisher.state.nextAt ?? '') - startAt) < 1_000, 5_000);
    const webhooksBefore = lines.filter((l) => l.startsWith('Webhook (')).length;
    expect(Date.now(), 'Testaufbau zu langsam: Start schon erreicht').toBeLessThan(startAt);
    expect(await served()).not.toContain(title);

    /** Polls the served page until `want`; every answer that says otherwise must come before `boundary`. */
    const watch = async (what: string, want: boolean, boundary: number): Promise<number> => {
      for (;;) {
        const shown = (await served()).includes(title);
        const at = Date.now();
        if (shown === want) {
          // The runner writes the fragment only after the boundary: never early.
          expect(at, `${what} vor der Grenze`).toBeGreaterThanOrEqual(boundary);
          return at - boundary;
        }
        if (at > boundary + 5_000) throw new Error(`Zeitüberschreitung: ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const late = await watch('Eilmeldung erschienen', true, startAt);
    console.log(`Geplante Eilmeldung ${late} ms nach ihrem Beginn auf der Seite (ohne Webhook).`);
    const gone = await watch('Eilmeldung abgelaufen', false, endAt);
    console.log(`Eilmeldung ${gone} ms nach ihrem Ende verschwunden (ohne Webhook).`);
    // Nothing reached the runner in between: start and end came from its own timer.
    expect(lines.filter((l) => l.startsWith('Webhook (')).length).toBe(webhooksBefore);
  });
});
