// The CSP lists exactly the third-party origins the live content embeds: the build writes them
// from the release's snapshot (csp.json beside the release), the nginx configuration takes them
// from the live release — a real nginx serves the header. Link-out providers never appear; a
// release without embedded providers keeps frame-src 'none'.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '@stadtportal/shared';
import { liveCspSources, writeCspSources } from '@stadtportal/publish/csp';
import { contentSecurityPolicy, startNginx, testNginxConfig, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { switchRelease } from '@stadtportal/publish/releases';
import { header, httpGet, makeRelease } from './helpers/publish.ts';
import { REPO } from './helpers/paths.ts';
import { freePort } from './helpers/strapi.ts';

const FIXTURE = join(REPO, 'site/test/fixtures/snapshot');
const OPERATOR_FRAMES = ['https://www.youtube-nocookie.com'];

let tmp: string;
let base: string;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name ?? '', values] as const;
    }),
  );
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-csp-'));
  base = join(tmp, 'publish');
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('provider origins from the content', () => {
  it('writes csp.json from the release snapshot: framed and widget providers, no link-outs', async () => {
    const release = await makeRelease(base, 'R1');
    await cp(FIXTURE, release.content, { recursive: true });
    const sources = await writeCspSources(release.dir, release.content);
    const snapshot = await readSnapshot(FIXTURE);
    const framed = snapshot.onlineServices.filter((o) => o.embedMode !== 'link').map((o) => o.providerOrigin);
    expect(sources.frameSrc).toEqual([...new Set(framed)].sort());
    expect(sources.scriptSrc).toEqual(['https://widget.sachsen-anhalt.de']);
    const linked = snapshot.onlineServices.filter((o) => o.embedMode === 'link').map((o) => o.providerOrigin);
    expect(linked.length).toBeGreaterThan(0);
    for (const origin of linked) expect(JSON.stringify(sources)).not.toContain(origin);

    await switchRelease(base, release.id);
    expect(await liveCspSources(base)).toEqual(sources);
  });

  it('refuses an origin in csp.json that is not a provider origin (it would become a header)', () => {
    expect(() =>
      contentSecurityPolicy({ contentSources: { frameSrc: ["https://a.example 'unsafe-inline'"], scriptSrc: [], connectSrc: [], imgSrc: [] } }),
    ).toThrow(/frame-src: „https:\/\/a\.example 'unsafe-inline'“ aus den Inhalten/);
  });

  it('keeps frame-src none when nothing is embedded', () => {
    const csp = directives(contentSecurityPolicy({ contentSources: { frameSrc: [], scriptSrc: [], connectSrc: [], imgSrc: [] } }));
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // The content's videos and caption tracks (issue 17) are files of the site itself.
    expect(csp.get('media-src')).toEqual(["'self'"]);
  });
});

describe('nginx serves the live release’s policy', () => {
  let nginx: NginxProcess | undefined;
  let port: number;

  afterAll(async () => {
    await nginx?.stop();
  });

  it('lists the operator’s frames plus exactly the content’s providers in the header', async () => {
    const sources = await liveCspSources(base);
    if (sources === null) throw new Error('no live csp.json – the first test writes it');
    port = await freePort();
    const conf = await writeNginxConfig({
      prefix: join(tmp, 'nginx'),
      docroot: join(base, 'current', 'site'),
      port,
      siteOrigin: `http://127.0.0.1:${port}`,
      frameSrc: OPERATOR_FRAMES,
      contentSources: sources,
      workers: 1,
      ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
    });
    await testNginxConfig(conf, join(tmp, 'nginx'));
    nginx = await startNginx(conf, join(tmp, 'nginx'), port);
    const res = await httpGet(port, '/');
    expect(res.status).toBe(200);
    const csp = directives(header(res, 'content-security-policy'));
    expect(csp.get('frame-src')).toEqual([...OPERATOR_FRAMES, ...sources.frameSrc]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", 'https://widget.sachsen-anhalt.de']);
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://widget.sachsen-anhalt.de']);
    expect(header(res, 'content-security-policy')).not.toContain('epayment');
  });
});
