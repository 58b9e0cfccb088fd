// The MDN HTTP Observatory's own scanner (@mdn/mdn-http-observatory 1.4.8: its retriever, its
// ten tests and its grader) run locally against our nginx on loopback, serving the site built
// from the fixture snapshot with the generated configuration — the grade users get.
//
// nginx serves plain HTTP on 127.0.0.1; in production a TLS proxy sits in front (ADR 0006). The
// scanner needs HTTPS on the scanned host, so this test puts a minimal stand-in for that proxy
// in front: HTTPS (a throwaway self-signed certificate for "localhost", trusted in this process
// only) that passes requests and responses through unchanged, and a port-80-style HTTP listener
// that answers 301 to HTTPS. Every header graded therefore comes from nginx; only the
// redirection test grades the stand-in's redirect (what the real proxy must do).
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import tls from 'node:tls';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { REPO } from './helpers/paths.ts';
import { freePort } from './helpers/strapi.ts';
import { buildLiveRelease } from './helpers/publish.ts';

const run = promisify(execFile);
const FIXTURE = join(REPO, 'site', 'test', 'fixtures', 'snapshot');

/** The parts of the scanner's modules this test calls (src/, plain ESM JavaScript). */
interface TestOutput {
  result: string | null;
  pass: boolean | null;
  scoreModifier?: number;
  constructor: { name: string };
}
interface Requests {
  responses: { auto: { status: number; headers: Record<string, string> } | null };
}
interface Scanner {
  retrieve(hostname: string, options: { httpPort?: number; httpsPort?: number }): Promise<Requests>;
  ALL_TESTS: ((requests: Requests) => TestOutput)[];
  MINIMUM_SCORE_FOR_EXTRA_CREDIT: number;
  getGradeForScore(score: number): { score: number; grade: string };
  getScoreModifier(expectation: string): number;
}

const pkgDir = dirname(createRequire(join(REPO, 'e2e', 'package.json')).resolve('@mdn/mdn-http-observatory/package.json'));

async function loadScanner(): Promise<Scanner> {
  const mod = async <T>(rel: string) => (await import(pathToFileURL(join(pkgDir, 'src', rel)).href)) as T;
  const [{ retrieve }, { ALL_TESTS }, { MINIMUM_SCORE_FOR_EXTRA_CREDIT }, grader] = await Promise.all([
    mod<Pick<Scanner, 'retrieve'>>('retriever/retriever.js'),
    mod<Pick<Scanner, 'ALL_TESTS'>>('constants.js'),
    mod<Pick<Scanner, 'MINIMUM_SCORE_FOR_EXTRA_CREDIT'>>('grader/charts.js'),
    mod<Pick<Scanner, 'getGradeForScore' | 'getScoreModifier'>>('grader/grader.js'),
  ]);
  return { retrieve, ALL_TESTS, MINIMUM_SCORE_FOR_EXTRA_CREDIT, ...grader };
}

/**
 * The scanner's scan() (src/scanner/index.js) minus the retrieval without ports: 1.4.8's
 * scan(hostname) ignores its options and always uses ports 80/443. The scoring is the same:
 * start at 100, add every test's modifier, bonuses only when the score without them is ≥ 90.
 */
function grade(scanner: Scanner, requests: Requests) {
  const results = scanner.ALL_TESTS.map((test) => test(requests));
  let withExtra = 100;
  let uncurved = 100;
  const tests: { name: string; result: string; pass: boolean; modifier: number }[] = [];
  for (const r of results) {
    if (!r.result) continue;
    const modifier = scanner.getScoreModifier(r.result);
    withExtra += modifier;
    if (modifier < 0) uncurved += modifier;
    tests.push({ name: r.constructor.name, result: r.result, pass: r.pass === true, modifier });
  }
  const final = scanner.getGradeForScore(uncurved >= scanner.MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtra : uncurved);
  return { ...final, tests };
}

describe('MDN HTTP Observatory gegen nginx auf Loopback', () => {
  let tmp: string;
  let nginx: NginxProcess | undefined;
  const servers: Server[] = [];
  let httpPort: number;
  let httpsPort: number;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'stadtportal-observatory-'));
    const base = join(tmp, 'publish');
    const prefix = join(tmp, 'nginx');
    const nginxPort = await freePort();
    httpPort = await freePort();
    httpsPort = await freePort();

    // A release built from the fixture snapshot, as the runner's build step does.
    await buildLiveRelease(base, FIXTURE, { SITE_URL: `https://localhost:${httpsPort}` });
    const conf = await writeNginxConfig({
      prefix,
      docroot: join(base, 'current', 'site'),
      port: nginxPort,
      siteOrigin: `https://localhost:${httpsPort}`,
      https: true,
      workers: 1,
      ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
    });
    nginx = await startNginx(conf, prefix, nginxPort);

    // The TLS proxy stand-in: a throwaway certificate, trusted by this test process only.
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      join(tmp, 'key.pem'),
      '-out',
      join(tmp, 'cert.pem'),
    ]);
    const [key, cert] = await Promise.all([readFile(join(tmp, 'key.pem'), 'utf8'), readFile(join(tmp, 'cert.pem'), 'utf8')]);
    tls.setDefaultCACertificates([...tls.getCACertificates('default'), cert]);
    const https = createHttpsServer({ key, cert }, (req, res) => {
      const upstream = request({ host: '127.0.0.1', port: nginxPort, method: req.method, path: req.url, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.rawHeaders);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    const http = createHttpServer((req, res) => {
      res.writeHead(301, { location: `https://localhost:${httpsPort}${req.url ?? '/'}` }).end();
    });
    for (const [server, port] of [
      [https, httpsPort],
      [http, httpPort],
    ] as const) {
      // Both loopback families: "localhost" may resolve to ::1 first.
      await new Promise<void>((ok, fail) => server.listen(port, 'localhost', ok).once('error', fail));
      servers.push(server);
    }

    // The scanner's postinstall downloads Chromium's HSTS preload list (network; pnpm does not
    // run dependency scripts). Our loopback host is on no such list: an empty list is exact here.
    const preload = join(pkgDir, 'conf', 'hsts-preload.json');
    await access(preload).catch(async () => {
      await mkdir(dirname(preload), { recursive: true });
      await writeFile(preload, '{}\n');
    });
  }, 600_000);

  afterAll(async () => {
    for (const s of servers) await new Promise<void>((ok) => s.close(() => ok()));
    await nginx?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('bewertet die Header mit A+ (alle zehn Tests bestanden)', async () => {
    const scanner = await loadScanner();
    const requests = await scanner.retrieve('localhost', { httpPort, httpsPort });
    expect(requests.responses.auto?.status).toBe(200);
    // The graded response is nginx's: its CSP (with upgrade-insecure-requests for https).
    expect(requests.responses.auto?.headers['content-security-policy']).toMatch(/frame-ancestors 'none'.*upgrade-insecure-requests/);
    const result = grade(scanner, requests);
    console.log(
      [
        `MDN HTTP Observatory (1.4.8): ${result.grade}, ${result.score} Punkte`,
        ...result.tests.map((t) => `  ${t.pass ? '✓' : '✗'} ${t.name}: ${t.result} (${t.modifier >= 0 ? '+' : ''}${t.modifier})`),
      ].join('\n'),
    );
    expect(result.tests).toHaveLength(scanner.ALL_TESTS.length);
    expect(result.tests.filter((t) => !t.pass)).toEqual([]);
    expect(result.grade).toBe('A+');
    expect(result.score).toBeGreaterThanOrEqual(100);
  });
});
