// The pure parts of the review rule (rules/review.ts, used by cms/src/review; docs/adr/0022):
// calendar arithmetic in Europe/Berlin (29 February, the hour after midnight in Berlin, DST) and
// the reminder's text and HTML. No Strapi.
import { describe, expect, it } from 'vitest';
import { addDays, berlinDay, digestMail, dueState, germanDay, isIsoDay, oneYearAfter, toIsoDay, type DigestItem } from '../src/rules/review.ts';

describe('review dates (Europe/Berlin)', () => {
  it('one year after: same day; 29 February becomes 28 February, never 1 March', () => {
    expect(oneYearAfter('2026-12-07')).toBe('2027-12-07');
    expect(oneYearAfter('2028-02-29')).toBe('2029-02-28');
    expect(oneYearAfter('2027-02-28')).toBe('2028-02-28');
    expect(oneYearAfter('2027-03-01')).toBe('2028-03-01');
    expect(oneYearAfter('2026-12-31')).toBe('2027-12-31');
  });

  it('today is the day in Berlin, not in UTC (winter and summer time)', () => {
    // 23:30 UTC on 31 Dec is already New Year in Berlin (UTC+1).
    expect(berlinDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(berlinDay(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    // The leap day begins at 23:00 UTC on the 28th (winter time); summer time (UTC+2) at 22:00 UTC.
    expect(berlinDay(new Date('2028-02-28T22:30:00Z'))).toBe('2028-02-28');
    expect(berlinDay(new Date('2028-02-28T23:30:00Z'))).toBe('2028-02-29');
    expect(berlinDay(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
    expect(berlinDay(new Date('2027-06-30T21:59:00Z'))).toBe('2027-06-30');
  });

  it('days forwards and backwards across month, year and a leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-12-07', 30)).toBe('2027-01-06');
  });

  it('German display, validation and stored values', () => {
    expect(germanDay('2027-01-07')).toBe('07.01.2027');
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('2027-13-01')).toBe(false);
    expect(isIsoDay('07.01.2027')).toBe(false);
    expect(() => oneYearAfter('2027-02-29')).toThrow(/Kein gültiges Datum/);
    expect(toIsoDay('2027-01-07')).toBe('2027-01-07');
    expect(toIsoDay(new Date('2027-01-07T00:00:00Z'))).toBe('2027-01-07');
    expect(toIsoDay(null)).toBeNull();
    expect(toIsoDay('')).toBeNull();
    expect(toIsoDay('kaputt')).toBeNull();
  });

  it('overdue once the day has passed; due today or within the window is „bald“', () => {
    expect(dueState('2026-12-06', '2026-12-07', 30)).toBe('ueberfaellig');
    expect(dueState('2026-12-07', '2026-12-07', 30)).toBe('bald');
    expect(dueState('2027-01-06', '2026-12-07', 30)).toBe('bald');
    expect(dueState('2027-01-07', '2026-12-07', 30)).toBe('spaeter');
  });
});

describe('the reminder mail', () => {
  const items: DigestItem[] = [
    { typ: 'Seite', titel: 'Wohnen', pruefenBis: '2026-10-23', bearbeiten: 'https://cms.example/admin/content-manager/collection-types/api::page.page/abc' },
    { typ: 'Leistung', titel: 'Hund <script>alert("x")</script> & Katze', pruefenBis: '2026-01-15', bearbeiten: '/admin/x?a=1&b=2' },
  ];

  it('lists exactly the given items, oldest due first, with German dates', () => {
    const mail = digestMail(items, '2026-12-07');
    expect(mail.subject).toBe('Erinnerung: 2 Inhalte sind zu prüfen');
    const lines = mail.text.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual(['- Leistung: Hund <script>alert("x")</script> & Katze', '- Seite: Wohnen']);
    expect(mail.text).toContain('überfällig seit 15.01.2026');
    expect(mail.text).toContain('überfällig seit 23.10.2026');
    expect(mail.text).toContain('(Stand 07.12.2026)');
    expect(digestMail(items.slice(0, 1), '2026-12-07').subject).toBe('Erinnerung: 1 Inhalt ist zu prüfen');
  });

  it('escapes every editor-written value in the HTML part', () => {
    const { html } = digestMail(items, '2026-12-07');
    expect(html).toContain('Hund &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Katze');
    expect(html).toContain('/admin/x?a=1&amp;b=2');
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<li>/g)).toHaveLength(2);
  });
});
