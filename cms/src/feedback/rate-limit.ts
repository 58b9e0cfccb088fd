import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

/*
 * Abuse control of the feedback route without storing who sent what (issue 17): submissions are
 * counted per client under a key that is an HMAC-SHA256 of the client's address with a random key
 * of this process — never written anywhere, never logged, gone with the process. The counts live
 * in memory only and are never stored with the feedback; with several CMS instances behind nginx
 * each instance counts on its own (docs/adr/0020-citizen-feedback.md).
 */

export interface RateLimitOptions {
  /** Submissions allowed per client and window. */
  limit: number;
  windowMs: number;
  /** Most clients tracked at once; the oldest window is dropped first beyond it. */
  maxClients: number;
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Window {
  start: number;
  count: number;
}

export class RateLimiter {
  readonly #key = randomBytes(32);
  readonly #windows = new Map<string, Window>();
  readonly #options: Required<RateLimitOptions>;

  constructor(options: RateLimitOptions) {
    this.#options = { now: Date.now, ...options };
  }

  /** The key a client is counted under (exported for the test that no address is kept). */
  keyOf(address: string): string {
    return createHmac('sha256', this.#key).update(address).digest('base64url');
  }

  /** Counts one submission of `address`; refused ones count too (a flood stays refused). */
  hit(address: string): RateDecision {
    const now = this.#options.now();
    const key = this.keyOf(address);
    let window = this.#windows.get(key);
    if (window === undefined || now - window.start >= this.#options.windowMs) {
      this.#windows.delete(key);
      window = { start: now, count: 0 };
      this.#evict(now);
    }
    // Re-insert: the map's order is the order of the windows' last use.
    this.#windows.delete(key);
    this.#windows.set(key, window);
    window.count += 1;
    if (window.count <= this.#options.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.#options.windowMs - now) / 1000)) };
  }

  /** Clients tracked now (for tests and the bound). */
  get size(): number {
    return this.#windows.size;
  }

  #evict(now: number): void {
    for (const [key, w] of this.#windows) {
      if (this.#windows.size < this.#options.maxClients && now - w.start < this.#options.windowMs) break;
      this.#windows.delete(key);
    }
  }
}

/** Loopback, IPv4 and IPv6, also as IPv4-mapped IPv6 (`::ffff:127.0.0.1`). */
export const LOOPBACK = ['127.0.0.1', '::1'];

const unmapped = (address: string): string => (address.toLowerCase().startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address);

/** FEEDBACK_TRUSTED_PROXIES: a comma list of addresses; empty or unset = loopback. Refuses anything that is not an IP address. */
export function trustedProxies(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const a of list) {
    if (isIP(a) === 0) throw new Error(`FEEDBACK_TRUSTED_PROXIES: „${a}“ ist keine IP-Adresse.`);
  }
  return list.length === 0 ? LOOPBACK : list.map((a) => unmapped(a).toLowerCase());
}

/**
 * The client's address: the TCP peer — or, only when the peer is a trusted proxy (nginx), the
 * `X-Real-IP` header nginx sets. A header from anyone else is ignored, so nobody escapes the
 * limit by inventing addresses. A header that is no single IP address counts as the proxy's own.
 */
export function clientAddress(peer: string | undefined, realIpHeader: string | string[] | undefined, trusted: readonly string[]): string {
  const from = unmapped(peer ?? '').toLowerCase();
  if (!trusted.includes(from)) return from;
  const header = typeof realIpHeader === 'string' ? realIpHeader.trim() : '';
  return isIP(header) === 0 ? from : unmapped(header).toLowerCase();
}
