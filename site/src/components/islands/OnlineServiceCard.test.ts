import { onlineService, type OnlineService } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import { renderFragment, TEST_SITE } from '../../../test/helpers/render.ts';
import ConsentOverview from './ConsentOverview.astro';
import OnlineServiceCard from './OnlineServiceCard.astro';

/*
 * The static card of every kind and embed mode, as the server renders it (ADR 0009): nothing in
 * it makes the browser contact the provider, the link out works without JavaScript with the
 * presets and return URLs filled, and the JS-only controls are hidden until the script runs.
 */

function os(over: Partial<OnlineService>): OnlineService {
  // Through the schema: the test data must be what the snapshot can actually contain.
  return onlineService.parse({
    documentId: 'os-x',
    slug: 'dienst',
    name: 'Dienst',
    kind: 'form',
    summary: 'Was man dort erledigt.',
    providerName: 'Anbieter GmbH',
    providerOrigin: 'https://dienst.example.de',
    embedMode: 'iframe',
    startUrl: 'https://dienst.example.de/start',
    scriptUrl: null,
    fallbackUrl: 'https://dienst.example.de/',
    privacyNote: 'Ihre Eingaben gehen an die Anbieter GmbH in Magdeburg.',
    document: null,
    services: [],
    offices: [],
    pages: [],
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...over,
  });
}

const appointment = os({
  slug: 'termin-buergerservice',
  name: 'Terminbuchung Bürgerservice',
  kind: 'appointment',
  providerName: 'Termin-Dienstleister',
  providerOrigin: 'https://termine.example.de',
  startUrl: 'https://termine.example.de/embed?amt={amt}&leistung={leistung}',
  fallbackUrl: 'https://termine.example.de/aschersleben/',
});
const payment = os({
  slug: 'epayment',
  name: 'Gebühren online bezahlen',
  kind: 'payment',
  providerName: 'ePayBL Sachsen-Anhalt',
  providerOrigin: 'https://epay.example.de',
  embedMode: 'link',
  startUrl: 'https://epay.example.de/pay?ok={erfolg}&err={fehler}&cancel={abbruch}&leistung={leistung}',
  fallbackUrl: 'https://epay.example.de/',
});
const widget = os({
  slug: 'maengelmelder',
  name: 'Behördenmelder',
  kind: 'issueReporting',
  providerName: 'Melder GmbH',
  providerOrigin: 'https://melder.example.de',
  embedMode: 'script',
  startUrl: 'https://melder.example.de/aschersleben',
  scriptUrl: 'https://melder.example.de/widget.js',
  fallbackUrl: 'https://melder.example.de/aschersleben/karte',
});
const formWithPdf = os({
  slug: 'hundesteuer',
  name: 'Hundesteuer anmelden',
  embedMode: 'link',
  startUrl: 'https://formulare.example.de/hundesteuer',
  document: { file: 'hundesteuer_ab12.pdf', name: 'Hundesteuer-Anmeldung.pdf', size: 183_500, mime: 'application/pdf' },
});

const render = (service: OnlineService, values: Record<string, string> = {}) => renderFragment(OnlineServiceCard, { service, values });
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

/** Every element in the markup that makes a browser fetch something from another origin than ours. */
function fetchingUrls(doc: Document): string[] {
  return [...doc.querySelectorAll('[src], link[href], object[data], [srcset], [poster]')]
    .filter((el) =>
      /^(https?:)?\/\//.test(
        el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? el.getAttribute('srcset') ?? el.getAttribute('poster') ?? '',
      ),
    )
    .map((el) => el.outerHTML);
}

/** The islands' own script (bundled from our origin): the only script an embeddable card brings. */
const ownScripts = (doc: Document) => [...doc.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? '(inline)');

describe('OnlineServiceCard', () => {
  it('iframe: a static card with name, kind, provider, summary and privacy note, and nothing that loads from the provider', async () => {
    const doc = await render(appointment, { amt: 'buergerservice', leistung: '99102013001000' });
    const card = doc.querySelector('online-service');
    expect(text(card?.querySelector('h3'))).toBe('Terminbuchung Bürgerservice');
    expect(text(card?.querySelector('.meta'))).toBe('Terminbuchung · Anbieter: Termin-Dienstleister');
    expect(text(card)).toContain('Was man dort erledigt.');
    expect(text(card)).toContain('Welche Daten wohin gehen');
    expect(text(card)).toContain('Ihre Eingaben gehen an die Anbieter GmbH in Magdeburg.');
    expect(text(card)).toContain('verbindet sich Ihr Browser mit Termin-Dienstleister (https://termine.example.de)');
    // No iframe, no script, no image: the browser has no reason to contact anyone.
    expect(doc.querySelector('iframe')).toBeNull();
    expect(fetchingUrls(doc)).toEqual([]);
    expect(ownScripts(doc)).toHaveLength(1);
    expect(ownScripts(doc)[0]).toMatch(/ConsentScript\.astro/);
    // The embed address with the presets waits in a data attribute for the script.
    expect(card?.getAttribute('data-start')).toBe('https://termine.example.de/embed?amt=buergerservice&leistung=99102013001000');
    expect(card?.getAttribute('data-origin')).toBe('https://termine.example.de');
    expect(card?.getAttribute('data-frame-title')).toBe('Terminbuchung Bürgerservice (eingebettet von Termin-Dienstleister)');
  });

  it('iframe: the consent controls are hidden without JS; the link out opens the fallback in a new window, safely', async () => {
    const doc = await render(appointment, { amt: 'buergerservice' });
    const consent = doc.querySelector('[data-consent]');
    expect(consent?.hasAttribute('hidden')).toBe(true);
    const load = consent?.querySelector('button[data-load]');
    expect(load?.getAttribute('type')).toBe('button');
    expect(text(load)).toBe('Dienst laden (Terminbuchung Bürgerservice)');
    expect(text(doc.querySelector(`label[for="${consent?.querySelector('input[type="checkbox"]')?.id}"]`))).toBe(
      'Einwilligung für Termin-Dienstleister merken',
    );
    expect(doc.querySelector<HTMLInputElement>('input[data-remember]')?.hasAttribute('checked')).toBe(false);
    const link = doc.querySelector('a.external');
    expect(link?.getAttribute('href')).toBe('https://termine.example.de/aschersleben/');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener');
    expect(text(link)).toBe('In neuem Fenster öffnen (Terminbuchung Bürgerservice, externe Seite von Termin-Dienstleister)');
    expect(doc.querySelector('button[data-withdraw]')?.hasAttribute('hidden')).toBe(true);
    const status = doc.querySelector('[data-status]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(text(status)).toBe('');
  });

  it('payment: a link out only (no consent, no script), with our return URLs and the topic filled in', async () => {
    const doc = await render(payment, { amt: 'buergerservice', leistung: '99102013001000' });
    expect(doc.querySelector('[data-consent], button, iframe, script')).toBeNull();
    const href = doc.querySelector('a.external')?.getAttribute('href') ?? '';
    const url = new URL(href);
    expect(url.origin).toBe('https://epay.example.de');
    expect(url.searchParams.get('ok')).toBe(`${TEST_SITE}/zahlung/erfolgreich/`);
    expect(url.searchParams.get('err')).toBe(`${TEST_SITE}/zahlung/fehlgeschlagen/`);
    expect(url.searchParams.get('cancel')).toBe(`${TEST_SITE}/zahlung/abgebrochen/`);
    expect(url.searchParams.get('leistung')).toBe('99102013001000');
    // Encoded once: the return URL is a parameter value, not part of the provider's path.
    expect(href).toContain(`ok=${encodeURIComponent(`${TEST_SITE}/zahlung/erfolgreich/`)}`);
    expect(doc.querySelector('a.external')?.hasAttribute('target')).toBe(false);
    expect(text(doc.querySelector('a.external'))).toBe('Weiter zu Gebühren online bezahlen (externe Seite von ePayBL Sachsen-Anhalt)');
    expect(text(doc.querySelector('online-service'))).toContain('leitet Sie der Anbieter auf unsere Website zurück');
  });

  it('script widget: the widget script is named in a data attribute only, never as <script src>', async () => {
    const doc = await render(widget);
    const card = doc.querySelector('online-service');
    expect(card?.getAttribute('data-mode')).toBe('script');
    expect(card?.getAttribute('data-script')).toBe('https://melder.example.de/widget.js');
    expect(fetchingUrls(doc)).toEqual([]);
    expect(doc.querySelector('a.external')?.getAttribute('href')).toBe('https://melder.example.de/aschersleben/karte');
  });

  it('form with a PDF: the download link names type and size', async () => {
    const doc = await render(formWithPdf);
    const pdf = doc.querySelector('a.document-link');
    expect(pdf?.getAttribute('href')).toBe('/medien/hundesteuer_ab12.pdf');
    expect(text(pdf)).toBe('Formular „Hundesteuer anmelden“ zum Ausdrucken (PDF, 183,5 kB)');
    expect(doc.querySelector('a.external')?.getAttribute('href')).toBe('https://formulare.example.de/hundesteuer');
  });

  it('fills a placeholder without a value at this place as empty (the provider then offers its choice)', async () => {
    const doc = await render(appointment);
    expect(doc.querySelector('online-service')?.getAttribute('data-start')).toBe('https://termine.example.de/embed?amt=&leistung=');
  });

  it('refuses to embed from the site’s own origin (the sandbox would not hold)', async () => {
    await expect(
      render(os({ providerOrigin: 'http://127.0.0.1:4321', startUrl: 'http://127.0.0.1:4321/x', fallbackUrl: 'http://127.0.0.1:4321/' })),
    ).rejects.toThrow(/Origin der Website/);
  });

  it('speaks English on English pages', async () => {
    const doc = await renderFragment(OnlineServiceCard, { service: appointment, lang: 'en' });
    expect(text(doc.querySelector('.meta'))).toBe('Appointment booking · Provider: Termin-Dienstleister');
    expect(text(doc.querySelector('button[data-load]'))).toBe('Load service (Terminbuchung Bürgerservice)');
  });
});

describe('ConsentOverview', () => {
  it('lists each embedding provider once (link-only ones need no consent), with a hidden withdraw button and a no-JS note', async () => {
    const second = os({
      documentId: 'os-y',
      slug: 'termin-zwei',
      name: 'Zweiter Termin',
      providerName: 'Termin-Dienstleister',
      providerOrigin: 'https://termine.example.de',
      startUrl: 'https://termine.example.de/b',
      fallbackUrl: 'https://termine.example.de/',
    });
    const doc = await renderFragment(ConsentOverview, { onlineServices: [appointment, payment, widget, second] });
    const rows = [...doc.querySelectorAll('[data-provider]')];
    expect(rows.map((r) => r.getAttribute('data-provider'))).toEqual(['https://melder.example.de', 'https://termine.example.de']);
    expect(text(rows[1]?.querySelector('.meta'))).toBe('Genutzt für: Terminbuchung Bürgerservice, Zweiter Termin');
    expect(rows.every((r) => r.querySelector('button[data-withdraw]')?.hasAttribute('hidden'))).toBe(true);
    expect(doc.querySelector('[data-overview]')?.hasAttribute('hidden')).toBe(true);
    expect(text(doc.querySelector('[data-nojs]'))).toContain('Ohne JavaScript wird nichts gespeichert');
  });

  it('lists the town map’s tile provider too (same consent store)', async () => {
    const mapTiles = {
      providerName: 'OpenStreetMap',
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap',
      attributionUrl: 'https://www.openstreetmap.org/copyright',
      privacyUrl: 'https://osmfoundation.org/wiki/Privacy_Policy',
      maxZoom: 19,
    };
    const doc = await renderFragment(ConsentOverview, { onlineServices: [payment], mapTiles });
    const rows = [...doc.querySelectorAll('[data-provider]')];
    expect(rows.map((r) => r.getAttribute('data-provider'))).toEqual(['https://tile.openstreetmap.org']);
    expect(text(rows[0]?.querySelector('.meta'))).toBe('Genutzt für: Stadtplan (Kartenkacheln)');
  });

  it('renders nothing when no provider is embedded', async () => {
    const doc = await renderFragment(ConsentOverview, { onlineServices: [payment] });
    expect(doc.querySelector('consent-overview')).toBeNull();
  });
});
