import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../src/snapshot.ts';
import { ID } from './fixtures/contract.ts';
import { demoContent, startFakeCms } from './helpers/fake-cms.ts';
import { startServer, strapiError, type TestServer } from './helpers/server.ts';

const CLI = fileURLToPath(new URL('../src/cli/snapshot.ts', import.meta.url));

/** Run the CLI with plain node (type stripping), as `pnpm snapshot` does. */
function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI], { env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
let server: TestServer | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stadtportal-cli-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('node shared/src/cli/snapshot.ts', () => {
  it('writes the snapshot and prints one German summary line', async () => {
    server = await startFakeCms(demoContent());
    const r = await run({ CMS_URL: server.url, SNAPSHOT_DIR: dir, CMS_API_TOKEN: 'token-aus-der-umgebung' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `Snapshot geschrieben: 2 Organisationen, 7 Seiten, 2 Meldungen, 2 Ämter, 2 Leistungen, 1 Lebenslage, 2 Veranstaltungen, 2 Amtsblätter, 2 Bekanntmachungen, 1 englische Seite, 2 Online-Dienste, 0 Orte, 0 Publikationen, 9 Mediendateien → ${dir}\n` +
        'Abruf: vollständig – vollständiger Abruf angefordert\n',
    );
    expect(r.code).toBe(0);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer token-aus-der-umgebung');
    const snapshot = await readSnapshot(dir);
    expect(snapshot.source).toBe(server.url);
  });

  it('with SNAPSHOT_DELTA=1 fetches only what changed, and says which kind of pull ran', async () => {
    const content = demoContent();
    server = await startFakeCms(content);
    const first = await run({ CMS_URL: server.url, SNAPSHOT_DIR: dir, SNAPSHOT_DELTA: '1' });
    expect(first.stdout).toContain('Abruf: vollständig – kein Abruf-Index (pull-index.json) beim vorherigen Snapshot\n');
    const impressum = (content.pages as Record<string, unknown>[]).find((p) => p.documentId === ID.impressum);
    if (!impressum) throw new Error('Testdaten: Impressum fehlt');
    impressum.title = 'Impressum neu';
    impressum.updatedAt = '2026-12-01T10:00:00.000Z';
    const second = await run({ CMS_URL: server.url, SNAPSHOT_DIR: dir, SNAPSHOT_DELTA: '1' });
    expect(second.stderr).toBe('');
    expect(second.stdout).toContain('Abruf: nur Änderungen (1 Eintrag vollständig geholt, der Rest aus dem vorherigen Snapshot)\n');
    expect((await readSnapshot(dir)).pages.find((p) => p.documentId === ID.impressum)?.title).toBe('Impressum neu');
    const forced = await run({ CMS_URL: server.url, SNAPSHOT_DIR: dir, SNAPSHOT_DELTA: '1', FULL_PULL: '1' });
    expect(forced.stdout).toContain('Abruf: vollständig – vollständiger Abruf angefordert\n');
    const bad = await run({ CMS_URL: server.url, SNAPSHOT_DIR: dir, SNAPSHOT_DELTA: '1', FULL_PULL_HOURS: 'nie' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('FULL_PULL_HOURS „nie“ ist keine Zahl größer 0');
  });

  it('exits 1 with every problem of the settings listed in German, no stack trace', async () => {
    const content = demoContent();
    const settings = content.settings as Record<string, unknown>;
    delete settings.siteName;
    settings.accessibilityFeedbackEmail = 'keine adresse';
    server = await startFakeCms(content);
    const r = await run({ CMS_URL: server.url, SNAPSHOT_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Snapshot fehlgeschlagen: Ungültiger Inhalt im CMS (2 Fehler):');
    // zod's own messages are switched to German for the editors who read this.
    expect(r.stderr).toMatch(/ {2}- site-settings –, Feld „siteName“: Ungültige Eingabe/);
    expect(r.stderr).toContain('  - site-settings –, Feld „accessibilityFeedbackEmail“:');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 0 with the quarantined entries listed: an invalid page does not stop the snapshot', async () => {
    const content = demoContent();
    const pages = content.pages as Record<string, unknown>[];
    const impressum = pages.find((p) => p.documentId === ID.impressum);
    if (!impressum) throw new Error('Testdaten: Impressum fehlt');
    server = await startFakeCms(content);
    expect((await run({ CMS_URL: server.url, SNAPSHOT_DIR: dir })).code).toBe(0);
    impressum.slug = 'Im pressum';
    // The last valid version comes from the folder SNAPSHOT_PREVIOUS names.
    const next = join(dir, 'naechster');
    const r = await run({ CMS_URL: server.url, SNAPSHOT_DIR: next, SNAPSHOT_PREVIOUS: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('In Quarantäne (1 Problem; alles andere wird veröffentlicht):\n');
    expect(r.stdout).toContain(
      `  - page ${ID.impressum}, Feld „slug“: Slug darf nur a–z, 0–9 und einzelne Bindestriche enthalten → die zuletzt gültige Fassung bleibt online\n`,
    );
    expect((await readSnapshot(next)).pages.find((p) => p.documentId === ID.impressum)?.slug).toBe('impressum');
  });

  it('exits 1 with the request error when the CMS refuses', async () => {
    server = await startServer((_req, res) => strapiError(res, 403, 'ForbiddenError', 'Forbidden'));
    const r = await run({ CMS_URL: server.url, SNAPSHOT_DIR: dir, CMS_API_TOKEN: 'geheim-123' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^Snapshot fehlgeschlagen: CMS-Anfrage GET http:\/\/127\.0\.0\.1:\d+\/api\/organisations\?.* fehlgeschlagen \(HTTP 403, 1 Versuch\): Forbidden\n$/,
    );
    expect(r.stderr).not.toContain('geheim-123');
  });
});
