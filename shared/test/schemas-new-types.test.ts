import { describe, expect, it } from 'vitest';
import { amtsblattIssue, event, lifeEvent, pageTranslation, publicNotice, service, validateSnapshot, type Snapshot } from '../src/index.ts';
import * as contract from './fixtures/contract.ts';
import { ID, validSnapshot } from './fixtures/contract.ts';
import { snapshotIssues as issuesOf } from './helpers/issues.ts';

/*
 * The contract schemas of services, life events, events, Amtsblatt issues, public notices and
 * English page translations: the demo entries pass; each rule an editor can break is refused
 * with its German message, at the field the editor has to fix.
 */

/** Exactly these issues (type documentId field: message), nothing else. */
function expectOnly(snapshot: unknown, expected: [type: string, documentId: string, field: string, message: RegExp][]): void {
  const issues = issuesOf(snapshot);
  expect(issues.map((i) => `${i.type} ${i.documentId} ${i.field}`)).toEqual(expected.map(([t, d, f]) => `${t} ${d} ${f}`));
  expected.forEach(([, , , message], n) => expect(issues[n]?.message).toMatch(message));
}

function find<T extends { documentId: string }>(list: T[], documentId: string): T {
  const x = list.find((e) => e.documentId === documentId);
  if (!x) throw new Error(`Testdaten: ${documentId} fehlt`);
  return x;
}

describe('the demo entries of the new types are valid', () => {
  it.each([
    ['service', service, contract.services],
    ['life-event', lifeEvent, contract.lifeEvents],
    ['event', event, contract.events],
    ['amtsblatt-issue', amtsblattIssue, contract.amtsblatt],
    ['public-notice', publicNotice, contract.notices],
    ['page (en)', pageTranslation, contract.pagesEn],
  ] as const)('%s', (_type, schema, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(schema.parse(e)).toEqual(e);
  });

  it('in a snapshot, with every reference resolved', () => {
    const s = validSnapshot();
    expect(validateSnapshot(s)).toEqual(s);
  });
});

describe('service', () => {
  const svc = (s: Snapshot) => find(s.services, ID.wohnsitz);

  it.each([
    ['9911500100100', '13 digits'],
    ['991150010010001', '15 digits'],
    ['99 115 001 001 000', 'with spaces'],
    ['9911500100100X', 'a letter'],
  ])('refuses the LeiKa key %j (%s)', (key) => {
    const s = validSnapshot();
    svc(s).leikaKey = key;
    expectOnly(s, [['service', ID.wohnsitz, 'leikaKey', /LeiKa-Schlüssel: 14 Ziffern erwartet/]]);
  });

  it('accepts a service without LeiKa key', () => {
    const s = validSnapshot();
    svc(s).leikaKey = null;
    expect(() => validateSnapshot(s)).not.toThrow();
  });

  it('refuses an empty description, but accepts empty other sections („Keine Angaben“)', () => {
    const s = validSnapshot();
    svc(s).description = [];
    expectOnly(s, [['service', ID.wohnsitz, 'description', /Leistungsbeschreibung darf nicht leer sein/]]);

    const ok = validSnapshot();
    Object.assign(svc(ok), { eligibility: [], documents: [], fees: [], deadlines: [], legalBasis: [] });
    expect(() => validateSnapshot(ok)).not.toThrow();
  });

  it('refuses a blank synonym', () => {
    const s = validSnapshot();
    svc(s).synonyms = ['Ummeldung', '  '];
    expectOnly(s, [['service', ID.wohnsitz, 'synonyms.1', /Synonym darf nicht leer sein/]]);
  });

  it('refuses a v2 service that still carries its own links: the snapshot must be pulled again', () => {
    const s = validSnapshot() as unknown as { services: Record<string, unknown>[] };
    const first = s.services[0];
    if (first === undefined) throw new Error('fixture without services');
    first['appointmentUrl'] = 'https://termine.aschersleben.example/';
    expect(() => validateSnapshot(s)).toThrow(/appointmentUrl/);
  });

  it('refuses a too long summary and a missing responsible office', () => {
    const s = validSnapshot();
    svc(s).summary = 'x'.repeat(301);
    svc(s).office = '';
    expectOnly(s, [
      ['service', ID.wohnsitz, 'office', /documentId fehlt/],
      ['service', ID.wohnsitz, 'summary', /höchstens 300 Zeichen/],
    ]);
  });

  it('refuses a field the contract does not know (strict)', () => {
    const s = validSnapshot();
    (svc(s) as unknown as Record<string, unknown>).phone = '03473 958-100';
    expectOnly(s, [['service', ID.wohnsitz, '', /phone/]]);
  });
});

describe('life-event', () => {
  it('refuses a life event without services and with an empty summary', () => {
    const s = validSnapshot();
    const l = find(s.lifeEvents, ID.umzug);
    l.services = [];
    l.summary = '';
    expectOnly(s, [
      ['life-event', ID.umzug, 'summary', /Kurzbeschreibung darf nicht leer sein/],
      ['life-event', ID.umzug, 'services', /mindestens eine Leistung/],
    ]);
  });
});

describe('event', () => {
  const ev = (s: Snapshot) => find(s.events, ID.lesung);

  it('refuses an end before the start, at the field `end`', () => {
    const s = validSnapshot();
    ev(s).end = '2026-12-05T18:29:59.000Z';
    expectOnly(s, [['event', ID.lesung, 'end', /Ende liegt vor dem Beginn/]]);
  });

  it('compares instants, not strings: an end with another offset may look earlier', () => {
    const s = validSnapshot();
    // Start 19:30 Berlin time = 18:30 UTC. As text, "…T18:45…Z" sorts before "…T19:30…+01:00"; as instants it is later.
    ev(s).start = '2026-12-05T19:30:00.000+01:00';
    ev(s).end = '2026-12-05T18:45:00.000Z';
    expect(() => validateSnapshot(s)).not.toThrow();
    ev(s).end = '2026-12-05T18:15:00.000Z';
    expectOnly(s, [['event', ID.lesung, 'end', /Ende liegt vor dem Beginn/]]);
  });

  it('accepts an event that ends when it starts', () => {
    const s = validSnapshot();
    ev(s).end = ev(s).start;
    expect(() => validateSnapshot(s)).not.toThrow();
  });

  it.each(['Europe/Atlantis', 'Berlin', 'MEZ', '', 'Europe/Berlin '])('refuses the time zone %j', (tz) => {
    const s = validSnapshot();
    ev(s).timeZone = tz;
    expectOnly(s, [['event', ID.lesung, 'timeZone', /Zeitzone im IANA-Format erwartet \(z\. B\. Europe\/Berlin\)/]]);
  });

  it.each(['Europe/Berlin', 'Europe/London', 'America/New_York', 'UTC'])('accepts the time zone %j', (tz) => {
    const s = validSnapshot();
    ev(s).timeZone = tz;
    expect(() => validateSnapshot(s)).not.toThrow();
  });

  it('refuses a start without offset, an unknown category, a blank venue and a bad postal code', () => {
    const s = validSnapshot();
    const e = ev(s) as unknown as Record<string, unknown>;
    e.start = '2026-12-05T19:30:00';
    e.category = 'party';
    ev(s).venue.name = ' ';
    const address = ev(s).venue.address;
    if (!address) throw new Error('Testdaten: Adresse fehlt');
    address.postalCode = '6449';
    const issues = issuesOf(s);
    expect(issues.map((i) => i.field)).toEqual(['category', 'start', 'venue.name', 'venue.address.postalCode']);
    expect(issues[2]?.message).toMatch(/Veranstaltungsort darf nicht leer sein/);
    expect(issues[3]?.message).toMatch(/fünf Ziffern/);
  });

  it('refuses an image without alt text', () => {
    const s = validSnapshot();
    const image = ev(s).image;
    if (!image) throw new Error('Testdaten: Bild fehlt');
    image.alt = '';
    expectOnly(s, [['event', ID.lesung, 'image.alt', /Alternativtext darf nicht leer sein/]]);
  });
});

describe('public-notice', () => {
  const notice = (s: Snapshot) => find(s.notices, ID.stadtratssitzung);

  it('refuses an end of posting before the publication, at the field `expiresOn`', () => {
    const s = validSnapshot();
    notice(s).expiresOn = '2026-11-24';
    expectOnly(s, [['public-notice', ID.stadtratssitzung, 'expiresOn', /Aushang endet vor der Veröffentlichung/]]);
  });

  it('accepts a notice posted for one day only, and one without end', () => {
    const s = validSnapshot();
    notice(s).expiresOn = notice(s).publishedOn;
    find(s.notices, ID.haushaltssatzung).expiresOn = null;
    expect(() => validateSnapshot(s)).not.toThrow();
  });

  it('refuses a German date and an unknown category', () => {
    const s = validSnapshot();
    notice(s).publishedOn = '25.11.2026';
    (notice(s) as unknown as Record<string, unknown>).category = 'bebauungsplan';
    const issues = issuesOf(s);
    expect(issues.map((i) => `${i.documentId} ${i.field}`)).toEqual([`${ID.stadtratssitzung} category`, `${ID.stadtratssitzung} publishedOn`]);
    expect(issues[1]?.message).toMatch(/JJJJ-MM-TT/);
  });

  it('refuses an attachment that is not a PDF', () => {
    const s = validSnapshot();
    find(s.notices, ID.haushaltssatzung).attachment = {
      file: 'Haushaltssatzung_2027_9a8b7c6d5e.docx',
      name: 'Haushaltssatzung-2027.docx',
      size: 51234,
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as 'application/pdf',
    };
    expectOnly(s, [
      ['public-notice', ID.haushaltssatzung, 'attachment.file', /Dateiname einer PDF-Datei erwartet/],
      ['public-notice', ID.haushaltssatzung, 'attachment.mime', /Nur PDF-Dateien sind erlaubt/],
    ]);
  });
});

describe('amtsblatt-issue', () => {
  const issue = (s: Snapshot) => find(s.amtsblatt, ID.amtsblatt11);

  it('refuses a PDF without size, with a path in its file name, or named blank', () => {
    const s = validSnapshot();
    issue(s).file = { file: '../Amtsblatt.pdf', name: ' ', size: 0, mime: 'application/pdf' };
    expectOnly(s, [
      ['amtsblatt-issue', ID.amtsblatt11, 'file.file', /Dateiname einer PDF-Datei erwartet/],
      ['amtsblatt-issue', ID.amtsblatt11, 'file.name', /Dateiname darf nicht leer sein/],
      ['amtsblatt-issue', ID.amtsblatt11, 'file.size', /Dateigröße fehlt/],
    ]);
  });

  it('refuses an image where the PDF belongs', () => {
    const s = validSnapshot();
    issue(s).file = { file: 'titelseite_1a2b3c4d5e.png', name: 'Titelseite.png', size: 1000, mime: 'image/png' as 'application/pdf' };
    expectOnly(s, [
      ['amtsblatt-issue', ID.amtsblatt11, 'file.file', /PDF-Datei/],
      ['amtsblatt-issue', ID.amtsblatt11, 'file.mime', /Nur PDF-Dateien/],
    ]);
  });

  it('refuses number 0, number 100 and an issue without contents', () => {
    const s = validSnapshot();
    issue(s).number = 0;
    issue(s).contents = [];
    find(s.amtsblatt, ID.amtsblatt12).number = 100;
    expectOnly(s, [
      ['amtsblatt-issue', ID.amtsblatt11, 'number', /Nummer ab 1/],
      ['amtsblatt-issue', ID.amtsblatt11, 'contents', /Inhalt des Amtsblatts fehlt/],
      ['amtsblatt-issue', ID.amtsblatt12, 'number', /Nummer höchstens 99/],
    ]);
  });
});

describe('page (en)', () => {
  it('refuses a bad English slug, a blank title and a too long SEO description', () => {
    const s = validSnapshot();
    const t = find(s.translations.en.pages, ID.rathaus);
    t.slug = 'Town Hall';
    t.title = '';
    t.seoDescription = 'x'.repeat(161);
    expectOnly(s, [
      ['page (en)', ID.rathaus, 'slug', /Slug darf nur a–z/],
      ['page (en)', ID.rathaus, 'title', /Titel darf nicht leer sein/],
      ['page (en)', ID.rathaus, 'seoDescription', /Höchstens 160 Zeichen/],
    ]);
  });

  it('refuses structure in a translation: parent and owner are the German page’s', () => {
    const s = validSnapshot();
    Object.assign(find(s.translations.en.pages, ID.rathaus), { parent: null, organisation: ID.stadt });
    expectOnly(s, [['page (en)', ID.rathaus, '', /organisation|parent/]]);
  });
});
