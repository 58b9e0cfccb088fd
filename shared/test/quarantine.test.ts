import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCmsClient } from '../src/client.ts';
import { InvalidContentError } from '../src/errors.ts';
import { pullSnapshot } from '../src/pull.ts';
import { readSnapshot, validateSnapshot, type Snapshot } from '../src/snapshot.ts';
import { SSI_MESSAGE } from '../src/rules/text.ts';
import { VIDEO_CAPTIONS_REQUIRED_MESSAGE } from '../src/rules/video.ts';
import * as contract from './fixtures/contract.ts';
import { ID } from './fixtures/contract.ts';
import { restMedia } from './fixtures/rest.ts';
import { demoContent, startFakeCms, type FakeCmsContent } from './helpers/fake-cms.ts';
import { entry, snapshotIssues } from './helpers/issues.ts';
import type { TestServer } from './helpers/server.ts';

/*
 * Quarantine, not a stop sign (shared/src/quarantine.ts): an entry the pull refuses keeps its
 * last valid version from the previous snapshot, or is left out; the snapshot records why and
 * what it holds instead; everything else is published as it is. Settings and answers of the
 * wrong shape still stop the pull, and a failed pull still leaves the previous snapshot as it was.
 */

let dir: string;
let cms: TestServer | undefined;
let content: FakeCmsContent;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stadtportal-quarantine-'));
  content = demoContent();
  cms = await startFakeCms(content);
});
afterEach(async () => {
  await cms?.close();
  await rm(dir, { recursive: true, force: true });
});

const NOW = new Date('2026-01-15T12:00:00.000Z');

function pull(options: { into?: string; previous?: string | null } = {}) {
  if (!cms) throw new Error('CMS läuft nicht');
  const client = createCmsClient({ baseUrl: cms.url, sleep: async () => undefined, retries: 0 });
  return pullSnapshot({
    client,
    dir: options.into ?? dir,
    source: cms.url,
    now: () => NOW,
    ...(options.previous === undefined ? {} : { previous: options.previous }),
  });
}

const list = (name: keyof FakeCmsContent) => content[name] as Record<string, unknown>[];
const EVIL = '//evil.example/';
const LINK_MESSAGE = 'Link-Ziel nicht erlaubt (nur http(s), mailto, tel, /pfad oder #anker)';
const link = (url: string) => ({ type: 'link', url, children: [{ type: 'text', text: 'mehr' }] });

/** The Gildefest article, edited: a new title (to tell versions apart) and a link to another host. */
function breakGildefest(): void {
  const n = entry(list('news'), ID.newsGildefest);
  n.title = 'Gildefest – neu';
  n.body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Siehe ' }, link(EVIL)] }];
}

async function failure(p: Promise<unknown>): Promise<InvalidContentError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InvalidContentError);
  return err as InvalidContentError;
}

describe('an invalid entry is quarantined, the rest is published', () => {
  it('keeps the last valid version of a news article whose link became //evil.example/', async () => {
    await pull();
    const before = await readSnapshot(dir);
    breakGildefest();
    // A valid change elsewhere in the same pull goes through.
    entry(list('news'), ID.newsAmtsblatt).title = 'Amtsblatt Nr. 12 ist da';

    const result = await pull();
    const after = await readSnapshot(dir);
    const gildefest = after.news.find((n) => n.documentId === ID.newsGildefest);
    expect(gildefest).toEqual(before.news.find((n) => n.documentId === ID.newsGildefest));
    expect(gildefest?.title).toBe('Gildefest auf dem Holzmarkt');
    expect(after.news.find((n) => n.documentId === ID.newsAmtsblatt)?.title).toBe('Amtsblatt Nr. 12 ist da');
    const record = {
      type: 'news-article',
      documentId: ID.newsGildefest,
      organisation: ID.kultur,
      field: 'body.0.children.1.url',
      message: LINK_MESSAGE,
      kept: 'previous',
    };
    expect(after.quarantine).toEqual([record]);
    expect(result.quarantine).toEqual([record]);
    expect(result.counts.news).toBe(2);
  });

  it('keeps the last valid version of a page whose video has speech but no captions; its files are not fetched', async () => {
    await pull();
    const before = await readSnapshot(dir);
    entry(list('pages'), ID.gebaerdensprache).video = {
      id: 77,
      title: 'Ein Video mit Sprache',
      speech: true,
      duration: 8,
      transcript: null,
      mp4: { ...restMedia('rede_a1b2c3', '.mp4', 'video/mp4', 0, 0), width: null, height: null, formats: null },
      webm: null,
      captions: null,
      poster: restMedia('rede_vorschau_d4e5f6', '.png', 'image/png', 640, 360),
    };
    const result = await pull();
    const after = await readSnapshot(dir);
    const page = (s: Snapshot) => s.pages.find((p) => p.documentId === ID.gebaerdensprache);
    expect(page(after)).toEqual(page(before));
    expect(page(after)?.video).toBeNull();
    expect(result.quarantine.map((r) => `${r.type} ${r.documentId} ${r.field} ${r.kept}: ${r.message}`)).toEqual([
      `page ${ID.gebaerdensprache} video.captions previous: ${VIDEO_CAPTIONS_REQUIRED_MESSAGE}`,
    ]);
    expect(await readdir(join(dir, 'media'))).not.toContain('rede_a1b2c3.mp4');
  });

  it('leaves out an entry that never had a valid version (first pull, and a new entry later)', async () => {
    breakGildefest();
    await pull();
    let s = await readSnapshot(dir);
    expect(s.news.map((n) => n.documentId)).toEqual([ID.newsAmtsblatt]);
    expect(s.quarantine).toEqual([
      { type: 'news-article', documentId: ID.newsGildefest, organisation: ID.kultur, field: 'body.0.children.1.url', message: LINK_MESSAGE, kept: 'omitted' },
    ]);
    // Its image is not downloaded: only what the snapshot references is.
    expect(cms?.requests.some((r) => r.path === '/uploads/gildefest_9f8e7d6c5b.webp')).toBe(false);

    // Fixed: published again in full, the quarantine is empty.
    content = demoContent();
    await cms?.close();
    cms = await startFakeCms(content);
    const fresh = {
      ...entry(list('news'), ID.newsAmtsblatt),
      id: 29,
      documentId: 'newsneu00000000000000009',
      slug: 'neu',
      body: [{ type: 'paragraph', children: [link('javascript:alert(1)')] }],
    };
    list('news').push(fresh);
    await pull();
    s = await readSnapshot(dir);
    expect(s.news.map((n) => n.documentId)).toEqual([ID.newsGildefest, ID.newsAmtsblatt]);
    expect(s.quarantine.map((r) => `${r.documentId} ${r.field} ${r.kept}`)).toEqual(['newsneu00000000000000009 body.0.children.0.url omitted']);
  });

  it('older data under a stricter rule: the previous version fails today’s contract too, so the entry is left out', async () => {
    await pull();
    // The previous snapshot holds the article with //evil.example/ — written before the rule existed.
    const file = join(dir, 'snapshot.json');
    const old = JSON.parse(await readFile(file, 'utf8')) as { news: { documentId: string; body: unknown }[] };
    const n = old.news.find((x) => x.documentId === ID.newsGildefest);
    if (!n) throw new Error('Testdaten: Gildefest fehlt');
    n.body = [{ type: 'paragraph', children: [link(EVIL)] }];
    await writeFile(file, JSON.stringify(old));
    breakGildefest();

    await pull();
    const s = await readSnapshot(dir);
    expect(s.news.map((x) => x.documentId)).toEqual([ID.newsAmtsblatt]);
    expect(s.quarantine.map((r) => r.kept)).toEqual(['omitted']);
  });

  it('quarantines an alert and a redirect like any entry; a redirect has no previous version', async () => {
    await pull();
    entry(list('alerts'), ID.hochwasser).link = 'javascript:alert(1)';
    entry(list('redirects'), 'redirect0000000000000002').to = EVIL;
    await pull();
    const s = await readSnapshot(dir);
    expect(s.alerts.map((a) => a.link)).toEqual(['/rathaus/']);
    expect(s.redirects.map((r) => r.from)).toEqual(['/index.php?id=42', '/alte-seite/']);
    expect(s.quarantine.map((r) => `${r.type} ${r.documentId} ${r.field} ${r.kept}`)).toEqual([
      `alert ${ID.hochwasser} link previous`,
      'redirect redirect0000000000000002 to omitted',
    ]);
  });

  it('copies the files of a previous version from the previous snapshot (the build runner pulls into a new folder)', async () => {
    await pull();
    breakGildefest();
    // The CMS no longer has the article's image: the kept version's file must come from the live snapshot.
    content.uploads.delete('/uploads/gildefest_9f8e7d6c5b.webp');
    const next = await mkdtemp(join(tmpdir(), 'stadtportal-quarantine-next-'));
    try {
      await pull({ into: next, previous: dir });
      const s = await readSnapshot(next);
      expect(s.news.find((n) => n.documentId === ID.newsGildefest)?.image?.file).toBe('gildefest_9f8e7d6c5b.webp');
      expect(await readFile(join(next, 'media', 'gildefest_9f8e7d6c5b.webp'))).toEqual(await readFile(join(dir, 'media', 'gildefest_9f8e7d6c5b.webp')));
      // The previous folder is only read.
      expect((await readSnapshot(dir)).quarantine).toEqual([]);
    } finally {
      await rm(next, { recursive: true, force: true });
    }
  });

  it('reads a previous snapshot of format version 3 (before the quarantine existed)', async () => {
    await pull();
    const file = join(dir, 'snapshot.json');
    const { quarantine: _q, ...v3 } = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...v3, version: 3 }));
    breakGildefest();
    await pull();
    expect((await readSnapshot(dir)).quarantine.map((r) => r.kept)).toEqual(['previous']);
  });

  it('with an unreadable previous snapshot, refused entries are left out and the result says why', async () => {
    await writeFile(join(dir, 'snapshot.json'), '{ kaputt');
    breakGildefest();
    const result = await pull();
    expect(result.previousProblem).toMatch(/kein gültiges JSON/);
    expect(result.quarantine.map((r) => r.kept)).toEqual(['omitted']);
  });
});

describe('server-side include commands („<!--#“) in any field', () => {
  const SSI = '<!--# include virtual="/_eilmeldung" -->';

  it('quarantine an entry with the command deep in a block, naming its path', async () => {
    await pull();
    const n = entry(list('news'), ID.newsAmtsblatt);
    n.body = [{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: `Punkt ${SSI}` }] }] }];
    // In an attribute value on the page (the image's alt text) just the same.
    const o = entry(list('events'), ID.lesung);
    (o.image as { alt: string }).alt = `Lesung ${SSI}`;
    await pull();
    const s = await readSnapshot(dir);
    expect(s.quarantine).toEqual([
      {
        type: 'news-article',
        documentId: ID.newsAmtsblatt,
        organisation: ID.stadt,
        field: 'body.0.children.0.children.0.text',
        message: SSI_MESSAGE,
        kept: 'previous',
      },
      { type: 'event', documentId: ID.lesung, organisation: expect.any(String), field: 'image.alt', message: SSI_MESSAGE, kept: 'previous' },
    ]);
    expect(JSON.stringify(s.news) + JSON.stringify(s.events)).not.toContain('<!--#');
  });

  it('in the settings, it stops the pull (settings have no previous version to fall back to)', async () => {
    await pull();
    const before = await readFile(join(dir, 'snapshot.json'));
    (content.settings as Record<string, unknown>).claim = `Älteste Stadt ${SSI}`;
    const err = await failure(pull());
    expect(err.issues).toEqual([{ type: 'site-settings', documentId: '–', field: 'claim', message: SSI_MESSAGE }]);
    expect(await readFile(join(dir, 'snapshot.json'))).toEqual(before);
  });

  it('the contract refuses it in a snapshot, too (the site build reads it with validateSnapshot)', () => {
    const s: Snapshot = contract.validSnapshot();
    const p = s.pages[0];
    if (!p) throw new Error('Testdaten: keine Seite');
    p.seoDescription = `Rathaus ${SSI}`;
    expect(snapshotIssues(s)).toEqual([{ type: 'page', documentId: p.documentId, field: 'seoDescription', message: SSI_MESSAGE }]);
  });
});

describe('references to entries that are not in the snapshot', () => {
  it('an omitted service is dropped from the lists that name it (life event, Online-Dienst), with a record each', async () => {
    entry(list('services'), ID.ausweis).slug = 'Personalausweis!';
    await pull();
    const s = await readSnapshot(dir);
    expect(s.services.map((x) => x.documentId)).toEqual([ID.wohnsitz]);
    expect(s.lifeEvents.find((l) => l.documentId === ID.umzug)?.services).toEqual([ID.wohnsitz]);
    expect(s.onlineServices.find((o) => o.documentId === ID.termin)?.services).not.toContain(ID.ausweis);
    expect(s.quarantine.map((r) => `${r.type} ${r.documentId} ${r.field} ${r.kept}`)).toEqual([
      `service ${ID.ausweis} slug omitted`,
      `life-event ${ID.umzug} services.1 current`,
      `online-service ${ID.termin} services.1 current`,
    ]);
    expect(s.quarantine[1]?.message).toBe(`Leistung ${ID.ausweis} ist nicht (veröffentlicht) vorhanden`);
  });

  it('a life event whose every service is omitted falls back like a single reference (its list may not be empty)', async () => {
    const umzug = entry(list('lifeEvents'), ID.umzug);
    umzug.services = (umzug.services as { documentId: string }[]).filter((r) => r.documentId === ID.ausweis);
    entry(list('services'), ID.ausweis).slug = 'Personalausweis!';
    // Was: a raw ZodError from dropping the item, and the whole pull failed.
    await pull();
    const first = await readSnapshot(dir);
    expect(first.lifeEvents).toEqual([]);
    expect(first.quarantine.filter((r) => r.type === 'life-event').map((r) => `${r.field} ${r.kept}`)).toEqual(['services.0 omitted']);
    // With a previous version (when it named another service), the life event keeps that one.
    const valid = await mkdtemp(join(tmpdir(), 'stadtportal-quarantine-prev-'));
    try {
      const services = list('services');
      content.services = services.filter((x) => x.documentId !== ID.ausweis);
      umzug.services = [{ id: 1, documentId: ID.wohnsitz }];
      await pull({ into: valid, previous: null });
      content.services = services;
      umzug.services = [{ id: 2, documentId: ID.ausweis }];
      await pull({ previous: valid });
      const s = await readSnapshot(dir);
      expect(s.lifeEvents.map((l) => [l.documentId, l.services])).toEqual([[ID.umzug, [ID.wohnsitz]]]);
      expect(s.quarantine.filter((r) => r.type === 'life-event').map((r) => `${r.field} ${r.kept}`)).toEqual(['services.0 previous']);
    } finally {
      await rm(valid, { recursive: true, force: true });
    }
  });

  it('an unpublished page leaves the main navigation and the Online-Dienst’s pages (was: the whole pull failed)', async () => {
    await pull();
    content.pages = list('pages').filter((x) => x.documentId !== ID.ortschaften);
    await pull();
    const s = await readSnapshot(dir);
    expect(s.settings.mainNavigation).toEqual([ID.rathaus]);
    expect(s.quarantine.map((r) => `${r.type} ${r.documentId} ${r.field} ${r.kept}`)).toEqual([
      `site-settings – mainNavigation.1 current`,
      `online-service ${ID.zahlung} pages.0 current`,
    ]);
  });

  it('a page whose new parent is not there keeps its previous version (its URL stays)', async () => {
    await pull();
    const p = entry(list('pages'), ID.ortschaften);
    p.parent = { id: 999, documentId: 'pageentwurf0000000000009' };
    p.title = 'Ortschaften – neu';
    await pull();
    const s = await readSnapshot(dir);
    const kept = s.pages.find((x) => x.documentId === ID.ortschaften);
    expect([kept?.parent, kept?.title]).toEqual([ID.rathaus, 'Ortschaften']);
    expect(s.quarantine).toEqual([
      {
        type: 'page',
        documentId: ID.ortschaften,
        organisation: ID.stadt,
        field: 'parent',
        message: 'Übergeordnete Seite pageentwurf0000000000009 ist nicht (veröffentlicht) vorhanden',
        kept: 'previous',
      },
    ]);
  });

  it('entries of an organisation that never had a valid version are left out with it; with a previous version nothing else moves', async () => {
    const org = entry(list('organisations'), ID.kultur);
    org.slug = 'Kultur Anstalt';
    await pull();
    let s = await readSnapshot(dir);
    expect(s.organisations.map((o) => o.documentId)).toEqual([ID.stadt]);
    const omitted = new Set(s.quarantine.filter((r) => r.kept === 'omitted').map((r) => `${r.type} ${r.documentId}`));
    expect(omitted).toContain(`organisation ${ID.kultur}`);
    expect(omitted).toContain(`news-article ${ID.newsGildefest}`);
    // Every record names the organisation whose editors must act.
    expect(s.quarantine.every((r) => r.organisation === ID.kultur)).toBe(true);
    expect(s.news.map((n) => n.documentId)).toEqual([ID.newsAmtsblatt]);

    content = demoContent();
    await cms?.close();
    cms = await startFakeCms(content);
    await pull();
    entry(list('organisations'), ID.kultur).slug = 'Kultur Anstalt';
    await pull();
    s = await readSnapshot(dir);
    expect(s.quarantine.map((r) => `${r.type} ${r.documentId} ${r.field} ${r.kept}`)).toEqual([`organisation ${ID.kultur} slug previous`]);
    expect(s.news.map((n) => n.documentId)).toEqual([ID.newsGildefest, ID.newsAmtsblatt]);
  });
});

describe('what still stops the pull (and leaves the previous snapshot as it was)', () => {
  async function expectUntouched(before: Buffer) {
    expect(await readFile(join(dir, 'snapshot.json'))).toEqual(before);
    expect((await readdir(dir, { recursive: true })).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
  }

  it('invalid site settings', async () => {
    await pull();
    const before = await readFile(join(dir, 'snapshot.json'));
    (content.settings as Record<string, unknown>).accessibilityFeedbackEmail = 'keine-adresse';
    const err = await failure(pull());
    expect(err.issues.map((i) => `${i.type} ${i.field}`)).toEqual(['site-settings accessibilityFeedbackEmail']);
    await expectUntouched(before);
  });

  it('invalid map settings', async () => {
    content.mapSetting = {
      providerName: 'OSM',
      tileUrl: 'http://tile.example/{z}/{x}/{y}.png',
      attribution: '© OSM',
      attributionUrl: 'https://osm.example/',
      privacyUrl: 'https://osm.example/p',
      maxZoom: 19,
    };
    const err = await failure(pull());
    expect(err.issues.map((i) => `${i.type} ${i.field}`)).toEqual(['map-setting tileUrl']);
  });

  it('a legal page that has no valid version (first pull): without it no page may go out', async () => {
    entry(list('pages'), ID.impressum).slug = 'Impressum!';
    const err = await failure(pull());
    expect(err.issues).toEqual([
      { type: 'site-settings', documentId: '–', field: 'legalPages.impressum', message: `Seite ${ID.impressum} ist nicht (veröffentlicht) vorhanden` },
    ]);
  });

  it('… but with a previous version, the legal page keeps it and the pull goes on', async () => {
    await pull();
    entry(list('pages'), ID.impressum).slug = 'Impressum!';
    await pull();
    const s = await readSnapshot(dir);
    expect(s.pages.find((p) => p.documentId === ID.impressum)?.slug).toBe('impressum');
    expect(s.quarantine.map((r) => `${r.documentId} ${r.field} ${r.kept}`)).toEqual([`${ID.impressum} slug previous`]);
  });

  it('an entry without documentId (not Strapi’s answer)', async () => {
    await pull();
    const before = await readFile(join(dir, 'snapshot.json'));
    const n = entry(list('news'), ID.newsAmtsblatt);
    delete n.documentId;
    const err = await failure(pull());
    expect(err.issues.map((i) => `${i.type} ${i.documentId} ${i.field}`)).toEqual(['news-article – documentId']);
    await expectUntouched(before);
  });

  it('the quarantine is part of the contract: a record of the wrong shape is refused', () => {
    const s = { ...contract.validSnapshot(), quarantine: [{ type: 'page', documentId: ID.rathaus, field: 'slug', message: 'x', kept: 'vielleicht' }] };
    expect(() => validateSnapshot(s)).toThrow(InvalidContentError);
  });
});
