import type { Core } from '@strapi/strapi';
import { escapeHtml } from './pages';

/*
 * The confirmation of a barrier report to the address the reporter gave (issue 17): through
 * Strapi's e-mail plugin with the nodemailer provider, configured from SMTP_* in
 * config/plugins.ts. Without SMTP_HOST nothing is sent (one info line says so) — there is no
 * stand-in in the product; tests start their own SMTP receiver on 127.0.0.1.
 */

export interface Confirmation {
  to: string;
  problem: string;
  page: string;
  dueDate: Date;
}

/** The due date as people here read it (Europe/Berlin, 07.01.2027). */
export const germanDate = (date: Date): string =>
  date.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });

export function confirmationText(c: Confirmation): { subject: string; text: string; html: string } {
  const lines = [
    'Guten Tag,',
    '',
    'vielen Dank für Ihre Meldung einer Barriere auf unserer Website. Wir haben sie erhalten.',
    '',
    ...(c.page === '' ? [] : [`Seite: ${c.page}`]),
    'Ihre Beschreibung:',
    c.problem,
    '',
    'Wie es weitergeht: Die oder der Beauftragte für Barrierefreiheit prüft Ihre Meldung, gibt sie an die zuständige Stelle weiter und antwortet Ihnen an diese Adresse.',
    `Sie erhalten spätestens bis zum ${germanDate(c.dueDate)} eine Antwort.`,
    '',
    'Ihre E-Mail-Adresse verwenden wir nur für die Antwort und löschen sie nach Abschluss.',
    '',
    'Diese Nachricht wurde automatisch versandt.',
  ];
  const text = `${lines.join('\n')}\n`;
  // The HTML part (the provider would otherwise send the text unescaped as HTML): every line escaped.
  const html = `<p>${lines.map(escapeHtml).join('<br>\n')}</p>\n`;
  return { subject: 'Ihre Meldung einer Barriere ist eingegangen', text, html };
}

interface EmailService {
  send(options: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

export async function sendBarrierConfirmation(strapi: Core.Strapi, c: Confirmation): Promise<void> {
  if ((process.env.SMTP_HOST ?? '').trim() === '') {
    strapi.log.info('Barrieremeldung gespeichert; keine Bestätigung per E-Mail versandt: SMTP_HOST ist nicht gesetzt.');
    return;
  }
  const { subject, text, html } = confirmationText(c);
  await (strapi.plugin('email').service('email') as unknown as EmailService).send({ to: c.to, subject, text, html });
}
