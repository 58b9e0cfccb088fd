import { describe, expect, it } from 'vitest';
import { type ContentIssue } from '../src/errors.ts';
import { normalizeContent, type NormalizedContent, type RawContent } from './helpers/normalize-content.ts';
import * as contract from './fixtures/contract.ts';
import { ID } from './fixtures/contract.ts';
import { restContent, restDocument } from './fixtures/rest.ts';
import { BASE, entry, normalizeIssues as issuesOf } from './helpers/issues.ts';

/*
 * Strapi 5 REST entries of services, life events, events, Amtsblatt issues, public notices and
 * English pages → contract objects: what the reshaping does (text lines, empty blocks fields,
 * kB → bytes, default time zone) and how a broken entry is reported.
 */

type Json = Record<string, unknown>;

function normalized(input: RawContent = restContent()): NormalizedContent {
  return normalizeContent(input, { baseUrl: BASE });
}

function one<T extends { documentId: string }>(list: T[], documentId: string): T {
  const x = list.find((e) => e.documentId === documentId);
  if (!x) throw new Error(`Ergebnis: ${documentId} fehlt`);
  return x;
}

const brief = (issues: readonly ContentIssue[]) => issues.map((i) => `${i.type} ${i.documentId} ${i.field}`);

describe('valid REST entries of the new types', () => {
  it('gives exactly the contract objects of the demo content', () => {
    const out = normalized();
    expect(out.services).toEqual(contract.services);
    expect(out.lifeEvents).toEqual(contract.lifeEvents);
    expect(out.events).toEqual(contract.events);
    expect(out.amtsblatt).toEqual(contract.amtsblatt);
    expect(out.notices).toEqual(contract.notices);
    expect(out.pagesEn).toEqual(contract.pagesEn);
  });
});

describe('service', () => {
  it('splits the synonyms text into trimmed lines and drops blank ones (LF and CRLF)', () => {
    const input = restContent();
    expect(entry(input.services, ID.wohnsitz).synonyms).toBe('Ummeldung\r\n  Anmeldung der Wohnung \n\nUmzug melden\n');
    expect(one(normalized(input).services, ID.wohnsitz).synonyms).toEqual(['Ummeldung', 'Anmeldung der Wohnung', 'Umzug melden']);
  });

  it('gives no synonyms for a text field that is null, empty or only blank lines', () => {
    for (const synonyms of [null, '', ' \n \r\n\t']) {
      const input = restContent();
      entry(input.services, ID.wohnsitz).synonyms = synonyms;
      expect(one(normalized(input).services, ID.wohnsitz).synonyms, JSON.stringify(synonyms)).toEqual([]);
    }
  });

  it('turns a blocks field never filled (null) into an empty section', () => {
    const input = restContent();
    const raw = entry(input.services, ID.ausweis);
    for (const f of ['eligibility', 'requirements', 'documents', 'deadlines', 'legalBasis']) expect(raw[f], f).toBeNull();
    const s = one(normalized(input).services, ID.ausweis);
    expect([s.eligibility, s.requirements, s.documents, s.deadlines, s.legalBasis]).toEqual([[], [], [], [], []]);
    expect(s.fees).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: '37,00 Euro; für Personen unter 24 Jahren 22,80 Euro.' }] }]);
  });

  it('refuses a service whose description was never filled: the description is required', () => {
    const input = restContent();
    entry(input.services, ID.ausweis).description = null;
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`service ${ID.ausweis} description`]);
    expect(issues[0]?.message).toMatch(/Leistungsbeschreibung darf nicht leer sein/);
  });

  it('reads a missing LeiKa key (null) as none', () => {
    expect(one(normalized().services, ID.ausweis).leikaKey).toBeNull();
  });

  it('names type, documentId and field when the responsible office is not chosen or unpublished', () => {
    const input = restContent();
    entry(input.services, ID.wohnsitz).office = null;
    expect(issuesOf(input)).toEqual([
      { type: 'service', documentId: ID.wohnsitz, field: 'office', message: 'Zuständiges Amt ist nicht gewählt oder nicht veröffentlicht' },
    ]);
  });

  it('says when the office relation was not populated', () => {
    const input = restContent();
    delete entry(input.services, ID.ausweis).office;
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`service ${ID.ausweis} office`]);
    expect(issues[0]?.message).toMatch(/fehlt in der CMS-Antwort \(nicht mit „populate“ abgefragt\?\)/);
  });

  it('refuses a LeiKa key that is not 14 digits, naming the field', () => {
    const input = restContent();
    entry(input.services, ID.wohnsitz).leikaKey = '99115001';
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`service ${ID.wohnsitz} leikaKey`]);
    expect(issues[0]?.message).toMatch(/14 Ziffern/);
  });
});

describe('life-event', () => {
  it('keeps the services in the editor’s order', () => {
    const input = restContent();
    const raw = entry(input.lifeEvents, ID.umzug);
    raw.services = [...(raw.services as Json[])].reverse();
    expect(one(normalized(input).lifeEvents, ID.umzug).services).toEqual([ID.ausweis, ID.wohnsitz]);
  });

  it('says when the services relation was not populated', () => {
    const input = restContent();
    delete entry(input.lifeEvents, ID.umzug).services;
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`life-event ${ID.umzug} services`]);
    expect(issues[0]?.message).toMatch(/fehlt in der CMS-Antwort/);
  });

  it('turns a body never filled (null) into an empty one', () => {
    const input = restContent();
    entry(input.lifeEvents, ID.umzug).body = null;
    expect(one(normalized(input).lifeEvents, ID.umzug).body).toEqual([]);
  });
});

describe('event', () => {
  it.each([
    ['null (an entry from before the field existed)', null],
    ['absent', undefined],
    ['cleared', ''],
  ])('falls back to Europe/Berlin when the time zone is %s', (_what, tz) => {
    const input = restContent();
    const raw = entry(input.events, ID.lesung);
    if (tz === undefined) delete raw.timeZone;
    else raw.timeZone = tz;
    expect(one(normalized(input).events, ID.lesung).timeZone).toBe('Europe/Berlin');
  });

  it('keeps another time zone the editor chose', () => {
    const input = restContent();
    entry(input.events, ID.lesung).timeZone = 'Europe/London';
    expect(one(normalized(input).events, ID.lesung).timeZone).toBe('Europe/London');
  });

  it('refuses an unknown time zone, naming the field', () => {
    const input = restContent();
    entry(input.events, ID.lesung).timeZone = 'Mitteleuropa';
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`event ${ID.lesung} timeZone`]);
    expect(issues[0]?.message).toMatch(/IANA/);
  });

  it('gives a venue without address for a populated but empty address component (null)', () => {
    const input = restContent();
    expect(entry(input.events, ID.weihnachtsmarkt).venueAddress).toBeNull();
    expect(one(normalized(input).events, ID.weihnachtsmarkt).venue).toEqual({ name: 'Holzmarkt', address: null });
  });

  it('builds the venue from the name and the address component, without its id', () => {
    expect(one(normalized().events, ID.lesung).venue).toEqual({
      name: 'Stadtbibliothek',
      address: { street: 'Hecknerstraße 6', postalCode: '06449', city: 'Aschersleben' },
    });
  });

  it('says when the venue address or the image was not populated', () => {
    const input = restContent();
    delete entry(input.events, ID.lesung).venueAddress;
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`event ${ID.lesung} venueAddress`]);
    expect(issues[0]?.message).toMatch(/fehlt in der CMS-Antwort/);
  });

  it('reads an empty description as empty, a cleared price as none and a missing all-day flag as false', () => {
    const input = restContent();
    entry(input.events, ID.weihnachtsmarkt).allDay = null;
    const e = one(normalized(input).events, ID.weihnachtsmarkt);
    expect(e.description).toEqual([]);
    expect(e.price).toBeNull();
    expect(e.allDay).toBe(false);
  });

  it('refuses an end before the start, at the field `end`', () => {
    const input = restContent();
    entry(input.events, ID.lesung).end = '2026-12-05T17:00:00.000Z';
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`event ${ID.lesung} end`]);
    expect(issues[0]?.message).toBe('Ende liegt vor dem Beginn');
  });

  it('registers the event image for download', () => {
    expect(normalized().media.get('lesung_2b3c4d5e6f.jpg')).toBe(`${BASE}/uploads/lesung_2b3c4d5e6f.jpg`);
  });
});

describe('amtsblatt-issue', () => {
  it('splits the contents text into trimmed lines without blank ones', () => {
    expect(one(normalized().amtsblatt, ID.amtsblatt11).contents).toEqual([
      'Haushaltssatzung der Stadt Aschersleben für das Jahr 2027',
      'Einladung zur Sitzung des Stadtrates',
    ]);
  });

  it('refuses an issue whose contents were left empty', () => {
    const input = restContent();
    entry(input.amtsblatt, ID.amtsblatt12).contents = null;
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`amtsblatt-issue ${ID.amtsblatt12} contents`]);
    expect(issues[0]?.message).toMatch(/Inhalt des Amtsblatts fehlt/);
  });

  it('turns Strapi’s size in kB into bytes, and keeps the uploaded name', () => {
    const out = normalized();
    expect(one(out.amtsblatt, ID.amtsblatt11).file).toEqual({
      file: 'Amtsblatt_2026_11_4c5d6e7f80.pdf',
      name: 'Amtsblatt-2026-11.pdf',
      size: 245310,
      mime: 'application/pdf',
    });
    expect(one(out.amtsblatt, ID.amtsblatt12).file.size).toBe(1_204_000);
  });

  it('names the PDF file in lower case even when uploaded as .PDF, and downloads it from its URL', () => {
    const input = restContent();
    entry(input.amtsblatt, ID.amtsblatt12).file = restDocument('AMTSBLATT_12_abcdef0123', 'AMTSBLATT 12.PDF', 12.5, '.PDF');
    const out = normalized(input);
    expect(one(out.amtsblatt, ID.amtsblatt12).file).toMatchObject({ file: 'AMTSBLATT_12_abcdef0123.pdf', size: 12500 });
    expect(out.media.get('AMTSBLATT_12_abcdef0123.pdf')).toBe(`${BASE}/uploads/AMTSBLATT_12_abcdef0123.PDF`);
  });

  it('reports a deleted PDF once, at the field `file`', () => {
    const input = restContent();
    entry(input.amtsblatt, ID.amtsblatt11).file = null;
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`amtsblatt-issue ${ID.amtsblatt11} file`]);
    expect(issues[0]?.message).toMatch(/PDF-Datei fehlt/);
  });

  it('refuses a Word file uploaded where the PDF belongs', () => {
    const input = restContent();
    entry(input.amtsblatt, ID.amtsblatt11).file = restDocument(
      'Amtsblatt_2026_11_0a0b0c0d0e',
      'Amtsblatt-2026-11.docx',
      80.2,
      '.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`amtsblatt-issue ${ID.amtsblatt11} file.file`, `amtsblatt-issue ${ID.amtsblatt11} file.mime`]);
    expect(issues[1]?.message).toBe('Nur PDF-Dateien sind erlaubt');
  });
});

describe('public-notice', () => {
  it('gives no attachment for a populated but empty media field (null)', () => {
    const input = restContent();
    expect(entry(input.notices, ID.stadtratssitzung).attachment).toBeNull();
    const n = one(normalized(input).notices, ID.stadtratssitzung);
    expect(n.attachment).toBeNull();
    expect(n.body).toEqual([]);
  });

  it('turns the attachment size in kB into bytes and registers the PDF for download', () => {
    const out = normalized();
    expect(one(out.notices, ID.haushaltssatzung).attachment?.size).toBe(98_760);
    expect(out.media.get('Haushaltssatzung_2027_9a8b7c6d5e.pdf')).toBe(`${BASE}/uploads/Haushaltssatzung_2027_9a8b7c6d5e.pdf`);
  });

  it('says when the attachment was not populated', () => {
    const input = restContent();
    delete entry(input.notices, ID.haushaltssatzung).attachment;
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`public-notice ${ID.haushaltssatzung} attachment`]);
    expect(issues[0]?.message).toBe('PDF-Datei fehlt in der CMS-Antwort (nicht mit „populate“ abgefragt?)');
  });

  it('reads a cleared end of posting ("") as none, and refuses one before the publication', () => {
    const cleared = restContent();
    entry(cleared.notices, ID.stadtratssitzung).expiresOn = '';
    expect(one(normalized(cleared).notices, ID.stadtratssitzung).expiresOn).toBeNull();

    const input = restContent();
    entry(input.notices, ID.stadtratssitzung).expiresOn = '2026-11-01';
    const issues = issuesOf(input);
    expect(brief(issues)).toEqual([`public-notice ${ID.stadtratssitzung} expiresOn`]);
    expect(issues[0]?.message).toBe('Aushang endet vor der Veröffentlichung');
  });
});

describe('page (en)', () => {
  it('normalises an entry of locale „en“ to its text only, under the German page’s documentId', () => {
    const input = restContent();
    const raw = entry(input.pagesEn, ID.rathaus);
    expect(raw.locale).toBe('en');
    const [t] = normalized(input).pagesEn;
    expect(t).toEqual(contract.pagesEn[0]);
    expect(t).not.toHaveProperty('locale');
    expect(t).not.toHaveProperty('organisation');
  });

  it('carries an image of the English page and registers it for download', () => {
    const input = restContent();
    const german = entry(input.pages, ID.ortschaften);
    input.pagesEn.push({ ...entry(input.pagesEn, ID.rathaus), id: 81, documentId: ID.ortschaften, slug: 'villages', title: 'Villages', image: german.image });
    const out = normalized(input);
    expect(one(out.pagesEn, ID.ortschaften).image).toEqual({
      file: 'westdorf_1a2b3c4d5e.jpg',
      alt: 'Dorfkirche in Westdorf',
      width: 1600,
      height: 900,
      mime: 'image/jpeg',
    });
  });

  it('refuses German entries where English ones were asked for (Strapi ignores `locale` on a type without i18n)', () => {
    const input = restContent();
    // What /api/pages?locale=en returns when pages are not localised: the German pages.
    input.pagesEn = restContent().pages;
    const issues = issuesOf(input);
    expect(issues).toHaveLength(7);
    expect(issues[0]).toEqual({
      type: 'page (en)',
      documentId: ID.rathaus,
      field: 'locale',
      message: 'Eintrag in Sprache "de" statt „en“: ist „Seite“ im CMS übersetzbar (i18n aktiviert)?',
    });
    const none = restContent();
    delete entry(none.pagesEn, ID.rathaus).locale;
    expect(issuesOf(none).map((i) => `${i.field}: ${i.message}`)).toEqual([
      'locale: Eintrag in Sprache null statt „en“: ist „Seite“ im CMS übersetzbar (i18n aktiviert)?',
    ]);
  });

  it('reports a broken translation as type „page (en)“', () => {
    const input = restContent();
    delete entry(input.pagesEn, ID.rathaus).title;
    entry(input.pagesEn, ID.rathaus).body = [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }] }];
    expect(brief(issuesOf(input))).toEqual([`page (en) ${ID.rathaus} title`, `page (en) ${ID.rathaus} body.0.children.0.url`]);
  });
});
