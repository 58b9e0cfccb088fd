// Strapi → build runner, end to end: a real Strapi started with BUILD_WEBHOOK_URL and
// WEBHOOK_SECRET registers exactly one webhook (cms/src/bootstrap/webhook.ts); an editor's
// draft save reaches the runner but builds nothing, publishing schedules exactly one build,
// and the runner only accepted requests carrying the secret. Plus the bootstrap's repair
// logic against an in-memory webhook store (duplicates, old port, new secret).
import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildRunner, createRunnerServer, isDraftOnly, isInternalEntry } from '@stadtportal/publish/runner';
import { freePort, startStrapi, type StrapiInstance } from './helpers/strapi.ts';

/** What the test uses of cms/src/bootstrap/webhook.ts. */
interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}
interface FakeStrapi {
  get(name: string): unknown;
  log: { info(line: string): void };
}
interface WebhookModule {
  WEBHOOK_NAME: string;
  WEBHOOK_EVENTS: readonly string[];
  ensureBuildWebhook(strapi: FakeStrapi, url: string | undefined, secret: string | undefined): Promise<void>;
}
// Loaded by a path the type checker does not follow (as in seed-pdf.test.ts): the CMS is a
// CommonJS package whose sources this package's ESM type check would reject. Vitest runs it.
const WEBHOOK_MODULE = new URL('../cms/src/bootstrap/webhook.ts', import.meta.url).href;
const { ensureBuildWebhook, WEBHOOK_EVENTS, WEBHOOK_NAME } = (await import(WEBHOOK_MODULE)) as WebhookModule;

const SECRET = `e2e-${'0123456789abcdef'.repeat(2)}`;

async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Zeitüberschreitung: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Strapi-Webhook → Build-Runner (echter Strapi, SQLite)', () => {
  let strapi: StrapiInstance;
  let tmp: string;
  let server: Server;
  let runner: BuildRunner;
  let hookUrl: string;
  const lines: string[] = [];
  const builds = { n: 0 };
  let token = '';

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'stadtportal-webhook-'));
    runner = new BuildRunner({
      base: join(tmp, 'publish'),
      // A fake build: the test is about what triggers builds, not about building.
      steps: [{ name: 'Build', run: async () => void builds.n++ }],
      debounceMs: 500,
      log: () => {},
    });
    server = createRunnerServer({ runner, base: join(tmp, 'publish'), secret: SECRET, log: (l) => lines.push(l) });
    const port = await freePort();
    await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
    hookUrl = `http://127.0.0.1:${port}/webhook`;
    strapi = await startStrapi('sqlite', { BUILD_WEBHOOK_URL: hookUrl, WEBHOOK_SECRET: SECRET });
    token = await strapi.adminToken();
  }, 600_000);

  afterAll(async () => {
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

  it('legt beim Start genau einen Webhook mit Geheimnis und den nötigen Ereignissen an', async () => {
    const res = await admin('/admin/webhooks');
    expect(res.status).toBe(200);
    const hooks = ((await res.json()) as { data: Webhook[] }).data;
    const ours = hooks.filter((h) => h.url === hookUrl);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ name: WEBHOOK_NAME, isEnabled: true, headers: { Authorization: `Bearer ${SECRET}` } });
    expect([...(ours[0]?.events ?? [])].sort()).toEqual([...WEBHOOK_EVENTS].sort());
    // The seed ran before the webhook existed: no build was asked for during start-up.
    expect(runner.builds).toBe(0);
  });

  it('Entwurf speichern: Webhook kommt an, kein Build; Veröffentlichen: genau ein Build', async () => {
    const pages = (await (await fetch(`${strapi.url}/api/pages?filters[slug][$eq]=impressum`)).json()) as { data: { documentId: string }[] };
    const id = pages.data[0]?.documentId;
    expect(id).toBeTruthy();
    const path = `/content-manager/collection-types/api::page.page/${id}`;

    const draft = await admin(path, { method: 'PUT', body: JSON.stringify({ title: 'Impressum (Entwurf)' }) });
    expect(draft.status, await draft.clone().text()).toBe(200);
    await until('Webhook des Entwurfs', () => lines.some((l) => l.includes('nur Entwurf')));
    await new Promise((r) => setTimeout(r, 1500)); // longer than the debounce: nothing may start
    expect(runner.builds).toBe(0);

    const publish = await admin(`${path}/actions/publish`, { method: 'POST', body: JSON.stringify({ title: 'Impressum' }) });
    expect(publish.status, await publish.clone().text()).toBe(200);
    await until('Webhook der Veröffentlichung', () => lines.some((l) => l.startsWith('Webhook (entry.publish)')));
    await until('ein Build', () => runner.builds >= 1);
    await runner.whenIdle();
    await new Promise((r) => setTimeout(r, 1500));
    expect(runner.builds).toBe(1);
    expect(builds.n).toBe(1);
    // Every request the runner saw carried the secret: no 401 was logged, and each was an event.
    expect(lines.every((l) => l.startsWith('Webhook ('))).toBe(true);
    expect(strapi.log()).not.toMatch(/Error running webhook/);
  });
});

describe('ensureBuildWebhook (Webhook-Speicher im Speicher)', () => {
  function fakeStrapi(initial: Webhook[]) {
    const rows = new Map(initial.map((w) => [w.id, { ...w }]));
    let next = 100;
    const registered = new Map<string, Webhook>();
    for (const w of initial) registered.set(w.id, w);
    const store = {
      findWebhooks: async () => [...rows.values()].map((w) => ({ ...w })),
      createWebhook: async (d: Omit<Webhook, 'id' | 'isEnabled'>) => {
        const w = { ...d, id: String(next++), isEnabled: true };
        rows.set(w.id, w);
        return { ...w };
      },
      updateWebhook: async (id: string, d: Omit<Webhook, 'id'>) => {
        const w = { ...d, id };
        rows.set(id, w);
        return { ...w };
      },
      deleteWebhook: async (id: string) => {
        const w = rows.get(id) ?? null;
        rows.delete(id);
        return w;
      },
    };
    const webhookRunner = {
      add: (w: Webhook) => registered.set(w.id, w),
      update: (w: Webhook) => registered.set(w.id, w),
      remove: (w: Webhook) => registered.delete(w.id),
    };
    const strapi: FakeStrapi = {
      get: (name: string) => (name === 'webhookStore' ? store : webhookRunner),
      log: { info: () => {} },
    };
    return { strapi, rows, registered };
  }
  const URL_NOW = 'http://127.0.0.1:4322/webhook';
  const hook = (id: string, over: Partial<Webhook> = {}): Webhook => ({
    id,
    name: WEBHOOK_NAME,
    url: URL_NOW,
    headers: { Authorization: `Bearer ${SECRET}` },
    events: [...WEBHOOK_EVENTS],
    isEnabled: true,
    ...over,
  });

  it('tut nichts ohne URL oder Geheimnis und lehnt zu kurze Geheimnisse ab', async () => {
    const { strapi, rows } = fakeStrapi([]);
    await ensureBuildWebhook(strapi, undefined, SECRET);
    await ensureBuildWebhook(strapi, URL_NOW, undefined);
    expect(rows.size).toBe(0);
    await expect(ensureBuildWebhook(strapi, URL_NOW, 'kurz')).rejects.toThrow(/kürzer als 16/);
    await expect(ensureBuildWebhook(strapi, 'ftp://x/', SECRET)).rejects.toThrow(/http/);
  });

  it('lässt einen passenden Webhook unverändert, repariert Geheimnis, Port und Dubletten', async () => {
    const other = hook('9', { name: 'Fremder Webhook', url: 'https://example.org/hook', headers: {} });
    const ok = fakeStrapi([hook('1'), other]);
    await ensureBuildWebhook(ok.strapi, URL_NOW, SECRET);
    expect([...ok.rows.keys()]).toEqual(['1', '9']);

    const messy = fakeStrapi([
      hook('1', { url: 'http://127.0.0.1:9999/webhook' }), // old port, our name
      hook('2', { name: 'von Hand angelegt', headers: { Authorization: 'Bearer altes-geheimnis-0000' }, events: ['entry.publish'] }),
      hook('3'),
      other,
    ]);
    await ensureBuildWebhook(messy.strapi, URL_NOW, SECRET);
    const left = [...messy.rows.values()];
    expect(left.filter((w) => w.url === URL_NOW)).toHaveLength(1);
    expect(left.find((w) => w.id === '9')).toEqual(other);
    expect(left.filter((w) => w.name === WEBHOOK_NAME)).toEqual([hook('2')]);
    // The in-process runner knows exactly the stored webhooks.
    expect([...messy.registered.keys()].sort()).toEqual(['2', '9']);

    const rotated = fakeStrapi([hook('1')]);
    await ensureBuildWebhook(rotated.strapi, URL_NOW, `${SECRET}-neu`);
    expect(rotated.rows.get('1')?.headers).toEqual({ Authorization: `Bearer ${SECRET}-neu` });
    expect(rotated.registered.get('1')?.headers).toEqual({ Authorization: `Bearer ${SECRET}-neu` });

    const fresh = fakeStrapi([]);
    await ensureBuildWebhook(fresh.strapi, URL_NOW, SECRET);
    expect([...fresh.rows.values()]).toEqual([hook('100')]);
    expect(fresh.registered.has('100')).toBe(true);
  });

  it('Runner: nur Entwürfe (publishedAt null bei create/update) lösen keinen Build aus', () => {
    expect(isDraftOnly(JSON.stringify({ event: 'entry.update', entry: { publishedAt: null } }))).toBe(true);
    expect(isDraftOnly(JSON.stringify({ event: 'entry.create', entry: { publishedAt: null } }))).toBe(true);
    // Site settings (no draft-and-publish): publishedAt set → build.
    expect(isDraftOnly(JSON.stringify({ event: 'entry.update', entry: { publishedAt: '2026-11-25T10:00:00.000Z' } }))).toBe(false);
    // strapi/strapi#25387: null entries, junk, and every other event → build (when in doubt, build).
    expect(isDraftOnly(JSON.stringify({ event: 'entry.update', entry: null }))).toBe(false);
    expect(isDraftOnly(JSON.stringify({ event: 'entry.update', entry: {} }))).toBe(false);
    expect(isDraftOnly(JSON.stringify({ event: 'entry.publish', entry: { publishedAt: null } }))).toBe(false);
    expect(isDraftOnly(JSON.stringify({ event: 'media.create', media: {} }))).toBe(false);
    expect(isDraftOnly('kein JSON')).toBe(false);
    // Citizens' feedback stays inside the CMS: its saves build nothing; other types still build.
    const saved = (uid: string) => JSON.stringify({ event: 'entry.create', uid, entry: { publishedAt: '2026-11-25T10:00:00.000Z' } });
    expect(isInternalEntry(saved('api::page-rating.page-rating'))).toBe(true);
    expect(isInternalEntry(saved('api::barrier-report.barrier-report'))).toBe(true);
    expect(isInternalEntry(saved('api::redirect.redirect'))).toBe(false);
    expect(isInternalEntry(JSON.stringify({ event: 'entry.create', entry: {} }))).toBe(false);
  });
});
