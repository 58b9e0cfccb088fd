// The build runner over HTTP with fast fake steps: secret check, burst coalescing, queueing
// during a build, failures (error, killed process, timeout, CMS unreachable, runner crash)
// keep the live release and record the reason; plus pruning and the CSP gate.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineFindings } from '@stadtportal/publish/csp';
import { pruneAccessLogs } from '@stadtportal/publish/logs';
import { listReleases, liveRelease, pruneReleases, readStatus, switchRelease, updateStatus, type PublishStatus } from '@stadtportal/publish/releases';
import { BuildRunner, createRunnerServer, secretMatches, type Step } from '@stadtportal/publish/runner';
import { realSteps, runCommand } from '@stadtportal/publish/steps';
import { makeRelease } from './helpers/publish.ts';
import { freePort } from './helpers/strapi.ts';

const SECRET = 'test-secret-0123456789abcdef';
let tmp: string;
let base: string;
const cleanups: (() => Promise<void>)[] = [];

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-runner-'));
  base = join(tmp, 'publish');
});

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  await rm(tmp, { recursive: true, force: true });
});

/** A fake build: writes an index page naming the build number, counts its runs. */
function countingStep(counter: { n: number }, name = 'Build'): Step {
  return {
    name,
    async run({ release }) {
      counter.n++;
      await mkdir(release.site, { recursive: true });
      await writeFile(join(release.site, 'index.html'), `Build ${counter.n}`);
    },
  };
}

async function serve(runner: BuildRunner): Promise<string> {
  const server: Server = createRunnerServer({ runner, base, secret: SECRET, log: () => {} });
  const port = await freePort();
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  cleanups.push(async () => {
    await runner.stop();
    await new Promise<void>((ok) => server.close(() => ok()));
  });
  return `http://127.0.0.1:${port}`;
}

const hook = (url: string, auth?: string, body: string = JSON.stringify({ event: 'entry.publish', model: 'page', entry: null })) =>
  fetch(`${url}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth === undefined ? {} : { authorization: auth }) },
    body,
  });

describe('webhook endpoint', () => {
  it('refuses missing or wrong secrets with 401 and builds nothing', async () => {
    const counter = { n: 0 };
    const runner = new BuildRunner({ base, steps: [countingStep(counter)], debounceMs: 50, log: () => {} });
    const url = await serve(runner);
    for (const auth of [undefined, 'Bearer wrong-secret-but-long-enough', `Basic ${SECRET}`, `Bearer ${SECRET}x`, SECRET]) {
      const res = await hook(url, auth);
      expect(res.status, String(auth)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(runner.builds).toBe(0);
    expect(counter.n).toBe(0);
    expect(await listReleases(base)).toEqual([]);
    expect((await fetch(`${url}/webhook`)).status).toBe(405);
    expect((await fetch(`${url}/anderes`)).status).toBe(404);
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches('', SECRET)).toBe(false);
  });

  it('turns 50 webhooks in 2 s (null entries, junk bodies) into exactly one build', async () => {
    const counter = { n: 0 };
    const runner = new BuildRunner({ base, steps: [countingStep(counter)], log: () => {} }); // default debounce 2 s
    const url = await serve(runner);
    const started = Date.now();
    for (let i = 0; i < 50; i++) {
      const body = i % 10 === 0 ? 'kein json' : JSON.stringify({ event: 'entry.update', entry: null, media: null });
      expect((await hook(url, `Bearer ${SECRET}`, body)).status).toBe(202);
      await new Promise((r) => setTimeout(r, 40));
    }
    expect(Date.now() - started).toBeLessThan(3000);
    await runner.whenIdle();
    expect(runner.builds).toBe(1);
    expect(counter.n).toBe(1);
    const status = (await (await fetch(`${url}/status`)).json()) as PublishStatus;
    expect(status.live).not.toBeNull();
    expect(status.lastSuccess?.id).toBe(status.live);
    expect(status.running).toBeNull();
    expect(await readFile(join(base, 'current', 'site', 'index.html'), 'utf8')).toBe('Build 1');
  });

  it('queues at most one more build while a build runs', async () => {
    const counter = { n: 0 };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: Step = {
      name: 'Build',
      run: async (ctx) => {
        await countingStep(counter).run(ctx);
        if (counter.n === 1) await gate;
      },
    };
    const runner = new BuildRunner({ base, steps: [slow], debounceMs: 30, log: () => {} });
    const url = await serve(runner);
    await hook(url, `Bearer ${SECRET}`);
    while (counter.n === 0) await new Promise((r) => setTimeout(r, 10));
    const during = (await (await fetch(`${url}/status`)).json()) as PublishStatus;
    expect(during.running?.step).toBe('Build');
    for (let i = 0; i < 10; i++) await hook(url, `Bearer ${SECRET}`);
    expect(((await (await fetch(`${url}/status`)).json()) as PublishStatus).queued).toBe(true);
    release();
    await runner.whenIdle();
    expect(runner.builds).toBe(2);
    expect(await readFile(join(base, 'current', 'site', 'index.html'), 'utf8')).toBe('Build 2');
    expect((await readStatus(base)).queued).toBe(false);
  });
});

describe('failures keep the live release', () => {
  async function withLive(): Promise<string> {
    const r = await makeRelease(base, 'LIVE');
    await switchRelease(base, r.id);
    return r.id;
  }

  async function runOnce(steps: Step[], extra: Partial<ConstructorParameters<typeof BuildRunner>[0]> = {}) {
    const runner = new BuildRunner({ base, steps, debounceMs: 1, log: () => {}, ...extra });
    await runner.trigger();
    await runner.whenIdle();
    return readStatus(base);
  }

  it('a failing gate: reason and step recorded, new release discarded', async () => {
    const live = await withLive();
    const status = await runOnce([countingStep({ n: 0 }), { name: 'Links', run: () => Promise.reject(new Error('2 von 80 internen Links führen ins Leere')) }]);
    expect(status.live).toBe(live);
    expect(status.lastFailure).toMatchObject({ step: 'Links', reason: '2 von 80 internen Links führen ins Leere' });
    expect(status.releases).toEqual([live]);
    expect(await readdir(join(base, 'releases'))).toEqual([live]);
  });

  it('a killed build process (SIGKILL) fails cleanly', async () => {
    const live = await withLive();
    const pidFile = join(tmp, 'pid');
    const killer = (async () => {
      for (;;) {
        const pid = await readFile(pidFile, 'utf8').catch(() => '');
        if (pid.trim()) return process.kill(Number(pid), 'SIGKILL');
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const step: Step = {
      name: 'Build',
      run: ({ signal }) => runCommand('bash', ['-c', `echo $$ > ${pidFile}; exec sleep 30`], { signal }),
    };
    const status = await runOnce([step]);
    await killer;
    expect(status.live).toBe(live);
    expect(status.lastFailure?.step).toBe('Build');
    expect(status.lastFailure?.reason).toMatch(/abgebrochen \(Signal SIGKILL\)/);
  });

  it('a step over its time limit is aborted and its process group killed', async () => {
    const live = await withLive();
    const pidFile = join(tmp, 'pid');
    const step: Step = {
      name: 'Build',
      run: ({ signal }) => runCommand('bash', ['-c', `sleep 30 & echo $! > ${pidFile}; wait`], { signal }),
    };
    const started = Date.now();
    const status = await runOnce([step], { stepTimeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(status.live).toBe(live);
    expect(status.lastFailure?.reason).toMatch(/Zeitüberschreitung: „Build“/);
    // The grandchild (sleep) went down with its group (a zombie awaiting its reaper is dead too).
    const sleeper = Number(await readFile(pidFile, 'utf8'));
    const alive = async () => {
      const stat = await readFile(`/proc/${sleeper}/stat`, 'utf8').catch(() => '');
      return stat !== '' && !/^\d+ \(.*\) Z/.test(stat);
    };
    for (let i = 0; i < 50 && (await alive()); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await alive()).toBe(false);
  });

  it('a build starting while the CMS is unreachable fails at the first step with a clear reason', async () => {
    const live = await withLive();
    const closed = await freePort();
    const steps = realSteps({ cmsUrl: `http://127.0.0.1:${closed}`, skipA11y: true });
    expect(steps.map((s) => s.name)).toEqual(['CMS erreichbar', 'Snapshot', 'Build', 'Weiterleitungen', 'SSI', 'Links', 'CSP', 'HTML-Validität']);
    const status = await runOnce(steps);
    expect(status.live).toBe(live);
    expect(status.lastFailure?.step).toBe('CMS erreichbar');
    expect(status.lastFailure?.reason).toMatch(new RegExp(`CMS nicht erreichbar unter http://127.0.0.1:${closed}`));
  });

  it('after a crash of the runner mid-build, recover() records the failure and removes the leftover', async () => {
    const live = await withLive();
    const leftover = join(base, 'releases', '20990101T000000000Z-abcdef');
    await mkdir(join(leftover, 'site'), { recursive: true });
    await updateStatus(base, { running: { id: '20990101T000000000Z-abcdef', startedAt: new Date().toISOString(), step: 'Build' } });
    await new BuildRunner({ base, steps: [], log: () => {} }).recover();
    const status = await readStatus(base);
    expect(status.running).toBeNull();
    expect(status.lastFailure).toMatchObject({ id: '20990101T000000000Z-abcdef', step: 'Build' });
    expect(status.live).toBe(live);
    expect(await readdir(join(base, 'releases'))).toEqual([live]);
  });
});

describe('quarantine in the status', () => {
  it('lists the live release’s quarantined entries in /status and on the page, and follows a rollback', async () => {
    const older = await makeRelease(base, 'ALT');
    await new Promise((r) => setTimeout(r, 3));
    const newer = await makeRelease(base, 'NEU');
    const record = {
      type: 'news-article',
      documentId: 'newsgildefest00000000001',
      organisation: 'orgkulturanstalt00000002',
      organisationName: 'Aschersleber Kulturanstalt',
      field: 'body.0.children.1.url',
      message: 'Link-Ziel nicht erlaubt (nur http(s), mailto, tel, /pfad oder #anker)',
      kept: 'previous',
    };
    await writeFile(join(newer.dir, 'quarantine.json'), JSON.stringify([record]));
    await switchRelease(base, newer.id);
    const url = await serve(new BuildRunner({ base, steps: [], log: () => {} }));

    const status = (await (await fetch(`${url}/status`)).json()) as PublishStatus;
    expect(status.quarantine).toEqual([{ ...record, typeLabel: 'Meldung', keptText: 'die zuletzt gültige Fassung bleibt online' }]);
    const page = await (await fetch(`${url}/`)).text();
    expect(page).toContain('<dt>Einträge in Quarantäne (1 Problem)</dt>');
    expect(page).toContain('<td>Meldung</td><td><code>newsgildefest00000000001</code></td><td>Aschersleber Kulturanstalt</td>');

    // The older release was built before the quarantine existed: nothing to list once it is live again.
    await switchRelease(base, older.id);
    expect(((await (await fetch(`${url}/status`)).json()) as PublishStatus).quarantine).toEqual([]);
  });

  it('a damaged quarantine.json is an error of /status, not an empty list', async () => {
    const r = await makeRelease(base, 'R');
    await writeFile(join(r.dir, 'quarantine.json'), JSON.stringify([{ type: 'page', kept: 'vielleicht' }]));
    await switchRelease(base, r.id);
    await expect(readStatus(base)).rejects.toThrow(/quarantine\.json ist ungültig/);
  });
});

describe('release housekeeping', () => {
  it('keeps the newest N releases and always the live one', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push((await makeRelease(base, `R${i}`)).id);
      await new Promise((r) => setTimeout(r, 3));
    }
    await switchRelease(base, ids[0]!); // an old release is live (after rollbacks)
    const removed = await pruneReleases(base, 3);
    expect(removed).toEqual(ids.slice(1, 4));
    expect(await listReleases(base)).toEqual([ids[0], ...ids.slice(4)]);
    expect(await liveRelease(base)).toBe(ids[0]);
  });

  it('deletes access logs older than 7 days', async () => {
    const dir = join(tmp, 'logs');
    await mkdir(dir, { recursive: true });
    for (const d of ['2026-03-01', '2026-03-03', '2026-03-04', '2026-03-10']) await writeFile(join(dir, `access-${d}.log`), '');
    await writeFile(join(dir, 'error.log'), '');
    const removed = await pruneAccessLogs(dir, 7, new Date(2026, 2, 10, 12));
    expect(removed).toEqual(['access-2026-03-01.log', 'access-2026-03-03.log']);
    expect((await readdir(dir)).sort()).toEqual(['access-2026-03-04.log', 'access-2026-03-10.log', 'error.log']);
  });
});

describe('CSP gate', () => {
  it('finds inline code the policy would block, and allows JSON-LD and external scripts', () => {
    const ok =
      '<html><head><script type="application/ld+json">{"@context":"https://schema.org"}</script><script type="module" src="/_astro/a.js"></script><link rel="stylesheet" href="/_astro/b.css"></head><body><a href="/x/">x</a></body></html>';
    expect(inlineFindings(ok, '/')).toEqual([]);
    const bad =
      '<html><head><style>p{}</style><script>alert(1)</script></head><body><p style="color:red" onclick="x()">a</p><a href="javascript:void(0)">b</a></body></html>';
    expect(inlineFindings(bad, '/seite/').map((f) => f.what)).toEqual([
      'Inline-<script>',
      'Inline-<style>',
      'style-Attribut an <p>',
      'onclick-Attribut an <p>',
      'javascript:-URL in href an <a>',
    ]);
  });
});
