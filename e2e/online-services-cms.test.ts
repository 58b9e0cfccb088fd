// Online-Dienste in a real Strapi (SQLite, seeded): the demo town's services of every kind are
// seeded and readable by the public API; a provider origin or start URL the site could not embed
// safely is refused at save time with a 400 naming the field (never stored, never a 500);
// the public role cannot write. The site side (consent cards, CSP) is tested from the snapshot.
import { PROVIDER_ORIGIN_MESSAGE } from '@stadtportal/shared/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

let strapi: StrapiInstance;
let adminToken: string;

interface StrapiError {
  error: { status: number; name: string; message: string; details?: { errors?: { path: string[]; message: string }[] } };
}

interface OnlineServiceRow {
  documentId: string;
  slug: string;
  kind: string;
  embedMode: string;
  providerOrigin: string;
  services: { documentId: string; slug: string }[];
  offices: { documentId: string; slug: string }[];
  pages: { documentId: string; slug: string }[];
  document: { name: string; mime: string } | null;
}

const UID = 'api::online-service.online-service';

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${strapi.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function published(): Promise<OnlineServiceRow[]> {
  const q =
    'populate[services][fields][0]=slug&populate[offices][fields][0]=slug&populate[pages][fields][0]=slug&populate[document]=true&pagination[pageSize]=100';
  const res = await fetch(`${strapi.url}/api/online-services?${q}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: OnlineServiceRow[] }).data;
}

const valid = {
  name: 'Testdienst',
  slug: 'testdienst',
  kind: 'appointment',
  summary: 'Ein Termin im Bürgerservice.',
  providerName: 'Terminvergabe',
  providerOrigin: 'https://termine.aschersleben.de',
  embedMode: 'iframe',
  startUrl: 'https://termine.aschersleben.de/buchen?standort={amt}',
  fallbackUrl: 'https://termine.aschersleben.de/',
  privacyNote: 'Ihre IP-Adresse geht an den Betreiber.',
};

beforeAll(async () => {
  strapi = await startStrapi('sqlite');
  adminToken = await strapi.adminToken();
}, 600_000);

afterAll(async () => {
  await strapi?.stop();
});

describe('Online-Dienste im CMS', () => {
  it('seeds every kind the issue names, attached where citizens look for them', async () => {
    const rows = await published();
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['form', 'appointment', 'payment', 'booking', 'statePortal', 'issueReporting', 'social']));
    const termin = bySlug.get('termin-buchen');
    expect(termin?.embedMode).toBe('iframe');
    expect(termin?.offices.map((o) => o.slug)).toContain('buergerservice');
    // Every card that used to carry an appointment link now has the booking service.
    expect(termin?.services.map((s) => s.slug)).toEqual(expect.arrayContaining(['wohnsitz-anmelden', 'personalausweis-beantragen', 'eheschliessung-anmelden']));
    expect(bySlug.get('bus-sachsen-anhalt')?.pages.map((p) => p.slug)).toContain('buergerservice');
    expect(bySlug.get('behoerdenmelder')?.pages.map((p) => p.slug)).toContain('maengelmelder');
    expect(bySlug.get('raumbuchung-kulturanstalt')?.pages.map((p) => p.slug)).toContain('raeume-mieten');
    expect(bySlug.get('gebuehren-online-bezahlen')?.embedMode).toBe('link');
    expect(bySlug.get('formular-service')?.document?.mime).toBe('application/pdf');
    // Link-outs to federal portals come from the service cards.
    const wohnsitz = rows.filter((r) => r.services.some((s) => s.slug === 'wohnsitz-anmelden'));
    expect(wohnsitz.map((r) => r.providerOrigin)).toEqual(expect.arrayContaining(['https://termine.aschersleben.de', 'https://wohnsitzanmeldung.gov.de']));
  });

  it.each([
    // The contract's wording (shared/src/rules/url.ts), whole: the CMS passes it on unchanged.
    [{ providerOrigin: 'javascript:alert(1)' }, 'providerOrigin', PROVIDER_ORIGIN_MESSAGE],
    [{ providerOrigin: 'data:text/html,hallo' }, 'providerOrigin', PROVIDER_ORIGIN_MESSAGE],
    [{ providerOrigin: 'http://termine.aschersleben.de' }, 'providerOrigin', PROVIDER_ORIGIN_MESSAGE],
    [{ providerOrigin: 'http://127.0.0.1:8080', startUrl: 'http://127.0.0.1:8080/' }, 'providerOrigin', /im Betrieb nur https/],
    [{ providerOrigin: 'https://termine.example.org', startUrl: 'https://termine.example.org/' }, 'providerOrigin', /nicht zum Einbetten freigegeben/],
    [{ startUrl: 'https://termine.aschersleben.de/?x={name}' }, 'startUrl', /Unbekannter Platzhalter \{name\}/],
    [{ startUrl: 'https://evil.example/buchen' }, 'startUrl', /muss beim Anbieter https:\/\/termine\.aschersleben\.de liegen/],
    [{ kind: 'payment' }, 'embedMode', /E-Payment wird nur verlinkt/],
    [{ embedMode: 'script' }, 'scriptUrl', /braucht die Adresse des Skripts/],
    [{ fallbackUrl: 'javascript:alert(1)' }, 'fallbackUrl', /vollständige http\(s\)-Adresse/],
  ])('refuses %j with 400 naming „%s“', async (change, field, message) => {
    const res = await admin('POST', `/content-manager/collection-types/${UID}`, { ...valid, ...change });
    expect(res.status).toBe(400);
    const body = (await res.json()) as StrapiError;
    expect(body.error.name).toBe('ValidationError');
    expect(body.error.details?.errors?.[0]?.path).toEqual([field]);
    expect(body.error.details?.errors?.[0]?.message).toMatch(message);
  });

  it('refuses an update that breaks a stored service, checked together with the stored fields', async () => {
    const created = await admin('POST', `/content-manager/collection-types/${UID}`, {
      ...valid,
      slug: 'testdienst-update',
      providerOrigin: 'https://termine.aschersleben.de/',
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const doc = ((await created.json()) as { data: { documentId: string; providerOrigin: string } }).data;
    // The address-bar copy „https://host/“ is stored as the origin.
    expect(doc.providerOrigin).toBe('https://termine.aschersleben.de');
    const res = await admin('PUT', `/content-manager/collection-types/${UID}/${doc.documentId}`, { startUrl: 'https://andere.example/' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as StrapiError).error.details?.errors?.[0]?.path).toEqual(['startUrl']);
  });

  it('lets an embedded provider the operator did not approve be linked, never framed', async () => {
    const res = await admin('POST', `/content-manager/collection-types/${UID}`, {
      ...valid,
      slug: 'fremder-link',
      embedMode: 'link',
      providerOrigin: 'https://termine.example.org',
      startUrl: 'https://termine.example.org/buchen',
      fallbackUrl: 'https://termine.example.org/',
    });
    expect(res.status, await res.clone().text()).toBe(201);
  });

  it('answers 403 to anonymous writes', async () => {
    const res = await fetch(`${strapi.url}/api/online-services`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: valid }),
    });
    expect(res.status).toBe(403);
  });
});
