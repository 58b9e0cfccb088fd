/*
 * The build runner: Strapi webhooks in, a new live release out — or the old one kept.
 *
 *   POST /webhook  Authorization: Bearer <WEBHOOK_SECRET>  → 202, a build is scheduled
 *                  (wrong or missing secret → 401, nothing scheduled). The body is not read
 *                  for content: Strapi may send `null` entries (strapi/strapi#25387), and the
 *                  build re-reads everything from the API anyway.
 *                  A webhook about an Eilmeldung (model „alert“) also refreshes the live alert
 *                  fragment at once (scripts/publish/alerts.ts: re-read from the API, no build
 *                  needed); the build still follows, so the alert baked into pages is right too.
 *   GET  /status   → the status JSON (live release, running build, last failure and reason).
 *   GET  /         → the same as a German HTML page for editors (status-page.ts).
 *
 * Bursts coalesce: a build starts `debounceMs` after the last webhook (at most `maxWaitMs`
 * after the first); webhooks during a build queue exactly one more build.
 * A build is a list of steps (pull snapshot → build → gates); only when all succeed is the
 * release marked complete and switched live. Any failure — a step's error, a killed process,
 * a timeout — discards the release, leaves `current` untouched and records the reason.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { rm } from 'node:fs/promises';
import { internalTypeUids } from '@stadtportal/shared/rules';
import { isAlertWebhook } from './alerts.ts';
import {
  createRelease,
  liveRelease,
  markComplete,
  pruneReleases,
  readStatus,
  releaseOf,
  switchRelease,
  updateStatus,
  type PublishStatus,
  type Release,
} from './releases.ts';
import { STATUS_PAGE_CSP, statusPage } from './status-page.ts';

export interface StepContext {
  release: Release;
  /** The publish folder (releases/, current, caches that outlive releases). */
  base: string;
  /** The release live when this build started (what the gates compare against), or null. */
  live: Release | null;
  /** Aborted on timeout or shutdown: steps must stop (kill their processes). */
  signal: AbortSignal;
  log: (line: string) => void;
}

export interface Step {
  /** Shown in the status while running and in the failure reason. */
  name: string;
  run(ctx: StepContext): Promise<void>;
}

export interface RunnerOptions {
  /** Publish folder (releases/, current, status.json). */
  base: string;
  steps: readonly Step[];
  debounceMs?: number;
  maxWaitMs?: number;
  /** Complete releases kept for rollback. */
  keep?: number;
  /** A step running longer is aborted and the build fails. */
  stepTimeoutMs?: number;
  /**
   * Runs once a release is live (e.g. regenerate nginx's redirect maps and reload). Its failure
   * is logged, not recorded as a build failure: the release is already live and stays so. What
   * can be checked before the switch belongs in a step (the nginx configuration: its own step,
   * nginx-release.ts), so a failure here means the machine changed in between.
   */
  afterSwitch?: ((release: Release) => Promise<void>) | null;
  log?: (line: string) => void;
}

/** The reason of a failed build as editors read it: message only, bounded. */
function reasonOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.length > 4000 ? `${text.slice(0, 4000)} …` : text;
}

export class BuildRunner {
  readonly #o: Required<Omit<RunnerOptions, 'log'>> & { log: (line: string) => void };
  #timer: NodeJS.Timeout | null = null;
  #firstTrigger = 0;
  #running: Promise<void> | null = null;
  #queued = false;
  #abort: AbortController | null = null;
  #idleWaiters: (() => void)[] = [];
  #stopped = false;
  /** Builds started since this runner was created (tests count them). */
  builds = 0;

  constructor(options: RunnerOptions) {
    this.#o = {
      debounceMs: 2000,
      maxWaitMs: 30_000,
      keep: 5,
      stepTimeoutMs: 20 * 60_000,
      afterSwitch: null,
      log: (line) => console.log(line),
      ...options,
    };
  }

  /**
   * After a crash or kill of the runner itself: a build recorded as running never finished.
   * Record that as the last failure and remove its incomplete folder.
   */
  async recover(): Promise<void> {
    const status = await readStatus(this.#o.base);
    if (status.running) {
      await updateStatus(this.#o.base, {
        running: null,
        queued: false,
        lastFailure: {
          id: status.running.id,
          at: new Date().toISOString(),
          step: status.running.step,
          reason: 'Der Build-Runner wurde während des Builds beendet; das Release wurde verworfen.',
        },
      });
    } else if (status.queued) {
      await updateStatus(this.#o.base, { queued: false });
    }
    await pruneReleases(this.#o.base, this.#o.keep);
  }

  /**
   * A webhook arrived: schedule a build (coalesced). Resolves once the status file shows it
   * (when it queues behind a running build), so a status read after a webhook's answer agrees.
   */
  trigger(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#running) {
      if (this.#queued) return Promise.resolve();
      this.#queued = true;
      return updateStatus(this.#o.base, { queued: true }).then(
        () => undefined,
        (err: unknown) => this.#o.log(`Status: ${reasonOf(err)}`),
      );
    }
    const now = Date.now();
    if (this.#timer === null) this.#firstTrigger = now;
    else clearTimeout(this.#timer);
    const wait = Math.max(0, Math.min(this.#o.debounceMs, this.#firstTrigger + this.#o.maxWaitMs - now));
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#start();
    }, wait);
    return Promise.resolve();
  }

  /** Resolves when nothing is scheduled, running or queued. */
  whenIdle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Abort a running build (it fails and the live release stays) and schedule nothing more. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#queued = false;
    this.#abort?.abort(new Error('Der Build-Runner wird beendet.'));
    await this.#running;
    this.#notifyIdle();
  }

  #isIdle(): boolean {
    return this.#timer === null && this.#running === null && !this.#queued;
  }

  #notifyIdle(): void {
    if (!this.#isIdle()) return;
    for (const w of this.#idleWaiters.splice(0)) w();
  }

  #start(): void {
    this.builds++;
    this.#running = this.#build()
      .catch((err: unknown) => this.#o.log(`Build-Runner: ${reasonOf(err)}`))
      .finally(() => {
        this.#running = null;
        if (this.#queued && !this.#stopped) {
          this.#queued = false;
          void this.trigger();
        }
        this.#notifyIdle();
      });
  }

  async #build(): Promise<void> {
    const { base, steps, log } = this.#o;
    const started = Date.now();
    const liveId = await liveRelease(base);
    const live = liveId === null ? null : releaseOf(base, liveId);
    const release = await createRelease(base);
    const abort = new AbortController();
    this.#abort = abort;
    let step = steps[0]?.name ?? 'umschalten';
    log(`Build ${release.id} beginnt.`);
    await updateStatus(base, { running: { id: release.id, startedAt: new Date(started).toISOString(), step }, queued: this.#queued });
    try {
      for (const s of steps) {
        step = s.name;
        if (abort.signal.aborted) throw abort.signal.reason;
        await updateStatus(base, { running: { id: release.id, startedAt: new Date(started).toISOString(), step } });
        log(`Build ${release.id}: ${step} …`);
        await this.#runStep(s, { release, base, live, signal: abort.signal, log });
      }
      step = 'umschalten';
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      await markComplete(release, seconds);
      await switchRelease(base, release.id);
      await pruneReleases(base, this.#o.keep);
      await updateStatus(base, {
        running: null,
        lastSuccess: { id: release.id, finishedAt: new Date().toISOString(), seconds },
      });
      log(`Build ${release.id} ist live (${seconds} s).`);
      if (this.#o.afterSwitch) {
        await this.#o.afterSwitch(release).catch((err: unknown) => log(`Nach dem Umschalten: ${reasonOf(err)}`));
      }
    } catch (err) {
      // The live release was never touched: `current` is switched only after the last step.
      const reason = reasonOf(err);
      await rm(release.dir, { recursive: true, force: true });
      await updateStatus(base, {
        running: null,
        lastFailure: { id: release.id, at: new Date().toISOString(), step, reason },
      });
      log(`Build ${release.id} fehlgeschlagen bei „${step}“: ${reason}`);
    } finally {
      this.#abort = null;
    }
  }

  async #runStep(step: Step, ctx: StepContext): Promise<void> {
    // One controller per step so a timeout aborts this step; the build's signal aborts it too.
    const ctl = new AbortController();
    const onAbort = () => ctl.abort(ctx.signal.reason);
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(
      () => ctl.abort(new Error(`Zeitüberschreitung: „${step.name}“ lief länger als ${Math.round(this.#o.stepTimeoutMs / 1000)} s.`)),
      this.#o.stepTimeoutMs,
    );
    try {
      await Promise.race([
        step.run({ ...ctx, signal: ctl.signal }),
        new Promise<never>((_, reject) => {
          const fail = () => reject(ctl.signal.reason instanceof Error ? ctl.signal.reason : new Error(String(ctl.signal.reason)));
          if (ctl.signal.aborted) fail();
          else ctl.signal.addEventListener('abort', fail, { once: true });
        }),
      ]);
    } finally {
      clearTimeout(timer);
      ctx.signal.removeEventListener('abort', onAbort);
    }
  }
}

// ── HTTP ─────────────────────────────────────────────────────────────────────────────────────

/** Constant-time comparison of the presented secret (hashes: equal length for timingSafeEqual). */
export function secretMatches(presented: string | undefined, secret: string): boolean {
  if (presented === undefined || secret === '') return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  const m = h === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m?.[1];
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(`${JSON.stringify(body)}\n`);
}

const MAX_BODY = 1024 * 1024;

/** Drain the body (bounded); Strapi's payload is only logged, never trusted. */
function drain(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

function parseBody(body: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Not JSON: a webhook still only means "something changed".
  }
  return null;
}

function eventName(body: string): string {
  const event = parseBody(body)?.event;
  return typeof event === 'string' ? event.slice(0, 60) : 'unbekannt';
}

/**
 * A saved draft changes nothing on the site: `entry.create`/`entry.update` whose entry says
 * `publishedAt: null` (a draft of a draft-and-publish type) schedule no build. Strapi sends
 * these events because types without draft-and-publish (the site settings) only ever emit
 * them. Anything else — publish, unpublish, delete, media, a `null` or unreadable entry
 * (strapi/strapi#25387) — builds: when in doubt, build. The payload is never used as content.
 */
export function isDraftOnly(body: string): boolean {
  const parsed = parseBody(body);
  if (parsed === null || (parsed.event !== 'entry.create' && parsed.event !== 'entry.update')) return false;
  const entry = parsed.entry;
  return entry !== null && typeof entry === 'object' && 'publishedAt' in entry && (entry as { publishedAt: unknown }).publishedAt === null;
}

const INTERNAL_TYPES: readonly string[] = internalTypeUids();

/**
 * Citizens' ratings and barrier reports (issue 17) live only in the CMS: Strapi announces each
 * one like any save, but none is ever published or pulled — no build. Read from the payload's
 * `uid` (Strapi 5); without one, the usual rule applies (when in doubt, build).
 */
export function isInternalEntry(body: string): boolean {
  const uid = parseBody(body)?.uid;
  return typeof uid === 'string' && INTERNAL_TYPES.includes(uid);
}

export interface RunnerServerOptions {
  /** What a webhook schedules: the local runner, or the build leader's shared request (leader.ts). */
  runner: Pick<BuildRunner, 'trigger'>;
  base: string;
  secret: string;
  /** The Eilmeldung fast path; refreshed on webhooks about alerts. */
  alerts?: { refresh(): Promise<void> } | undefined;
  /** The status shown (default: this runner's status.json; with several runners the leader's). */
  status?: (() => Promise<PublishStatus>) | undefined;
  log?: (line: string) => void;
}

export function createRunnerServer({ runner, base, secret, alerts, status = () => readStatus(base), log = console.log }: RunnerServerOptions): Server {
  if (secret.length < 16) throw new Error('WEBHOOK_SECRET fehlt oder ist kürzer als 16 Zeichen.');
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/webhook') {
      if (req.method !== 'POST') return send(res, 405, { error: 'Nur POST' }, { allow: 'POST' });
      // Check before reading the body: an unauthenticated sender costs nothing.
      if (!secretMatches(bearer(req), secret)) {
        req.resume();
        return send(res, 401, { error: 'Nicht autorisiert' }, { 'www-authenticate': 'Bearer' });
      }
      void drain(req).then((body) => {
        if (body === null) return send(res, 413, { error: 'Anfrage zu groß' });
        if (isDraftOnly(body)) {
          log(`Webhook (${eventName(body)}, nur Entwurf): kein Build nötig.`);
          return send(res, 202, { accepted: true, build: false });
        }
        if (isInternalEntry(body)) return send(res, 202, { accepted: true, build: false });
        log(`Webhook (${eventName(body)}): Build eingeplant.`);
        if (alerts && isAlertWebhook(body)) {
          void alerts.refresh().catch((err: unknown) => log(`Eilmeldungen: ${reasonOf(err)}`));
        }
        void runner.trigger().then(
          () => send(res, 202, { accepted: true, build: true }),
          // Not recorded (the build leader's database unreachable): Strapi logs a failed webhook.
          (err: unknown) => send(res, 503, { error: `Build nicht eingeplant: ${reasonOf(err)}` }),
        );
      });
      return;
    }
    if (url.pathname === '/status') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'Nur GET' }, { allow: 'GET, HEAD' });
      void status().then(
        (current) => send(res, 200, current),
        (err: unknown) => send(res, 500, { error: reasonOf(err) }),
      );
      return;
    }
    if (url.pathname === '/') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'Nur GET' }, { allow: 'GET, HEAD' });
      void status().then(
        (current) => {
          res.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'cache-control': 'no-store',
            'content-security-policy': STATUS_PAGE_CSP,
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'no-referrer',
          });
          res.end(req.method === 'HEAD' ? undefined : statusPage(current));
        },
        (err: unknown) => send(res, 500, { error: reasonOf(err) }),
      );
      return;
    }
    send(res, 404, { error: 'Unbekannter Pfad' });
  });
}
