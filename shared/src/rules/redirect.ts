import { isSitePath } from './path.ts';
import { parseHttpUrl } from './url.ts';
import { hasSpaceOrControl } from './text.ts';

/*
 * A Weiterleitung, field by field: the rules the CMS applies at save, the CSV import per row and
 * the snapshot per entry. Old addresses come in two shapes: a path on this site with an optional
 * query (`/index.php?id=42`) or a full old URL of a former domain
 * (`https://www.kulturanstalt-aschersleben.de/programm.html`). A target is a site path or an
 * absolute http(s) URL; a 410 („entfernt“) has none.
 */

export const REDIRECT_STATUSES = [301, 302, 410] as const;
export type RedirectStatusCode = (typeof REDIRECT_STATUSES)[number];

export type RedirectField = 'from' | 'to' | 'status';

export interface RedirectProblemOfField {
  field: RedirectField;
  message: string;
}

export function isRedirectSource(value: string): boolean {
  if (value.length === 0 || hasSpaceOrControl(value) || value.includes('#')) return false;
  if (value.startsWith('/')) return isSitePath(value);
  return parseHttpUrl(value) !== null;
}

export function isRedirectTarget(value: string): boolean {
  if (value.length === 0 || hasSpaceOrControl(value)) return false;
  if (value.startsWith('/')) return isSitePath(value, { fragment: true });
  return parseHttpUrl(value) !== null;
}

export const REDIRECT_SOURCE_MESSAGE =
  'Alte Adresse: Pfad („/seite?id=1“) oder vollständige http(s)-Adresse mit gültigem Domainnamen, ohne #Anker, Leerzeichen und „\\“.';
export const REDIRECT_TARGET_MESSAGE = 'Ziel: Pfad („/neue-seite/“) oder vollständige http(s)-Adresse mit gültigem Domainnamen, ohne Leerzeichen und „\\“.';

/** The first problem of one redirect, or null. `to` null or "" means none. */
export function checkRedirect(r: { from: unknown; to: unknown; status: unknown }): RedirectProblemOfField | null {
  const { from, to, status } = r;
  if (typeof from !== 'string' || !isRedirectSource(from)) return { field: 'from', message: REDIRECT_SOURCE_MESSAGE };
  if (from === '/') return { field: 'from', message: 'Die Startseite „/“ kann nicht umgeleitet werden.' };
  if (typeof status !== 'number' || !(REDIRECT_STATUSES as readonly number[]).includes(status)) {
    return { field: 'status', message: 'Status 301, 302 oder 410 erwartet.' };
  }
  const hasTarget = typeof to === 'string' && to !== '';
  if (status === 410) return hasTarget ? { field: 'to', message: 'Status 410 („entfernt“) hat kein Ziel – Feld leer lassen.' } : null;
  if (!hasTarget) return { field: 'to', message: `Status ${status} braucht ein Ziel.` };
  if (typeof to !== 'string' || !isRedirectTarget(to)) return { field: 'to', message: REDIRECT_TARGET_MESSAGE };
  if (to === from) return { field: 'to', message: 'Ziel und alte Adresse sind gleich (Schleife).' };
  return null;
}
