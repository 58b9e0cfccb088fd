import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCmsClient, type CmsClient } from '../src/client.ts';
import { pullSnapshot, type PullResult } from '../src/pull.ts';
import { PULL_INDEX_FILE, pullIndexSchema } from '../src/pull-index.ts';
import { ID } from './fixtures/contract.ts';
import { demoContent, startFakeCms, type FakeCmsContent } from './helpers/fake-cms.ts';
import type { TestServer } from './helpers/server.ts';

/*
 * The delta pull (docs/adr/0024) must give the snapshot a full pull gives from the same CMS
 * state: the same snapshot.json (same entries, same order, same quarantine) and the same media
 * files. Each step below changes the fake CMS the way editors do, then pulls twice from the same
 * previous snapshot — once delta, once full — and compares the two folders.
 */

let root: string;
let cms: TestServer;
let content: FakeCmsContent;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'stadtportal-delta-'));
  content = demoContent();
  cms = await startFakeCms(content);
});
afterEach(async () => {
  await cms.close();
  await rm(root, { recursive: true, force: true });
});

const NOW = new Date('2026-12-01T12:00:00.000Z');
const HOUR = 3_600_000;
type Row = Record<string, unknown>;

let clock = Date.parse('2026-12-01T00:00:00.000Z');
/** A save in Strapi: the entry gets a new updatedAt. */
function touch(entry: Row): Row {
  clock += 1000;
  entry.updatedAt = new Date(clock).toISOString();
  return entry;
}
function find(list: unknown[], documentId: string): Row {
  const e = (list as Row[]).find((x) => x.documentId === documentId);
  if (e === undefined) throw new Error(`Testdaten: ${documentId} fehlt`);
  return e;
}
function without(list: unknown[], documentId: string): unknown[] {
  return (list as Row[]).filter((x) => x.documentId !== documentId);
}

function client(): CmsClient {
  return createCmsClient({ baseUrl: cms.url, sleep: async () => undefined, retries: 0 });
}

let folders = 0;
function pull(options: { previous: string | null; delta: boolean; now?: Date; fullPullHours?: number; client?: CmsClient; dir?: string }): Promise<PullResult> {
  const dir = options.dir ?? join(root, `r${++folders}`);
  return pullSnapshot({
    client: options.client ?? client(),
    dir,
    source: cms.url,
    previous: options.previous,
    now: () => options.now ?? NOW,
    delta: options.delta,
    ...(options.fullPullHours === undefined ? {} : { fullPullHours: options.fullPullHours }),
  });
}

async function folder(dir: string) {
  const media = (await readdir(join(dir, 'media'))).sort();
  const bytes = await Promise.all(media.map(async (f) => [f, (await readFile(join(dir, 'media', f))).toString('base64')]));
  return { snapshot: JSON.parse(await readFile(join(dir, 'snapshot.json'), 'utf8')) as Row, media: Object.fromEntries(bytes) };
}

/** Requests of one pull (the fake records every request since it started). */
function since(mark: number) {
  return cms.requests.slice(mark);
}

/**
 * One step: a delta pull and a full pull from the same previous snapshot (the live one in the
 * runner) must agree. Returns the delta result and the requests it made.
 */
async function step(previous: string) {
  const mark = cms.requests.length;
  const delta = await pull({ previous, delta: true });
  const requests = since(mark);
  const full = await pull({ previous, delta: false });
  expect(delta.kind).toBe('delta');
  expect(full.kind).toBe('full');
  const a = await folder(delta.dir);
  const b = await folder(full.dir);
  expect(a.snapshot).toEqual(b.snapshot);
  expect(a.media).toEqual(b.media);
  return { delta, full, requests };
}

/** documentIds a request asked for with filters[documentId][$in], per path. */
function byId(requests: ReturnType<typeof since>): [string, string[]][] {
  return requests
    .map((r): [string, string[]] => [r.path, [...r.query.entries()].filter(([k]) => k.startsWith('filters[documentId][$in]')).map(([, v]) => v)])
    .filter(([, ids]) => ids.length > 0);
}

/** byId with paths and ids sorted (the order of requests and of ids is no promise). */
function sorted(list: [string, string[]][]): [string, string[]][] {
  return list.map(([p, ids]): [string, string[]] => [p, [...ids].sort()]).sort(([a], [b]) => a.localeCompare(b));
}

const records = (r: PullResult) => r.quarantine.map((q) => `${q.type} ${q.documentId} ${q.field} ${q.kept}`).sort();

describe('delta pull equals a full pull', () => {
  it('through edits, a new entry, a deletion, an unpublish, a translation, an invalid entry and a slug clash', async () => {
    const first = await pull({ previous: null, delta: true });
    expect(first.kind).toBe('full');
    let live = first.dir;

    // 1. An edit of one page: only that page is fetched in full, no file is downloaded.
    touch(find(content.pages, ID.impressum)).title = 'Impressum und Kontakt';
    let s = await step(live);
    expect(byId(s.requests)).toEqual([['/api/pages', [ID.impressum]]]);
    // Only the settings' picture: the settings are always pulled whole, with their files.
    expect(s.requests.filter((r) => r.path.startsWith('/uploads/')).map((r) => r.path)).toEqual(['/uploads/westdorf_1a2b3c4d5e.jpg']);
    // Every keyed list was asked only for documentId, updatedAt and publishedAt (no populate); the
    // redirects (no documentId in the contract) and the single types are pulled whole.
    const populated = s.requests.filter((r) => [...r.query.keys()].some((k) => k.startsWith('populate')) && !r.query.has('filters[documentId][$in][0]'));
    expect(populated.map((r) => r.path).sort()).toEqual(['/api/site-setting']);
    expect(s.delta.fetchedEntries).toBe(1);
    // Links are looked up by the types' own relations only, never into components (Strapi's are
    // one-sided there, and the CMS refuses filters on a meeting's agenda items).
    const filters = s.requests.flatMap((r) => [...r.query.keys()].filter((k) => k.startsWith('filters')));
    expect(filters.filter((k) => !/^filters(\[[A-Za-z]+\])?\[documentId\]\[\$in\]\[\d+\]$/.test(k))).toEqual([]);
    expect(filters.some((k) => k.startsWith('filters[parent][documentId]'))).toBe(true);
    expect(s.full.fetchedEntries).toBeGreaterThan(20);
    const snapshot = (await folder(s.delta.dir)).snapshot as { pages: Row[] };
    expect(find(snapshot.pages, ID.impressum).title).toBe('Impressum und Kontakt');
    live = s.delta.dir;

    // 2. A new news article with an image the previous snapshot has not got.
    const article = touch({ ...find(content.news, ID.newsGildefest), id: 99, documentId: 'newsneu00000000000000099', slug: 'neu-im-rathaus' });
    content.news = [...content.news, article];
    s = await step(live);
    expect(byId(s.requests)).toEqual([['/api/news-articles', ['newsneu00000000000000099']]]);
    live = s.delta.dir;

    // 3. A deleted event: nothing names it, nothing else is fetched.
    content.events = without(content.events, ID.weihnachtsmarkt);
    s = await step(live);
    expect(byId(s.requests)).toEqual([]);
    live = s.delta.dir;

    // 4. An unpublished service, the way Strapi does it: the links of the life event and the
    // Online-Dienst to it disappear, and their updatedAt stays. Their previous versions name the
    // service: both are fetched again, and the snapshot is a full pull's (no quarantine).
    const ausweis = find(content.services, ID.ausweis);
    content.services = without(content.services, ID.ausweis);
    const umzug = find(content.lifeEvents, ID.umzug);
    const termin = find(content.onlineServices, ID.termin);
    const linksBefore = { umzug: umzug.services, termin: termin.services };
    const unlink = (links: unknown) => (links as Row[]).filter((r) => r.documentId !== ID.ausweis);
    umzug.services = unlink(umzug.services);
    termin.services = unlink(termin.services);
    s = await step(live);
    expect(sorted(byId(s.requests))).toEqual([
      ['/api/life-events', [ID.umzug]],
      ['/api/online-services', [ID.termin]],
    ]);
    expect(records(s.delta)).toEqual([]);
    live = s.delta.dir;

    // Published again and linked again by the editors (each a save).
    content.services = [...content.services, touch(ausweis)];
    touch(umzug).services = linksBefore.umzug;
    touch(termin).services = linksBefore.termin;
    s = await step(live);
    expect(sorted(byId(s.requests))).toEqual([
      ['/api/life-events', [ID.umzug]],
      ['/api/online-services', [ID.termin]],
      ['/api/services', [ID.ausweis]],
    ]);
    live = s.delta.dir;

    // 4b. Hostile: the CMS goes on naming the unpublished service. The life event keeps it out
    // of its list (quarantine) — and, being in quarantine, is fetched again next time, where it
    // gets the service back once that is published again, though the life event never changed.
    content.services = without(content.services, ID.ausweis);
    s = await step(live);
    expect(records(s.delta)).toEqual([`life-event ${ID.umzug} services.1 current`, `online-service ${ID.termin} services.1 current`]);
    live = s.delta.dir;
    content.services = [...content.services, touch(ausweis)];
    s = await step(live);
    expect(sorted(byId(s.requests))).toEqual([
      ['/api/life-events', [ID.umzug]],
      ['/api/online-services', [ID.termin]],
      ['/api/services', [ID.ausweis]],
    ]);
    expect(records(s.delta)).toEqual([]);
    live = s.delta.dir;

    // A relation with two sides: connecting the Impressum as a child of the Rathaus page (an
    // edit of the Rathaus page) gives the Impressum a new parent without a new updatedAt.
    // Strapi lists it as linked to the changed page: fetched again, its URL moves as in a full pull.
    touch(find(content.pages, ID.rathaus));
    find(content.pages, ID.impressum).parent = { id: 77, documentId: ID.rathaus };
    s = await step(live);
    expect(sorted(byId(s.requests))).toEqual([['/api/pages', [ID.impressum, ID.ortschaften, ID.rathaus].sort()]]);
    expect(find(((await folder(s.delta.dir)).snapshot as { pages: Row[] }).pages, ID.impressum).parent).toBe(ID.rathaus);
    live = s.delta.dir;

    // A publish without an edit: the Bürgerservice unpublished and published again keeps its
    // updatedAt (Strapi copies the draft's) and gets a new publishedAt — and the service's
    // one-sided link to it is gone (Strapi dropped it with the unpublished version).
    find(content.offices, ID.buergerservice).publishedAt = '2026-12-02T08:00:00.000Z';
    const wohnsitz = find(content.services, ID.wohnsitz);
    const office = wohnsitz.office;
    wohnsitz.office = null;
    s = await step(live);
    // Everything that named the office comes again: both services, the appointment booking.
    expect(sorted(byId(s.requests))).toEqual([
      ['/api/offices', [ID.buergerservice]],
      ['/api/online-services', [ID.termin]],
      ['/api/services', [ID.wohnsitz, ID.ausweis].sort()],
    ]);
    live = s.delta.dir;
    // The editors link it again (a save).
    touch(wohnsitz).office = office;
    s = await step(live);
    expect(records(s.delta)).toEqual([]);
    live = s.delta.dir;

    // 5. A new English translation.
    content.pagesEn = [
      ...content.pagesEn,
      touch({ ...find(content.pagesEn, ID.rathaus), id: 81, documentId: ID.ortschaften, title: 'Villages', slug: 'villages' }),
    ];
    s = await step(live);
    expect(byId(s.requests)).toEqual([['/api/pages', [ID.ortschaften]]]);
    expect(s.requests.find((r) => r.query.has('filters[documentId][$in][0]'))?.query.get('locale')).toBe('en');
    live = s.delta.dir;

    // 6. An alert becomes invalid: it keeps its previous version — and is fetched again next time.
    const alertLink = find(content.alerts, ID.hochwasser).link;
    touch(find(content.alerts, ID.hochwasser)).link = 'javascript:alert(1)';
    s = await step(live);
    expect(records(s.delta)).toEqual([`alert ${ID.hochwasser} link previous`]);
    live = s.delta.dir;
    s = await step(live);
    expect(byId(s.requests)).toEqual([['/api/alerts', [ID.hochwasser]]]);
    expect(records(s.delta)).toEqual([`alert ${ID.hochwasser} link previous`]);
    live = s.delta.dir;

    // 7. A changed slug that clashes with another page's: the changed page goes back to its
    // previous version; the other page is unchanged and reused.
    const ortschaften = find(content.pages, ID.ortschaften);
    const rathausSlug = String(find(content.pages, ID.rathaus).slug);
    const sameParent = JSON.stringify(ortschaften.parent ?? null) === JSON.stringify(find(content.pages, ID.rathaus).parent ?? null);
    touch(ortschaften).slug = sameParent ? rathausSlug : 'Ungültig!';
    s = await step(live);
    expect(records(s.delta).filter((r) => r.startsWith(`page ${ID.ortschaften} slug`))).toEqual([`page ${ID.ortschaften} slug previous`]);
    live = s.delta.dir;

    // 8. Everything fixed: the delta pull lands where a full pull does, without quarantine.
    touch(find(content.alerts, ID.hochwasser)).link = alertLink;
    touch(ortschaften).slug = 'ortschaften-neu';
    s = await step(live);
    expect(records(s.delta)).toEqual([]);
  });

  it('writes an index without the entries in quarantine', async () => {
    const umzug = find(content.lifeEvents, ID.umzug);
    content.lifeEvents = [touch({ ...umzug, services: [...(umzug.services as unknown[]), { id: 1, documentId: 'servicegibtesnicht000001' }] })];
    const r = await pull({ previous: null, delta: false });
    const index = pullIndexSchema.parse(JSON.parse(await readFile(join(r.dir, PULL_INDEX_FILE), 'utf8')));
    expect(index.lists.lifeEvents).toEqual({});
    const version = (e: Row) => `${String(e.updatedAt)}|${String(e.publishedAt)}`;
    expect(index.lists.pages?.[ID.rathaus]).toBe(version(find(content.pages, ID.rathaus)));
    expect(index.lists['translations.en.pages']).toEqual({ [ID.rathaus]: version(find(content.pagesEn, ID.rathaus)) });
    expect(index.lastFullPull).toBe(NOW.toISOString());
  });
});

describe('a delta pull falls back to a full pull, and says why', () => {
  async function base() {
    const r = await pull({ previous: null, delta: false });
    return r.dir;
  }
  async function editIndex(dir: string, change: (index: Row) => void) {
    const file = join(dir, PULL_INDEX_FILE);
    const index = JSON.parse(await readFile(file, 'utf8')) as Row;
    change(index);
    await writeFile(file, JSON.stringify(index));
  }

  it('without an index', async () => {
    const dir = await base();
    await rm(join(dir, PULL_INDEX_FILE));
    const r = await pull({ previous: dir, delta: true });
    expect([r.kind, r.fullReason]).toEqual(['full', 'kein Abruf-Index (pull-index.json) beim vorherigen Snapshot']);
  });

  it('without a previous snapshot', async () => {
    const r = await pull({ previous: null, delta: true });
    expect([r.kind, r.fullReason]).toEqual(['full', 'kein vorheriger Snapshot']);
  });

  it('with an index of another snapshot version', async () => {
    const dir = await base();
    await editIndex(dir, (i) => (i.snapshotVersion = 3));
    const r = await pull({ previous: dir, delta: true });
    expect(r.kind).toBe('full');
    expect(r.fullReason).toMatch(/Snapshot-Version 3, erwartet 4/);
  });

  it('with an index of other queries or another CMS', async () => {
    const dir = await base();
    await editIndex(dir, (i) => (i.registry = '0'.repeat(64)));
    const r = await pull({ previous: dir, delta: true });
    expect([r.kind, r.fullReason]).toEqual(['full', 'Inhaltstypen, Abfragen oder CMS-Adresse haben sich seit dem letzten Abruf geändert']);
  });

  it('with an index beside another snapshot.json', async () => {
    const dir = await base();
    const file = join(dir, 'snapshot.json');
    await writeFile(file, `${(await readFile(file, 'utf8')).trimEnd()} \n`);
    const r = await pull({ previous: dir, delta: true });
    expect([r.kind, r.fullReason]).toEqual(['full', 'Abruf-Index passt nicht zu snapshot.json (anderer Snapshot)']);
  });

  it('with an unreadable index', async () => {
    const dir = await base();
    await writeFile(join(dir, PULL_INDEX_FILE), '{"format":');
    const r = await pull({ previous: dir, delta: true });
    expect(r.kind).toBe('full');
    expect(r.fullReason).toMatch(/^Abruf-Index .* ist kein gültiges JSON/);
  });

  it('when the last full pull is older than FULL_PULL_HOURS; delta pulls keep its time', async () => {
    const dir = await base();
    const soon = await pull({ previous: dir, delta: true, now: new Date(NOW.getTime() + 23 * HOUR) });
    expect(soon.kind).toBe('delta');
    const index = pullIndexSchema.parse(JSON.parse(await readFile(join(soon.dir, PULL_INDEX_FILE), 'utf8')));
    expect(index.lastFullPull).toBe(NOW.toISOString());

    const late = await pull({ previous: soon.dir, delta: true, now: new Date(NOW.getTime() + 24 * HOUR) });
    expect(late.kind).toBe('full');
    expect(late.fullReason).toMatch(/^letzter vollständiger Abruf vor mehr als 24 Stunden/);
    const lateIndex = pullIndexSchema.parse(JSON.parse(await readFile(join(late.dir, PULL_INDEX_FILE), 'utf8')));
    expect(lateIndex.lastFullPull).toBe(new Date(NOW.getTime() + 24 * HOUR).toISOString());

    const longer = await pull({ previous: soon.dir, delta: true, now: new Date(NOW.getTime() + 24 * HOUR), fullPullHours: 48 });
    expect(longer.kind).toBe('delta');
  });

  it('when the caller asks for a full pull', async () => {
    const dir = await base();
    const r = await pull({ previous: dir, delta: false });
    expect([r.kind, r.fullReason]).toEqual(['full', 'vollständiger Abruf angefordert']);
  });
});

describe('an interrupted delta pull', () => {
  it('leaves snapshot.json, the index and the media folder as they were', async () => {
    const dir = join(root, 'content');
    await pull({ previous: dir, delta: true, dir });
    const before = {
      json: await readFile(join(dir, 'snapshot.json')),
      index: await readFile(join(dir, PULL_INDEX_FILE)),
      files: await readdir(dir, { recursive: true }),
    };

    touch(find(content.pages, ID.impressum)).title = 'Geändert';
    touch(find(content.news, ID.newsGildefest)).title = 'Auch geändert';
    // The CMS goes away half-way: after the pages' changed entries, before the news'.
    const real = client();
    let calls = 0;
    const failing: CmsClient = {
      baseUrl: real.baseUrl,
      download: (url) => real.download(url),
      findSingle: (name, query) => real.findSingle(name, query),
      async findAll(name, query) {
        if (name === 'news-articles' && ++calls === 2) throw new Error('CMS-Anfrage fehlgeschlagen (Test: Verbindung abgebrochen)');
        return real.findAll(name, query);
      },
    };
    await expect(pull({ previous: dir, delta: true, dir, client: failing })).rejects.toThrow(/Verbindung abgebrochen/);
    expect(calls).toBe(2);
    expect(await readFile(join(dir, 'snapshot.json'))).toEqual(before.json);
    expect(await readFile(join(dir, PULL_INDEX_FILE))).toEqual(before.index);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(before.files.sort());

    // The next pull sees both changes: the index still says they are new.
    const r = await pull({ previous: dir, delta: true, dir });
    expect(r.kind).toBe('delta');
    expect(r.fetchedEntries).toBe(2);
  });
});
