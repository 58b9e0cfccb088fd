/*
 * The Eilmeldung fast path (docs/adr/0007-urgent-alerts.md): no build, no release.
 *
 * The runner keeps one HTML fragment outside the releases, <base>/live/eilmeldung.html, which
 * nginx includes into every page with SSI (internal location /_eilmeldung). `refresh()` reads
 * the published alerts from the CMS (one request, only alerts that have not ended), renders
 * those active now and replaces the file atomically. It runs
 *   - on start (so a restarted runner corrects whatever the file says),
 *   - on every webhook about the alert type (the payload is not trusted: it is re-read),
 *   - at the next start or end of any alert (a timer computed from the fetched list), so an
 *     alert appears and expires on its own, without webhook or editor.
 * The fetched list is kept in <base>/live/alerts.json: with the CMS down (even after a restart)
 * the boundaries still come from the last good list, so an alert never outlives its end.
 * When the set of active alerts changes, `onChange` is called (the runner schedules a build):
 * static hosts without SSI only have the alerts baked into the pages.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCmsClient, type CmsClient } from '@stadtportal/shared/client';
import {
  ALERT_FRAGMENT_FILE,
  activeAlerts,
  alert as alertSchema,
  formatIssue,
  liveAlertFragment,
  nextAlertChange,
  readAlert,
  renderAlerts,
  type Alert,
  type ContentIssue,
} from '@stadtportal/shared';
import { writeFileAtomic } from './releases.ts';

export const LIVE_DIR = 'live';
export const FRAGMENT_FILE = ALERT_FRAGMENT_FILE;
const CACHE_FILE = 'alerts.json';

/** Longest timer: setTimeout overflows after 2^31 ms, and a clock jump is caught within this. */
const MAX_TIMER_MS = 60 * 60_000;
/** `end` is exclusive: re-render just after the boundary, never just before it. */
const BOUNDARY_SLACK_MS = 50;

export function liveDir(base: string): string {
  return join(base, LIVE_DIR);
}
export function fragmentFile(base: string): string {
  return join(liveDir(base), FRAGMENT_FILE);
}

/**
 * The alerts that can still matter (not ended), in one request: Strapi's default page size is
 * enough for any realistic number of concurrent alerts, and history is filtered out by the CMS.
 */
export async function fetchAlerts(client: CmsClient, now: Date, issues: ContentIssue[]): Promise<Alert[]> {
  const raw = await client.findAll('alerts', {
    status: 'published',
    sort: ['start:asc', 'documentId:asc'],
    filters: { end: { $gt: now.toISOString() } },
  });
  return raw.flatMap((r) => {
    const a = readAlert(issues, r);
    return a === undefined ? [] : [a];
  });
}

export interface AlertPublisherOptions {
  /** Publish folder: the fragment goes to <base>/live/. */
  base: string;
  cmsUrl: string;
  token?: string | undefined;
  now?: () => Date;
  log?: (line: string) => void;
  /** Retry after a failed CMS request. */
  retryMs?: number;
  /** The active alerts changed (not called for the first write after start): the ones shown now. */
  onChange?: (shown: readonly Alert[]) => void;
  /** After every write of the fragment (several site hosts: copy it to each, hosts.ts). */
  onWrite?: () => void;
}

export interface AlertState {
  /** When the fragment was last written, and how many alerts it shows. */
  writtenAt: string | null;
  active: number;
  /** Next scheduled re-render (start or end of an alert, or the retry). */
  nextAt: string | null;
  lastError: string | null;
}

export class AlertPublisher {
  readonly #base: string;
  readonly #client: CmsClient;
  readonly #now: () => Date;
  readonly #log: (line: string) => void;
  readonly #retryMs: number;
  #alerts: Alert[] | null = null;
  #timer: NodeJS.Timeout | null = null;
  #chain: Promise<void> = Promise.resolve();
  #next: Promise<void> = Promise.resolve();
  #pending = false;
  #stopped = false;
  /** documentIds and versions of the alerts shown by the last write; null before the first. */
  #shown: string | null = null;
  readonly #onChange: ((shown: readonly Alert[]) => void) | undefined;
  readonly #onWrite: (() => void) | undefined;
  readonly state: AlertState = { writtenAt: null, active: 0, nextAt: null, lastError: null };

  constructor(options: AlertPublisherOptions) {
    this.#base = options.base;
    // Few retries: the next webhook or the retry timer comes soon; an editor waits for this.
    this.#client = createCmsClient({ baseUrl: options.cmsUrl, token: options.token, timeoutMs: 5000, retries: 1 });
    this.#now = options.now ?? (() => new Date());
    this.#log = options.log ?? ((line) => console.log(line));
    this.#retryMs = options.retryMs ?? 30_000;
    this.#onChange = options.onChange;
    this.#onWrite = options.onWrite;
  }

  /**
   * Re-read the alerts from the CMS and rewrite the fragment. Calls during a running refresh
   * coalesce into one more refresh after it (a burst of webhooks costs two requests).
   */
  refresh(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#pending) return this.#next;
    this.#pending = true;
    const run = this.#chain.then(async () => {
      this.#pending = false;
      await this.#refreshOnce();
    });
    // A failed refresh must not block the ones after it; its caller still sees the error.
    this.#chain = run.catch(() => undefined);
    this.#next = run;
    return run;
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  async #refreshOnce(): Promise<void> {
    if (this.#stopped) return;
    const now = this.#now();
    let fetched = true;
    try {
      const issues: ContentIssue[] = [];
      const alerts = await fetchAlerts(this.#client, now, issues);
      // An invalid alert must not hold back a valid one: show the rest, report it (the next
      // build quarantines it with the same message, so it reaches the status too).
      for (const i of issues) this.#log(`Eilmeldung übersprungen: ${formatIssue(i)}`);
      this.#alerts = alerts;
      this.state.lastError = null;
      await mkdir(liveDir(this.#base), { recursive: true });
      await writeFileAtomic(join(liveDir(this.#base), CACHE_FILE), `${JSON.stringify(alerts, null, 2)}\n`);
    } catch (err) {
      fetched = false;
      const reason = err instanceof Error ? err.message : String(err);
      this.state.lastError = reason;
      this.#log(`Eilmeldungen: CMS nicht lesbar, letzter bekannter Stand gilt weiter (${reason})`);
      this.#alerts ??= await this.#readCache();
    }
    try {
      if (this.#alerts !== null) await this.#write(this.#alerts, now);
    } catch (err) {
      fetched = false;
      throw err;
    } finally {
      this.#schedule(now, fetched ? null : this.#retryMs);
    }
  }

  /** The list of the last successful fetch (survives runner restarts), or null. */
  async #readCache(): Promise<Alert[] | null> {
    let text: string;
    try {
      text = await readFile(join(liveDir(this.#base), CACHE_FILE), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const parsed = alertSchema.array().safeParse(JSON.parse(text));
    if (!parsed.success) {
      this.#log(`Eilmeldungen: ${CACHE_FILE} ist ungültig und wird ignoriert.`);
      return null;
    }
    return parsed.data;
  }

  async #write(alerts: readonly Alert[], now: Date): Promise<void> {
    await mkdir(liveDir(this.#base), { recursive: true });
    await writeFileAtomic(fragmentFile(this.#base), liveAlertFragment(alerts, now));
    this.#onWrite?.();
    const active = activeAlerts(alerts, now);
    this.state.writtenAt = now.toISOString();
    this.state.active = active.length;
    const shown = renderAlerts(active, now);
    if (this.#shown !== null && shown !== this.#shown) this.#onChange?.(active);
    this.#shown = shown;
  }

  #schedule(now: Date, retryMs: number | null): void {
    if (this.#stopped) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const boundary = this.#alerts === null ? null : nextAlertChange(this.#alerts, now);
    let wait = boundary === null ? MAX_TIMER_MS : boundary.getTime() - now.getTime() + BOUNDARY_SLACK_MS;
    if (retryMs !== null) wait = Math.min(wait, retryMs);
    wait = Math.max(0, Math.min(wait, MAX_TIMER_MS));
    this.state.nextAt = new Date(now.getTime() + wait).toISOString();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.refresh().catch((err: unknown) => this.#log(`Eilmeldungen: ${err instanceof Error ? err.message : String(err)}`));
    }, wait);
    // The timer alone must not keep a process (a test, the CLI) alive.
    this.#timer.unref();
  }
}

/** Does a Strapi webhook body concern the alert type? (Strapi 5: `model` and `uid` of the entry.) */
export function isAlertWebhook(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return false;
    const { model, uid } = parsed as { model?: unknown; uid?: unknown };
    return model === 'alert' || uid === 'api::alert.alert';
  } catch {
    return false;
  }
}
