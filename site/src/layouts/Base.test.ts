import { describe, expect, it } from 'vitest';
import { renderHtml, renderPage, TEST_SITE } from '../../test/helpers/render.ts';
import { ssiFindings } from '@stadtportal/publish/ssi';
import Base from './Base.astro';
import { BARRIER_FORM_PATH } from '@stadtportal/shared/rules';

/* The layout with the fixture snapshot (SNAPSHOT_DIR from vitest.config.ts). */

const page = (props: Record<string, unknown>) =>
  renderPage(Base, { props: { description: 'Beschreibung der Seite', ...props }, slots: { default: '<h1>Überschrift</h1><p>Text</p>' } });

const geschichte = () =>
  page({
    title: 'Geschichte',
    path: '/leben-in-aschersleben/geschichte/',
    breadcrumbs: { trail: [{ label: 'Leben in Aschersleben', href: '/leben-in-aschersleben/' }], current: 'Geschichte' },
  });

describe('Base layout', () => {
  it('is a German document with title, description and canonical address', async () => {
    const doc = await geschichte();
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.querySelector('title')?.textContent).toBe('Geschichte – Stadt Aschersleben');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Beschreibung der Seite');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${TEST_SITE}/leben-in-aschersleben/geschichte/`);
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
  });

  it('titles the home page with site name and claim', async () => {
    const doc = await page({ title: null, path: '/' });
    expect(doc.querySelector('title')?.textContent).toBe('Stadt Aschersleben – Älteste Stadt Sachsen-Anhalts');
    expect(doc.querySelector('.brand-link')?.getAttribute('aria-current')).toBe('page');
  });

  it('starts with a skip link whose target is the <main> landmark', async () => {
    const doc = await geschichte();
    const first = doc.querySelector('body a');
    expect(first?.textContent).toBe('Zum Inhalt springen');
    const target = first?.getAttribute('href')?.slice(1) ?? '';
    expect(target).not.toBe('');
    expect(doc.getElementById(target)?.tagName).toBe('MAIN');
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    expect(doc.querySelector('main h1')?.textContent).toBe('Überschrift');
  });

  it('has header, labelled main navigation and footer landmarks', async () => {
    const doc = await geschichte();
    expect(doc.querySelector('body > header')).not.toBeNull();
    const nav = doc.querySelector('header nav[aria-label="Hauptnavigation"]');
    expect([...(nav?.querySelectorAll('a') ?? [])].map((a) => a.textContent)).toEqual([
      'Rathaus und Bürgerservice',
      'Leben in Aschersleben',
      'Kultur und Tourismus',
      'Wirtschaft und Wirtschaftsförderung',
      'Leistungen A–Z',
      'Ämter und Öffnungszeiten',
      'Aktuelles',
      'Veranstaltungen',
      'Bekanntmachungen',
      'Einrichtungen',
    ]);
    expect(doc.querySelector('body > footer')?.getAttribute('aria-label')).toBe('Fußzeile');
  });

  it('marks the current page in the main navigation, and only that one', async () => {
    const doc = await page({ title: 'Aktuelles', path: '/aktuelles/' });
    const current = doc.querySelectorAll('nav[aria-label="Hauptnavigation"] [aria-current]');
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute('aria-current')).toBe('page');
    expect(current[0]?.getAttribute('href')).toBe('/aktuelles/');
  });

  it('renders breadcrumbs as an ordered list ending with the current page, not linked', async () => {
    const doc = await geschichte();
    const items = [...doc.querySelectorAll('nav[aria-label="Brotkrümelnavigation"] > ol > li')];
    expect(items.map((li) => li.textContent)).toEqual(['Startseite', 'Leben in Aschersleben', 'Geschichte']);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('/');
    expect(items[2]?.querySelector('a')).toBeNull();
    expect(items[2]?.querySelector('[aria-current="page"]')?.textContent).toBe('Geschichte');
  });

  it('links the five legal and accessibility pages from the footer', async () => {
    const doc = await geschichte();
    const links = [...doc.querySelectorAll('footer nav a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Impressum', '/impressum/'],
      ['Datenschutz', '/datenschutz/'],
      ['Erklärung zur Barrierefreiheit', '/barrierefreiheit/'],
      ['Leichte Sprache', '/leichte-sprache/'],
      ['Gebärdensprache', '/gebaerdensprache/'],
      ['Barriere melden', '/barriere-melden/'],
      // The Behördenmelder's page (ADR 0009): the fixture attaches it to „Leben in Aschersleben“.
      ['Mängel melden (Behördenmelder)', '/leben-in-aschersleben/'],
    ]);
  });

  it('lets people report a barrier from every page: the footer leads to the report form', async () => {
    const doc = await geschichte();
    const link = [...doc.querySelectorAll('footer a')].find((a) => a.textContent === 'Barriere melden');
    expect(link?.getAttribute('href')).toBe(BARRIER_FORM_PATH);
    expect(link?.hasAttribute('hreflang')).toBe(false);
  });

  it('shows the social profiles as plain links: nothing loaded from the networks', async () => {
    const doc = await geschichte();
    const social = [...doc.querySelectorAll('footer a[href^="https://www.facebook.com"], footer a[href^="https://www.instagram.com"]')];
    expect(social.map((a) => a.textContent)).toEqual(['Facebook: @aschersleben.de', 'Instagram: @stadt.aschersleben']);
    expect(social.every((a) => !a.hasAttribute('target'))).toBe(true);
    expect(doc.querySelectorAll('iframe, script, img[src^="http"], link[href^="http"]:not([rel="canonical"])')).toHaveLength(0);
  });

  it('has no canonical address but noindex on the 404 page, and no current navigation entry', async () => {
    const doc = await page({ title: 'Seite nicht gefunden', path: null });
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelectorAll('[aria-current]')).toHaveLength(0);
  });
});

describe('Base layout in two languages', () => {
  const links = (doc: Document) =>
    [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);

  it('renders an English page: lang, English chrome, hreflang both ways and the switch to German', async () => {
    const doc = await page({
      title: 'History',
      path: '/en/living-in-aschersleben/history/',
      lang: 'en',
      alternates: { de: '/leben-in-aschersleben/geschichte/', en: '/en/living-in-aschersleben/history/' },
    });
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('.skip-link')?.textContent).toBe('Skip to content');
    expect(doc.querySelector('header nav')?.getAttribute('aria-label')).toBe('Main navigation');
    expect(doc.querySelector('.brand-link')?.getAttribute('href')).toBe('/en/');
    expect(links(doc)).toEqual([
      ['de', `${TEST_SITE}/leben-in-aschersleben/geschichte/`],
      ['en', `${TEST_SITE}/en/living-in-aschersleben/history/`],
      ['x-default', `${TEST_SITE}/leben-in-aschersleben/geschichte/`],
    ]);
    const toGerman = doc.querySelector('.language-switch a');
    expect([toGerman?.getAttribute('href'), toGerman?.getAttribute('lang'), toGerman?.getAttribute('hreflang'), toGerman?.textContent]).toEqual([
      '/leben-in-aschersleben/geschichte/',
      'de',
      'de',
      'Deutsch',
    ]);
  });

  it('offers „English“ on a German page with a translation, and nothing without one', async () => {
    const translated = await page({ title: 'Geschichte', path: '/a/', alternates: { de: '/a/', en: '/en/a/' } });
    expect(translated.documentElement.getAttribute('lang')).toBe('de');
    expect(translated.querySelector('.language-switch a')?.textContent).toBe('English');
    expect(translated.querySelector('.language-switch a')?.getAttribute('lang')).toBe('en');
    const german = await page({ title: 'Geschichte', path: '/a/', alternates: { de: '/a/' } });
    expect(german.querySelector('.language-switch')).toBeNull();
    expect(links(german)).toEqual([]);
    expect(links(await geschichte())).toEqual([]);
  });

  it('writes „<!--#“ in an attribute value as it is, and the release gate „SSI“ finds it there', async () => {
    // Why the contract, the CMS and the gate all refuse it: Astro escapes only & and " in
    // attribute values, so nginx (ssi on) would run this as a command on every page view.
    const html = await renderHtml(Base, {
      partial: false,
      props: { title: 'Test', path: '/test/', description: `Rathaus <!--# include virtual="/_eilmeldung" -->` },
      slots: { default: '<h1>Test</h1>' },
    });
    expect(html).toContain('content="Rathaus <!--# include virtual=&quot;/_eilmeldung&quot; -->"');
    // The description goes into three <meta>: description, og:description and twitter:description.
    expect(ssiFindings(Buffer.from(html), '/test/').map((f) => f.where)).toEqual(Array(3).fill('im Attribut „content“ von <meta>'));
  });
});
