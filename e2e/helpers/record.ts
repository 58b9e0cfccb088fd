import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { RecordEntry } from '@stadtportal/shared/record';
import { REPO } from './paths.ts';

/*
 * The publication record (cms/src/publication-record) for tests: its table, an entry as the
 * admin route returns it, and `pnpm record:verify` run against a given database.
 */

export { RECORD_TABLE } from '@stadtportal/shared/record';
/** An entry as the admin route returns it: the contract's entry, as JSON. */
export type RecordEntryJson = RecordEntry;

/**
 * The whole record through the admin route, page by page (the seed's publishes are in it too, so
 * it may be longer than one page), oldest first.
 */
export async function readWholeRecord(baseUrl: string, adminToken: string): Promise<RecordEntryJson[]> {
  const all: RecordEntryJson[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${baseUrl}/stadtportal/publication-record?page=${page}&pageSize=500`, { headers: { authorization: `Bearer ${adminToken}` } });
    if (res.status !== 200) throw new Error(`Veröffentlichungsprotokoll: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { data: RecordEntryJson[]; pagination: { pageCount: number } };
    all.push(...body.data);
    if (page >= body.pagination.pageCount) break;
  }
  return all.sort((a, b) => a.seq - b.seq);
}

/** `node scripts/record/verify.ts [args]` with the database settings in `env`: exit code and output. */
export function verifyRecord(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'scripts/record/verify.ts'), ...args], {
      cwd: REPO,
      // Without PUBLISH_DIR in `env`, not this checkout's var/publish: the anchors a local runner
      // wrote there belong to another database than the test's.
      env: { ...process.env, PUBLISH_DIR: join(REPO, 'var', 'test', 'kein-publish-dir'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out }));
  });
}
