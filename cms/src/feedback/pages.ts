import type { FeedbackError } from '@stadtportal/shared/rules';

/*
 * The German pages the feedback route answers a plain form POST with, when it cannot redirect to
 * the site's confirmation: the refused fields, too many requests, a body too large. Small,
 * self-contained HTML (no scripts, no external resources); every text is escaped.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b4f9c}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

const back = (href: string): string => `<p><a href="${escapeHtml(href)}">Zurück</a></p>`;

/** 400: what was wrong, field by field, and the way back to the form's page. */
export function errorPage(errors: readonly FeedbackError[], backTo: string): string {
  const items = errors.map((e) => `<li>${escapeHtml(e.message)}</li>`).join('\n');
  return page('Ihre Rückmeldung wurde nicht gespeichert', `<p>Bitte prüfen Sie Ihre Angaben:</p>\n<ul>\n${items}\n</ul>\n${back(backTo)}`);
}

/** 429: the client sent more than the limit allows in the window. */
export function tooManyPage(retryAfterSeconds: number, backTo: string): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return page(
    'Zu viele Anfragen',
    `<p>Von Ihrem Anschluss kamen in kurzer Zeit zu viele Rückmeldungen. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} noch einmal.</p>\n${back(backTo)}`,
  );
}

/** Any other refusal of the whole request (too large, wrong content type). */
export function requestPage(title: string, message: string, backTo: string): string {
  return page(title, `<p>${escapeHtml(message)}</p>\n${back(backTo)}`);
}
