import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RECORD_ANCHORS_FILE, anchorLine, type RecordAnchor } from '@stadtportal/shared/record';

/*
 * The runner's side of the publication record (cms/src/publication-record): a release gone live
 * with the gates it passed, a rollback — written into the CMS's record with the webhook's shared
 * secret (WEBHOOK_SECRET; the CMS checks it in constant time). A failure is the caller's to report:
 * the release or rollback itself has happened and stays.
 */

export interface RecordEventTarget {
  cmsUrl: string;
  secret: string;
  /** Tests: a shorter wait. */
  timeoutMs?: number;
}

export type RunnerEvent =
  | { action: 'release-live'; release: string; gates: Record<string, string> }
  | { action: 'rollback'; release: string; from: string }
  /** The alerts shown on the site changed without a build (ADR 0007): the documentIds shown now. */
  | { action: 'alert'; alerts: string[] };

/**
 * The alert event, reported without holding anything up: the fragment is already on the site, and
 * a CMS that does not answer must not delay the rebuild that follows.
 */
export function recordAlertsShown(shown: readonly { documentId: string }[], env: NodeJS.ProcessEnv = process.env, base?: string): void {
  void recordEventFromEnv({ action: 'alert', alerts: shown.map((a) => a.documentId) }, env, base).catch((err: unknown) =>
    console.error(`Eilmeldungen NICHT im Veröffentlichungsprotokoll vermerkt: ${err instanceof Error ? err.message : String(err)}`),
  );
}

/** What every gate of a release that went live says: all passed, or it would not be live. */
export const passedGates = (stepNames: readonly string[]): Record<string, string> => Object.fromEntries(stepNames.map((name) => [name, 'bestanden']));

/** Appends the event; throws with a German reason when the CMS does not take it. Returns the entry's anchor. */
export async function recordRunnerEvent(target: RecordEventTarget, event: RunnerEvent): Promise<RecordAnchor> {
  const url = `${target.cmsUrl.replace(/\/+$/, '')}/stadtportal/publication-record/events`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.secret}` },
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(target.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`Veröffentlichungsprotokoll: ${url} antwortet ${res.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { data?: { seq?: unknown; hash?: unknown } };
  const { seq, hash } = body.data ?? {};
  if (typeof seq !== 'number' || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
    throw new Error(`Veröffentlichungsprotokoll: unerwartete Antwort ${text.slice(0, 300)}`);
  }
  return { seq, hash };
}

/**
 * The event with the runner's own settings (CMS_URL, WEBHOOK_SECRET), saying where it went. The
 * release or rollback has happened whatever the CMS says: callers report a failure loudly rather
 * than fail the release. With `base` (the publish folder) the entry's anchor is appended to
 * <base>/record-anchors.txt: the record as it was at this release, pinned outside the CMS's
 * database, for `pnpm record:verify` to hold the database to (docs/OPERATIONS.md).
 */
export async function recordEventFromEnv(event: RunnerEvent, env: NodeJS.ProcessEnv = process.env, base?: string): Promise<void> {
  const secret = env.WEBHOOK_SECRET || (await generatedSecret());
  if (secret === '') throw new Error('WEBHOOK_SECRET fehlt (und var/webhook-secret): nicht im Veröffentlichungsprotokoll vermerkt.');
  const anchor = await recordRunnerEvent({ cmsUrl: env.CMS_URL || 'http://127.0.0.1:1337', secret }, event);
  if (base !== undefined) await appendFile(join(base, RECORD_ANCHORS_FILE), anchorLine(anchor, new Date().toISOString(), event.action), { mode: 0o644 });
  console.log(`Im Veröffentlichungsprotokoll vermerkt (Eintrag ${anchor.seq}).`);
}

/**
 * The secret `pnpm start` generated (scripts/start.sh) when none was set: so `pnpm rollback` in a
 * demo installation presents the same one as the runner. Empty when there is none.
 */
async function generatedSecret(): Promise<string> {
  try {
    return (await readFile(join(import.meta.dirname, '..', '..', 'var', 'webhook-secret'), 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw err;
  }
}
