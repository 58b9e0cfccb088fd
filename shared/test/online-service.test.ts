import { describe, expect, it } from 'vitest';
import { normalizeContent } from './helpers/normalize-content.ts';
import { cspSourcesOf, isProviderOrigin, onlineService, startUrlFor, type OnlineService } from '../src/index.ts';
import * as contract from './fixtures/contract.ts';
import { ID, validSnapshot } from './fixtures/contract.ts';
import { restContent } from './fixtures/rest.ts';
import { BASE, entry, normalizeIssues, snapshotIssues } from './helpers/issues.ts';

/*
 * Online-Dienste in the contract: provider origins are exactly what the CSP can list, start
 * URLs only carry placeholders the site knows how to fill, payment is never framed, and every
 * place a service is attached to must exist.
 */

const brief = (issues: readonly { type: string; documentId: string; field: string }[]) => issues.map((i) => `${i.type} ${i.documentId} ${i.field}`);

function termin(s = validSnapshot()): OnlineService {
  const o = s.onlineServices.find((x) => x.documentId === ID.termin);
  if (!o) throw new Error('fixture without the appointment service');
  return o;
}

describe('provider origins', () => {
  it.each([
    ['https://termine.aschersleben.example', true],
    ['https://portal.sachsen-anhalt.de:8443', true],
    ['http://127.0.0.1:4711', true],
    ['http://localhost:8080', true],
    ['http://termine.aschersleben.example', false], // http only for loopback
    ['https://termine.aschersleben.example/', false], // a path (even "/") is not an origin
    ['https://termine.aschersleben.example/buchen', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<p>x</p>', false],
    ['https://*.example.org', false],
    ["https://a.example 'unsafe-inline'", false],
    ['https://intranet', false], // no public host name
    ['https://a.example:99999', false],
  ])('%s → %s', (origin, ok) => {
    expect(isProviderOrigin(origin)).toBe(ok);
  });
});

describe('the Online-Dienst schema', () => {
  it('accepts the demo entries', () => {
    for (const o of contract.onlineServices) expect(onlineService.safeParse(o).success).toBe(true);
  });

  it('names the field of a bad origin and of an unknown placeholder', () => {
    const s = validSnapshot();
    termin(s).providerOrigin = 'javascript:alert(1)';
    termin(s).startUrl = 'https://termine.aschersleben.example/buchen?standort={amt}&x={benutzer}';
    const issues = snapshotIssues(s);
    expect(brief(issues)).toEqual([`online-service ${ID.termin} providerOrigin`, `online-service ${ID.termin} startUrl`]);
    expect(issues[0]?.message).toMatch(/nur https:\/\/host/);
    expect(issues[1]?.message).toMatch(/Unbekannter Platzhalter \{benutzer\}/);
  });

  it('refuses an embedded start URL on another origin than the provider (the CSP would not allow it)', () => {
    const s = validSnapshot();
    termin(s).startUrl = 'https://evil.example/buchen';
    const issues = snapshotIssues(s);
    expect(brief(issues)).toEqual([`online-service ${ID.termin} startUrl`]);
    expect(issues[0]?.message).toMatch(/beim Anbieter https:\/\/termine\.aschersleben\.example/);
  });

  it('refuses a framed payment and a widget without script', () => {
    const s = validSnapshot();
    const pay = s.onlineServices.find((x) => x.documentId === ID.zahlung);
    if (!pay) throw new Error('fixture without payment');
    pay.embedMode = 'iframe';
    pay.startUrl = 'https://epay.sachsen-anhalt.example/zahlen';
    termin(s).embedMode = 'script';
    expect(brief(snapshotIssues(s))).toEqual([`online-service ${ID.termin} scriptUrl`, `online-service ${ID.zahlung} embedMode`]);
  });

  it('names each place the service is attached to that does not exist', () => {
    const s = validSnapshot();
    termin(s).services = [ID.wohnsitz, 'servicegibtesnicht000001'];
    termin(s).pages = ['pagegibtesnicht000000001'];
    const issues = snapshotIssues(s);
    expect(brief(issues)).toEqual([`online-service ${ID.termin} services.1`, `online-service ${ID.termin} pages.0`]);
    expect(issues[0]?.message).toBe('Leistung servicegibtesnicht000001 ist nicht (veröffentlicht) vorhanden');
  });
});

describe('normalising Online-Dienste from the REST API', () => {
  it('gives exactly the contract objects (cleared script URL → null, one card per page across locales, PDF size in bytes)', () => {
    expect(normalizeContent(restContent(), { baseUrl: BASE }).onlineServices).toEqual(contract.onlineServices);
  });

  it('registers the paper form for download', () => {
    const media = normalizeContent(restContent(), { baseUrl: BASE }).media;
    expect(media.get('Zahlungsauftrag_1b2c3d4e5f.pdf')).toBe(`${BASE}/uploads/Zahlungsauftrag_1b2c3d4e5f.pdf`);
  });

  it('says when the relations were not populated', () => {
    const input = restContent();
    delete entry(input.onlineServices as Record<string, unknown>[], ID.termin)['offices'];
    const issues = normalizeIssues(input);
    expect(brief(issues)).toEqual([`online-service ${ID.termin} offices`]);
    expect(issues[0]?.message).toMatch(/nicht mit „populate“ abgefragt/);
  });
});

describe('filling the start URL', () => {
  it('puts office and topic in, URL-encoded, and leaves a missing value empty', () => {
    const t = termin().startUrl;
    expect(startUrlFor(t, { amt: 'buergerservice', leistung: '99115001001000' })).toBe(
      'https://termine.aschersleben.example/buchen?standort=buergerservice&anliegen=99115001001000',
    );
    expect(startUrlFor(t, { amt: 'a&b=c' })).toBe('https://termine.aschersleben.example/buchen?standort=a%26b%3Dc&anliegen=');
  });

  it('gives the payment platform our three return addresses', () => {
    const url = new URL(
      startUrlFor('https://epay.example/zahlen?ok={erfolg}&fehler={fehler}&abbruch={abbruch}', {
        erfolg: 'https://www.aschersleben.de/zahlung/erfolgreich/',
        fehler: 'https://www.aschersleben.de/zahlung/fehlgeschlagen/',
        abbruch: 'https://www.aschersleben.de/zahlung/abgebrochen/',
      }),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      ok: 'https://www.aschersleben.de/zahlung/erfolgreich/',
      fehler: 'https://www.aschersleben.de/zahlung/fehlgeschlagen/',
      abbruch: 'https://www.aschersleben.de/zahlung/abgebrochen/',
    });
  });
});

describe('CSP sources from the content', () => {
  it('lists framed providers in frame-src, widget providers also in script-src, linked ones nowhere', () => {
    const s = validSnapshot();
    expect(cspSourcesOf(s)).toEqual({ frameSrc: ['https://termine.aschersleben.example'], scriptSrc: [], connectSrc: [], imgSrc: [] });
    const widget = structuredClone(termin(s));
    Object.assign(widget, {
      documentId: 'onlinewidget000000000003',
      slug: 'widget',
      providerOrigin: 'https://widget.example',
      embedMode: 'script',
      startUrl: 'https://widget.example/start',
      scriptUrl: 'https://widget.example/embed.js',
    });
    s.onlineServices.push(widget);
    expect(cspSourcesOf(s)).toEqual({
      frameSrc: ['https://termine.aschersleben.example', 'https://widget.example'],
      scriptSrc: ['https://widget.example'],
      connectSrc: ['https://widget.example'],
      imgSrc: [],
    });
  });
});
