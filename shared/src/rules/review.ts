/*
 * Owner and review date (docs/adr/0022-review-dates-and-owners.md): the calendar arithmetic and
 * the reminder's text, pure — compiled for the CMS (cms/src/review, ADR 0016), tested in
 * shared/test/review.test.ts.
 *
 * Calendar dates of the review rule. A review
 * date („Prüfen bis“) is a calendar day in Europe/Berlin stored as `YYYY-MM-DD` (Strapi's `date`
 * type): no time, no zone — so „today“ must be taken in Berlin, not in UTC, or a publish between
 * midnight and 01:00/02:00 local time would count as the day before.
 */

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today (or the day of `now`) in Europe/Berlin. */
export function berlinDay(now: Date = new Date()): IsoDay {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Is this a real calendar day (2027-02-29 is not)? */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string') return false;
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

function parse(day: IsoDay): { y: number; m: number; d: number } {
  if (!isIsoDay(day)) throw new Error(`Kein gültiges Datum (JJJJ-MM-TT): „${day}“`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/**
 * One year later, same day and month. 29 February has no such day in a common year: then the
 * 28th — the review comes a day early rather than a day late.
 */
export function oneYearAfter(day: IsoDay): IsoDay {
  const { y, m, d } = parse(day);
  const date = new Date(Date.UTC(y + 1, m - 1, d));
  // Date.UTC rolls 29 Feb over into 1 Mar: step back to the last day of February.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** `n` calendar days later (negative: earlier). */
export function addDays(day: IsoDay, n: number): IsoDay {
  const { y, m, d } = parse(day);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** 07.12.2027, as people here read a date. */
export function germanDay(day: IsoDay): string {
  const { y, m, d } = parse(day);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

/** The stored value as a day: SQLite and PostgreSQL may hand a `date` back as string or Date. */
export function toIsoDay(value: unknown): IsoDay | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const day = value.slice(0, 10);
    return isIsoDay(day) ? day : null;
  }
  return null;
}

export type DueState = 'ueberfaellig' | 'bald' | 'spaeter';

/** Overdue: the day has passed (due today is not overdue yet). Soon: due within `soonDays` days. */
export function dueState(due: IsoDay, today: IsoDay, soonDays: number): DueState {
  if (due < today) return 'ueberfaellig';
  if (due <= addDays(today, soonDays)) return 'bald';
  return 'spaeter';
}

/*
 * The weekly reminder („Erinnerung: Inhalte zu prüfen“) to one owner, pure: exactly the owner's
 * overdue items, as plain text and as HTML. Titles are editors' input — every line of the HTML
 * part is escaped (the provider would otherwise send the text unescaped as HTML).
 */

export interface DigestItem {
  /** German type name („Seite“). */
  typ: string;
  titel: string;
  pruefenBis: IsoDay;
  /** Absolute address of the edit view in the dashboard, or a path when the public URL is unknown. */
  bearbeiten: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** Oldest due first, then by title: the same order as the „Zu prüfen“ list. */
export const byDue = <T extends { pruefenBis: IsoDay; titel: string }>(a: T, b: T): number =>
  a.pruefenBis.localeCompare(b.pruefenBis) || a.titel.localeCompare(b.titel, 'de');

export function digestMail(items: readonly DigestItem[], today: IsoDay): { subject: string; text: string; html: string } {
  const sorted = [...items].sort(byDue);
  const n = sorted.length;
  const subject = n === 1 ? 'Erinnerung: 1 Inhalt ist zu prüfen' : `Erinnerung: ${n} Inhalte sind zu prüfen`;
  const intro = [
    'Guten Tag,',
    '',
    `Sie sind für ${n === 1 ? 'diesen Inhalt' : 'diese Inhalte'} des Stadtportals verantwortlich. Das Prüfdatum ist überschritten (Stand ${germanDay(today)}):`,
    '',
  ];
  const entries = sorted.map((i) => [`- ${i.typ}: ${i.titel}`, `  überfällig seit ${germanDay(i.pruefenBis)}`, `  Bearbeiten: ${i.bearbeiten}`]);
  const outro = [
    '',
    'Bitte prüfen Sie, ob die Angaben noch stimmen. Ändern Sie den Inhalt oder klicken Sie in der Liste „Zu prüfen“ auf „Bestätigen“ – dann gilt das Prüfdatum ein Jahr später.',
    '',
    'Diese Nachricht wurde automatisch versandt.',
  ];
  const text = `${[...intro, ...entries.flat(), ...outro].join('\n')}\n`;
  const para = (lines: readonly string[]) => `<p>${lines.map(escapeHtml).join('<br>\n')}</p>`;
  const list = `<ul>\n${sorted
    .map(
      (i) =>
        `<li>${escapeHtml(i.typ)}: <strong>${escapeHtml(i.titel)}</strong><br>\nüberfällig seit ${escapeHtml(germanDay(i.pruefenBis))}<br>\n${escapeHtml(i.bearbeiten)}</li>`,
    )
    .join('\n')}\n</ul>`;
  const html = `${para(intro.slice(0, 3))}\n${list}\n${para(outro.slice(1, 2))}\n${para(outro.slice(3))}\n`;
  return { subject, text, html };
}
