/*
 * One build leader among several build runners (docs/adr/0018-several-cms-instances.md,
 * docs/OPERATIONS.md). Every runner answers webhooks and shows the status page; exactly one —
 * the holder of a PostgreSQL advisory lock — builds and publishes.
 *
 *   lock connection   `select pg_advisory_lock(…)` blocks in PostgreSQL until this runner is
 *                     leader, and holds the lock for the session's life. A leader that dies
 *                     (crash, SIGKILL, lost machine) loses its session, PostgreSQL releases the
 *                     lock, and the standby's waiting query returns: it leads from that moment.
 *   control connection  the shared state, one row of table stadtportal_publish:
 *                     requested  counter, +1 for every webhook at ANY runner (then NOTIFY)
 *                     done       the counter value the last finished build started from
 *                     live       the release id the site hosts serve
 *                     leader, leader_since, status (the leader's status.json, for the standby)
 *
 * The leader builds while requested > done: it notes `requested`, runs the local BuildRunner
 * until idle, and only then sets done. A leader killed mid-build never sets done, so the next
 * leader finds the request open and builds it — nothing is lost between the two.
 *
 * Fencing: a leader whose lock connection fails stops leading at once (`onLost`: the runner
 * aborts its build and the process exits for its supervisor to restart it as standby). Before
 * it switches the site hosts it checks the lock session is still alive (`assertLeading`).
 */
import { hostname } from 'node:os';
import { pgClient, type PgClient, type PgNotification } from './pg.ts';

/** Advisory lock keys: "STAD" and the build leader (the CMS uses 1, 2 under the same namespace). */
const NAMESPACE = 0x53544144;
const LEADER_KEY = 10;
const CHANNEL = 'stadtportal_publish';

const SCHEMA = `
create table if not exists stadtportal_publish (
  id int primary key check (id = 1),
  requested bigint not null default 0,
  done bigint not null default 0,
  live text,
  leader text,
  leader_since timestamptz,
  status jsonb,
  updated_at timestamptz not null default now()
);
insert into stadtportal_publish (id) values (1) on conflict (id) do nothing;
`;

export interface LeaderRow {
  requested: number;
  done: number;
  live: string | null;
  leader: string | null;
  leaderSince: string | null;
  status: unknown;
}

export interface LocalRunner {
  trigger(): Promise<void>;
  whenIdle(): Promise<void>;
}

export interface BuildLeaderOptions {
  databaseUrl: string;
  /** This runner's name in the status (RUNNER_NAME, default: host name + pid). */
  name?: string;
  runner: LocalRunner;
  /** Runs once on becoming leader, before the first build (recover, catch hosts up, alerts). */
  onLead?: () => Promise<void>;
  /**
   * A connection to PostgreSQL failed: while leading the lock is gone, while waiting the takeover
   * could not happen. Stop building; the process should exit for its supervisor to restart it.
   */
  onLost?: (reason: string) => void;
  /** An Eilmeldung webhook reached some runner: refresh the live fragment (leader only). */
  onAlert?: () => void;
  /** How often the leader looks for requests without a notification (a missed NOTIFY). */
  pollMs?: number;
  log?: (line: string) => void;
}

const toRow = (r: Record<string, unknown>): LeaderRow => ({
  requested: Number(r.requested),
  done: Number(r.done),
  live: typeof r.live === 'string' ? r.live : null,
  leader: typeof r.leader === 'string' ? r.leader : null,
  leaderSince: r.leader_since instanceof Date ? r.leader_since.toISOString() : null,
  status: r.status ?? null,
});

export class BuildLeader {
  readonly name: string;
  readonly #o: BuildLeaderOptions;
  readonly #log: (line: string) => void;
  #control: PgClient | null = null;
  #lock: PgClient | null = null;
  #leading = false;
  #stopped = false;
  #lost = false;
  #wake: (() => void) | null = null;
  #loop: Promise<void> | null = null;

  constructor(options: BuildLeaderOptions) {
    this.#o = options;
    this.name = options.name ?? `${hostname()}-${process.pid}`;
    this.#log = options.log ?? ((line) => console.log(line));
  }

  get leading(): boolean {
    return this.#leading;
  }

  /** Connect, create the table if needed and start waiting for the lock (not awaited). */
  async start(): Promise<void> {
    const control = pgClient(this.#o.databaseUrl, `stadtportal-runner ${this.name}`);
    await control.connect();
    control.on('error', (err) => this.#lose(`Build-Leitung: Steuerverbindung gestört (${err.message}).`));
    control.on('end', () => this.#lose('Build-Leitung: Steuerverbindung beendet.'));
    control.on('notification', (n: PgNotification) => this.#notified(n));
    await control.query(SCHEMA);
    await control.query(`listen ${CHANNEL}`);
    this.#control = control;
    this.#loop = this.#waitForLock().catch((err: unknown) => this.#lose(`Build-Leitung beendet: ${err instanceof Error ? err.message : String(err)}`));
  }

  /** A webhook at this runner: record it for whoever leads (this runner or another). */
  async requestBuild(): Promise<void> {
    await this.#query('update stadtportal_publish set requested = requested + 1, updated_at = now() where id = 1');
    await this.#query(`select pg_notify('${CHANNEL}', 'build')`);
  }

  /** An alert webhook: the leader refreshes the live fragment (its build follows as usual). */
  async requestAlertRefresh(): Promise<void> {
    await this.#query(`select pg_notify('${CHANNEL}', 'alert')`);
  }

  async row(): Promise<LeaderRow> {
    const { rows } = await this.#query('select requested, done, live, leader, leader_since, status from stadtportal_publish where id = 1');
    const first = rows[0];
    if (!first) throw new Error('Tabelle stadtportal_publish ohne Zeile');
    return toRow(first);
  }

  /** The release the site hosts serve (set by the leader after switching them). */
  async setLive(id: string): Promise<void> {
    await this.assertLeading();
    await this.#query('update stadtportal_publish set live = $1, updated_at = now() where id = 1', [id]);
  }

  /** The leader's status, for every runner's status page. */
  async publishStatus(status: unknown): Promise<void> {
    if (!this.#leading) return;
    await this.#query('update stadtportal_publish set status = $1::jsonb, updated_at = now() where id = 1', [JSON.stringify(status)]);
  }

  /** Throws unless this runner leads and its lock session answers (before switching hosts). */
  async assertLeading(): Promise<void> {
    if (!this.#leading || this.#lock === null) throw new Error('Dieser Build-Runner leitet nicht (mehr): kein Umschalten.');
    try {
      await this.#lock.query('select 1');
    } catch (err) {
      this.#lose(`Sperrverbindung verloren: ${err instanceof Error ? err.message : String(err)}`);
      throw new Error('Die Build-Leitung ist verloren: kein Umschalten.', { cause: err });
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    // Ending the sessions releases the lock at once: the standby leads without waiting.
    await Promise.allSettled([this.#lock?.end(), this.#control?.end()]);
    await this.#loop?.catch(() => undefined);
  }

  async #query(sql: string, values?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }> {
    if (this.#control === null) throw new Error('Build-Leitung nicht verbunden (start() fehlt).');
    return this.#control.query(sql, values);
  }

  #notified(n: PgNotification): void {
    if (n.channel !== CHANNEL) return;
    if (n.payload === 'alert' && this.#leading) this.#o.onAlert?.();
    this.#wake?.();
  }

  #lose(reason: string): void {
    if (this.#stopped || this.#lost) return;
    // Once: a failing session reports both 'error' and 'end'.
    this.#lost = true;
    this.#leading = false;
    this.#wake?.();
    this.#log(reason);
    this.#o.onLost?.(reason);
  }

  async #waitForLock(): Promise<void> {
    const lock = pgClient(this.#o.databaseUrl, `stadtportal-runner-lock ${this.name}`);
    await lock.connect();
    this.#lock = lock;
    const lost = (what: string) => () => this.#lose(`Build-Leitung: Sperrverbindung ${what} – dieser Runner leitet nicht (mehr).`);
    lock.on('error', (err) => lost(`gestört (${err.message})`)());
    lock.on('end', lost('beendet'));
    this.#log(`Build-Runner ${this.name}: Bereitschaft, warte auf die Build-Leitung …`);
    // Blocks inside PostgreSQL until the lock is free (the leader's session ended).
    await lock.query('select pg_advisory_lock($1, $2)', [NAMESPACE, LEADER_KEY]);
    if (this.#stopped) return;
    this.#leading = true;
    await this.#query('update stadtportal_publish set leader = $1, leader_since = now(), updated_at = now() where id = 1', [this.name]);
    this.#log(`Build-Runner ${this.name}: leitet jetzt die Builds.`);
    await this.#o.onLead?.();
    await this.#lead();
  }

  async #lead(): Promise<void> {
    const pollMs = this.#o.pollMs ?? 2000;
    while (this.#leading && !this.#stopped) {
      const { requested, done } = await this.row();
      if (requested > done) {
        // Everything requested up to now is covered by this build (it reads the whole CMS).
        await this.#o.runner.trigger();
        await this.#o.runner.whenIdle();
        if (!this.#leading || this.#stopped) return;
        await this.#query('update stadtportal_publish set done = greatest(done, $1), updated_at = now() where id = 1', [requested]);
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = null;
    }
  }
}
