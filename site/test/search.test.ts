import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import SearchForm from '../src/components/SearchForm.astro';
import SearchTerms from '../src/components/SearchTerms.astro';
import { renderFragment } from './helpers/render.ts';
import { excerptFragment, MAX_QUERY_LENGTH, readQuery, resultItem, safeResultHref, statusText, type ParseHtml } from '../src/lib/search.ts';

/*
 * The search island's logic with linkedom as the DOM: the browser's DOMParser is replaced by
 * linkedom's, everything else is the code the browser runs.
 */

const parse: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const newDocument = (): Document => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** The excerpt rendered into a <p>: its HTML and its text. */
function render(excerpt: string): { html: string; text: string; el: HTMLElement } {
  const doc = newDocument();
  const p = doc.createElement('p');
  p.appendChild(excerptFragment(excerpt, doc, parse));
  return { html: p.innerHTML, text: p.textContent ?? '', el: p };
}

describe('excerptFragment', () => {
  it('keeps text and <mark> around the matches', () => {
    const { html, el } = render('Das <mark>Bürgerservice</mark> im Rathaus hilft bei <mark>Ausweisen</mark>.');
    expect(html).toBe('Das <mark>Bürgerservice</mark> im Rathaus hilft bei <mark>Ausweisen</mark>.');
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Bürgerservice', 'Ausweisen']);
  });

  it('turns an <img onerror> into nothing: no element, no attribute survives', () => {
    const { html, el } = render('Vor <img src="x" onerror="alert(1)"> nach <mark onclick="alert(2)" class="x">Treffer</mark>');
    expect(el.querySelectorAll('img')).toHaveLength(0);
    expect(html).toBe('Vor  nach <mark>Treffer</mark>');
    expect(html).not.toMatch(/onerror|onclick|alert/);
  });

  it('drops <script> and <style> with their content', () => {
    const { html } = render('A<script>alert(1)</script>B<style>body{display:none}</style>C<mark>D<script>x()</script></mark>');
    expect(html).toBe('A' + 'B' + 'C<mark>D</mark>');
  });

  it('flattens nested and foreign tags to their text, and nested marks to one', () => {
    const { html } = render('<div><a href="javascript:alert(1)">Link <b>fett</b></a> <mark><mark>doppelt</mark> <em>betont</em></mark></div>');
    expect(html).toBe('Link fett <mark>doppelt betont</mark>');
  });

  it('keeps escaped markup as text, not as elements', () => {
    const { html, text, el } = render('Formel &lt;img src=x onerror=alert(1)&gt; und a &amp; b');
    expect(el.querySelectorAll('img')).toHaveLength(0);
    expect(text).toBe('Formel <img src=x onerror=alert(1)> und a & b');
    expect(html).toBe('Formel &lt;img src=x onerror=alert(1)&gt; und a &amp; b');
  });

  it('ignores comments and unclosed tags without losing the text around them', () => {
    const { html } = render('Anfang <!-- <script>alert(1)</script> --> Ende <mark>offen');
    expect(html).toBe('Anfang  Ende <mark>offen</mark>');
  });
});

describe('resultItem', () => {
  it('renders the title as a link in an h3 and the excerpt below it', () => {
    const doc = newDocument();
    const li = resultItem({ url: '/rathaus/buergerservice/', excerpt: 'Im <mark>Bürgerservice</mark>', meta: { title: 'Bürgerservice' } }, doc, parse);
    expect(li?.tagName).toBe('LI');
    const link = li?.querySelector('h3 > a');
    expect(link?.getAttribute('href')).toBe('/rathaus/buergerservice/');
    expect(link?.textContent).toBe('Bürgerservice');
    expect(li?.querySelector('p')?.innerHTML).toBe('Im <mark>Bürgerservice</mark>');
  });

  it('sets a title with markup in it as text', () => {
    const doc = newDocument();
    const li = resultItem({ url: '/a/', excerpt: '', meta: { title: '<img src=x onerror=alert(1)>Titel' } }, doc, parse);
    expect(li?.querySelectorAll('img')).toHaveLength(0);
    expect(li?.querySelector('a')?.textContent).toBe('<img src=x onerror=alert(1)>Titel');
    // An empty excerpt gives no empty paragraph.
    expect(li?.querySelector('p')).toBeNull();
  });

  it('falls back to the address when a page has no title', () => {
    const li = resultItem({ url: '/ohne-titel/', excerpt: 'Text', meta: {} }, newDocument(), parse);
    expect(li?.querySelector('a')?.textContent).toBe('/ohne-titel/');
  });

  it.each(['javascript:alert(1)', 'https://example.org/', '//example.org/', '/\\example.org/', 'seite/'])(
    'drops a result whose address %s is not a path of this site',
    (url) => {
      expect(resultItem({ url, excerpt: 'x', meta: { title: 'x' } }, newDocument(), parse)).toBeNull();
    },
  );
});

describe('safeResultHref', () => {
  it('accepts site paths only', () => {
    expect(safeResultHref('/')).toBe('/');
    expect(safeResultHref('/aktuelles/meldung/')).toBe('/aktuelles/meldung/');
    expect(safeResultHref('//evil.example/')).toBeNull();
    expect(safeResultHref('JAVASCRIPT:alert(1)')).toBeNull();
  });
});

describe('readQuery', () => {
  it('reads q, trims it and collapses white space', () => {
    expect(readQuery('?q=%20B%C3%BCrger%20%20service%20')).toBe('Bürger service');
    expect(readQuery('?q=Bürgerservice&x=1')).toBe('Bürgerservice');
    expect(readQuery('?q=a+b')).toBe('a b');
  });

  it('gives "" without q and cuts very long input', () => {
    expect(readQuery('')).toBe('');
    expect(readQuery('?x=1')).toBe('');
    expect(readQuery(`?q=${'a'.repeat(500)}`)).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('statusText', () => {
  it('names count and query with German quotes and number format', () => {
    expect(statusText(3, 'Bürgerservice')).toBe('3 Treffer für „Bürgerservice“');
    expect(statusText(1, 'Ausweis')).toBe('1 Treffer für „Ausweis“');
    expect(statusText(1234, 'Stadt')).toBe('1.234 Treffer für „Stadt“');
    expect(statusText(0, 'Xyz')).toBe('Keine Treffer für „Xyz“. Prüfen Sie die Schreibweise oder versuchen Sie ein anderes Wort.');
  });
});

describe('SearchForm', () => {
  it('is a GET form to /suche/ with a visible label, a search field q and a submit button', async () => {
    const doc = await renderFragment(SearchForm, { id: 'suche-test', label: 'Website durchsuchen', landmark: 'Website durchsuchen', variant: 'header' });
    const form = doc.querySelector('form');
    expect(form?.getAttribute('role')).toBe('search');
    expect(form?.getAttribute('action')).toBe('/suche/');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('aria-label')).toBe('Website durchsuchen');
    const input = doc.getElementById('suche-test');
    expect(input?.getAttribute('type')).toBe('search');
    expect(input?.getAttribute('name')).toBe('q');
    expect(doc.querySelector('label[for="suche-test"]')?.textContent).toBe('Website durchsuchen');
    expect(doc.querySelector('button[type="submit"]')?.textContent).toBe('Suchen');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('SearchTerms', () => {
  it('renders the terms as hidden Pagefind metadata, one comma-separated value', async () => {
    const doc = await renderFragment(SearchTerms, { terms: ['Perso', '  Personal\nausweis ', '', 'Ausweis'] });
    const el = doc.querySelector('[data-pagefind-meta]');
    expect(el?.hasAttribute('hidden')).toBe(true);
    expect(el?.getAttribute('data-pagefind-meta')).toBe('synonyms:Perso, Personal ausweis, Ausweis');
    expect(el?.textContent).toBe('');
  });

  it('renders nothing without terms', async () => {
    const doc = await renderFragment(SearchTerms, { terms: [' '] });
    expect(doc.querySelector('[data-pagefind-meta]')).toBeNull();
  });
});
