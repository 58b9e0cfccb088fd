// Old addresses as they arrive from the wild, against a real nginx: TYPO3 links with extra or
// reordered parameters, tracking parameters and cache hashes, and paths without the trailing
// slash. nginx's maps and the pure mirror (RedirectIndex.lookup) must give the same answer for
// every request — still one hop, still only the rules' own targets.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedirectIndex, importRedirectsCsv, normaliseHost, type RedirectSet } from '@stadtportal/shared/redirects';
import { parseQueryKeys } from '@stadtportal/shared/rules';
import { startNginx, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { switchRelease } from '@stadtportal/publish/releases';
import { header, httpGet, makeRelease } from './helpers/publish.ts';
import { freePort } from './helpers/strapi.ts';

const CSV = [
  'from,to,status',
  '/index.php?id=12,/rathaus/,301',
  '/cms/index.php?id=198,/veranstaltungen/,301',
  '/seite.php?L=1&id=5,/einrichtungen/kreativwerkstatt/,302', // seite.php: id and L (configured)
  '/seite.php?id=5,/aemter/,301',
  '/rathaus/buergerservice/,/rathaus/,301',
  '/suche.php?seite=2&begriff=abc,/aemter/,301',
  '/presse.html?utm_source=newsletter,/veranstaltungen/,301',
  '/index.php,/aemter/,301',
  'https://www.feuerwehr-aschersleben.de/index.php?id=7,/rathaus/,301',
  'https://www.feuerwehr-aschersleben.de/einsatz/,https://example.org/feuerwehr,301',
].join('\n');

const QUERY_KEYS = 'index.php=id seite.php=id,L';

let tmp: string;
let port: number;
let nginx: NginxProcess;
let set: RedirectSet;
let index: RedirectIndex;
const origin = 'https://www.aschersleben.de';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-redirect-query-'));
  const base = join(tmp, 'publish');
  const prefix = join(tmp, 'nginx');
  port = await freePort();
  await switchRelease(base, (await makeRelease(base, 'R1')).id);
  const queryKeys = parseQueryKeys(QUERY_KEYS).keys;
  set = importRedirectsCsv(CSV, { siteHosts: ['www.aschersleben.de'], queryKeys });
  index = new RedirectIndex(set.rules, { queryKeys });
  const conf = await writeNginxConfig({
    prefix,
    docroot: join(base, 'current', 'site'),
    port,
    siteOrigin: origin,
    redirects: set.rules,
    redirectQueryKeys: queryKeys,
    workers: 1,
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
  });
  nginx = await startNginx(conf, prefix, port);
});

afterAll(async () => {
  await nginx?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** What nginx answers, and what the mirror says it should answer. */
async function both(path: string, host = ''): Promise<{ nginx: string; mirror: string }> {
  const res = await httpGet(port, path, host ? { host } : {});
  const location = header(res, 'location');
  const answer = res.status === 301 || res.status === 302 || res.status === 410 ? `${res.status} ${location}`.trim() : 'keine';
  const q = path.indexOf('?');
  const legacy = host === '' ? '' : normaliseHost(host);
  const hit = index.lookup(legacy, q < 0 ? path : path.slice(0, q), q < 0 ? null : path.slice(q + 1));
  const to = hit?.to ?? null;
  const mirror =
    hit === undefined
      ? legacy
        ? `301 ${origin}/`
        : 'keine'
      : hit.status === 410
        ? '410'
        : `${hit.status} ${legacy && to?.startsWith('/') ? origin + to : to}`;
  return { nginx: answer, mirror };
}

describe('query parameters and slash forms', () => {
  it('compiled the rules without problems', () => {
    expect(set.errors).toEqual([]);
    expect(set.rules).toHaveLength(10);
  });

  it.each([
    ['/index.php?id=12', '301 /rathaus/'],
    ['/index.php?L=0&id=12', '301 /rathaus/'],
    ['/index.php?id=12&utm_source=x&utm_campaign=y', '301 /rathaus/'],
    ['/index.php?cHash=4f1e2d&no_cache=1&id=12&fbclid=abc', '301 /rathaus/'],
    ['/index.php?ID=12', '301 /rathaus/'],
    ['/INDEX.PHP?id=12', '301 /rathaus/'],
    ['/index.php?id=13', '301 /aemter/'],
    ['/index.php?xid=12', '301 /aemter/'],
    ['/index.php', '301 /aemter/'],
    ['/cms/index.php?L=0&id=198&cHash=x', '301 /veranstaltungen/'],
    ['/cms/index.php?id=199', 'keine'],
    ['/seite.php?id=5&L=1&gclid=1', '302 /einrichtungen/kreativwerkstatt/'],
    ['/seite.php?L=0&id=5', 'keine'],
    ['/seite.php?id=5', '301 /aemter/'],
    ['/rathaus/buergerservice/', '301 /rathaus/'],
    ['/rathaus/buergerservice', '301 /rathaus/'],
    ['/Rathaus/Buergerservice?utm_medium=mail', '301 /rathaus/'],
    ['/rathaus/buergerservice//', 'keine'],
    ['/suche.php?begriff=abc&seite=2', '301 /aemter/'],
    ['/suche.php?seite=2&utm_source=x&begriff=abc&extra=1', '301 /aemter/'],
    ['/suche.php?begriff=abc', 'keine'],
    ['/presse.html?utm_source=anders', '301 /veranstaltungen/'],
    ['/presse.html/', '301 /veranstaltungen/'],
  ])('%s → %s, as the mirror says', async (path, expected) => {
    const { nginx: answer, mirror } = await both(path);
    expect(answer).toBe(expected);
    expect(mirror).toBe(expected);
  });

  it.each([
    ['/index.php?utm_source=x&id=7', 'feuerwehr-aschersleben.de', `301 ${origin}/rathaus/`],
    ['/index.php?id=8', 'www.feuerwehr-aschersleben.de', `301 ${origin}/`],
    ['/einsatz?fbclid=1', 'www.feuerwehr-aschersleben.de', '301 https://example.org/feuerwehr'],
  ])('former domain: %s on %s → %s', async (path, host, expected) => {
    const { nginx: answer, mirror } = await both(path, host);
    expect(answer).toBe(expected);
    expect(mirror).toBe(expected);
  });
});
