// Property test: hostile redirect rows — hosts, paths, queries and targets with nginx and URL
// metacharacters (~ ; { } " ' $ * ( ) ! \ #), spaces, unicode, percent-encodings and dot
// segments — go through the CSV import, the nginx generator, `nginx -t` on a real nginx and real
// HTTP requests to it (127.0.0.1, a free port). For every generated batch:
//   - the configuration is always produced from the accepted rules and always passes nginx -t;
//   - no response's Location leaves the site or a configured former domain, unless it is the
//     explicit external target of an accepted rule;
//   - nginx answers every request exactly as the pure mirror (RedirectIndex.lookup) says.
// Bounded: a few batches of several hundred rows each, one nginx per batch.
import { connect } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedirectIndex, importRedirectsCsv, normaliseHost, type RedirectRule } from '@stadtportal/shared/redirects';
import { asciiLower, parseQueryKeys } from '@stadtportal/shared/rules';
import { renderNginx, startNginx, writeNginxConfig, type NginxOptions } from '@stadtportal/publish/nginx';
import { switchRelease } from '@stadtportal/publish/releases';
import { makeRelease } from './helpers/publish.ts';
import { freePort } from './helpers/strapi.ts';

const RUNS = Number(process.env.PROPERTY_RUNS || '4');
const ROWS = { minLength: 600, maxLength: 800 };
const SITE_HOST = 'www.aschersleben.de';
const ORIGIN = `https://${SITE_HOST}`;
const QUERY_KEYS = parseQueryKeys('index.php=id seite.php=id,L').keys;

// ── generators ───────────────────────────────────────────────────────────────────────────────

const SAFE = [...'abcdefghijklmnopqrstuvwxyz0123456789-'];
const META = [
  '~',
  ';',
  '{',
  '}',
  '"',
  "'",
  '$',
  '*',
  '(',
  ')',
  '!',
  '\\',
  '#',
  ' ',
  '%',
  '.',
  '?',
  '&',
  '=',
  ':',
  '@',
  '[',
  ']',
  '|',
  '^',
  '`',
  '<',
  '>',
  '+',
  ',',
  'ü',
  'ß',
  '€',
  '\u212A',
  '\u00a0',
  '\t',
  '\n',
];
const char = fc.oneof({ arbitrary: fc.constantFrom(...SAFE), weight: 8 }, { arbitrary: fc.constantFrom(...META), weight: 2 });
const word = fc.string({ unit: char, minLength: 1, maxLength: 8 });
const segment = fc.oneof(
  { arbitrary: word, weight: 10 },
  {
    arbitrary: fc.constantFrom('.', '..', '%2e', '%2E', '%2f', '%5c', '%00', '%zz', '', '%C3%BC', 'index.php', 'seite.php', 'Index.PHP', '~.*', '${host}'),
    weight: 3,
  },
);
const path = fc
  .tuple(fc.constantFrom('/', '/', '/', '/', '//', '/./', '/.//', '/%2e/', '\\', ''), fc.array(segment, { maxLength: 4 }), fc.constantFrom('', '/', '', '//'))
  .map(([head, segs, tail]) => head + segs.join('/') + tail);
const paramName = fc.oneof(fc.constantFrom('id', 'ID', 'L', 'utm_source', 'cHash', 'no_cache', 'fbclid', 'a', 'b', 'page', 'tx[x]', 'x-y', '$arg', ''), word);
const paramValue = fc.oneof(fc.constantFrom('12', '7', '198', '0', '', '%20', '$host', '"', '1;evil', 'ABC'), word);
const query = fc
  .array(fc.tuple(paramName, fc.option(paramValue)), { maxLength: 4 })
  .map((pairs) => pairs.map(([n, v]) => (v === null ? n : `${n}=${v}`)).join('&'));
const pathQuery = fc.tuple(path, fc.option(query)).map(([p, q]) => (q === null ? p : `${p}?${q}`));
/** A few common addresses, so rows chain, loop and conflict with each other. */
const POOL = [
  '/p1/',
  '/p2',
  '/p3/',
  '/index.php?id=12',
  '/index.php?L=0&id=12',
  '/seite.php?id=5&L=1',
  '/suche.php?b=2&a=1',
  'https://alt1.example/p1/',
  'https://www.alt2.example/index.php?id=7',
];
const pooled = fc.constantFrom(...POOL);
const legacyHost = fc.integer({ min: 1, max: 12 }).map((n) => `alt${n}.example`);
const hostileHost = fc.constantFrom(
  '~.*',
  'alt.example;evil',
  '*.example',
  'a b.example',
  'evil.example"',
  'xn--bcher-kva.example',
  'Bücher.example',
  '127.0.0.1',
  SITE_HOST,
  'WWW.ALT1.EXAMPLE.',
  'www.www.alt2.example',
  'include',
  'default.example',
  '[::1]',
  'alt1.example:8080',
  'user@alt1.example',
  'alt1.example{',
  `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.de`,
);
const host = fc.oneof(
  { arbitrary: legacyHost, weight: 6 },
  { arbitrary: hostileHost, weight: 3 },
  { arbitrary: fc.tuple(word, word).map(([a, b]) => `${a}.${b}`), weight: 2 },
);
const absolute = (hosts: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', '//', 'ftp://', 'https:/'), hosts, pathQuery)
    .map(([s, h, pq]) => `${s}${h}${pq.startsWith('/') ? pq : `/${pq}`}`);
const source = fc.oneof({ arbitrary: pathQuery, weight: 6 }, { arbitrary: absolute(host), weight: 4 }, { arbitrary: pooled, weight: 2 });
const target = fc.oneof(
  { arbitrary: pathQuery, weight: 5 },
  { arbitrary: absolute(fc.oneof(host, fc.constantFrom('example.org', 'evil.example'))), weight: 4 },
  { arbitrary: pooled, weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '',
      'javascript:alert(1)',
      '//evil.example/',
      '/.//evil.example/',
      '/%2e//x',
      '/./\\x',
      '/\\evil.example',
      'https://evil.example/$host',
    ),
    weight: 1,
  },
);
const hostileRow = fc.record({ from: source, to: target, status: fc.constantFrom('301', '301', '302', '410', '', '307') });
// Rows an honest migration has, with the characters a valid address may carry (' ( ) ! * ; = ~ …),
// so that hundreds of rules per batch are accepted and served.
const VALID_META = ["'", '(', ')', '!', '*', ';', '=', '~', ',', '+', ':', '@', 'ü', '%20', '%C3%BC', '.'];
const plainChar = fc.oneof({ arbitrary: fc.constantFrom(...SAFE), weight: 12 }, { arbitrary: fc.constantFrom(...VALID_META), weight: 1 });
const plainPath = fc
  .tuple(fc.array(fc.string({ unit: plainChar, minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([segs, slash]) => `/${segs.join('/')}${slash ? '/' : ''}`);
const plainQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom('id', 'ID', 'L', 'a', 'b', 'page', 'utm_source', 'cHash', 'fbclid'),
      fc.constantFrom('1', '2', '12', '198', 'x', 'ABC', '%20', '1;2'),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((pairs) => pairs.map(([n, v]) => `${n}=${v}`).join('&'));
const plainPathQuery = fc.oneof(
  plainPath,
  fc.tuple(plainPath, plainQuery).map(([p, q]) => `${p}?${q}`),
  fc
    .tuple(fc.constantFrom('/index.php', '/cms/index.php', '/seite.php', '/Index.php/'), fc.integer({ min: 1, max: 300 }), plainQuery)
    .map(([p, id, q]) => `${p}?${q}&id=${id}`),
);
const plainRow = fc
  .record({
    from: fc.oneof(
      { arbitrary: plainPathQuery, weight: 3 },
      { arbitrary: fc.tuple(fc.constantFrom('https://', 'http://', 'https://www.'), legacyHost, plainPathQuery).map(([s, h, pq]) => s + h + pq), weight: 2 },
    ),
    to: fc.oneof(
      plainPath,
      plainPath.map((p) => `https://example.org${p}`),
      fc.tuple(legacyHost, plainPath).map(([h, p]) => `https://${h}${p}`),
      pooled,
    ),
    status: fc.constantFrom('301', '301', '302', '410', ''),
  })
  .map((r) => (r.status === '410' ? { ...r, to: '' } : r));
const row = fc.oneof({ arbitrary: plainRow, weight: 6 }, { arbitrary: hostileRow, weight: 4 });
const requestHost = fc.oneof(
  fc.constantFrom(SITE_HOST, '127.0.0.1', 'evil.example', 'WWW.ALT3.EXAMPLE.'),
  legacyHost,
  legacyHost.map((h) => `www.${h}`),
);
const extraRequest = fc.tuple(fc.oneof(pathQuery, pooled), requestHost);

/** RFC 4180: quote fields with separators, quotes or line breaks. */
function csvField(v: string): string {
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v;
}

// ── raw HTTP ─────────────────────────────────────────────────────────────────────────────────

interface Answer {
  status: number;
  locations: string[];
}

/** One request with the request target and Host exactly as given (node:http would refuse some). */
function rawGet(port: number, target: string, hostHeader: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`Zeitüberschreitung: ${target}`)));
    socket.on('connect', () => socket.end(Buffer.from(`GET ${target} HTTP/1.1\r\nHost: ${hostHeader}\r\nConnection: close\r\n\r\n`, 'utf8')));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const head = text.slice(0, text.indexOf('\r\n\r\n'));
      const [statusLine = '', ...lines] = head.split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const locations = lines.filter((l) => /^location:/i.test(l)).map((l) => Buffer.from(l.slice(9).trim(), 'latin1').toString('utf8'));
      resolve({ status, locations });
    });
  });
}

/** What a browser may send: no spaces, controls or "#" (they end the request line or the URL). */
function sendable(target: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  const t = target.replace(/[\u0000-\u0020\u007f#]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
  return t.startsWith('/') ? t : `/${t}`;
}

/** $host as nginx derives it from the Host header: ASCII lower case, without port and trailing dot. */
function nginxHost(header: string): string {
  let h = asciiLower(header);
  const colon = h.startsWith('[') ? -1 : h.indexOf(':');
  if (colon >= 0) h = h.slice(0, colon);
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/** Folders of the test release (helpers/publish.ts): nginx answers "/x" with 301 "/x/" there. */
const FOLDERS = new Set([
  '/aemter/',
  '/rathaus/',
  '/veranstaltungen/',
  '/einrichtungen/',
  '/einrichtungen/kreativwerkstatt/',
  '/_astro/',
  '/pagefind/',
  '/pagefind/fragment/',
  '/medien/',
  '/410/',
]);

// ── the property ─────────────────────────────────────────────────────────────────────────────

let tmp: string;
let base: string;
let stats = { batches: 0, rows: 0, accepted: 0, requests: 0, compared: 0, redirects: 0, external: 0 };

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-redirect-property-'));
  base = join(tmp, 'publish');
  await switchRelease(base, (await makeRelease(base, 'R1')).id);
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function nginxOptions(batch: number, redirects: readonly RedirectRule[]): Promise<NginxOptions> {
  return {
    prefix: join(tmp, `nginx-${batch}`),
    docroot: join(base, 'current', 'site'),
    port: await freePort(),
    siteOrigin: ORIGIN,
    serverNames: [SITE_HOST],
    redirects,
    redirectQueryKeys: QUERY_KEYS,
    workers: 1,
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
  };
}

async function checkBatch(rows: { from: string; to: string; status: string }[], extra: [string, string][]): Promise<void> {
  const batch = ++stats.batches;
  const csv = ['from,to,status', ...rows.map((r) => [r.from, r.to, r.status].map(csvField).join(','))].join('\n');
  const set = importRedirectsCsv(csv, { siteHosts: [SITE_HOST], queryKeys: QUERY_KEYS });
  stats.rows += rows.length;
  stats.accepted += set.rules.length;
  // Always a configuration: writeNginxConfig renders, runs nginx -t and only then writes it.
  const options = await nginxOptions(batch, set.rules);
  const conf = await writeNginxConfig(options);
  const maps = await readFile(/include (\S+);/.exec(await readFile(conf, 'utf8'))?.[1] ?? '', 'utf8');
  const regexKeys = maps.split('\n').filter((l) => /^ {4}"~/.test(l));
  // Only the generator's own regexes: the path/host splitters and the REDIRECT_QUERY_KEYS files.
  for (const l of regexKeys) expect(l).toMatch(/^ {4}"~(?:\^\(\?<sp_[a-z]+>|\^\(\?:www|\*\(\?:\^\|\/\)(?:index|seite)\\\.php\$"|\^\(\?<sp_k>|\^\\d\{3\})/);

  const index = new RedirectIndex(set.rules, { queryKeys: QUERY_KEYS });
  const legacyHosts = new Set(set.rules.map((r) => r.host).filter((h) => h !== ''));
  const external = new Set(
    set.rules.map((r) => r.to).filter((t): t is string => t !== null && !t.startsWith('/') && !legacyHosts.has(normaliseHost(new URL(t).hostname))),
  );
  const allowedHosts = new Set([SITE_HOST, ...[...legacyHosts].flatMap((h) => [h, `www.${h}`])]);

  // Requests: every accepted rule (as written, with tracking parameters, reordered, other slash
  // form, upper case), every row's old address as the browser would send it, and random ones.
  const requests: [string, string][] = [...extra];
  for (const r of set.rules) {
    const h = r.host === '' ? SITE_HOST : r.line % 2 === 0 ? `www.${r.host}` : r.host;
    const q = r.query === null ? '' : `?${r.query}`;
    const reordered = r.query === null ? '?utm_source=x' : `?fbclid=1&${r.query.split('&').reverse().join('&')}&cHash=ab`;
    const toggled = r.path.length > 1 && r.path.endsWith('/') ? r.path.slice(0, -1) : `${r.path}/`;
    requests.push([r.path + q, h], [r.path + reordered, h], [toggled + q, h], [r.path.toUpperCase() + q, h]);
  }
  for (const r of rows) {
    const m = /^[a-z]+:\/\/([^/?]*)(.*)$/i.exec(r.from);
    requests.push(m ? [m[2] || '/', m[1] || SITE_HOST] : [r.from, SITE_HOST]);
  }

  const nginx = await startNginx(conf, options.prefix, options.port);
  const failures: string[] = [];
  try {
    for (let i = 0; i < requests.length; i += 8) {
      await Promise.all(
        requests.slice(i, i + 8).map(async ([rawTarget, rawHost]) => {
          const target = sendable(rawTarget);
          const hostHeader = sendable(rawHost).slice(1);
          const answer = await rawGet(options.port, target, hostHeader);
          stats.requests++;
          const what = `${hostHeader} ${target} → ${answer.status} ${answer.locations.join(' | ')}`;
          // 1. No Location leaves the site or a former domain, unless an accepted rule names it.
          for (const loc of answer.locations) {
            if (external.has(loc)) {
              stats.external++;
              continue;
            }
            const url = URL.canParse(loc, `${ORIGIN}/`) ? new URL(loc, `${ORIGIN}/`) : null;
            if (/^[/\\]{2}/.test(loc) || !/^(?:\/|https?:\/\/)/.test(loc) || url === null || !allowedHosts.has(url.hostname))
              failures.push(`Location außerhalb: ${what}`);
          }
          // 2. nginx answers as the mirror says (requests nginx itself refuses, 400, excepted).
          if (answer.status === 400) return;
          stats.compared++;
          const lower = nginxHost(hostHeader);
          const legacy = [...legacyHosts].some((h) => lower === h || lower === `www.${h}`) ? normaliseHost(lower) : '';
          const at = target.indexOf('?');
          const hit = index.lookup(legacy, at < 0 ? target : target.slice(0, at), at < 0 ? null : target.slice(at + 1));
          let expected: string;
          if (hit) expected = hit.status === 410 || hit.to === null ? '410' : `${hit.status} ${legacy && hit.to.startsWith('/') ? ORIGIN + hit.to : hit.to}`;
          else expected = legacy ? `301 ${ORIGIN}/` : 'keine';
          const got = [301, 302, 410].includes(answer.status) ? `${answer.status} ${answer.locations[0] ?? ''}`.trim() : 'keine';
          if (got !== 'keine' && got !== '410') stats.redirects++;
          // nginx's own folder redirect ("/aemter" → "/aemter/") is no rule.
          const folder = !hit && !legacy && answer.status === 301 && FOLDERS.has((answer.locations[0] ?? '').split('?')[0] ?? '');
          if (got !== expected && !folder) failures.push(`nginx ≠ Spiegel (${expected}): ${what}`);
        }),
      );
    }
  } finally {
    await nginx.stop();
    await rm(options.prefix, { recursive: true, force: true });
  }
  if (failures.length > 0) throw new Error(`${failures.length} Abweichungen, z. B.:\n${failures.slice(0, 15).join('\n')}`);
}

describe('hostile redirect rows through import → nginx -t → HTTP', () => {
  it(`${RUNS} batches of ${ROWS.minLength}–${ROWS.maxLength} rows: valid config, no foreign Location, nginx = mirror`, { timeout: 110_000 }, async () => {
    stats = { batches: 0, rows: 0, accepted: 0, requests: 0, compared: 0, redirects: 0, external: 0 };
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(row, ROWS), fc.array(extraRequest, { maxLength: 150 }), (rows, extra) => checkBatch(rows, extra)),
      { numRuns: RUNS, endOnFailure: true },
    );
    console.log(`Eigenschaftstest: ${JSON.stringify(stats)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(stats.accepted).toBeGreaterThan(100 * RUNS);
    expect(stats.redirects).toBeGreaterThan(100 * RUNS);
  });

  it('the generator writes a rule nginx accepts or throws: never a configuration nginx refuses', { timeout: 60_000 }, async () => {
    const rule = fc.record({
      host: fc.oneof(fc.constant(''), legacyHost, hostileHost, word),
      path: fc.oneof(path, pooled, word),
      query: fc.option(query),
      to: fc.option(fc.oneof(target, word)),
      status: fc.constantFrom(301, 302, 410, 307, 0),
      line: fc.nat(),
    }) as fc.Arbitrary<RedirectRule>;
    await fc.assert(
      fc.asyncProperty(fc.array(rule, { minLength: 200, maxLength: 300 }), async (rules) => {
        const options = await nginxOptions(++stats.batches, []);
        const accepted: RedirectRule[] = [];
        for (const r of rules) {
          const ok = await renderNginx({ ...options, redirects: [r] }).then(
            () => true,
            (err: unknown) => {
              // A refusal names the rule's problem; any other error is a bug.
              expect(String(err)).toMatch(/Weiterleitung aus Zeile|nginx-Map-Schlüssel/);
              return false;
            },
          );
          if (ok) accepted.push(r);
        }
        // Each accepted rule on its own, and all together (a later duplicate is dropped): nginx -t.
        await writeNginxConfig({ ...options, redirects: accepted });
        await rm(options.prefix, { recursive: true, force: true });
      }),
      { numRuns: 3, endOnFailure: true },
    );
  });
});
