import {
  BARRIER_FORM_PATH,
  CONSENT_TEXT,
  FEEDBACK_FIELDS as F,
  FEEDBACK_LIMITS,
  FEEDBACK_PATH,
  HELPED_CHOICES,
  HELPED_QUESTION,
  MISSING_CHOICES,
  MISSING_QUESTION,
  RATING_LOW_MAX,
  RATING_QUESTION,
  RATING_STEPS,
  RATING_THANKS_ID,
  type RatedType,
} from '@stadtportal/shared/rules';
import { describe, expect, it } from 'vitest';
import { renderFragment, renderPage } from '../../../test/helpers/render.ts';
import { loadContent } from '../../lib/content.ts';
import { eventPath, officePath, servicePath } from '../../lib/urls.ts';
import PageView from '../PageView.astro';
import ServicePage from '../../pages/leistungen/[slug].astro';
import OfficePage from '../../pages/aemter/[slug].astro';
import EventPage from '../../pages/veranstaltungen/[slug].astro';
import BarrierPage from '../../pages/barriere-melden/index.astro';
import BarrierThanksPage from '../../pages/barriere-melden/danke.astro';
import PageFeedback from './PageFeedback.astro';

/* The feedback forms (issue 17) render from the contract: names, values, labels, limits. */

const SOURCE = { type: 'page' as const, document: 'p-geschichte', page: '/leben-in-aschersleben/geschichte/' };
const render = () => renderFragment(PageFeedback, SOURCE);
const labelOf = (doc: Document, input: Element | null) => doc.querySelector(`label[for="${input?.getAttribute('id') ?? ''}"]`)?.textContent?.trim();
const hidden = (form: Element | null | undefined) =>
  Object.fromEntries([...(form?.querySelectorAll('input[type="hidden"]') ?? [])].map((i) => [i.getAttribute('name'), i.getAttribute('value')]));

describe('the clarity rating', () => {
  it('posts the rated page’s type, document and address to the feedback address', async () => {
    const doc = await render();
    const form = doc.querySelector(`form:has(input[name="${F.rating}"])`);
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe(FEEDBACK_PATH);
    expect(hidden(form)).toEqual({ [F.kind]: 'bewertung', [F.type]: 'page', [F.document]: 'p-geschichte', [F.page]: SOURCE.page });
  });

  it('asks the question in a fieldset with five radio steps named by the contract', async () => {
    const doc = await render();
    const fieldset = doc.querySelector(`fieldset:has(input[name="${F.rating}"])`);
    expect(fieldset?.querySelector('legend')?.textContent).toBe(RATING_QUESTION);
    const radios = [...(fieldset?.querySelectorAll('input[type="radio"]') ?? [])];
    expect(radios.map((r) => [r.getAttribute('value'), labelOf(doc, r)])).toEqual(RATING_STEPS.map((s) => [String(s.value), s.label]));
    expect(radios.every((r) => r.hasAttribute('required'))).toBe(true);
    // The CSS shows the follow-up question by these classes (no number of steps in the stylesheet).
    expect(radios.map((r) => r.getAttribute('class'))).toEqual(RATING_STEPS.map((s) => (s.value <= RATING_LOW_MAX ? 'rating-low' : 'rating-high')));
  });

  it('offers what was missing and what helped as checkboxes of the contract', async () => {
    const doc = await render();
    const low = doc.querySelector('fieldset.rating-more-low');
    const high = doc.querySelector('fieldset.rating-more-high');
    expect(low?.querySelector('legend')?.textContent).toContain(MISSING_QUESTION);
    expect(high?.querySelector('legend')?.textContent).toContain(HELPED_QUESTION);
    const choices = (f: Element | null) =>
      [...(f?.querySelectorAll('input[type="checkbox"]') ?? [])].map((c) => [c.getAttribute('name'), c.getAttribute('value'), labelOf(doc, c)]);
    expect(choices(low)).toEqual(Object.entries(MISSING_CHOICES).map(([v, l]) => [F.choice, v, l]));
    expect(choices(high)).toEqual(Object.entries(HELPED_CHOICES).map(([v, l]) => [F.choice, v, l]));
  });

  it('has a labelled, limited free text, a hidden honeypot, the privacy note and the submit button', async () => {
    const doc = await render();
    const form = doc.querySelector(`form:has(input[name="${F.rating}"])`);
    const text = form?.querySelector(`textarea[name="${F.text}"]`) ?? null;
    expect(text?.getAttribute('maxlength')).toBe(String(FEEDBACK_LIMITS.text));
    expect(labelOf(doc, text)).toMatch(/^Möchten Sie uns noch etwas dazu sagen\?/);
    expect(doc.getElementById(text?.getAttribute('aria-describedby') ?? '')?.textContent).toContain(`${FEEDBACK_LIMITS.text} Zeichen`);
    const trap = form?.querySelector(`input[name="${F.honeypot}"]`);
    expect(trap?.getAttribute('tabindex')).toBe('-1');
    expect(trap?.getAttribute('autocomplete')).toBe('off');
    expect(trap?.closest('[aria-hidden="true"]')?.classList.contains('feedback-trap')).toBe(true);
    expect(labelOf(doc, trap ?? null)).toBe('Bitte leer lassen');
    expect(form?.textContent).toContain('keine personenbezogenen Daten');
    expect(form?.querySelector('button[type="submit"]')?.textContent?.trim()).toBe('Rückmeldung senden');
  });

  it('has the thanks as a status before the form, shown by :target', async () => {
    const doc = await render();
    const thanks = doc.getElementById(RATING_THANKS_ID);
    expect(thanks?.getAttribute('role')).toBe('status');
    expect(thanks?.textContent).toContain('Vielen Dank für Ihre Rückmeldung!');
    expect(thanks?.nextElementSibling?.tagName).toBe('FORM');
  });
});

describe('the barrier report of a page', () => {
  it('is behind a <details>, prefilled with the page, and asks for problem, e-mail and consent', async () => {
    const doc = await render();
    const details = doc.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Barriere auf dieser Seite melden');
    const form = details?.querySelector('form');
    expect(form?.getAttribute('action')).toBe(FEEDBACK_PATH);
    expect(hidden(form)).toEqual({ [F.kind]: 'barriere', [F.type]: 'page', [F.document]: 'p-geschichte', [F.page]: SOURCE.page });
    const problem = form?.querySelector(`textarea[name="${F.problem}"]`);
    expect(problem?.hasAttribute('required')).toBe(true);
    expect(problem?.getAttribute('maxlength')).toBe(String(FEEDBACK_LIMITS.problem));
    const email = form?.querySelector(`input[name="${F.email}"]`);
    expect([email?.getAttribute('type'), email?.getAttribute('autocomplete'), email?.hasAttribute('required')]).toEqual(['email', 'email', false]);
    const consent = form?.querySelector(`input[name="${F.consent}"]`) ?? null;
    expect([consent?.getAttribute('type'), consent?.getAttribute('value'), consent?.hasAttribute('required')]).toEqual(['checkbox', 'ja', true]);
    expect(labelOf(doc, consent)).toContain(CONSENT_TEXT);
    expect(form?.querySelector(`input[name="${F.honeypot}"]`)).not.toBeNull();
  });

  it('gives every field an id of its own next to the rating', async () => {
    const doc = await render();
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('every rated page type carries the forms', () => {
  const form = (doc: Document) => doc.querySelector(`main form:has(input[name="${F.rating}"])`);

  it.each([
    ['service', ServicePage, async () => (await loadContent()).services[0], (d: { slug: string }) => servicePath(d.slug)],
    ['office', OfficePage, async () => (await loadContent()).offices[0], (d: { slug: string }) => officePath(d.slug)],
    ['event', EventPage, async () => (await loadContent()).events[0], (d: { slug: string }) => eventPath(d.slug)],
  ] as const)('%s', async (type, Page, first, pathOf) => {
    const doc = await (async () => {
      const d = await first();
      if (!d) throw new Error('fixture without documents');
      const page = await renderPage(Page, { props: { id: d.documentId } });
      return { page, d };
    })();
    expect(hidden(form(doc.page))).toEqual({
      [F.kind]: 'bewertung',
      [F.type]: type satisfies RatedType,
      [F.document]: doc.d.documentId,
      [F.page]: pathOf(doc.d),
    });
  });

  it('page (and not in the draft preview)', async () => {
    const content = await loadContent();
    const page = content.pages.find((p) => p.documentId === 'p-rathaus');
    if (!page) throw new Error('fixture without p-rathaus');
    const doc = await renderPage(PageView, { props: { content, page } });
    expect(hidden(form(doc))).toEqual({ [F.kind]: 'bewertung', [F.type]: 'page', [F.document]: 'p-rathaus', [F.page]: content.pathOf('p-rathaus') });
    const preview = await renderPage(PageView, { props: { content, page, preview: true } });
    expect(preview.querySelector(`form[action="${FEEDBACK_PATH}"]`)).toBeNull();
  });

  it('the accessibility statement leads to the form', async () => {
    const content = await loadContent();
    const page = content.page(content.settings.legalPages.barrierefreiheit);
    const doc = await renderPage(PageView, { props: { content, page } });
    expect([...doc.querySelectorAll('main a')].some((a) => a.getAttribute('href') === BARRIER_FORM_PATH)).toBe(true);
  });
});

describe('the standalone barrier report and its confirmation', () => {
  it('asks for the page address as an optional text field, and names the deadline and the enforcement procedure', async () => {
    const doc = await renderPage(BarrierPage, {});
    const form = doc.querySelector(`main form[action="${FEEDBACK_PATH}"]`);
    expect(hidden(form)).toEqual({ [F.kind]: 'barriere' });
    const page = form?.querySelector(`input[name="${F.page}"]`) ?? null;
    expect([page?.getAttribute('type'), page?.getAttribute('value'), page?.hasAttribute('required')]).toEqual(['text', null, false]);
    expect(labelOf(doc, page)).toMatch(/^Adresse der Seite/);
    const text = doc.querySelector('main')?.textContent ?? '';
    expect(text).toContain('innerhalb eines Monats');
    expect(text).toContain('§§ 16b bis 16d BGG LSA');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/barriere-melden\/$/);
  });

  it('confirms in German, with the one-month deadline, a link home, and no index entry', async () => {
    const doc = await renderPage(BarrierThanksPage, {});
    expect(doc.querySelector('h1')?.textContent).toBe('Vielen Dank für Ihre Meldung');
    expect(doc.querySelector('main')?.textContent).toContain('innerhalb eines Monats');
    expect([...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain('/');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
