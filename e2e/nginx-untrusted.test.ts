// Editors' content is untrusted all the way to nginx: the generator checks every value from
// content again (hosts, map keys, targets, CSP origins) and throws instead of writing nginx
// syntax; a regenerated configuration is tested with `nginx -t` before it replaces the live
// one; the release pipeline fails a release whose configuration does not pass, with the
// reason on the runner's status page, and leaves the live configuration and site untouched.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspSourcesOf } from '@stadtportal/shared';
import { importRedirectsCsv, type RedirectRule } from '@stadtportal/shared/redirects';
import { reloadNginx, renderNginx, startNginx, writeNginxConfig, type NginxOptions, type NginxProcess } from '@stadtportal/publish/nginx';
import { NGINX_STEP, nginxConfigStep } from '@stadtportal/publish/nginx-release';
import { liveRelease, readStatus, switchRelease } from '@stadtportal/publish/releases';
import { BuildRunner, type Step } from '@stadtportal/publish/runner';
import { statusPage } from '@stadtportal/publish/status-page';
import { header, httpGet, makeRelease } from './helpers/publish.ts';
import { freePort } from './helpers/strapi.ts';

let tmp: string;
let base: string;
let prefix: string;
let port: number;
let nginx: NginxProcess | undefined;
let settings: Omit<NginxOptions, 'redirects' | 'contentSources'>;

const rule = (r: Partial<RedirectRule>): RedirectRule => ({ host: '', path: '/alt/', query: null, to: '/rathaus/', status: 301, line: 2, ...r });
const GOOD = [rule({ path: '/alt/' }), rule({ host: 'kulturanstalt-aschersleben.de', path: '/programm.html', to: '/veranstaltungen/', line: 3 })];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-nginx-untrusted-'));
  base = join(tmp, 'publish');
  prefix = join(tmp, 'nginx');
  port = await freePort();
  const r1 = await makeRelease(base, 'R1');
  await switchRelease(base, r1.id);
  settings = {
    prefix,
    docroot: join(base, 'current', 'site'),
    port,
    siteOrigin: 'https://www.aschersleben.de',
    workers: 1,
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
  };
  const conf = await writeNginxConfig({ ...settings, redirects: GOOD });
  nginx = await startNginx(conf, prefix, port);
});

afterAll(async () => {
  await nginx?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the generator checks every value from content again', () => {
  const refuses = (what: Partial<NginxOptions>, message: RegExp) => expect(renderNginx({ ...settings, ...what })).rejects.toThrow(message);

  it('refuses old hosts outside the grammar (they would become server_name and map syntax)', async () => {
    await refuses({ redirects: [rule({ host: '~.*', path: '/', to: 'https://evil.example/phish' })] }, /Zeile 2.*„~\.\*“/);
    await refuses({ redirects: [rule({ host: 'alt.example;evil', path: '/x' })] }, /„alt\.example;evil“/);
    await refuses({ redirects: [rule({ host: 'alt.example"', path: '/x' })] }, /Domainname/);
  });

  it('refuses map keys that nginx would read as a regex, an include or an escape', async () => {
    await refuses({ redirects: [rule({ path: '~.*' })] }, /Alte Adresse/);
    await refuses({ redirects: [rule({ path: '\\x' })] }, /Alte Adresse/);
    await refuses({ redirects: [rule({ path: '/a', query: 'id=1"; return 301 https://evil.example;#' })] }, /Alte Adresse/);
  });

  it('refuses targets that lead to another host or carry nginx syntax', async () => {
    for (const to of [
      '//evil.example/',
      '/.//evil.example/',
      '/%2e//x',
      '/./\\x',
      'javascript:alert(1)',
      'https://evil.example/$host',
      '/x"; return 301 https://evil.example; #',
      'https://~.*/',
    ]) {
      await refuses({ redirects: [rule({ to })] }, /Ziel/);
    }
    await refuses({ redirects: [rule({ to: '/x/', status: 307 as 301 })] }, /Status/);
    await refuses({ redirects: [rule({ to: null, status: 301 })] }, /Ziel/);
  });

  it('refuses server names, the site origin and CSP origins outside their grammar', async () => {
    await refuses({ serverNames: ['www.aschersleben.de;evil'] }, /SITE_HOSTS/);
    await refuses({ siteOrigin: 'https://www.aschersleben.de/"' }, /SITE_URL/);
    await refuses({ contentSources: { frameSrc: [], scriptSrc: [], connectSrc: [], imgSrc: ['https://tiles.example;evil'] } }, /img-src.*Kachel-Adresse/);
  });

  it('names the field when the map tile address cannot widen img-src', () => {
    const mapTiles = {
      providerName: 'Kacheln',
      tileUrl: 'https://tiles.example;evil/{z}/{x}/{y}.png',
      attribution: 'x',
      attributionUrl: 'https://example.org/',
      privacyUrl: 'https://example.org/',
      maxZoom: 18,
    };
    expect(() => cspSourcesOf({ onlineServices: [], mapTiles })).toThrow(/Karte.*mapTiles\.tileUrl.*Kachel-Adresse/);
  });

  it("quotes what the grammar allows: a path with ; ' ( ) ! * = is served as written", async () => {
    const odd = "/a;b'c(d)!*=e/";
    const conf = await writeNginxConfig({ ...settings, redirects: [...GOOD, rule({ path: odd, to: '/aemter/', line: 4 })] });
    expect(await reloadNginx(conf, prefix)).toBe(true);
    const res = await poll(odd, 301);
    expect(header(res, 'location')).toBe('/aemter/');
  });
});

describe('hostile CSV rows never reach nginx', () => {
  it('answers no request with the attacker’s target and no Location to another host', async () => {
    const set = importRedirectsCsv(
      [
        'from,to,status',
        'https://~.*/,https://evil.example/phish,301',
        'https://alt.example;evil/x,/rathaus/,301',
        '/a/,/.//evil.example/,301',
        '/b/,/%2e//x,301',
        '"/c/","/./\\x",301',
        '/gut/,/rathaus/,301',
      ].join('\n'),
      { siteHosts: ['www.aschersleben.de'] },
    );
    expect(set.errors.map((e) => e.lines[0])).toEqual([2, 3, 4, 5, 6]);
    const conf = await writeNginxConfig({ ...settings, redirects: set.rules });
    expect(await reloadNginx(conf, prefix)).toBe(true);
    expect(header(await poll('/gut/', 301), 'location')).toBe('/rathaus/');
    for (const [path, host] of [
      ['/', 'irgendwer.example'],
      ['/x', 'alt.example'],
      ['/a/', ''],
      ['/b/', ''],
      ['/c/', ''],
      ['/', ''],
    ] as const) {
      const res = await httpGet(port, path, host ? { host } : {});
      expect(res.status, `${host}${path}`).not.toBe(301);
      expect(header(res, 'location')).toBe('');
    }
  });
});

/** After a reload the workers change over: poll until the expected status shows. */
async function poll(path: string, status: number) {
  let res = await httpGet(port, path);
  for (let i = 0; i < 50 && res.status !== status; i++) {
    await new Promise((r) => setTimeout(r, 100));
    res = await httpGet(port, path);
  }
  return res;
}

describe('a regenerated configuration replaces the live one only after nginx -t', () => {
  const confFile = () => join(prefix, 'conf', 'nginx.conf');

  it('leaves the live configuration byte for byte when nginx refuses the new one, and no temp files', async () => {
    const conf = await writeNginxConfig({ ...settings, redirects: GOOD });
    expect(await reloadNginx(conf, prefix)).toBe(true);
    const before = await readFile(confFile(), 'utf8');
    const files = (await readdir(join(prefix, 'conf'))).sort();
    await expect(writeNginxConfig({ ...settings, workers: -1, redirects: [...GOOD, rule({ path: '/neu/', line: 9 })] })).rejects.toThrow(
      /nginx -t.*worker_processes/s,
    );
    await expect(writeNginxConfig({ ...settings, redirects: [rule({ host: 'alt.example;evil' })] })).rejects.toThrow(/Domainname/);
    expect(await readFile(confFile(), 'utf8')).toBe(before);
    expect((await readdir(join(prefix, 'conf'))).sort()).toEqual(files);
    // The live configuration still loads, with its own redirects.
    expect(await reloadNginx(confFile(), prefix)).toBe(true);
    expect(header(await poll('/alt/', 301), 'location')).toBe('/rathaus/');
    expect((await httpGet(port, '/neu/')).status).toBe(404);
  });

  /** A build whose site step writes the release's compiled rules and CSP sources as given. */
  function buildWith(redirects: unknown, csp: unknown): Step {
    return {
      name: 'Build',
      async run({ release }) {
        await mkdir(release.site, { recursive: true });
        await writeFile(join(release.site, 'index.html'), '<!doctype html><title>R-neu</title><p>Startseite R-neu</p>');
        await writeFile(join(release.dir, 'redirects.json'), JSON.stringify(redirects));
        await writeFile(join(release.dir, 'csp.json'), JSON.stringify(csp));
      },
    };
  }

  const NO_CSP = { frameSrc: [], scriptSrc: [], connectSrc: [], imgSrc: [] };

  it.each([
    ['a former domain that is nginx syntax', [rule({ host: '~.*', path: '/', to: 'https://evil.example/phish' })], NO_CSP, /„~\.\*“/],
    ['a site path target that leaves the site', [rule({ to: '/.//evil.example/' })], NO_CSP, /Ziel/],
    ['a map tile origin with ";"', GOOD, { ...NO_CSP, imgSrc: ['https://tiles.example;evil'] }, /img-src.*Kachel-Adresse/],
  ])('fails the release at „nginx-Konfiguration“ for %s; live release and configuration stay', async (_what, redirects, csp, reason) => {
    const conf = await writeNginxConfig({ ...settings, redirects: GOOD });
    expect(await reloadNginx(conf, prefix)).toBe(true);
    const before = await readFile(confFile(), 'utf8');
    const live = await liveRelease(base);
    const runner = new BuildRunner({ base, debounceMs: 0, log: () => {}, steps: [buildWith(redirects, csp), nginxConfigStep(settings)] });
    await runner.trigger();
    await runner.whenIdle();
    const status = await readStatus(base);
    expect(status.lastFailure?.step).toBe(NGINX_STEP);
    expect(status.lastFailure?.reason).toMatch(reason);
    expect(await liveRelease(base)).toBe(live);
    expect(await readFile(confFile(), 'utf8')).toBe(before);
    const page = statusPage(status);
    expect(page).toContain('Der letzte Build ist fehlgeschlagen');
    expect(page).toContain(`Schritt „${NGINX_STEP}“`);
    expect((await httpGet(port, '/')).text).toContain('Startseite R1');
    expect(header(await httpGet(port, '/alt/'), 'location')).toBe('/rathaus/');
  });

  it('fails the release when nginx -t refuses its configuration, with nginx’s reason', async () => {
    const live = await liveRelease(base);
    const runner = new BuildRunner({ base, debounceMs: 0, log: () => {}, steps: [buildWith(GOOD, NO_CSP), nginxConfigStep({ ...settings, workers: -1 })] });
    await runner.trigger();
    await runner.whenIdle();
    const status = await readStatus(base);
    expect(status.lastFailure).toMatchObject({ step: NGINX_STEP });
    expect(status.lastFailure?.reason).toMatch(/nginx -t.*worker_processes/s);
    expect(await liveRelease(base)).toBe(live);
  });

  it('passes a release whose configuration is valid', async () => {
    const runner = new BuildRunner({
      base,
      debounceMs: 0,
      log: () => {},
      steps: [buildWith([...GOOD, rule({ path: '/neu/', line: 9 })], NO_CSP), nginxConfigStep(settings)],
    });
    const failedBefore = (await readStatus(base)).lastFailure;
    await runner.trigger();
    await runner.whenIdle();
    const status = await readStatus(base);
    expect(status.lastFailure).toEqual(failedBefore);
    expect(status.live).not.toBeNull();
    expect((await httpGet(port, '/')).text).toContain('Startseite R-neu');
  });
});
