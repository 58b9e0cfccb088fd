// A hostile editor against a real Strapi (SQLite, seeded): the CSV import (`node
// scripts/publish/import-redirects.ts`) refuses rows whose old host or target would become nginx
// syntax or another host, with line numbers and German messages, stores nothing, and the
// configuration built from the CMS stays valid; a slug change never deletes a redirect someone
// made by hand that occupies the new address — the publish is refused and rolled back.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '@stadtportal/shared';
import { createCmsClient } from '@stadtportal/shared/client';
import { pullSnapshot } from '@stadtportal/shared/pull';
import { writeNginxConfig } from '@stadtportal/publish/nginx';
import { compileAll } from '@stadtportal/publish/redirects';
import { switchRelease } from '@stadtportal/publish/releases';
import { makeRelease } from './helpers/publish.ts';
import { REPO } from './helpers/paths.ts';
import { freePort, startStrapi, type StrapiInstance } from './helpers/strapi.ts';

let strapi: StrapiInstance;
let tmp: string;
let adminToken: string;
let apiToken: string;

interface RedirectRow {
  documentId: string;
  from: string;
  to: string | null;
  kind: string;
  note: string | null;
}

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${strapi.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function redirectsFrom(from: string): Promise<RedirectRow[]> {
  const res = await fetch(`${strapi.url}/api/redirects?filters[from][$eq]=${encodeURIComponent(from)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: RedirectRow[] }).data;
}

async function allRedirects(): Promise<RedirectRow[]> {
  const res = await fetch(`${strapi.url}/api/redirects?pagination[pageSize]=100&sort=id:asc`);
  return ((await res.json()) as { data: RedirectRow[] }).data;
}

async function publishedPage(slug: string): Promise<{ documentId: string } | undefined> {
  const res = await fetch(`${strapi.url}/api/pages?filters[slug][$eq]=${slug}&locale=de`);
  return ((await res.json()) as { data: { documentId: string }[] }).data[0];
}

function importCsv(file: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO, 'scripts/publish/import-redirects.ts'), file],
      { env: { ...process.env, CMS_URL: strapi.url, CMS_WRITE_TOKEN: apiToken, SITE_URL: 'https://www.aschersleben.de', REDIRECT_QUERY_KEYS: '' } },
      (err, stdout, stderr) => resolve({ code: err && typeof err.code === 'number' ? err.code : 0, out: stdout + stderr }),
    );
  });
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-redirects-hostile-'));
  strapi = await startStrapi('sqlite');
  adminToken = await strapi.adminToken();
  const token = await admin('POST', '/admin/api-tokens', { name: 'Import Weiterleitungen', type: 'full-access', lifespan: null, description: '' });
  expect(token.status, await token.clone().text()).toBe(201);
  apiToken = ((await token.json()) as { data: { accessKey: string } }).data.accessKey;
}, 600_000);

afterAll(async () => {
  await strapi?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('pnpm redirects:import mit feindlichen Zeilen', () => {
  const HOSTILE = [
    'from,to,status',
    'https://~.*/,https://evil.example/phish,301', // 2: a regex as old host
    'https://alt.example;evil/x,/rathaus-verwaltung/,301', // 3: ";" ends an nginx directive
    '"https://alt.example""/x",/rathaus-verwaltung/,301', // 4: a quote in the host
    '/a/,/.//evil.example/,301', // 5: resolves to //evil.example/
    '/b/,/%2e//x,301', // 6
    '"/c/","/./\\x",301', // 7
    '/d/,//evil.example/,301', // 8
    '/e/,"/x""; return 301 https://evil.example; #",301', // 9
    '/index.php?L=1,/rathaus-verwaltung/,301', // 10: no page id
  ].join('\n');

  it('refuses every row with its line and a German reason, exits 1 and stores nothing', async () => {
    const before = await allRedirects();
    const file = join(tmp, 'feindlich.csv');
    await writeFile(file, `${HOSTILE}\n`);
    const { code, out } = await importCsv(file);
    expect(code).toBe(1);
    for (const line of [2, 3, 4, 5, 6, 7, 8, 9, 10]) expect(out, `Zeile ${line}`).toMatch(new RegExp(`^Abgelehnt: Zeile ${line}: `, 'm'));
    expect(out).toMatch(/^Abgelehnt: Zeile 2: https:\/\/~\.\*\/: Alte Adresse: /m);
    expect(out).toMatch(/^Abgelehnt: Zeile 5: \/a\/: Ziel: /m);
    expect(out).toMatch(/^Abgelehnt: Zeile 10: .*maßgeblichen Parameter id/m);
    expect(out).toContain('/feindlich.csv: 0 gültig (0 Ketten zusammengefasst), 9 Probleme abgelehnt; im CMS 0 neu, 0 geändert, 0 unverändert.');
    expect(await allRedirects()).toEqual(before);
  });

  it('updates a stored TYPO3 address when a row spells it with other parameters, instead of adding one', async () => {
    const total = (await allRedirects()).length;
    const file = join(tmp, 'typo3.csv');
    await writeFile(file, 'from,to,status\n/index.php?L=0&id=12&cHash=4f1e,/rathaus-verwaltung/,301\n');
    const { code, out } = await importCsv(file);
    expect(code, out).toBe(0);
    expect(out).toContain('im CMS 0 neu, 1 geändert, 0 unverändert.');
    expect((await redirectsFrom('/index.php?id=12'))[0]?.to).toBe('/rathaus-verwaltung/');
    expect((await allRedirects()).length).toBe(total);
  });

  it('leaves a configuration that nginx accepts, without any of the hostile values', async () => {
    const snapDir = join(tmp, 'snapshot');
    await pullSnapshot({ client: createCmsClient({ baseUrl: strapi.url }), dir: snapDir, source: strapi.url });
    const compiled = compileAll((await readSnapshot(snapDir)).redirects, null, { siteHosts: ['www.aschersleben.de'] });
    expect(compiled.rejected).toBe(0);
    const base = join(tmp, 'publish');
    await switchRelease(base, (await makeRelease(base, 'R1')).id);
    const prefix = join(tmp, 'nginx');
    const conf = await writeNginxConfig({
      prefix,
      docroot: join(base, 'current', 'site'),
      port: await freePort(),
      siteOrigin: 'https://www.aschersleben.de',
      redirects: compiled.rules,
      workers: 1,
      ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
    }); // writes only after nginx -t accepted it
    const text = (await readFile(conf, 'utf8')) + (await readFile(/include (\S+);/.exec(await readFile(conf, 'utf8'))?.[1] ?? '', 'utf8'));
    for (const bad of ['evil.example', 'alt.example', '~.*/', '%2e']) expect(text).not.toContain(bad);
  });
});

describe('Kürzel ändern, wo eine Weiterleitung von Hand liegt', () => {
  const base = '/leben-in-aschersleben';

  async function publishSlug(documentId: string, slug: string): Promise<Response> {
    return admin('POST', `/content-manager/collection-types/api::page.page/${documentId}/actions/publish?locale=de`, { slug });
  }

  it('refuses the publish and keeps the hand-made redirect (any slash form), naming it', async () => {
    const sport = await publishedPage('sport');
    expect(sport).toBeDefined();
    // Another organisation's redirect, without the trailing slash: nginx matches it for the page too.
    const made = await admin('POST', '/content-manager/collection-types/api::redirect.redirect', {
      from: `${base}/sportvereine`,
      to: 'https://www.sportbund-salzlandkreis.example/vereine',
      kind: 'voruebergehend_302',
      note: 'Kreissportbund: Vereinsliste',
    });
    expect(made.status, await made.clone().text()).toBe(201);
    const total = (await allRedirects()).length;

    const res = await publishSlug(sport!.documentId, 'sportvereine');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { name: string; message: string } };
    expect(body.error.name).toBe('ValidationError');
    expect(body.error.message).toMatch(/Die neue Adresse ist schon als alte Adresse einer Weiterleitung eingetragen/);
    expect(body.error.message).toContain(`„${base}/sportvereine“ → https://www.sportbund-salzlandkreis.example/vereine`);

    expect((await redirectsFrom(`${base}/sportvereine`))[0]).toMatchObject({
      to: 'https://www.sportbund-salzlandkreis.example/vereine',
      note: 'Kreissportbund: Vereinsliste',
    });
    expect(await redirectsFrom(`${base}/sport/`)).toEqual([]); // no automatic redirect either
    expect((await allRedirects()).length).toBe(total);
    expect(await publishedPage('sport')).toBeDefined(); // the live page kept its address
    expect(await publishedPage('sportvereine')).toBeUndefined();
  });

  it('still removes its own automatic redirect when a page is renamed back', async () => {
    const sport = (await publishedPage('sport'))!;
    expect((await publishSlug(sport.documentId, 'sport-und-freizeit')).status).toBe(200);
    expect((await redirectsFrom(`${base}/sport/`))[0]).toMatchObject({ to: `${base}/sport-und-freizeit/`, kind: 'dauerhaft_301' });
    expect((await publishSlug(sport.documentId, 'sport')).status).toBe(200);
    expect(await redirectsFrom(`${base}/sport/`)).toEqual([]);
    expect((await redirectsFrom(`${base}/sport-und-freizeit/`))[0]?.to).toBe(`${base}/sport/`);
  });
});
