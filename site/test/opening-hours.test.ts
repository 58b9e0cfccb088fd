import { formatOpeningStatus, openingHours, openingStatus, parseTimeline, statusFromTimeline, type OpeningHoursInput } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import OpeningHours from '../src/components/OpeningHours.astro';
import { renderFragment } from './helpers/render.ts';

/* The opening-hours component, rendered with Astro's container API and read as a DOM. */

const office = {
  weekly: [
    { weekday: 'mo', from: '09:00', to: '12:00' },
    { weekday: 'mo', from: '13:00', to: '16:00' },
    { weekday: 'di', from: '13:00', to: '18:00' },
    { weekday: 'di', from: '09:00', to: '12:00' },
    { weekday: 'mi', from: '09:00', to: '12:00', note: 'nur mit Termin' },
    { weekday: 'do', from: '09:00', to: '12:00' },
    { weekday: 'do', from: '13:00', to: '18:00' },
    { weekday: 'fr', from: '09:00', to: '12:00' },
  ],
  exceptions: [
    { date: '2026-12-24', closed: false, slots: [{ from: '09:00', to: '12:00' }], reason: 'Heiligabend' },
    { date: '2026-12-31', closed: true, slots: [], reason: 'Silvester' },
  ],
  closures: [{ from: '2027-01-04', to: '2027-01-08', reason: 'Betriebsferien' }],
} satisfies OpeningHoursInput;

const render = (input: OpeningHoursInput, now: string, props: Record<string, unknown> = {}) =>
  renderFragment(OpeningHours, { hours: openingHours.parse(input), now: new Date(now), ...props });

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('OpeningHours', () => {
  it('is a section labelled by its heading', async () => {
    const doc = await render(office, '2026-11-03T10:00:00Z');
    const section = doc.querySelector('section');
    const heading = doc.getElementById(section?.getAttribute('aria-labelledby') ?? '');
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent).toBe('Öffnungszeiten');
  });

  it('renders the regular week as a table with caption, column and row headers', async () => {
    const doc = await render(office, '2026-11-03T10:00:00Z');
    const table = doc.querySelector('table');
    expect(text(table?.querySelector('caption'))).toBe('Regelmäßige Öffnungszeiten');
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Wochentag'],
      ['col', 'Uhrzeit'],
    ]);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map((tr) => tr.querySelector('th')?.getAttribute('scope'))).toEqual(Array(7).fill('row'));
    expect(rows.map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))])).toEqual([
      ['Montag', '09:00–12:00 Uhr und 13:00–16:00 Uhr'],
      ['Dienstag', '09:00–12:00 Uhr und 13:00–18:00 Uhr'],
      ['Mittwoch', '09:00–12:00 Uhr (nur mit Termin)'],
      ['Donnerstag', '09:00–12:00 Uhr und 13:00–18:00 Uhr'],
      ['Freitag', '09:00–12:00 Uhr'],
      ['Samstag', 'geschlossen'],
      ['Sonntag', 'geschlossen'],
    ]);
  });

  it('says that it closes on public holidays only when it does', async () => {
    const office_ = await render(office, '2026-11-03T10:00:00Z');
    expect(text(office_.querySelector('table + p'))).toBe('An gesetzlichen Feiertagen in Sachsen-Anhalt geschlossen.');
    const museum = await render({ ...office, closedOnPublicHolidays: false }, '2026-11-03T10:00:00Z');
    expect(museum.querySelector('table + p')).toBeNull();
  });

  it('shows the status at build time with its „Stand“ (Berlin time)', async () => {
    // Tuesday 3 November 2026, 11:00 CET
    const doc = await render(office, '2026-11-03T10:00:00Z');
    expect(text(doc.querySelector('.opening-status'))).toBe(
      'Heute geöffnet bis 12:00 Uhr, wieder von 13:00 bis 18:00 Uhr (Stand: 3. November 2026, 11:00 Uhr)',
    );
    expect(text(doc.querySelector('[data-status]'))).toBe('Heute geöffnet bis 12:00 Uhr, wieder von 13:00 bis 18:00 Uhr');
    expect(text(doc.querySelector('[data-stand]'))).toBe('(Stand: 3. November 2026, 11:00 Uhr)');
  });

  it('names the public holiday in a status on that day', async () => {
    const doc = await render(office, '2026-10-31T09:00:00Z');
    expect(text(doc.querySelector('[data-status]'))).toBe('Heute geschlossen (Reformationstag) – wieder geöffnet am Montag, 2. November 2026, ab 09:00 Uhr');
  });

  it('carries a timeline that gives the live status for the next days', async () => {
    const hours = openingHours.parse(office);
    const doc = await render(office, '2026-11-03T10:00:00Z');
    const timeline = parseTimeline(doc.querySelector('opening-status')?.getAttribute('data-timeline') ?? '');
    if (!timeline) throw new Error('data-timeline fehlt oder ist unlesbar');
    for (const at of [
      '2026-11-03T10:00:00Z',
      '2026-11-03T11:30:00Z',
      '2026-11-03T17:00:00Z',
      '2026-11-04T09:00:00Z',
      '2026-11-07T12:00:00Z',
      '2026-11-16T22:59:00Z',
    ]) {
      expect(statusFromTimeline(timeline, Date.parse(at)), at).toBe(formatOpeningStatus(openingStatus(hours, new Date(at))));
    }
    // Two weeks, up to midnight in Berlin.
    expect(new Date(timeline.until).toISOString()).toBe('2026-11-16T23:00:00.000Z');
    expect(statusFromTimeline(timeline, timeline.until)).toBeNull();
  });

  it('loads its script as a module, which the static text does not depend on', async () => {
    const doc = await render(office, '2026-11-03T10:00:00Z');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('type')).toBe('module');
    expect(scripts[0]?.getAttribute('src')).toMatch(/OpeningHours\.astro\?astro&type=script/);
  });

  it('lists the upcoming deviations with dates a machine can read', async () => {
    const doc = await render(office, '2026-12-01T10:00:00Z');
    const heading = doc.querySelector('section h3');
    expect(heading?.textContent).toBe('Abweichende Öffnungszeiten');
    const entries = [...doc.querySelectorAll('dl.opening-deviations > div')];
    expect(entries.map((e) => [text(e.querySelector('dt')), text(e.querySelector('dd'))])).toEqual([
      ['Donnerstag, 24. Dezember 2026', '09:00–12:00 Uhr (Heiligabend)'],
      ['Freitag, 25. Dezember 2026', 'geschlossen (1. Weihnachtstag)'],
      ['Donnerstag, 31. Dezember 2026', 'geschlossen (Silvester)'],
      ['Freitag, 1. Januar 2027', 'geschlossen (Neujahrstag)'],
      ['Montag, 4. Januar 2027 bis Freitag, 8. Januar 2027', 'geschlossen (Betriebsferien)'],
    ]);
    expect([...doc.querySelectorAll('dl.opening-deviations time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-31',
      '2027-01-01',
      '2027-01-04',
      '2027-01-08',
    ]);
  });

  it('leaves the list out when nothing deviates', async () => {
    // June and July hold no public holiday of Saxony-Anhalt (Fronleichnam is none here).
    const doc = await render({ weekly: office.weekly }, '2026-06-01T10:00:00Z');
    expect(doc.querySelector('dl')).toBeNull();
    expect(doc.querySelector('h3')).toBeNull();
  });

  it('nests under a level-2 heading when asked, with its own ids', async () => {
    const doc = await render(office, '2026-12-01T10:00:00Z', { level: 3, id: 'zeiten-buergerbuero' });
    expect(doc.getElementById('zeiten-buergerbuero')?.tagName).toBe('H3');
    expect(doc.getElementById('zeiten-buergerbuero-abweichungen')?.tagName).toBe('H4');
    expect(doc.querySelector('h2')).toBeNull();
  });
});
