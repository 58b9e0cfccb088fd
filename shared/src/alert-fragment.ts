import { formatDateTime } from './format.ts';
import { ALERT_SEVERITIES, type Alert, type AlertSeverity } from './schemas/alert.ts';

/*
 * The Eilmeldung fragment: one piece of HTML, rendered by the same function at build time (baked
 * into every page for static hosts) and by the build runner whenever an alert is published or an
 * alert's start/end passes (the live fragment nginx includes with SSI). See
 * docs/adr/0007-urgent-alerts.md.
 */

/** nginx SSI: URI of the live fragment (an internal location) and the name of the baked block. */
export const ALERT_SSI_URI = '/_eilmeldung';
export const ALERT_SSI_BLOCK = 'eilmeldung';
/** File name of the live fragment in the runner's live folder (outside the releases). */
export const ALERT_FRAGMENT_FILE = 'eilmeldung.html';

/** Most urgent first. */
const RANK: Record<AlertSeverity, number> = { gefahr: 0, warnung: 1, info: 2 };

/** Active from `start` (inclusive) until `end` (exclusive). */
export function isAlertActive(a: Pick<Alert, 'start' | 'end'>, now: Date): boolean {
  const t = now.getTime();
  return Date.parse(a.start) <= t && t < Date.parse(a.end);
}

/** The alerts to show at `now`: most urgent first, then the newest. */
export function activeAlerts(alerts: readonly Alert[], now: Date): Alert[] {
  return alerts
    .filter((a) => isAlertActive(a, now))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || Date.parse(b.start) - Date.parse(a.start) || a.documentId.localeCompare(b.documentId));
}

/** The next instant after `now` at which the set of active alerts changes; null if none. */
export function nextAlertChange(alerts: readonly Alert[], now: Date): Date | null {
  const t = now.getTime();
  let next = Number.POSITIVE_INFINITY;
  for (const a of alerts) {
    for (const v of [Date.parse(a.start), Date.parse(a.end)]) if (v > t && v < next) next = v;
  }
  return Number.isFinite(next) ? new Date(next) : null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text and attribute values: the fragment is built outside Astro, so escaping is ours. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function item(a: Alert): string {
  const link = a.link !== null && a.linkText !== null ? `<p class="alert-banner__link"><a href="${escapeHtml(a.link)}">${escapeHtml(a.linkText)}</a></p>` : '';
  return (
    `<div class="alert-banner__item alert-banner__item--${a.severity}">` +
    // The severity is a word, not only a colour (WCAG 1.4.1).
    `<p class="alert-banner__title"><strong class="alert-banner__severity">${ALERT_SEVERITIES[a.severity]}:</strong> ${escapeHtml(a.title)}</p>` +
    `<p class="alert-banner__text">${escapeHtml(a.text)}</p>` +
    link +
    `<p class="alert-banner__until">Gültig bis <time datetime="${escapeHtml(a.end)}">${formatDateTime(a.end)}</time></p>` +
    `</div>`
  );
}

/**
 * HTML of the alerts active at `now`, or '' when there are none. One complementary landmark
 * (<aside>) named „Eilmeldung(en)“, German even on English pages (lang="de").
 */
export function renderAlerts(alerts: readonly Alert[], now: Date): string {
  const active = activeAlerts(alerts, now);
  if (active.length === 0) return '';
  const label = active.length === 1 ? 'Eilmeldung' : 'Eilmeldungen';
  return `<aside class="alert-banner" aria-label="${label}" lang="de"><div class="wrap">${active.map(item).join('')}</div></aside>`;
}

/**
 * The live fragment file. Never empty: nginx shows the `stub` block (the alerts baked in at
 * build time) when the include answers with an empty body, which would bring back an alert
 * that has since ended or been withdrawn. A comment is a non-empty body that shows nothing.
 */
export function liveAlertFragment(alerts: readonly Alert[], now: Date): string {
  const html = renderAlerts(alerts, now);
  return `${html || `<!-- Eilmeldung: keine aktiv (Stand ${now.toISOString()}) -->`}\n`;
}

/**
 * The slot in every page: the baked alerts inside an SSI block (not output by nginx where the
 * block is defined), then the include that nginx replaces by the live fragment — or by the block
 * if the fragment is missing or fails. Hosts without SSI ignore both comments and show the
 * baked alerts once.
 */
export function alertSlot(baked: string): string {
  return `<!--# block name="${ALERT_SSI_BLOCK}" -->${baked}<!--# endblock --><!--# include virtual="${ALERT_SSI_URI}" stub="${ALERT_SSI_BLOCK}" -->`;
}
