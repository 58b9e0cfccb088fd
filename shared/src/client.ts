import axios, { type AxiosResponse } from 'axios';
import { z } from 'zod';
import { isSlug } from './rules/index.ts';

/*
 * Read-only client for Strapi 5's REST API, used by the snapshot pull. Strapi 5 answers flat:
 * `{ data: [{ id, documentId, ...fields }], meta: { pagination } }` for collections and
 * `{ data: {...}, meta: {} }` for single types.
 */

/** A query as Strapi parses it with `qs`: nested objects and arrays of strings/numbers/booleans. */
export type QueryValue = string | number | boolean | readonly QueryValue[] | { readonly [key: string]: QueryValue };
export type StrapiQuery = { readonly [key: string]: QueryValue };

/** One entry as Strapi returns it; its shape is checked by the normaliser, not here. */
export type StrapiEntry = Record<string, unknown>;

export interface CmsClientOptions {
  baseUrl: string;
  token?: string | undefined;
  /** Deadline per request attempt, including the whole body. */
  timeoutMs?: number;
  /** Retries after the first attempt for transient failures. */
  retries?: number;
  pageSize?: number;
  /** Parallel page requests in findAll. */
  concurrency?: number;
  /** Injected by tests to observe and skip the backoff delays. */
  sleep?: (ms: number) => Promise<void>;
}

export interface CmsClient {
  /** The CMS base URL without trailing slash. */
  readonly baseUrl: string;
  findAll(pluralApiName: string, query?: StrapiQuery): Promise<StrapiEntry[]>;
  findSingle(singularApiName: string, query?: StrapiQuery): Promise<StrapiEntry>;
  download(url: string): Promise<Uint8Array>;
}

/** Strapi's default `api.rest.maxLimit`: a larger pageSize is silently cut to it. */
export const STRAPI_MAX_PAGE_SIZE = 100;
/** A server asking for a longer pause than this is treated as down, not as busy. */
export const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_BASE_MS = 250;
const BACKOFF_MAX_MS = 10_000;
const MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024;

const RETRY_STATUS = new Set([429, 502, 503, 504]);
const RETRY_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

export interface CmsRequestErrorInit {
  method: string;
  url: string;
  status: number | null;
  attempts: number;
  /** Network error code (ECONNRESET, ETIMEDOUT, …) where there was no HTTP answer. */
  code?: string | undefined;
  detail: string;
}

/**
 * A failed CMS request. Carries no request config and no cause object: axios errors hold the
 * request headers, and printing them (util.inspect walks `cause`) would print the API token.
 */
export class CmsRequestError extends Error {
  readonly method: string;
  readonly url: string;
  readonly status: number | null;
  readonly attempts: number;
  readonly code: string | undefined;
  constructor(init: CmsRequestErrorInit) {
    const what = init.status !== null ? `HTTP ${init.status}` : (init.code ?? 'keine Antwort');
    const tries = init.attempts === 1 ? '1 Versuch' : `${init.attempts} Versuche`;
    super(`CMS-Anfrage ${init.method} ${init.url} fehlgeschlagen (${what}, ${tries}): ${init.detail}`);
    this.name = 'CmsRequestError';
    this.method = init.method;
    this.url = init.url;
    this.status = init.status;
    this.attempts = init.attempts;
    this.code = init.code;
  }
}

const pagination = z.object({
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  pageCount: z.number().int().min(0),
  total: z.number().int().min(0),
});
const collectionEnvelope = z.object({
  data: z.array(z.record(z.string(), z.unknown())),
  meta: z.object({ pagination }),
});
const singleEnvelope = z.object({
  data: z.record(z.string(), z.unknown()).nullable(),
  meta: z.record(z.string(), z.unknown()),
});
const strapiErrorBody = z.object({ error: z.object({ message: z.string() }) });

/**
 * Encode a query the way `qs.stringify(query, { encodeValuesOnly: true })` does and Strapi's
 * `qs.parse` reads it back: `populate[logo][populate][0]=media`.
 */
export function encodeQuery(query: StrapiQuery): string {
  const parts: string[] = [];
  const walk = (key: string, value: QueryValue): void => {
    if (Array.isArray(value)) {
      value.forEach((v: QueryValue, i) => walk(`${key}[${i}]`, v));
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value as { readonly [key: string]: QueryValue })) walk(`${key}[${k}]`, v);
    } else {
      parts.push(`${key}=${encodeURIComponent(String(value))}`);
    }
  };
  for (const [k, v] of Object.entries(query)) walk(k, v);
  return parts.join('&');
}

/** The URL as shown in messages: never with user:password from a base URL. */
function displayUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

/** Retry-After as milliseconds (delta seconds or HTTP date); null if absent or unreadable. */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function backoffMs(attempt: number): number {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  // "Equal jitter": at least half the backoff, so parallel clients spread out but still wait.
  return exp / 2 + Math.random() * (exp / 2);
}

/**
 * Run `fn` over `items` with at most `limit` running at once; results keep the input order.
 * After a failure no new item starts; the first error is thrown once the running ones settle,
 * so nothing keeps working in the background after the caller has seen the error.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const failures: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (failures.length === 0 && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i] as T, i);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failures.length > 0) throw failures[0];
  return results;
}

interface Attempt {
  response: AxiosResponse<ArrayBuffer> | null;
  code: string | undefined;
  message: string;
}

export function createCmsClient(options: CmsClientOptions): CmsClient {
  const {
    token,
    timeoutMs = 15_000,
    retries = 4,
    pageSize: wantedPageSize = 100,
    concurrency = 4,
    sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  } = options;
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new Error(`CMS-Adresse „${options.baseUrl}“ ist keine gültige URL`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new Error(`CMS-Adresse „${options.baseUrl}“: nur http(s) wird unterstützt`);
  }
  if (!Number.isInteger(retries) || retries < 0) throw new Error(`retries muss eine ganze Zahl ≥ 0 sein, nicht ${retries}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency muss ≥ 1 sein, nicht ${concurrency}`);
  if (!Number.isInteger(wantedPageSize) || wantedPageSize < 1) throw new Error(`pageSize muss ≥ 1 sein, nicht ${wantedPageSize}`);
  const pageSize = Math.min(wantedPageSize, STRAPI_MAX_PAGE_SIZE);
  const baseUrl = base.href.replace(/\/+$/, '');

  const http = axios.create({
    timeout: timeoutMs,
    responseType: 'arraybuffer',
    // Every status comes back as a response; which ones are retried is decided below.
    validateStatus: () => true,
    maxContentLength: MAX_DOWNLOAD_BYTES,
    decompress: true,
  });

  async function attempt(url: URL, redirects: number): Promise<Attempt> {
    const headers: Record<string, string> = { Accept: 'application/json, */*;q=0.5' };
    // The token is only ever sent to the CMS itself, never to a media host elsewhere.
    if (token && url.origin === base.origin) headers.Authorization = `Bearer ${token}`;
    // axios' own timeout only watches socket inactivity; this deadline also covers a server
    // that trickles its body.
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await http.get<ArrayBuffer>(url.href, { headers, signal, maxRedirects: redirects });
      return { response, code: undefined, message: '' };
    } catch (err) {
      if (signal.aborted) return { response: null, code: 'ETIMEDOUT', message: `keine vollständige Antwort nach ${timeoutMs} ms` };
      if (axios.isAxiosError(err)) {
        const code = err.code === 'ECONNABORTED' && /timeout/i.test(err.message) ? 'ETIMEDOUT' : err.code;
        return { response: null, code, message: err.message };
      }
      throw err;
    }
  }

  /** GET with retries; returns the body of a 2xx answer or throws CmsRequestError. */
  async function get(url: URL, opts: { redirects: number; notFound?: string }): Promise<Buffer> {
    const shown = displayUrl(url);
    for (let n = 1; ; n++) {
      const { response, code, message } = await attempt(url, opts.redirects);
      const fail = (detail: string): CmsRequestError =>
        new CmsRequestError({ method: 'GET', url: shown, status: response?.status ?? null, attempts: n, code, detail });

      if (response && response.status >= 200 && response.status < 300) {
        return Buffer.from(response.data);
      }
      let retryable: boolean;
      let delay: number;
      let detail: string;
      if (response) {
        detail = strapiMessage(response) ?? (response.statusText || 'Fehlerantwort');
        if (response.status === 404 && opts.notFound) throw fail(opts.notFound);
        retryable = RETRY_STATUS.has(response.status);
        const retryAfter = parseRetryAfter(response.headers['retry-after']);
        if (retryable && retryAfter !== null && retryAfter > MAX_RETRY_AFTER_MS) {
          throw fail(`${detail}; der Server verlangt ${Math.ceil(retryAfter / 1000)} s Pause – später erneut versuchen`);
        }
        delay = retryAfter ?? backoffMs(n);
      } else {
        detail = message;
        retryable = code !== undefined && RETRY_CODES.has(code);
        delay = backoffMs(n);
      }
      if (!retryable || n > retries) throw fail(detail);
      await sleep(delay);
    }
  }

  function apiUrl(name: string, query: StrapiQuery): URL {
    // A REST path segment has the grammar of a slug.
    if (!isSlug(name)) throw new Error(`Ungültiger API-Name „${name}“`);
    const qs = encodeQuery(query);
    return new URL(`${baseUrl}/api/${name}${qs ? `?${qs}` : ''}`);
  }

  function parseJson(url: URL, body: Buffer): unknown {
    try {
      return JSON.parse(body.toString('utf8'));
    } catch (err) {
      throw new Error(`CMS-Antwort von ${displayUrl(url)} ist kein JSON (${(err as Error).message})`, { cause: err });
    }
  }

  function envelopeError(url: URL, error: z.ZodError): Error {
    const where = error.issues.map((i) => `${i.path.join('.') || '(Wurzel)'}: ${i.message}`).join('; ');
    return new Error(`CMS-Antwort von ${displayUrl(url)} hat nicht die Strapi-5-Form { data, meta } – ${where}`);
  }

  async function fetchPage(name: string, query: StrapiQuery, page: number) {
    const url = apiUrl(name, { ...query, pagination: { page, pageSize } });
    const body = await get(url, { redirects: 0 });
    const parsed = collectionEnvelope.safeParse(parseJson(url, body));
    if (!parsed.success) throw envelopeError(url, parsed.error);
    if (parsed.data.meta.pagination.page !== page) {
      throw new Error(`CMS-Antwort von ${displayUrl(url)}: Seite ${parsed.data.meta.pagination.page} statt ${page} geliefert`);
    }
    return { url, ...parsed.data };
  }

  return {
    baseUrl,

    async findAll(pluralApiName, query = {}) {
      const first = await fetchPage(pluralApiName, query, 1);
      const { pageCount, total } = first.meta.pagination;
      const rest = Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 2);
      const pages = await mapLimit(rest, concurrency, (p) => fetchPage(pluralApiName, query, p));
      const entries = [first, ...pages].flatMap((p) => p.data);
      // Entries published or deleted between two page requests shift the pages: an entry would
      // be missing or doubled. Refuse rather than write an incomplete snapshot.
      const changed = pages.find((p) => p.meta.pagination.total !== total);
      if (changed || entries.length !== total) {
        throw new Error(
          `Inhalte von /api/${pluralApiName} haben sich während des Abrufs geändert (${entries.length} statt ${total} Einträge) – bitte erneut ausführen`,
        );
      }
      return entries;
    },

    async findSingle(singularApiName, query = {}) {
      const url = apiUrl(singularApiName, query);
      const notFound = `„${singularApiName}“ ist im CMS noch nicht angelegt (oder die API fehlt) – den Eintrag im Admin-Bereich speichern`;
      const body = await get(url, { redirects: 0, notFound });
      const parsed = singleEnvelope.safeParse(parseJson(url, body));
      if (!parsed.success) throw envelopeError(url, parsed.error);
      if (parsed.data.data === null) {
        throw new CmsRequestError({ method: 'GET', url: displayUrl(url), status: 200, attempts: 1, detail: notFound });
      }
      return parsed.data.data;
    },

    async download(raw) {
      let url: URL;
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
        url = new URL(raw);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          throw new Error(`Mediendatei ${raw}: nur http(s)-Adressen werden geladen`);
        }
      } else if (raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\')) {
        url = new URL(raw, `${base.origin}/`);
      } else {
        // Protocol-relative ("//host/…") or page-relative addresses are not what Strapi writes.
        throw new Error(`Mediendatei „${raw}“: weder /uploads/… beim CMS noch absolute http(s)-Adresse`);
      }
      const body = await get(url, { redirects: 5 });
      return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    },
  };
}

function strapiMessage(response: AxiosResponse<ArrayBuffer>): string | null {
  try {
    const parsed = strapiErrorBody.safeParse(JSON.parse(Buffer.from(response.data).toString('utf8')));
    return parsed.success ? parsed.data.error.message : null;
  } catch {
    // Not JSON (a proxy's HTML error page, say): the status line is all there is to report.
    return null;
  }
}
