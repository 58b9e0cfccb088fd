// The redirects of a release (scripts/publish/redirects.ts): CMS redirects from the snapshot
// plus the operator's CSV, compiled together; the build step writes redirects.json and
// _redirects; liveRedirects reads the live release's rules for the nginx configuration.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reloadNginx, startNginx, testNginxConfig, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { compileAll, liveRedirects, redirectsStep } from '@stadtportal/publish/redirects';
import { readStatus, switchRelease } from '@stadtportal/publish/releases';
import { BuildRunner } from '@stadtportal/publish/runner';
import type { Redirect } from '@stadtportal/shared';
import { header, httpGet, makeRelease } from './helpers/publish.ts';
import { freePort } from './helpers/strapi.ts';

const CMS: Redirect[] = [
  { from: '/index.php?id=12', to: '/rathaus/', status: 301 },
  { from: '/alt/a.html', to: '/alt/b.html', status: 301 },
  { from: 'https://www.feuerwehr-aschersleben.de/', to: '/rathaus/', status: 301 },
];

const CSV = ['from,to,status', '/index.php?id=12,/aemter/,301', '/alt/b.html,/veranstaltungen/,302', '/x/,/y/,301', '/y/,/x/,301', ''].join('\n');

describe('compileAll', () => {
  it('lets the CMS win over the CSV, collapses chains across both, rejects loops', () => {
    const c = compileAll(CMS, CSV, { siteHosts: ['www.aschersleben.de'] });
    const byFrom = new Map(c.rules.map((r) => [`${r.host}${r.path}${r.query === null ? '' : `?${r.query}`}`, `${r.status} ${r.to}`]));
    expect(byFrom.get('/index.php?id=12')).toBe('301 /rathaus/');
    // CMS a → CSV b → /veranstaltungen/ (302 on the way: temporary)
    expect(byFrom.get('/alt/a.html')).toBe('302 /veranstaltungen/');
    expect(byFrom.get('feuerwehr-aschersleben.de/')).toBe('301 /rathaus/');
    expect(byFrom.has('/x/')).toBe(false);
    expect(c.rejected).toBe(1);
    expect(c.report).toContain('Hinweis: CSV Zeile 2: /index.php?id=12 ist auch im CMS angelegt – die Weiterleitung aus dem CMS gilt.');
    expect(c.report.some((l) => /^Abgelehnt: CSV Zeile 4, 5: Schleife/.test(l))).toBe(true);
    expect(c.report.some((l) => l.startsWith('Hinweis: CSV Zeile 3; CMS: /alt/a.html: Kette zusammengefasst'))).toBe(true);
  });
});

describe('Build-Schritt „Weiterleitungen“', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'stadtportal-publish-redirects-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('writes redirects.json beside the release and _redirects into its docroot; liveRedirects reads them', async () => {
    const base = join(tmp, 'publish');
    const release = await makeRelease(base, 'R1');
    // The smallest valid snapshot: readSnapshot checks the whole contract.
    const fixture = JSON.parse(await readFile(join(import.meta.dirname, '../site/test/fixtures/snapshot/snapshot.json'), 'utf8')) as Record<string, unknown>;
    const { cp } = await import('node:fs/promises');
    await cp(join(import.meta.dirname, '../site/test/fixtures/snapshot'), release.content, { recursive: true });
    await writeFile(join(release.content, 'snapshot.json'), JSON.stringify({ ...fixture, redirects: CMS }));
    const csvFile = join(tmp, 'alt.csv');
    await writeFile(csvFile, CSV);
    const lines: string[] = [];
    await redirectsStep({ REDIRECTS_CSV: csvFile, SITE_URL: 'https://www.aschersleben.de' }).run({
      release,
      base,
      live: null,
      signal: new AbortController().signal,
      log: (l) => lines.push(l),
    });
    expect(lines.at(-1)).toBe('  4 Weiterleitungen (3 aus dem CMS), 1 abgelehnt.');
    const netlify = await readFile(join(release.site, '_redirects'), 'utf8');
    expect(netlify).toContain('/index.php id=12 /rathaus/ 301!');
    expect(netlify).toContain('https://www.feuerwehr-aschersleben.de/ https://www.aschersleben.de/rathaus/ 301!');
    expect(await liveRedirects(base)).toBeNull(); // not live yet
    await switchRelease(base, release.id);
    expect((await liveRedirects(base))?.length).toBe(4);
  });
});

describe('nach dem Umschalten: neue Karten, nginx neu geladen', () => {
  let tmp: string;
  let nginx: NginxProcess | undefined;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'stadtportal-reload-'));
  });
  afterAll(async () => {
    await nginx?.stop();
    await rm(tmp, { recursive: true, force: true });
  });

  it('runs afterSwitch once the release is live; its failure does not fail the build', async () => {
    const base = join(tmp, 'runner');
    const seen: string[] = [];
    const runner = new BuildRunner({
      base,
      debounceMs: 0,
      steps: [{ name: 'nichts', run: async () => {} }],
      afterSwitch: async (release) => {
        seen.push((await readStatus(base)).live ?? 'kein Live-Release');
        seen.push(release.id);
        throw new Error('nginx fehlt');
      },
      log: () => {},
    });
    await runner.trigger();
    await runner.whenIdle();
    const status = await readStatus(base);
    expect(seen).toEqual([status.live, status.live]);
    expect(status.lastFailure).toBeFalsy();
  });

  it('a running nginx serves a new redirect after reloadNginx, without a restart', async () => {
    const base = join(tmp, 'publish');
    const release = await makeRelease(base, 'R1');
    await switchRelease(base, release.id);
    const prefix = join(tmp, 'nginx');
    const port = await freePort();
    const options = {
      prefix,
      docroot: join(base, 'current', 'site'),
      port,
      siteOrigin: 'https://www.aschersleben.de',
      workers: 1 as const,
      ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
    };
    const conf = await writeNginxConfig({ ...options, redirects: [] });
    await testNginxConfig(conf, prefix);
    expect(await reloadNginx(conf, prefix)).toBe(false); // not running yet: nothing to reload
    nginx = await startNginx(conf, prefix, port);
    expect((await httpGet(port, '/index.php?id=12')).status).toBe(404);
    const { rules } = compileAll(CMS, null);
    await writeNginxConfig({ ...options, redirects: rules });
    expect(await reloadNginx(conf, prefix)).toBe(true);
    // The master re-reads the configuration and replaces its workers: poll briefly.
    let res = await httpGet(port, '/index.php?id=12');
    for (let i = 0; i < 50 && res.status !== 301; i++) {
      await new Promise((r) => setTimeout(r, 100));
      res = await httpGet(port, '/index.php?id=12');
    }
    expect(res.status).toBe(301);
    expect(header(res, 'location')).toBe('/rathaus/');
  });
});
