import { isHostName, isLoopbackHost } from './host.ts';
import { hasSpaceOrControl } from './text.ts';

/*
 * Absolute web addresses (http/https) that content may hold: external links, redirect targets,
 * a provider's start page. The host must be a host name of the grammar in host.ts (or, where
 * the caller allows it, a loopback host), with no user name or password.
 */

export interface HttpUrlOptions {
  /** Only https (production providers, tiles). Default: http and https. */
  httpsOnly?: boolean;
  /** Allow 127.0.0.1/localhost/[::1] (tests, a developer's stand-in); with http only there. */
  loopback?: boolean;
}

/** The parsed URL when `value` is an allowed absolute http(s) address, else null. */
export function parseHttpUrl(value: string, options: HttpUrlOptions = {}): URL | null {
  if (value.length === 0 || hasSpaceOrControl(value) || value.includes('\\')) return null;
  if (!/^https?:\/\/[^/]/i.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  const loopback = isLoopbackHost(url.hostname);
  if (loopback ? !options.loopback : !isHostName(url.hostname)) return null;
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && (!options.httpsOnly || loopback)) return url;
  return null;
}

export function isHttpUrl(value: string, options: HttpUrlOptions = {}): boolean {
  return parseHttpUrl(value, options) !== null;
}

export const HTTP_URL_MESSAGE = 'Vollständige http(s)-Adresse erwartet (z. B. https://www.aschersleben.de/), ohne Leerzeichen und Zugangsdaten.';

/**
 * An origin as it goes into the Content-Security-Policy: scheme, host and optional port,
 * nothing else. https only — except loopback hosts over http, which exist only on a
 * developer's machine and in the tests' stand-in providers (the CMS refuses them in production).
 */
export function isProviderOrigin(value: string): boolean {
  const m = /^(https?):\/\/([^/:]+|\[::1\])(?::(\d{1,5}))?$/.exec(value);
  if (m === null) return false;
  const [, scheme, host = '', port] = m;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535 || port.startsWith('0'))) return false;
  if (isLoopbackHost(host)) return true;
  return scheme === 'https' && isHostName(host);
}

export const PROVIDER_ORIGIN_MESSAGE = 'Anbieter-Origin: nur https://host[:port] – ohne Pfad, ohne Leerzeichen (http nur für 127.0.0.1/localhost).';
