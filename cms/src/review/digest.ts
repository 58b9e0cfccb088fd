import { germanDay, type IsoDay } from './dates';

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
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

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
