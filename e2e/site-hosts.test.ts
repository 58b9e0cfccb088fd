import { mkdir, mkdtemp, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragmentFile, liveDir } from '@stadtportal/publish/alerts';
import { distributeStep, HostSync, parseHosts } from '@stadtportal/publish/hosts';
import { createRelease, markComplete, switchRelease, type Release } from '@stadtportal/publish/releases';
import { statusPage } from '@stadtportal/publish/status-page';
import { readStatus } from '@stadtportal/publish/releases';
import { httpGet } from './helpers/publish.ts';
import { startSiteHost, type SiteHostProcess } from './helpers/site-host.ts';

/*
 * The site on two hosts (scripts/publish/hosts.ts): two nginx "hosts" on loopback, each reached
 * by the runner through its own rsync daemon. A release is copied to both and switched on both
 * only when both have it; a host that is down is skipped, and caught up when it answers again;
 * the Eilmeldung fragment reaches both. Meanwhile a watcher reads each host's `current` every few
 * milliseconds: it must always name a complete release.
 */

const page = (label: string) =>
  `<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><title>${label}</title></head><body>` +
  `<!--# block name="eilmeldung" --><!-- gebacken --><!--# endblock --><!--# include virtual="/_eilmeldung" stub="eilmeldung" -->` +
  `<main><h1>Release ${label}</h1></main></body></html>\n`;

async function release(base: string, label: string): Promise<Release> {
  const r = await createRelease(base);
  const files: Record<string, string> = {
    'site/index.html': page(label),
    'site/404.html': page('404'),
    // Many unchanged files: the copy hard-links them against the host's live release.
    ...Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`site/seite-${i}/index.html`, page(`Seite ${i}`)])),
    'content/snapshot.json': '{}\n',
  };
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(r.dir, rel)), { recursive: true });
    await writeFile(join(r.dir, rel), text);
  }
  return r;
}

/** Run a build's last step and the switch, as the runner does (runner.ts: steps → markComplete → switch → afterSwitch). */
async function publish(sync: HostSync, base: string, r: Release): Promise<string[]> {
  let copied: string[] = [];
  const step = distributeStep(sync, (_r, ok) => (copied = ok));
  await step.run({ release: r, signal: new AbortController().signal, log: () => undefined });
  await markComplete(r, 1);
  await switchRelease(base, r.id);
  await sync.switchAll(r, copied);
  return copied;
}

describe('Website auf zwei Hosts (rsync, nginx)', () => {
  let root: string;
  let base: string;
  let a: SiteHostProcess;
  let b: SiteHostProcess;
  let sync: HostSync;
  const logs: string[] = [];
  const violations: string[] = [];
  const seen = new Map<string, Set<string>>();
  let watching = true;
  let watcher: Promise<void>;

  const body = async (host: SiteHostProcess) => (await httpGet(host.sitePort, '/')).text;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'stadtportal-hosts-'));
    base = join(root, 'runner');
    a = await startSiteHost(root, 'web1');
    b = await startSiteHost(root, 'web2');
    sync = new HostSync({
      base,
      hosts: parseHosts(
        JSON.stringify([
          { name: 'web1', target: a.target },
          { name: 'web2', target: b.target },
        ]),
      ),
      timeoutS: 5,
      log: (l) => logs.push(l),
    });
    // The watcher: each host's `current` must always point at a release with release.json.
    watcher = (async () => {
      while (watching) {
        for (const host of [a, b]) {
          let target: string;
          try {
            target = await readlink(join(host.dir, 'current'));
          } catch {
            continue; // before the first switch
          }
          const complete = await stat(join(host.dir, target, 'release.json')).then(
            () => true,
            () => false,
          );
          if (!complete) violations.push(`${host.name} → ${target} ohne release.json`);
          const set = seen.get(host.name) ?? new Set<string>();
          set.add(target);
          seen.set(host.name, set);
        }
        await new Promise((r) => setTimeout(r, 3));
      }
    })();
  });

  afterAll(async () => {
    watching = false;
    await watcher;
    await a?.stop();
    await b?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('kopiert ein Release auf beide Hosts und schaltet beide um', async () => {
    const r1 = await release(base, 'eins');
    expect(await publish(sync, base, r1)).toEqual(['web1', 'web2']);
    expect(await body(a)).toContain('Release eins');
    expect(await body(b)).toContain('Release eins');
    expect(sync.state().map((h) => [h.name, h.live, h.ok])).toEqual([
      ['web1', r1.id, true],
      ['web2', r1.id, true],
    ]);
  });

  it('lässt einen ausgefallenen Host aus und holt ihn nach, sobald er antwortet', async () => {
    const r2 = await release(base, 'zwei');
    await b.down(); // web2 unreachable for the runner (its nginx still serves the old release)
    expect(await publish(sync, base, r2)).toEqual(['web1']);
    expect(await body(a)).toContain('Release zwei');
    expect(await body(b)).toContain('Release eins');
    const web2 = sync.state().find((h) => h.name === 'web2');
    expect(web2?.ok).toBe(false);
    expect(web2?.lastError).toMatch(/nicht erreichbar/);

    // Editors see it on the status page.
    const page = statusPage({ ...(await readStatus(base)), runner: { name: 'runner-1', role: 'Leitung' }, leader: 'runner-1', hosts: sync.state() });
    expect(page).toMatch(/„web1“: Build vom .* – aktuell/);
    expect(page).toMatch(/„web2“: Build vom .* – <strong>im Rückstand<\/strong>, wird nachgeholt \(nicht erreichbar/);

    await b.up();
    await sync.catchUp();
    expect(await body(b)).toContain('Release zwei');
    expect(sync.state().every((h) => h.ok && h.live === r2.id)).toBe(true);
    expect(logs.some((l) => /web2: nachgeholt/.test(l))).toBe(true);
  });

  it('bricht den Build ab, wenn kein Host erreichbar ist, und ändert nichts', async () => {
    const r3 = await release(base, 'drei');
    await a.down();
    await b.down();
    const step = distributeStep(sync, () => undefined);
    await expect(step.run({ release: r3, signal: new AbortController().signal, log: () => undefined })).rejects.toThrow(
      /Kein Website-Host hat das Release erhalten/,
    );
    await a.up();
    await b.up();
    expect(await body(a)).toContain('Release zwei');
    expect(await body(b)).toContain('Release zwei');
    await rm(r3.dir, { recursive: true, force: true });
  });

  it('bringt die Eilmeldung auf beide Hosts', async () => {
    await mkdir(liveDir(base), { recursive: true });
    await writeFile(fragmentFile(base), '<aside aria-label="Eilmeldung"><p>Warnung: Hochwasser an der Eine</p></aside>\n');
    await sync.pushLive();
    for (const host of [a, b]) {
      const text = await body(host);
      expect(text).toContain('Hochwasser an der Eine');
      expect(text).not.toContain('gebacken');
    }
    expect(await readFile(join(b.dir, 'live', 'eilmeldung.html'), 'utf8')).toContain('Hochwasser');
  });

  it('zeigte auf keinem Host je ein unvollständiges Release, und alte Releases werden gelöscht', async () => {
    const r4 = await release(base, 'vier');
    await publish(sync, base, r4);
    watching = false;
    await watcher;
    expect(violations).toEqual([]);
    // Both hosts went through the same releases: eins, zwei, vier (drei never went live).
    expect([...(seen.get('web1') ?? [])].map((t) => t.split('/').at(-1))).toHaveLength(3);
    expect([...(seen.get('web2') ?? [])]).toEqual([...(seen.get('web1') ?? [])]);
    // Unchanged files are hard links against the previous release on the host.
    const ino = async (id: string) => (await stat(join(a.dir, 'releases', id, 'site', 'seite-7', 'index.html'))).ino;
    const ids = [...(seen.get('web1') ?? [])].map((t) => t.split('/').at(-1) ?? '');
    expect(await ino(ids.at(-1) ?? '')).toBe(await ino(ids.at(-2) ?? ''));
    // nginx's workers run as another user in production: every folder on the way is readable.
    for (const dir of [a.dir, join(a.dir, 'releases'), join(a.dir, 'releases', ids.at(-1) ?? ''), join(a.dir, 'live')]) {
      expect(((await stat(dir)).mode & 0o005).toString(8), dir).toBe('5');
    }
  });
});
