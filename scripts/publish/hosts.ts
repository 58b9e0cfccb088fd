/*
 * The site on several hosts (docs/OPERATIONS.md). Each site host keeps the same layout as the
 * runner's publish folder — releases/<id>/, `current` → releases/<id>, live/eilmeldung.html —
 * and serves `current/site` with its own nginx. The build runner (the leader, leader.ts) copies
 * with rsync, so a host is any rsync destination:
 *   rsync://web2.intern:873/stadtportal   rsync daemon on the private network
 *   web2.intern:/srv/stadtportal/var/publish   over ssh (RSYNC_RSH for options)
 *   /srv/mounts/web2/publish              a mounted or local folder
 *
 * A release goes live in two phases:
 *   1. copy (step „Verteilen“, the build's last step): every host gets releases/<id>/ — unchanged
 *      files hard-linked against its live release (--link-dest) — and then release.json, the
 *      mark of a complete copy. A host that cannot be reached is skipped and marked behind; with
 *      no host reached the build fails and nothing changes anywhere.
 *   2. switch (after the runner's own switch): only now, with every reachable host holding the
 *      whole release, `current` is replaced on each — rsync writes the new symlink under a
 *      temporary name and renames it (atomic, like releases.ts) — then the host's reload command
 *      runs (nginx's redirect maps) and old releases are pruned.
 * A host that was down is caught up when it answers again: `catchUp()` (every HOSTS_CATCHUP_S)
 * compares each host's `current` with the live release and copies and switches what differs,
 * the Eilmeldung fragment included. The fragment itself goes to every host on every write.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { liveDir } from './alerts.ts';
import { liveRelease, releaseOf, type Release } from './releases.ts';

export interface SiteHost {
  /** Shown in status and logs. */
  name: string;
  /** rsync destination of the host's publish folder (no trailing slash needed). */
  target: string;
  /** Runs after each switch of this host (argv, no shell), e.g. regenerate nginx's maps and reload. */
  reload?: string[] | undefined;
}

export interface HostState {
  name: string;
  /** The release the host serves, as last seen; null: none or unknown. */
  live: string | null;
  /** false: the last copy, switch or check failed — the host is behind and will be caught up. */
  ok: boolean;
  lastError: string | null;
  checkedAt: string | null;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/** PUBLISH_HOSTS: a JSON array of {name, target, reload?}. Throws with the reason in German. */
export function parseHosts(json: string): SiteHost[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('PUBLISH_HOSTS ist kein gültiges JSON (erwartet: [{"name": …, "target": …}]).');
  }
  if (!Array.isArray(data) || data.length === 0) throw new Error('PUBLISH_HOSTS muss eine nicht leere Liste sein.');
  const seen = new Set<string>();
  return data.map((entry: unknown, i): SiteHost => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const { name, target, reload } = e;
    if (typeof name !== 'string' || !NAME.test(name)) throw new Error(`PUBLISH_HOSTS[${i}].name fehlt oder enthält andere Zeichen als A–Z, 0–9, _.-`);
    if (seen.has(name)) throw new Error(`PUBLISH_HOSTS: der Name „${name}“ kommt doppelt vor.`);
    seen.add(name);
    if (typeof target !== 'string' || target.trim() === '' || target.startsWith('-')) throw new Error(`PUBLISH_HOSTS[${i}].target fehlt (rsync-Ziel).`);
    if (reload !== undefined && (!Array.isArray(reload) || reload.length === 0 || !reload.every((a) => typeof a === 'string'))) {
      throw new Error(`PUBLISH_HOSTS[${i}].reload muss eine Liste von Zeichenketten sein (Programm und Argumente).`);
    }
    return { name, target: target.replace(/\/+$/, ''), reload: reload as string[] | undefined };
  });
}

interface RunResult {
  code: number;
  output: string;
}

export interface HostSyncOptions {
  /** The runner's publish folder (its releases and live fragment are the source). */
  base: string;
  hosts: readonly SiteHost[];
  /** Complete releases kept on each host (besides the live one). */
  keep?: number;
  /** rsync's I/O timeout in seconds: a host that stalls counts as down. */
  timeoutS?: number;
  rsync?: string;
  /** Checked before any host is switched (the build leader's fencing). */
  beforeSwitch?: () => Promise<void>;
  log?: (line: string) => void;
}

function run(cmd: string, args: readonly string[], signal?: AbortSignal): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], signal, killSignal: 'SIGKILL' });
    let output = '';
    const add = (d: Buffer) => {
      output += d.toString('utf8');
      if (output.length > 20_000) output = output.slice(-20_000);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    child.once('error', (err) => (signal?.aborted ? resolve({ code: 1, output: 'abgebrochen' }) : reject(err)));
    child.once('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-2)
    .join(' | ') || 'keine Ausgabe';

export class HostSync {
  readonly #o: Required<Omit<HostSyncOptions, 'beforeSwitch'>> & Pick<HostSyncOptions, 'beforeSwitch'>;
  readonly #state = new Map<string, HostState>();
  /** Copies and switches one after the other: a catch-up must not switch back what a build switched. */
  #chain: Promise<unknown> = Promise.resolve();

  constructor(options: HostSyncOptions) {
    this.#o = { keep: 5, timeoutS: 60, rsync: process.env.RSYNC_BIN || 'rsync', log: (l) => console.log(l), ...options };
    for (const h of options.hosts) this.#state.set(h.name, { name: h.name, live: null, ok: false, lastError: null, checkedAt: null });
  }

  state(): HostState[] {
    return [...this.#state.values()].map((s) => ({ ...s }));
  }

  #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.#chain.then(fn);
    this.#chain = next.catch(() => undefined);
    return next;
  }

  #mark(host: SiteHost, patch: Partial<HostState>): void {
    const s = this.#state.get(host.name);
    if (s) Object.assign(s, patch, { checkedAt: new Date().toISOString() });
  }

  #rsync(args: readonly string[], signal?: AbortSignal): Promise<RunResult> {
    // -rlp: files, symlinks, modes — not owners (the host's own user owns its copy) and not
    // times: a build writes every file anew, so identical files differ in time only, and
    // --link-dest links a file only when all kept attributes match. With --checksum, a file
    // whose content equals the host's live copy becomes a hard link to it.
    return run(this.#o.rsync, ['-rlp', '--checksum', `--timeout=${this.#o.timeoutS}`, ...args], signal);
  }

  /** The release a host serves: its `current` symlink, read with rsync. null: no `current` yet. */
  async hostLive(host: SiteHost): Promise<string | null> {
    const r = await run(this.#o.rsync, ['-l', `--timeout=${this.#o.timeoutS}`, '--list-only', `${host.target}/current`]);
    if (r.code === 23 && /No such file|does not exist|change_dir/i.test(r.output)) return null;
    if (r.code !== 0) throw new Error(`rsync ${host.target}: Code ${r.code}: ${lastLine(r.output)}`);
    const m = / current -> releases\/([^/\s]+)\s*$/m.exec(r.output);
    if (!m?.[1]) throw new Error(`${host.name}: „current“ ist kein Verweis auf ein Release (${lastLine(r.output)})`);
    return m[1];
  }

  /** Copy one release to one host: everything, then release.json (the mark of a complete copy). */
  async #copy(host: SiteHost, release: Release, signal?: AbortSignal): Promise<void> {
    const live = await this.hostLive(host).catch((err: unknown) => {
      throw new Error(`nicht erreichbar: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    });
    const dest = `${host.target}/releases/${release.id}/`;
    // Unchanged files become hard links to the host's live release: fast, and no disk per release.
    const linkDest = live && live !== release.id ? [`--link-dest=../${live}/`] : [];
    const files = await this.#rsync(['--delete', '--exclude=/release.json', ...linkDest, `${release.dir}/`, dest], signal);
    if (files.code !== 0) throw new Error(`Kopie fehlgeschlagen (rsync Code ${files.code}): ${lastLine(files.output)}`);
    const meta = await this.#rsync([join(release.dir, 'release.json'), dest], signal);
    if (meta.code !== 0) throw new Error(`release.json nicht übertragen (rsync Code ${meta.code}): ${lastLine(meta.output)}`);
  }

  /**
   * Phase 1 (the step „Verteilen“): the release to every host, nothing switched. Needs the
   * release's release.json — the step writes a provisional one (see distributeStep).
   */
  distribute(release: Release, signal?: AbortSignal): Promise<{ ok: string[]; failed: { name: string; reason: string }[] }> {
    return this.#exclusive(async () => {
      const ok: string[] = [];
      const failed: { name: string; reason: string }[] = [];
      await Promise.all(
        this.#o.hosts.map(async (host) => {
          try {
            await this.#copy(host, release, signal);
            ok.push(host.name);
          } catch (err) {
            const reason = err instanceof Error ? err.message : String(err);
            failed.push({ name: host.name, reason });
            this.#mark(host, { ok: false, lastError: reason });
            this.#o.log(`Host ${host.name}: ${reason} – wird nachgeholt, sobald er antwortet.`);
          }
        }),
      );
      return { ok: ok.sort(), failed };
    });
  }

  /** Point one host's `current` at `id` (rsync: temp symlink + rename), then its reload command. */
  async #switch(host: SiteHost, id: string): Promise<void> {
    const tmp = await mkdtemp(join(tmpdir(), 'stadtportal-switch-'));
    try {
      await symlink(join('releases', id), join(tmp, 'current'));
      const r = await this.#rsync([join(tmp, 'current'), `${host.target}/`]);
      if (r.code !== 0) throw new Error(`Umschalten fehlgeschlagen (rsync Code ${r.code}): ${lastLine(r.output)}`);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
    this.#mark(host, { live: id, ok: true, lastError: null });
    if (host.reload) {
      const [cmd, ...args] = host.reload;
      if (cmd === undefined) return;
      const r = await run(cmd, args, AbortSignal.timeout(60_000));
      // The release is live on the host; a failing reload keeps the old redirect maps — logged.
      if (r.code !== 0) this.#o.log(`Host ${host.name}: Neuladen fehlgeschlagen (Code ${r.code}): ${lastLine(r.output)}`);
    }
  }

  /** Delete releases on a host except the newest `keep`, the live one and `id` (rsync --delete with protect rules). */
  async #prune(host: SiteHost, keepIds: readonly string[]): Promise<void> {
    const empty = await mkdtemp(join(tmpdir(), 'stadtportal-prune-'));
    // rsync -p gives the host's releases/ the source folder's mode: mkdtemp's 0700 would lock
    // nginx's workers (another user) out of every release.
    await chmod(empty, 0o755);
    try {
      const protect = keepIds.map((id) => `--filter=protect /${id}/`);
      const r = await this.#rsync(['-d', '--delete', ...protect, `${empty}/`, `${host.target}/releases/`]);
      if (r.code !== 0) this.#o.log(`Host ${host.name}: alte Releases nicht gelöscht (rsync Code ${r.code}): ${lastLine(r.output)}`);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  }

  /** The runner's releases to keep on every host: the newest `keep` complete ones, local order. */
  async #keepSet(live: string): Promise<string[]> {
    const { listReleases } = await import('./releases.ts');
    const ids = (await listReleases(this.#o.base)).slice(-this.#o.keep);
    return [...new Set([...ids, live])];
  }

  /**
   * Phase 2 (after the runner's own switch): every host that holds the whole release is switched
   * — only now, when all reachable hosts have it. Hosts that missed the copy stay behind.
   */
  switchAll(release: Release, copied: readonly string[]): Promise<void> {
    return this.#exclusive(async () => {
      await this.#o.beforeSwitch?.();
      const keep = await this.#keepSet(release.id);
      await Promise.all(
        this.#o.hosts
          .filter((h) => copied.includes(h.name))
          .map(async (host) => {
            try {
              await this.#switch(host, release.id);
              await this.#prune(host, keep);
            } catch (err) {
              const reason = err instanceof Error ? err.message : String(err);
              this.#mark(host, { ok: false, lastError: reason });
              this.#o.log(`Host ${host.name}: ${reason} – wird nachgeholt.`);
            }
          }),
      );
      await this.#pushLiveUnlocked();
    });
  }

  async #pushLiveUnlocked(): Promise<void> {
    const source = liveDir(this.#o.base);
    // Before the runner's first fragment there is nothing to send (hosts show the baked alerts).
    if (
      !(await stat(source).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    )
      return;
    await Promise.all(
      this.#o.hosts.map(async (host) => {
        const r = await this.#rsync([`${source}/`, `${host.target}/live/`]);
        if (r.code !== 0) {
          const reason = `Eilmeldung nicht übertragen (rsync Code ${r.code}): ${lastLine(r.output)}`;
          const s = this.#state.get(host.name);
          // A host already behind keeps its first reason (usually: not reachable).
          this.#mark(host, s && !s.ok && s.lastError ? { ok: false } : { ok: false, lastError: reason });
          this.#o.log(`Host ${host.name}: ${reason}`);
        }
      }),
    );
  }

  /** The Eilmeldung fragment (live/) to every host; rsync replaces each file by rename. */
  pushLive(): Promise<void> {
    return this.#exclusive(() => this.#pushLiveUnlocked());
  }

  /**
   * Bring every host to the runner's live release (and its live fragment): a host that was down
   * or missed a switch. `expected` is the release the hosts should serve; hosts are only changed
   * when the runner has that release itself (a new leader first builds its own).
   */
  catchUp(expected?: string | null): Promise<void> {
    return this.#exclusive(async () => {
      const live = await liveRelease(this.#o.base);
      if (live === null || (expected !== undefined && expected !== null && expected !== live)) return;
      const release = releaseOf(this.#o.base, live);
      let behind = false;
      await Promise.all(
        this.#o.hosts.map(async (host) => {
          try {
            const current = await this.hostLive(host);
            if (current === live) {
              const s = this.#state.get(host.name);
              if (s && !s.ok) behind = true; // e.g. the fragment did not reach it
              this.#mark(host, { live, ok: true, lastError: null });
              return;
            }
            behind = true;
            this.#o.log(`Host ${host.name}: zeigt ${current ?? 'nichts'}, live ist ${live} – wird nachgeholt.`);
            await this.#copy(host, release);
            await this.#o.beforeSwitch?.();
            await this.#switch(host, live);
            await this.#prune(host, await this.#keepSet(live));
            this.#o.log(`Host ${host.name}: nachgeholt, zeigt jetzt ${live}.`);
          } catch (err) {
            const reason = err instanceof Error ? err.message : String(err);
            this.#mark(host, { ok: false, lastError: reason });
          }
        }),
      );
      if (behind) await this.#pushLiveUnlocked();
    });
  }
}

/**
 * The build's last step: copy the release to the hosts. release.json is written by the runner
 * only after all steps; the hosts need their mark of completeness now, so the step writes it
 * (the runner's markComplete replaces it with the final one locally right after).
 */
export function distributeStep(sync: HostSync, onCopied: (release: Release, hosts: string[]) => void) {
  return {
    name: 'Verteilen',
    async run({ release, signal, log }: { release: Release; signal: AbortSignal; log: (line: string) => void }): Promise<void> {
      await writeFile(join(release.dir, 'release.json'), `${JSON.stringify({ id: release.id, builtAt: new Date().toISOString(), seconds: 0 }, null, 2)}\n`);
      const { ok, failed } = await sync.distribute(release, signal);
      if (ok.length === 0) {
        throw new Error([`Kein Website-Host hat das Release erhalten:`, ...failed.map((f) => `  ${f.name}: ${f.reason}`)].join('\n'));
      }
      log(`  Kopiert auf ${ok.join(', ')}${failed.length ? `; nicht erreichbar: ${failed.map((f) => f.name).join(', ')}` : ''}`);
      onCopied(release, ok);
    },
  };
}
