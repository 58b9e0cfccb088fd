import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createCmsClient, type CmsClient, type StrapiEntry } from '../src/client.ts';
import { InvalidContentError } from '../src/errors.ts';
import { begin, check, relation, reportZod, requiredRelation, type Normalizer } from '../src/normalize/helpers.ts';
import { pullSnapshot } from '../src/pull.ts';
import { entryLists } from '../src/quarantine.ts';
import { CONTENT_REGISTRY, defineList, listsOf, valueAtPath } from '../src/registry/index.ts';
import { CMS_CONTENT_TYPES, inSeedOrder, publicReadActions, seedOrder, type CmsContentType } from '../src/rules/content-types.ts';
import { documentId, slug } from '../src/schemas/common.ts';
import { readSnapshot, SNAPSHOT_FILE, validateSnapshot, type SnapshotOf } from '../src/snapshot.ts';
import { ID } from './fixtures/contract.ts';
import { demoContent, startFakeCms } from './helpers/fake-cms.ts';
import type { TestServer } from './helpers/server.ts';

/*
 * A content type added through the registry alone: a small „Notiz“ (note) with a title and its
 * organisation. Nothing else in shared/ is told about it — the pull fetches, normalises,
 * quarantines and counts it, the snapshot validates and types it and checks its references, the
 * public role may read it and the seed puts it after the organisations. (The site's index by
 * documentId: site/src/lib/content.test.ts.)
 */

const NOTE_CMS: CmsContentType = { uid: 'api::note.note', api: 'notes', kind: 'collection', publicActions: ['find', 'findOne'], references: ['organisation'] };

const note = z.strictObject({ documentId, slug, title: z.string().min(1, 'Titel fehlt'), organisation: documentId });
type Note = z.infer<typeof note>;

const rawNote = z.looseObject({ documentId: z.string().min(1), organisation: relation.nullable() });
const normalizeNote: Normalizer<Note> = (run, raw) => {
  const e = begin(run, 'note', raw);
  const parsed = rawNote.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, '', parsed.error, raw);
    return undefined;
  }
  const r = parsed.data;
  return check(e, note, {
    documentId: r.documentId,
    slug: r['slug'],
    title: r['title'],
    organisation: requiredRelation(e, 'organisation', r.organisation, 'Organisation'),
  });
};

const registry = {
  ...CONTENT_REGISTRY,
  notes: defineList({
    type: 'note',
    cms: NOTE_CMS,
    schema: note,
    normalize: normalizeNote,
    page: null,
    references: [{ field: 'organisation', to: 'organisations', what: 'Organisation' }],
    uniqueKey: (e) => e.slug,
    query: { status: 'published', sort: ['documentId:asc'], populate: { organisation: { fields: ['documentId'] } } },
    keyed: true,
    optional: true,
    label: { one: 'Notiz', many: 'Notizen' },
  }),
};

const NOTE_ROWS: StrapiEntry[] = [
  { documentId: 'note0000000000000000000a', slug: 'erste-notiz', title: 'Erste Notiz', organisation: { documentId: ID.stadt } },
  { documentId: 'note0000000000000000000b', slug: 'zweite-notiz', title: 'Zweite Notiz', organisation: { documentId: ID.stadt } },
];

let dir: string;
let cms: TestServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stadtportal-registry-'));
  cms = await startFakeCms(demoContent());
});
afterEach(async () => {
  await cms?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The fake CMS for every known type; the new type's REST path answers with `notes`. */
function clientWith(notes: StrapiEntry[]): CmsClient {
  if (!cms) throw new Error('CMS läuft nicht');
  const real = createCmsClient({ baseUrl: cms.url, sleep: async () => undefined });
  return {
    baseUrl: real.baseUrl,
    findAll: (api, query) => (api === NOTE_CMS.api ? Promise.resolve(notes) : real.findAll(api, query)),
    findSingle: (api, query) => real.findSingle(api, query),
    download: (url) => real.download(url),
  };
}

const NOW = new Date('2026-01-15T12:00:00.000Z');

describe('a content type added through the registry alone', () => {
  it('is pulled, counted, validated and typed', async () => {
    const result = await pullSnapshot({ client: clientWith(NOTE_ROWS), dir, source: 'test', now: () => NOW, previous: null, registry });
    expect(result.counts['notes']).toBe(2);
    expect(result.quarantine).toEqual([]);

    const snapshot = await readSnapshot(dir, registry);
    expect(valueAtPath(snapshot, ['notes'])).toEqual([
      { documentId: 'note0000000000000000000a', slug: 'erste-notiz', title: 'Erste Notiz', organisation: ID.stadt },
      { documentId: 'note0000000000000000000b', slug: 'zweite-notiz', title: 'Zweite Notiz', organisation: ID.stadt },
    ]);
    // The existing types are pulled as without the new one.
    expect(result.counts['pages']).toBe(7);
    expectTypeOf<SnapshotOf<typeof registry>['notes']>().toEqualTypeOf<Note[]>();
  });

  it('quarantines an invalid entry of the new type under its type name, and the rest is published', async () => {
    const rows = [NOTE_ROWS[0], { ...NOTE_ROWS[1], title: '' }].filter((r) => r !== undefined);
    const result = await pullSnapshot({ client: clientWith(rows), dir, source: 'test', now: () => NOW, previous: null, registry });
    expect(result.counts['notes']).toBe(1);
    expect(result.quarantine).toEqual([
      { type: 'note', documentId: 'note0000000000000000000b', organisation: ID.stadt, field: 'title', message: 'Titel fehlt', kept: 'omitted' },
    ]);
  });

  it('has its references and unique slugs checked, and a broken one settled by the quarantine', async () => {
    const rows = [
      NOTE_ROWS[0],
      { ...NOTE_ROWS[1], organisation: { documentId: 'orgunbekannt000000000000' } },
      { ...NOTE_ROWS[0], documentId: 'note0000000000000000000c' },
    ].filter((r) => r !== undefined);
    const result = await pullSnapshot({ client: clientWith(rows), dir, source: 'test', now: () => NOW, previous: null, registry });
    expect(result.counts['notes']).toBe(1);
    expect(result.quarantine).toEqual([
      {
        type: 'note',
        documentId: 'note0000000000000000000b',
        organisation: 'orgunbekannt000000000000',
        field: 'organisation',
        message: 'Organisation orgunbekannt000000000000 ist nicht (veröffentlicht) vorhanden',
        kept: 'omitted',
      },
      {
        type: 'note',
        documentId: 'note0000000000000000000c',
        organisation: ID.stadt,
        field: 'slug',
        message: 'Slug „erste-notiz“ ist schon vergeben (note0000000000000000000a)',
        kept: 'omitted',
      },
    ]);
  });

  it('is checked when a snapshot is read, and read as empty from a snapshot without it', async () => {
    await pullSnapshot({ client: clientWith(NOTE_ROWS), dir, source: 'test', now: () => NOW, previous: null, registry });
    const raw: Record<string, unknown> = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8'));

    const { notes: _omitted, ...older } = raw;
    expect(valueAtPath(validateSnapshot(older, registry), ['notes'])).toEqual([]);

    const broken = { ...raw, notes: [{ ...NOTE_ROWS[0], organisation: ID.stadt, title: '' }] };
    const err = (() => {
      try {
        validateSnapshot(broken, registry);
      } catch (e) {
        return e;
      }
      throw new Error('validateSnapshot hat den ungültigen Eintrag angenommen');
    })();
    expect(err).toBeInstanceOf(InvalidContentError);
    expect(err instanceof InvalidContentError ? err.issues : []).toEqual([
      { type: 'note', documentId: 'note0000000000000000000a', field: 'title', message: 'Titel fehlt' },
    ]);
  });

  it('gets the public read permission and its place in the seed order from its CMS entry', () => {
    const types = { ...CMS_CONTENT_TYPES, note: NOTE_CMS };
    expect(publicReadActions(types)).toEqual(expect.arrayContaining(['api::note.note.find', 'api::note.note.findOne']));
    const order = seedOrder(types);
    expect(order.indexOf('note')).toBeGreaterThan(order.indexOf('organisation'));
    const steps = [{ writes: ['note'] }, { writes: ['organisation', 'page'] }];
    expect(inSeedOrder(steps, types)).toEqual([steps[1], steps[0]]);
  });
});

describe('the content registry', () => {
  it('gives the public role exactly the read actions it had when they were listed by hand', () => {
    expect(new Set(publicReadActions())).toEqual(
      new Set([
        ...['organisation', 'page', 'news-article', 'office', 'service', 'life-event', 'event', 'amtsblatt-issue', 'public-notice'].flatMap((n) => [
          `api::${n}.${n}.find`,
          `api::${n}.${n}.findOne`,
        ]),
        ...['legislative-term', 'council-organization', 'person', 'location', 'meeting', 'paper', 'alert', 'online-service', 'place', 'publication'].flatMap(
          (n) => [`api::${n}.${n}.find`, `api::${n}.${n}.findOne`],
        ),
        'api::site-setting.site-setting.find',
        'api::map-setting.map-setting.find',
        'api::redirect.redirect.find',
      ]),
    );
  });

  it('seeds every type after the types it refers to', () => {
    const order = seedOrder();
    for (const [name, type] of Object.entries(CMS_CONTENT_TYPES)) {
      for (const ref of type.references) expect(order.indexOf(ref), `${name} → ${ref}`).toBeLessThan(order.indexOf(name));
    }
    // A seed step with several types runs after the steps its last type refers to.
    const steps = [{ writes: ['place', 'publication', 'map-setting'] }, { writes: ['service', 'life-event', 'online-service'] }, { writes: ['page'] }];
    expect(inSeedOrder(steps).map((s) => s.writes[0])).toEqual(['page', 'service', 'place']);
    expect(() => inSeedOrder([{ writes: ['unbekannt'] }])).toThrow('Seed-Schritt schreibt unbekannten Inhaltstyp „unbekannt“');
    expect(() => seedOrder({ a: { ...NOTE_CMS, references: ['b'] }, b: { ...NOTE_CMS, references: ['a'] } })).toThrow(
      'Inhaltstypen verweisen im Kreis aufeinander: a → b → a',
    );
  });

  it('names a documentId in the schema of every list the quarantine keys by it', () => {
    for (const list of entryLists()) {
      expect(list.schema instanceof z.ZodObject && 'documentId' in list.schema.shape, list.type).toBe(true);
    }
  });

  it('names site templates that exist', () => {
    const pages = new URL('../../site/src/pages/', import.meta.url);
    for (const { path, list } of listsOf(CONTENT_REGISTRY)) {
      if (list.page !== null)
        expect(existsSync(new URL(list.page.replace('[', '%5B').replace(']', '%5D'), pages)), `${path.join('.')}: ${list.page}`).toBe(true);
    }
  });

  it('gives every type with a page per document its addresses for automatic redirects, matching the template’s folder', () => {
    let routed = 0;
    for (const { path, list } of listsOf(CONTENT_REGISTRY)) {
      const template = list.page === null ? null : /^(.+)\/\[slug\]\.astro$/.exec(list.page);
      const paths = (list.cms as CmsContentType).paths;
      if (template?.[1] === undefined) continue;
      routed++;
      expect(paths, `${path.join('.')}: ${list.cms.uid} hat eine Seite je Eintrag, aber keine Adressen (paths)`).toBeDefined();
      expect(paths?.('beispiel')[0], path.join('.')).toBe(`/${template[1]}/beispiel/`);
    }
    expect(routed).toBeGreaterThanOrEqual(11);
  });

  it('pulls every list from a CMS type that exists', () => {
    const uids = new Set(Object.values(CMS_CONTENT_TYPES).map((t) => t.uid));
    for (const { path, list } of listsOf(CONTENT_REGISTRY)) expect(uids.has(list.cms.uid), path.join('.')).toBe(true);
  });
});
