// HTML validity (issue 5: release gate with the Nu HTML Checker, vnu.jar): the site built from
// the fixture snapshot has no errors; the checker finds real errors, in sub-folders, and skips
// other files; the release step fails with the errors as reason and keeps the report; the
// runner's status page for editors is valid HTML too.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHtml, formatVnuError } from '@stadtportal/publish/gates/vnu';
import { createRelease, EMPTY_STATUS, type PublishStatus } from '@stadtportal/publish/releases';
import { BuildRunner, createRunnerServer } from '@stadtportal/publish/runner';
import { statusPage, STATUS_PAGE_CSP } from '@stadtportal/publish/status-page';
import { realSteps } from '@stadtportal/publish/steps';
import { REPO } from './helpers/paths.ts';
import { htmlFiles } from './helpers/site.ts';
import { freePort } from './helpers/strapi.ts';

const run = promisify(execFile);
const SITE = join(REPO, 'var', 'test', 'html-validity-site');
const FIXTURE = join(REPO, 'site', 'test', 'fixtures', 'snapshot');

const INVALID = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kaputt</title></head>
<body><main><p><div>Block im Absatz</div></p><span id="x"></span><span id="x"></span></main></body></html>\n`;
const VALID = '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gut</title></head><body><main><p>Gut.</p></main></body></html>\n';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'stadtportal-vnu-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('Nu HTML Checker', () => {
  it('findet Fehler in Unterordnern, nennt Seite, Zeile und Meldung und überspringt andere Dateien', async () => {
    const dir = join(tmp, 'mixed');
    await mkdir(join(dir, 'amt', 'kaputt'), { recursive: true });
    await writeFile(join(dir, 'index.html'), VALID);
    await writeFile(join(dir, 'amt', 'kaputt', 'index.html'), INVALID);
    await writeFile(join(dir, 'style.css'), 'p { color: red }\n');
    const { errors, version } = await checkHtml(dir);
    expect(version).toMatch(/^26\.9\.27/);
    expect(new Set(errors.map((e) => e.page))).toEqual(new Set(['amt/kaputt/index.html']));
    const messages = errors.map((e) => e.message).join('\n');
    expect(messages).toMatch(/No “p” element in scope/);
    expect(messages).toMatch(/Duplicate ID “x”/);
    expect(formatVnuError(errors[0]!)).toMatch(/^ {2}amt\/kaputt\/index\.html:2: /);
  });

  it('die Veröffentlichung scheitert am Schritt „HTML-Validität“ mit den Fehlern als Grund und Bericht', async () => {
    const step = realSteps({ skipA11y: true }).find((s) => s.name === 'HTML-Validität');
    expect(step).toBeDefined();
    const release = await createRelease(join(tmp, 'publish'));
    await mkdir(join(release.site, 'seite'), { recursive: true });
    await writeFile(join(release.site, 'index.html'), VALID);
    await writeFile(join(release.site, 'seite', 'index.html'), INVALID);
    const ctx = { release, base: join(tmp, 'publish'), live: null, signal: new AbortController().signal, log: () => {} };
    await expect(step!.run(ctx)).rejects.toThrow(/^2 HTML-Fehler auf 1 Seiten \(Nu HTML Checker 26\.9\.27[^:]*\):\n {2}seite\/index\.html:2: /);
    const report = JSON.parse(await readFile(join(release.dir, 'html-validity.json'), 'utf8')) as { checker: string; errors: unknown[] };
    expect(report.errors).toHaveLength(2);

    await writeFile(join(release.site, 'seite', 'index.html'), VALID);
    await expect(step!.run(ctx)).resolves.toBeUndefined();
  });

  it('die aus dem Fixture-Snapshot gebaute Website ist fehlerfrei', async () => {
    await rm(SITE, { recursive: true, force: true });
    await mkdir(join(SITE, '..'), { recursive: true });
    // What an operator runs: `pnpm build` (scripts/run.sh build).
    await run('bash', ['scripts/run.sh', 'build'], {
      cwd: REPO,
      env: { ...process.env, SNAPSHOT_DIR: FIXTURE, SITE_DIST: SITE },
      maxBuffer: 64 * 1024 * 1024,
    });
    const pages = await htmlFiles(SITE);
    expect(pages.length).toBeGreaterThan(40);
    const started = Date.now();
    const { errors } = await checkHtml(SITE);
    console.log(`Nu HTML Checker: ${pages.length} Seiten in ${((Date.now() - started) / 1000).toFixed(1)} s, ${errors.length} Fehler.`);
    expect(errors.map(formatVnuError)).toEqual([]);
  }, 600_000);
});

describe('Statusseite des Build-Runners', () => {
  const status: PublishStatus = {
    live: '20261125T150432123Z-a1b2c3',
    releases: ['20261124T090000000Z-000000', '20261125T150432123Z-a1b2c3'],
    running: { id: '20261125T160000000Z-d4e5f6', startedAt: '2026-11-25T16:00:00.000Z', step: 'Barrierefreiheit' },
    queued: true,
    lastSuccess: { id: '20261125T150432123Z-a1b2c3', finishedAt: '2026-11-25T15:09:00.000Z', seconds: 271.4 },
    lastFailure: {
      id: null,
      at: '2026-11-25T15:30:00.000Z',
      step: 'HTML-Validität',
      reason: '1 HTML-Fehler auf 1 Seiten:\n  a/index.html:3: <Duplicate ID> & „x“',
    },
    lastRollback: { from: '20261125T150432123Z-a1b2c3', to: '20261124T090000000Z-000000', at: '2026-11-25T15:40:00.000Z' },
    quarantine: [
      {
        type: 'news-article',
        documentId: 'newsgildefest00000000001',
        organisation: 'orgkulturanstalt00000002',
        organisationName: 'Aschersleber Kulturanstalt',
        field: 'body.0.children.1.url',
        message: 'Link-Ziel nicht erlaubt (nur http(s), mailto, tel, /pfad oder #anker)',
        kept: 'previous',
        typeLabel: 'Meldung',
        keptText: 'die zuletzt gültige Fassung bleibt online',
      },
      {
        type: 'page (en)',
        documentId: 'pagerathaus0000000000001',
        locale: 'en',
        field: 'summary',
        message: 'Die Zeichenfolge „<!--#“ ist nicht erlaubt (Server-Befehl).',
        kept: 'omitted',
        typeLabel: 'Seite (englisch)',
        keptText: 'nicht auf der Website',
      },
    ],
  };

  it('ist gültiges HTML, leer wie voll, und zeigt Build, Live-Release und letzten Fehler auf Deutsch', async () => {
    const dir = join(tmp, 'status');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'voll.html'), statusPage(status, new Date('2026-11-25T16:01:00Z')));
    await writeFile(join(dir, 'leer.html'), statusPage(EMPTY_STATUS));
    const { errors } = await checkHtml(dir);
    expect(errors.map(formatVnuError)).toEqual([]);

    const html = statusPage(status, new Date('2026-11-25T16:01:00Z'));
    expect(html).toContain('<title>Build läuft – Veröffentlichungsstatus Stadtportal</title>');
    expect(html).toContain('Ja: Build vom <time datetime="2026-11-25T16:00:00.000Z">25. November 2026, 17:00 Uhr</time>');
    expect(html).toContain('Schritt „Barrierefreiheit“');
    expect(html).toContain('Danach folgt noch ein Build');
    expect(html).toContain('<code>20261125T150432123Z-a1b2c3</code>');
    expect(html).toContain('Dauer 271,4 s');
    expect(html).toContain('<strong>Der letzte Build ist fehlgeschlagen</strong>');
    // The reason is shown as text, never as markup.
    expect(html).toContain('&#60;Duplicate ID&#62; &#38; „x“');
    expect(html).not.toContain('<Duplicate');
    expect(html).not.toMatch(/<script|http-equiv="refresh"/);
    expect(statusPage(EMPTY_STATUS)).toContain('Noch kein Release ist live.');
    // Quarantined entries: type, entry, organisation, field, problem and what the site shows instead.
    expect(html).toContain('<dt>Einträge in Quarantäne (2 Probleme)</dt>');
    expect(html).toContain(
      '<tr><td>Meldung</td><td><code>newsgildefest00000000001</code></td><td>Aschersleber Kulturanstalt</td><td><code>body.0.children.1.url</code></td>' +
        '<td>Link-Ziel nicht erlaubt (nur http(s), mailto, tel, /pfad oder #anker)</td><td>die zuletzt gültige Fassung bleibt online</td></tr>',
    );
    expect(html).toContain('<td>Seite (englisch) (en)</td>');
    // The message quotes the refused sequence: as text, never as a command nginx would run.
    expect(html).toContain('„&#60;!--#“');
    expect(html).not.toContain('<!--#');
    expect(statusPage(EMPTY_STATUS)).toContain('<dt>Einträge in Quarantäne (keine)</dt>');
  });

  it('der Runner liefert sie unter GET / mit eigener CSP aus', async () => {
    const base = join(tmp, 'runner-publish');
    const runner = new BuildRunner({ base, steps: [], log: () => {} });
    const server: Server = createRunnerServer({ runner, base, secret: 'status-page-secret-0123456789', log: () => {} });
    const port = await freePort();
    await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(STATUS_PAGE_CSP);
      expect(STATUS_PAGE_CSP).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'/);
      const text = await res.text();
      expect(text).toContain('<h1>Veröffentlichungsstatus des Stadtportals</h1>');
      expect(text).toContain('Noch kein Release ist live.');
      expect((await fetch(`http://127.0.0.1:${port}/`, { method: 'POST' })).status).toBe(405);
    } finally {
      await runner.stop();
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  });
});
