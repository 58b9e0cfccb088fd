/*
 * Host names: the one grammar for every host that content can name — a redirect's former
 * domain, an organisation's old domains, a provider, a tile server. A host reaches nginx
 * (`server_name`, map keys) and response headers (CSP), so only this is allowed:
 *
 *   label ("." label)+   with   label = [a-z0-9-]+, 1–63 characters, no "-" at either end
 *
 * lower case, at most 253 characters, at least two labels. Internationalised names are written
 * in punycode (xn--…): `toAsciiHost` converts what an editor types. Everything nginx or a URL
 * parser treats specially (`~ ; { } " ' $ * ( ) ! \` and spaces) is outside the grammar.
 */

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function isHostName(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  const labels = value.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l));
}

/** Loopback hosts: on a developer's machine and in the tests only (never in production). */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

export function isLoopbackHost(value: string): boolean {
  return LOOPBACK_HOSTS.includes(value);
}

/**
 * What an editor typed as a domain, in the grammar's form: lower case, punycode for umlauts,
 * no trailing dot; null when it is no host name at all.
 */
export function toAsciiHost(value: string): string | null {
  const v = value.trim().toLowerCase().replace(/\.$/, '');
  if (isHostName(v)) return v;
  // Only letters, digits, "-" and "." of any script may go to the URL parser's IDN conversion:
  // it accepts (and keeps) characters like "~" or "*" that must not pass.
  if (!/^[\p{L}\p{N}\p{M}.-]+$/u.test(v)) return null;
  let host: string;
  try {
    host = new URL(`http://${v}/`).hostname;
  } catch {
    return null;
  }
  return isHostName(host) ? host : null;
}

export const HOST_MESSAGE = 'Domainname erwartet (z. B. kulturanstalt-aschersleben.de): nur a–z, 0–9, „-“ und Punkte, Umlaute als xn--….';
