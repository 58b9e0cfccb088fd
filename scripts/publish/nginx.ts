/*
 * nginx configuration for the live site, generated from the committed template
 * (nginx.conf.template, the part an operator reviews) plus what varies per installation: port,
 * paths, the security headers, the redirect maps and the former domains.
 *
 * Two files are written into <prefix>/conf/: nginx.conf and redirects-<hash>.conf (the maps;
 * thousands of rows, named by their content), and `_redirects` for static hosts is produced by
 * `netlifyRedirects`.
 *
 * Every value that comes from content (old hosts and addresses, targets, the providers' and the
 * map tiles' origins) has passed the grammar (shared/src/rules/) at save, in the snapshot and in
 * the CSV import. It is checked here once more, because this is where it becomes nginx syntax:
 * a host outside the grammar, a map key nginx would read as a regex ("~…"), a target that leads
 * to another host or a "$" makes the generator throw instead of writing; everything else is
 * written as a quoted, escaped string. A new configuration is tested with `nginx -t` before it
 * replaces the live one (stageNginxConfig).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALERT_FRAGMENT_FILE, ALERT_SSI_URI, type CspSources } from '@stadtportal/shared';
import { feedbackUnavailablePath, requestErrorPath } from '@stadtportal/shared/urls';
import { RedirectIndex, addressKey, significantQuery, type RedirectRule } from '@stadtportal/shared/redirects';
import {
  DEFAULT_QUERY_KEYS,
  FEEDBACK_CMS_PATH,
  FEEDBACK_LIMITS,
  FEEDBACK_PATH,
  HOST_MESSAGE,
  PARAMETER_NAME,
  PROVIDER_ORIGIN_MESSAGE,
  REDIRECT_STATUSES,
  REDIRECT_TARGET_MESSAGE,
  SITE_PATH_MESSAGE,
  isHostName,
  isLoopbackHost,
  isProviderOrigin,
  isRedirectTarget,
  parseHttpUrl,
  type QueryKeys,
} from '@stadtportal/shared/rules';

export interface NginxOptions {
  /** Folder for pid, logs, temp files and the generated configuration (var/nginx). */
  prefix: string;
  /** The `current` symlink's site folder, e.g. var/releases/current/site. */
  docroot: string;
  /**
   * Folder of the live Eilmeldung fragment (eilmeldung.html), outside the releases; default:
   * `live/` beside `current` (the docroot's release folder's parent).
   */
  liveDir?: string;
  port: number;
  /** Listen address; loopback only — TLS and public exposure belong to the proxy in front. */
  host?: string;
  /** Public names of the site (server_name); "_" when not set. */
  serverNames?: readonly string[];
  /** Public origin, for absolute redirects from former domains: "https://www.aschersleben.de". */
  siteOrigin: string;
  /** Origins allowed in <iframe> besides the content's providers (operator's CSP_FRAME_SRC). */
  frameSrc?: readonly string[];
  /** Third-party origins the live release's content uses (its csp.json, from the CMS). */
  contentSources?: CspSources | undefined;
  redirects?: readonly RedirectRule[];
  /** Significant query parameters per file name (REDIRECT_QUERY_KEYS); default `index.php=id`. */
  redirectQueryKeys?: QueryKeys;
  /** Worker processes ("auto" in production; 1 in tests on a 2-core machine). */
  workers?: number | 'auto';
  /** Only when the master runs as root (CI containers): workers would otherwise become `nobody`. */
  user?: string;
  /** The site is served over HTTPS (via the proxy): adds upgrade-insecure-requests. */
  https?: boolean;
  /** More http-level blocks (the editors' door, editors.ts); never inside the site's server. */
  extraServers?: string;
  /**
   * The CMS instances (host:port, plain HTTP on loopback or the private network) that receive the
   * citizens' feedback posted to FEEDBACK_PATH (FEEDBACK_UPSTREAMS). None: that address answers
   * 503 with the site's German page.
   */
  feedbackUpstreams?: readonly string[] | undefined;
}

const TEMPLATE = join(import.meta.dirname, 'nginx.conf.template');
/** The site's German page for requests nginx refuses itself (nginx.conf.template: error_page 400 405 …). */
const REQUEST_ERROR_PAGE = `${requestErrorPath()}index.html`;

/** MIME types the site uses (own list: the config does not depend on /etc/nginx). */
const TYPES: Record<string, string> = {
  'text/html': 'html htm',
  'text/css': 'css',
  'application/javascript': 'js mjs',
  'application/json': 'json',
  'application/xml': 'xml xsl',
  'application/rss+xml': 'rss',
  'application/manifest+json': 'webmanifest',
  'text/plain': 'txt',
  'text/calendar': 'ics',
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'image/jpeg': 'jpg jpeg',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
  'image/x-icon': 'ico',
  'application/pdf': 'pdf',
  // Videos of the content (shared/src/schemas/video.ts): served as files, with their captions.
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'text/vtt': 'vtt',
  'font/woff2': 'woff2',
  'application/wasm': 'wasm',
  // Pagefind's chunks are gzip data it inflates itself: never let a proxy or browser touch them.
  'application/octet-stream': 'pagefind pf_fragment pf_index pf_meta pf_filter',
};

/** One origin for frame-src: https, a host of the grammar, optional port — no path, no wildcard, no quotes. */
export function isFrameOrigin(v: string): boolean {
  return v.startsWith('https://') && isProviderOrigin(v) && !isLoopbackHost(new URL(v).hostname);
}

export interface PolicyOptions {
  frameSrc?: readonly string[];
  contentSources?: CspSources | undefined;
  https?: boolean;
}

/** Where a directive's content origins come from: named in the error, so an editor finds the field. */
const CONTENT_FIELD: Record<string, string> = {
  'frame-src': 'Online-Dienst: Anbieter-Origin (providerOrigin)',
  'script-src': 'Online-Dienst: Anbieter-Origin (providerOrigin)',
  'connect-src': 'Online-Dienst: Anbieter-Origin (providerOrigin)',
  'img-src': 'Karte: Kachel-Adresse (mapTiles.tileUrl)',
};

/** The content's origins for one directive, each checked again: they end up in a response header. */
function contentOrigins(list: readonly string[] | undefined, directive: string): string[] {
  for (const o of list ?? []) {
    if (typeof o !== 'string' || !isProviderOrigin(o)) {
      throw new Error(
        `${directive}: „${String(o)}“ aus den Inhalten (${CONTENT_FIELD[directive] ?? directive}) ist keine zulässige Origin – ${PROVIDER_ORIGIN_MESSAGE}`,
      );
    }
  }
  return [...(list ?? [])];
}

/** The Content-Security-Policy of every response. */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const operatorFrames = options.frameSrc ?? [];
  for (const f of operatorFrames) if (!isFrameOrigin(f)) throw new Error(`frame-src: „${f}“ ist keine https-Origin (https://host[:port]).`);
  const c = options.contentSources;
  const frames = [...operatorFrames, ...contentOrigins(c?.frameSrc, 'frame-src')];
  const extra = (list: readonly string[] | undefined, directive: string) => {
    const origins = contentOrigins(list, directive);
    return origins.length > 0 ? ` ${[...new Set(origins)].join(' ')}` : '';
  };
  const directives = [
    "default-src 'self'",
    // Only external script files of this origin. Pagefind compiles its WebAssembly search
    // (WebAssembly.instantiate) — 'wasm-unsafe-eval' allows exactly that and not JS eval.
    `script-src 'self' 'wasm-unsafe-eval'${extra(c?.scriptSrc, 'script-src')}`,
    // Astro writes every stylesheet to a file (inlineStylesheets: 'never'); the CSP gate
    // (scripts/publish/csp.ts) fails a release that has inline styles or scripts.
    "style-src 'self'",
    `img-src 'self' data:${extra(c?.imgSrc, 'img-src')}`,
    "font-src 'self'",
    // The content's videos and their caption tracks are files of the site (no video platform).
    "media-src 'self'",
    // Pagefind fetches its index chunks from /pagefind/.
    `connect-src 'self'${extra(c?.connectSrc, 'connect-src')}`,
    // Pagefind's worker is the same-origin file /pagefind/pagefind-worker.js (no blob:).
    "worker-src 'self'",
    "manifest-src 'self'",
    `frame-src ${frames.length > 0 ? [...new Set(frames)].join(' ') : "'none'"}`,
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ];
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** Header name → value, sent with every response. */
export function securityHeaders(options: PolicyOptions = {}): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(options)],
    // Honoured by browsers only over HTTPS (RFC 6797 §8.1): harmless on the loopback port,
    // effective behind the TLS proxy. preload: the domain may be submitted to hstspreload.org.
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // interest-cohort (FLoC) is gone from browsers and only produces console errors;
    // browsing-topics is its successor.
    [
      'Permissions-Policy',
      'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
    ],
    ['X-Content-Type-Options', 'nosniff'],
    // Older browsers that do not know frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** A string as an nginx quoted token. Our values never contain "$" (normalised to %24). */
function q(s: string): string {
  if (s.includes('$')) throw new Error(`nginx-Zeichenkette mit „$“: ${s}`);
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f]/.test(s)) throw new Error(`nginx-Zeichenkette mit Steuerzeichen: ${JSON.stringify(s)}`);
  return `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function headerLines(options: NginxOptions, indent: string): string {
  return securityHeaders(options)
    .map(([name, value]) => `${indent}add_header ${name} ${q(value)} always;`)
    .join('\n');
}

/**
 * Hash sizes for a set of keys (map keys, server names). nginx refuses to start when one key does
 * not fit a bucket, so the bucket holds the longest key with room to spare; a larger max_size
 * only lets nginx find a size with few collisions.
 */
function hashSizes(keys: readonly string[], minBucket: number, minMax: number): { max: number; bucket: number } {
  const longest = keys.reduce((n, k) => Math.max(n, Buffer.byteLength(k)), 0);
  let bucket = minBucket;
  while (bucket < longest + 32) bucket *= 2;
  let max = minMax;
  while (max < keys.length * 2) max *= 2;
  return { max, bucket };
}

function absolute(to: string, origin: string): string {
  return to.startsWith('/') ? origin.replace(/\/+$/, '') + to : to;
}

/** The site's public origin (SITE_URL) as it goes into redirects: http(s)://host[:port], nothing else. */
function checkedOrigin(origin: string): string {
  const trimmed = origin.replace(/\/+$/, '');
  const url = parseHttpUrl(trimmed, { loopback: true });
  if (url === null || url.origin !== trimmed) throw new Error(`SITE_URL: „${origin}“ ist keine Origin (http(s)://host[:port] ohne Pfad).`);
  return trimmed;
}

/** Words nginx reads as directives inside a map block, whatever the quoting. */
const MAP_WORDS = new Set(['default', 'hostnames', 'include', 'volatile']);

/**
 * A map key from content, quoted. A key starting with "~" is a regex even when quoted, one
 * starting with "\" loses that character, and the words above are directives: content keys
 * start with "/" (this site) or a host name followed by "/" (a former domain), nothing else.
 */
function mapKey(key: string): string {
  if (!/^[a-z0-9.-]*\//.test(key) || MAP_WORDS.has(key)) throw new Error(`nginx-Map-Schlüssel „${key}“ beginnt nicht mit „/“ oder einem Domainnamen.`);
  return q(key);
}

/** What the generator refuses in one compiled rule (German), or null. */
function ruleProblem(r: RedirectRule, queryKeys: QueryKeys): string | null {
  if (typeof r.host !== 'string' || (r.host !== '' && !isHostName(r.host))) return `alter Host „${String(r.host)}“: ${HOST_MESSAGE}`;
  const source = `${String(r.path)}${r.query === null ? '' : `?${String(r.query)}`}`;
  // The old address is only ever a key, never sent to a browser: it must be what the URL parser
  // makes of an address (printable ASCII, percent-encoded), start with "/" and hold nothing that
  // ends an nginx string or starts a variable. An old domain's "//" path is a key like any other.
  const sourceOk =
    typeof r.path === 'string' &&
    r.path.startsWith('/') &&
    !r.path.includes('?') &&
    (r.query === null || (typeof r.query === 'string' && r.query !== '')) &&
    /^[\x21-\x7e]+$/.test(source) &&
    !/["\\$#]/.test(source);
  if (!sourceOk) return `Alte Adresse „${source}“: ${SITE_PATH_MESSAGE}`;
  const sig = significantQuery(r.path, r.query, queryKeys);
  if (sig.problem !== null) return `Alte Adresse „${source}“: ${sig.problem}`;
  if (!(REDIRECT_STATUSES as readonly number[]).includes(r.status)) return `Status ${String(r.status)}: 301, 302 oder 410 erwartet.`;
  if (r.status === 410) return r.to === null ? null : `Status 410 hat kein Ziel („${String(r.to)}“).`;
  // A site path is checked as the browser resolves it (rules/path.ts): "/.//evil.example/" is
  // another host. "$" would start an nginx variable.
  if (typeof r.to !== 'string' || !isRedirectTarget(r.to) || r.to.includes('$')) return `Ziel „${String(r.to)}“: ${REDIRECT_TARGET_MESSAGE}`;
  return null;
}

/** `"id=$arg_id&l=$arg_l"`: the canonical query nginx builds for a path (names of rules/query.ts). */
function queryTemplate(names: readonly string[]): string {
  for (const n of names) if (!PARAMETER_NAME.test(n)) throw new Error(`Parametername „${n}“ ist für nginx ungeeignet (nur a–z, 0–9, „_“).`);
  return `"${names.map((n) => `${n}=$arg_${n}`).join('&')}"`;
}

/** A file name of REDIRECT_QUERY_KEYS as a case-insensitive regex key on the path. */
function fileRegex(file: string): string {
  if (!/^[a-z0-9_.-]+$/.test(file)) throw new Error(`REDIRECT_QUERY_KEYS: „${file}“ ist kein Dateiname.`);
  return `"~*(?:^|/)${file.replaceAll('.', '\\.')}$"`;
}

/**
 * The redirect maps (redirects-<hash>.conf). Values are "<status> <target>" or "410". The keys
 * are RedirectIndex's (shared/src/redirects.ts), so nginx and the pure mirror agree:
 *   $sp_pkey            the raw path, one trailing "/" removed
 *   $sp_*_query         for paths with query rules: "name=$arg_name&…" (rules/query.ts)
 *   $sp_*_exact         path + "?" + that canonical query → rule, else the path rule
 */
export function redirectMaps(rules: readonly RedirectRule[], siteOrigin: string, queryKeys: QueryKeys = DEFAULT_QUERY_KEYS): string {
  const origin = checkedOrigin(siteOrigin);
  const checked = rules.map((r) => {
    const problem = ruleProblem(r, queryKeys);
    if (problem !== null)
      throw new Error(
        `Weiterleitung aus Zeile ${String(r.line)} (${typeof r.host === 'string' && r.host ? `https://${r.host}` : ''}${String(r.path)}): ${problem}`,
      );
    // Compiled rules are canonical already; rules compiled under another REDIRECT_QUERY_KEYS are made so.
    return { ...r, query: significantQuery(r.path, r.query, queryKeys).query };
  });
  const index = new RedirectIndex(checked, { queryKeys });
  const value = (r: RedirectRule, legacy: boolean) =>
    r.status === 410 || r.to === null ? q('410') : q(`${r.status} ${legacy ? absolute(r.to, origin) : r.to}`);
  const ruleLines = (entries: RedirectRule[], legacy: boolean, exact: boolean) => {
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const r of entries) {
      if ((r.query !== null) !== exact) continue;
      const key = exact ? index.matchKey(r.host, r.path, r.query) : addressKey(r.host, r.path);
      if (key === null) throw new Error(`Weiterleitung aus Zeile ${r.line}: kein Vergleichsschlüssel für ${r.path}?${r.query ?? ''}.`);
      if (seen.has(key)) continue; // compileRedirects already refused conflicts
      seen.add(key);
      lines.push(`    ${mapKey(key)} ${value(r, legacy)};`);
    }
    return lines;
  };
  const queryLines = (legacy: boolean) => [
    ...[...index.queryPaths()].filter(([base]) => base.startsWith('/') !== legacy).map(([base, names]) => `    ${mapKey(base)} ${queryTemplate(names)};`),
    ...[...queryKeys].map(([file, names]) => `    ${fileRegex(file)} ${queryTemplate(names)};`),
  ];
  const block = (source: string, name: string, fallback: string, lines: string[]) =>
    [`map ${source} ${name} {`, `    default ${fallback};`, ...lines, '}'].join('\n');
  const site = checked.filter((r) => r.host === '');
  const legacy = checked.filter((r) => r.host !== '');
  return [
    '# GENERATED by scripts/publish/nginx.ts from the redirect list — do not edit.',
    '# Lookup: path (one trailing "/" removed) + its significant query parameters first, else the',
    '# path with any query. Case-insensitive (ASCII), like RedirectIndex in shared/src/redirects.ts.',
    'map $request_uri $sp_path {',
    '    "~^(?<sp_p>[^?]*)" $sp_p;',
    '}',
    'map $sp_path $sp_pkey {',
    '    "~^(?<sp_k>.+)/$" $sp_k;',
    '    default $sp_path;',
    '}',
    'map $host $sp_host {',
    '    "~^(?:www\\.)?(?<sp_h>.+?)\\.?$" $sp_h;',
    '}',
    block('$sp_pkey', '$sp_site_query', '""', queryLines(false)),
    block('"$sp_pkey?$sp_site_query"', '$sp_site_exact', '$sp_site_path', ruleLines(site, false, true)),
    block('$sp_pkey', '$sp_site_path', '""', ruleLines(site, false, false)),
    block('"$sp_host$sp_pkey"', '$sp_legacy_query', '""', queryLines(true)),
    block('"$sp_host$sp_pkey?$sp_legacy_query"', '$sp_legacy_exact', '$sp_legacy_path', ruleLines(legacy, true, true)),
    block('"$sp_host$sp_pkey"', '$sp_legacy_path', '""', ruleLines(legacy, true, false)),
    'map $sp_site_exact $sp_code {',
    '    "~^(?<sp_c>\\d{3})" $sp_c;',
    '    default "";',
    '}',
    'map $sp_site_exact $sp_to {',
    '    "~^\\d{3} (?<sp_t>.+)$" $sp_t;',
    '    default "";',
    '}',
    'map $sp_legacy_exact $sp_lcode {',
    '    "~^(?<sp_lc>\\d{3})" $sp_lc;',
    '    default "";',
    '}',
    'map $sp_legacy_exact $sp_lto {',
    '    "~^\\d{3} (?<sp_lt>.+)$" $sp_lt;',
    '    default "";',
    '}',
    '',
  ].join('\n');
}

/** The keys of all redirect maps (for their hash sizes): the lines' first quoted token. */
function mapKeysOf(maps: string): string[] {
  return [...maps.matchAll(/^ {4}"((?:[^"\\]|\\.)*)"/gm)].map((m) => m[1] ?? '');
}

/** The site's own host names (SITE_HOSTS) for server_name: host names, loopback or IPv4 only. */
function checkedServerNames(names: readonly string[]): string[] {
  for (const n of names) {
    if (!isHostName(n) && !isLoopbackHost(n) && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(n))
      throw new Error(`SITE_HOSTS: „${n}“ ist kein Domainname – ${HOST_MESSAGE}`);
  }
  return [...names];
}

/** Server block for the former domains: their rules, anything else to the site's home page. */
function legacyServer(options: NginxOptions, hosts: readonly string[]): string {
  if (hosts.length === 0) return '';
  // Checked again: these names are written unquoted into server_name.
  for (const h of hosts) if (!isHostName(h)) throw new Error(`Frühere Domain „${h}“: ${HOST_MESSAGE}`);
  const names = hosts.flatMap((h) => [h, `www.${h}`]);
  const i = '        ';
  return `
    # Former domains (Kulturanstalt, Kreativwerkstatt, Feuerwehr …): their old URLs, one hop.
    server {
        listen ${options.host ?? '127.0.0.1'}:${options.port};
        server_name ${names.join(' ')};
        root ${options.docroot};
${headerLines(options, i)}
        add_header Cache-Control "no-cache" always;
        if ($sp_lcode = 301) { return 301 $sp_lto; }
        if ($sp_lcode = 302) { return 302 $sp_lto; }
        if ($sp_lcode = 410) { return 410; }
        error_page 410 @gone;
        location @gone {
            try_files /410/index.html =410;
        }
        location / {
            return 301 ${q(`${checkedOrigin(options.siteOrigin)}/`)};
        }
    }
`;
}

/** One CMS instance for the feedback door: host (the host grammar, or loopback) and port, nothing else. */
export function isUpstreamAddress(value: string): boolean {
  const m = /^(.+):(\d{1,5})$/.exec(value);
  if (m === null) return false;
  const port = Number(m[2]);
  const host = m[1] ?? '';
  return port >= 1 && port <= 65535 && (isHostName(host) || isLoopbackHost(host));
}

/** The upstream of the feedback door (http level), or '' when none is configured. */
function feedbackUpstream(options: NginxOptions): string {
  const upstreams = options.feedbackUpstreams ?? [];
  for (const u of upstreams) {
    if (typeof u !== 'string' || !isUpstreamAddress(u))
      throw new Error(`FEEDBACK_UPSTREAMS: „${String(u)}“ ist keine Adresse der Form host:port – ${HOST_MESSAGE}`);
  }
  if (upstreams.length === 0) return '';
  const servers = [...new Set(upstreams)].map((u) => `        server ${u} max_fails=1 fail_timeout=10s;`).join('\n');
  return `    # The CMS instances behind the feedback door (FEEDBACK_UPSTREAMS).
    upstream sp_feedback {
${servers}
    }
`;
}

/**
 * The feedback door in the site's server (docs/adr/0020-citizen-feedback.md): the site's forms post
 * to FEEDBACK_PATH on the site's own origin (CSP form-action 'self'); only POST, at most
 * FEEDBACK_LIMITS.body bytes, passed to the CMS's own route with the client's address in
 * X-Real-IP (the CMS trusts it from loopback only, for its rate limit) and without the visitor's
 * cookies or credentials. The CMS's answers (303 back to the page, German 400/429 pages) pass
 * through; when no CMS is configured or none answers, the site's German page with 503.
 */
function feedbackLocation(options: NginxOptions, configured: boolean): string {
  const i = '            ';
  const unavailable = `${feedbackUnavailablePath()}index.html`;
  const head = `        location = ${FEEDBACK_PATH} {
            if ($request_method != POST) {
                return 405;
            }
${headerLines(options, i)}
            add_header Cache-Control "no-store" always;
            add_header Allow "POST" always;
`;
  if (!configured) {
    return `${head}            # No CMS configured for feedback (FEEDBACK_UPSTREAMS): the German page, status 503.
            error_page 503 ${unavailable};
            error_page 405 ${REQUEST_ERROR_PAGE};
            return 503;
        }`;
  }
  return `${head}            client_max_body_size ${FEEDBACK_LIMITS.body};
            client_body_buffer_size ${FEEDBACK_LIMITS.body};
            proxy_pass http://sp_feedback${FEEDBACK_CMS_PATH};
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For "";
            proxy_set_header Cookie "";
            proxy_set_header Authorization "";
            proxy_connect_timeout 2s;
            proxy_read_timeout 15s;
            # A refused connection goes to the next instance; a request that was sent is never
            # repeated (POST is not idempotent).
            proxy_next_upstream error timeout;
            proxy_next_upstream_tries 3;
            # The site's headers only: the CMS's own security headers and cookies stay behind.
            proxy_hide_header Set-Cookie;
            proxy_hide_header Content-Security-Policy;
            proxy_hide_header Strict-Transport-Security;
            proxy_hide_header Referrer-Policy;
            proxy_hide_header Permissions-Policy;
            proxy_hide_header X-Content-Type-Options;
            proxy_hide_header X-Frame-Options;
            proxy_hide_header Cross-Origin-Opener-Policy;
            proxy_hide_header Cross-Origin-Resource-Policy;
            proxy_hide_header Cross-Origin-Embedder-Policy;
            proxy_hide_header X-Powered-By;
            # No CMS answers: the site's German page (an internal redirect turns the POST into a GET).
            error_page 502 503 504 =503 ${unavailable};
            # A location's own error_page replaces the server's list: the German page for a GET (405)
            # and an oversized form (413) again here.
            error_page 405 413 ${REQUEST_ERROR_PAGE};
        }`;
}

export interface NginxFiles {
  conf: string;
  redirects: string;
  /** Where nginx.conf includes the maps from: <prefix>/conf/redirects-<hash of their text>.conf. */
  redirectsFile: string;
}

export async function renderNginx(options: NginxOptions): Promise<NginxFiles> {
  const template = await readFile(TEMPLATE, 'utf8');
  const rules = options.redirects ?? [];
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) throw new Error(`Port ${options.port} ist ungültig.`);
  const redirects = redirectMaps(rules, options.siteOrigin, options.redirectQueryKeys ?? DEFAULT_QUERY_KEYS);
  // Named by content: a staged configuration never overwrites the maps the live one includes.
  const redirectsFile = join(options.prefix, 'conf', `redirects-${createHash('sha256').update(redirects).digest('hex').slice(0, 16)}.conf`);
  const { max, bucket } = hashSizes(mapKeysOf(redirects), 64, 2048);
  const liveDir = options.liveDir ?? join(options.docroot, '..', '..', 'live');
  const legacyHosts = [...new Set(rules.filter((r) => r.host !== '').map((r) => r.host))].sort();
  const serverNames = checkedServerNames(options.serverNames ?? []);
  const names = hashSizes([...serverNames, ...legacyHosts.flatMap((h) => [h, `www.${h}`])], 128, 512);
  const feedback = feedbackUpstream(options);
  const types = Object.entries(TYPES)
    .map(([type, ext]) => `        ${type} ${ext};`)
    .join('\n');
  const vars: Record<string, string> = {
    PREFIX: options.prefix,
    USER: options.user ? `user ${options.user};` : '# (no `user`: workers run as the account that starts nginx)',
    WORKERS: String(options.workers ?? 'auto'),
    TYPES: `    types {\n${types}\n    }`,
    MAP_HASH_MAX: String(max),
    MAP_HASH_BUCKET: String(bucket),
    SERVER_NAMES_HASH_MAX: String(names.max),
    SERVER_NAMES_HASH_BUCKET: String(names.bucket),
    REDIRECTS_FILE: redirectsFile,
    LISTEN: `${options.host ?? '127.0.0.1'}:${options.port}`,
    SERVER_NAME: serverNames.length > 0 ? serverNames.join(' ') : '_',
    DOCROOT: options.docroot,
    ALERT_URI: ALERT_SSI_URI,
    ALERT_FRAGMENT: join(liveDir, ALERT_FRAGMENT_FILE),
    SECURITY_HEADERS: headerLines(options, '        '),
    SECURITY_HEADERS_INDENTED: headerLines(options, '            '),
    LEGACY_SERVERS: legacyServer(options, legacyHosts),
    FEEDBACK_UPSTREAM: feedback,
    FEEDBACK_LOCATION: feedbackLocation(options, feedback !== ''),
    FEEDBACK_PATH,
    REQUEST_ERROR_PAGE,
    REQUEST_ERROR_DIR: requestErrorPath(),
    EXTRA_SERVERS: options.extraServers ?? '',
  };
  for (const p of [options.prefix, options.docroot, liveDir]) {
    if (/[\s;{}"'$\\]/.test(p)) throw new Error(`Pfad für nginx ungeeignet (Leer-/Sonderzeichen): ${p}`);
  }
  const conf = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`nginx.conf.template: unbekannter Platzhalter {{${name}}}`);
    return v;
  });
  return { conf, redirects, redirectsFile };
}

export interface StagedNginxConfig {
  /** The tested configuration beside the live one, not yet in use. */
  file: string;
  /** Make it the live <prefix>/conf/nginx.conf (one rename); returns that path. */
  commit(): Promise<string>;
  /** Remove what staging wrote; the live configuration was never touched. */
  discard(): Promise<void>;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return false;
      throw err;
    },
  );
}

/**
 * Render the configuration, write it beside the live one and test it with `nginx -t`. Only a
 * tested configuration can be committed; a refused one is removed again and the error (the
 * generator's or nginx's own message) is thrown. The maps file is new when its content is, so
 * the live nginx.conf keeps including its own maps until the rename.
 */
export async function stageNginxConfig(options: NginxOptions): Promise<StagedNginxConfig> {
  const { conf, redirects, redirectsFile } = await renderNginx(options);
  const dir = join(options.prefix, 'conf');
  await Promise.all(['conf', 'logs', 'tmp'].map((d) => mkdir(join(options.prefix, d), { recursive: true })));
  const created = !(await exists(redirectsFile));
  if (created) {
    const tmp = `${redirectsFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(tmp, redirects);
    await rename(tmp, redirectsFile);
  }
  const file = join(dir, `nginx.conf.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const discard = async () => {
    await rm(file, { force: true });
    if (created) await rm(redirectsFile, { force: true });
  };
  try {
    await writeFile(file, conf);
    await testNginxConfig(file, options.prefix);
  } catch (err) {
    await discard();
    throw err;
  }
  return {
    file,
    discard,
    async commit() {
      const live = join(dir, 'nginx.conf');
      await rename(file, live);
      // Maps of earlier configurations: the live nginx.conf no longer includes them.
      for (const f of await readdir(dir)) {
        if (/^redirects(?:-[0-9a-f]+)?\.conf$/.test(f) && join(dir, f) !== redirectsFile) await rm(join(dir, f), { force: true });
      }
      return live;
    },
  };
}

/** Write nginx.conf (+ its maps) into <prefix>/conf — only once `nginx -t` accepted it. */
export async function writeNginxConfig(options: NginxOptions): Promise<string> {
  return (await stageNginxConfig(options)).commit();
}

/** Render and `nginx -t` a configuration without making it live (the release step). */
export async function checkNginxConfig(options: NginxOptions): Promise<void> {
  await (await stageNginxConfig(options)).discard();
}

/**
 * `_redirects` (Netlify syntax; Cloudflare Pages reads the path rules) for static hosts
 * without nginx. Query rules use Netlify's `key=value` matching; former domains their full URL.
 * "!" forces the rule even where a file exists.
 */
export function netlifyRedirects(rules: readonly RedirectRule[], siteOrigin: string): string {
  const lines = ['# GENERATED by scripts/publish/nginx.ts — same rules as the nginx maps.'];
  for (const r of rules) {
    const from = (r.host ? `https://${r.host}` : '') + r.path;
    const query = r.query === null ? '' : ` ${r.query.split('&').join(' ')}`;
    const to = r.to === null ? '/410/' : r.host ? absolute(r.to, siteOrigin) : r.to;
    lines.push(`${from}${query} ${to} ${r.status}!`);
    if (r.host) lines.push(`https://www.${r.host}${r.path}${query} ${to} ${r.status}!`);
  }
  return `${lines.join('\n')}\n`;
}

// ── process ──────────────────────────────────────────────────────────────────────────────────

export const NGINX_BIN = process.env.NGINX_BIN || '/usr/sbin/nginx';

function nginxArgs(confFile: string, prefix: string): string[] {
  // -e: the compiled-in /var/log/nginx/error.log is not writable for a non-root user.
  return ['-c', confFile, '-p', prefix, '-e', join(prefix, 'logs', 'error.log')];
}

/** `nginx -t`: syntax and hash sizes checked; rejects with nginx's own message. */
export async function testNginxConfig(confFile: string, prefix: string): Promise<void> {
  const { execFile } = await import('node:child_process');
  await new Promise<void>((resolve, reject) => {
    execFile(NGINX_BIN, [...nginxArgs(confFile, prefix), '-t', '-q'], (err, _stdout, stderr) => {
      if (err) reject(new Error(`nginx -t: ${stderr.trim() || err.message}`));
      else resolve();
    });
  });
}

/**
 * Make a running nginx (started with this configuration, in any process) re-read it: `nginx -s
 * reload` signals the master named in <prefix>/nginx.pid. nginx checks the new configuration
 * itself and keeps the old one on an error, so a bad reload never stops the site; `nginx -t`
 * first turns such an error into a message. Returns false when no nginx runs (pid file missing,
 * empty or naming no process).
 */
export async function reloadNginx(confFile: string, prefix: string): Promise<boolean> {
  const { readFile: read } = await import('node:fs/promises');
  const pidFile = join(prefix, 'nginx.pid');
  // An empty pid file: `nginx -t` leaves one when no nginx runs, and a starting master accepts
  // connections a moment before it writes its number — so wait briefly, then take it as stopped.
  let pid = 0;
  for (let waited = 0; pid === 0 && waited <= 1000; waited += 50) {
    try {
      pid = Number((await read(pidFile, 'utf8')).trim()) || 0;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false; // not running: reads the new configuration when it starts
      throw err;
    }
    if (pid === 0) await new Promise((r) => setTimeout(r, 50));
  }
  if (pid === 0) return false;
  try {
    process.kill(pid, 0); // a stale file after a crash names no process
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw err;
  }
  await testNginxConfig(confFile, prefix);
  const { execFile } = await import('node:child_process');
  await new Promise<void>((resolve, reject) => {
    execFile(NGINX_BIN, [...nginxArgs(confFile, prefix), '-s', 'reload'], (err, _stdout, stderr) => {
      if (err) reject(new Error(`nginx -s reload: ${stderr.trim() || err.message}`));
      else resolve();
    });
  });
  return true;
}

export interface NginxProcess {
  pid: number;
  /** Graceful stop (SIGQUIT), SIGKILL after 5 s. */
  stop(): Promise<void>;
  /** Re-read the configuration (SIGHUP), e.g. after new redirects. */
  reload(): void;
}

/** Start nginx in the foreground (`daemon off`) and wait until it accepts connections. */
export async function startNginx(confFile: string, prefix: string, port: number, host = '127.0.0.1'): Promise<NginxProcess> {
  const { spawn } = await import('node:child_process');
  const { connect } = await import('node:net');
  const child = spawn(NGINX_BIN, [...nginxArgs(confFile, prefix), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let spawnError: Error | null = null;
  child.on('error', (err) => (spawnError = err)); // e.g. ENOENT: no nginx installed
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (spawnError)
      throw new Error(`nginx (${NGINX_BIN}) ließ sich nicht starten: ${(spawnError as Error).message} – scripts/lib/env.sh ensure_nginx installiert es.`);
    if (child.exitCode !== null) throw new Error(`nginx startete nicht (Exit ${child.exitCode}): ${stderr.trim()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, host, () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx antwortet nicht auf ${host}:${port}: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    pid: child.pid ?? 0,
    reload: () => void child.kill('SIGHUP'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
