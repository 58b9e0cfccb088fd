/*
 * `node scripts/publish/cli.ts runner` beyond one machine (docs/OPERATIONS.md): the same build
 * runner, steps, webhook server and Eilmeldung fast path as on one machine, wired to
 *   - a build leader (PUBLISH_DATABASE_URL, leader.ts): several runners answer webhooks, the
 *     holder of the PostgreSQL advisory lock builds; a standby takes over when it dies;
 *   - site hosts (PUBLISH_HOSTS, hosts.ts): each release is copied to every host and switched
 *     on all of them only once all reachable hosts have it; a host that was down is caught up.
 * Either works alone: one runner with two hosts, or two runners publishing on the runner's
 * own machine (then each runner serves its own publish folder, which only makes sense with hosts).
 */
import { join } from 'node:path';
import { AlertPublisher } from './alerts.ts';
import { distributeStep, HostSync, parseHosts } from './hosts.ts';
import { BuildLeader } from './leader.ts';
import { pruneAccessLogs } from './logs.ts';
import { liveRelease, readStatus, type PublishStatus, type Release } from './releases.ts';
import { BuildRunner, createRunnerServer } from './runner.ts';
import { realSteps } from './steps.ts';
import { passedGates, recordAlertsShown, recordEventFromEnv } from './record.ts';

export interface ClusterOptions {
  base: string;
  prefix: string;
  /** The single-machine afterSwitch (local nginx): used when no site hosts are configured. */
  applyLiveRedirects: () => Promise<void>;
}

/** What /status shows beyond one machine: which runner leads, and each site host. */
export interface ClusterStatus extends PublishStatus {
  runner: { name: string; role: 'Leitung' | 'Bereitschaft' | 'allein' };
  leader: string | null;
  hosts: ReturnType<HostSync['state']>;
}

const env = (name: string, fallback: string) => process.env[name] || fallback;
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function startCluster({ base, prefix, applyLiveRedirects }: ClusterOptions): Promise<void> {
  const secret = process.env.WEBHOOK_SECRET ?? '';
  const port = Number(env('RUNNER_PORT', '4322'));
  const keep = Number(env('RELEASES_KEEP', '5'));
  const hosts = process.env.PUBLISH_HOSTS ? parseHosts(process.env.PUBLISH_HOSTS) : null;
  const databaseUrl = process.env.PUBLISH_DATABASE_URL || '';
  const skip = new Set(
    env('PUBLISH_SKIP_STEPS', '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

  // Late-bound: the host sync's fencing asks the leader, the leader drives the runner.
  let leader: BuildLeader | null = null;
  const sync = hosts ? new HostSync({ base, hosts, keep, beforeSwitch: async () => leader?.assertLeading() }) : null;
  const copied = new Map<string, string[]>();
  const steps = [...realSteps().filter((s) => !skip.has(s.name)), ...(sync ? [distributeStep(sync, (release, ok) => copied.set(release.id, ok))] : [])];
  const runner = new BuildRunner({
    base,
    steps,
    keep,
    async afterSwitch(release: Release) {
      // The publication record learns of the release whatever the hosts or nginx do; the runner logs what failed.
      const recorded = recordEventFromEnv({ action: 'release-live', release: release.id, gates: passedGates(steps.map((s) => s.name)) }, process.env, base);
      const switched = (async () => {
        if (sync) {
          await sync.switchAll(release, copied.get(release.id) ?? []);
          copied.clear();
          await leader?.setLive(release.id);
        } else {
          await applyLiveRedirects();
        }
      })();
      const failed = (await Promise.allSettled([switched, recorded])).flatMap((r) => (r.status === 'rejected' ? [message(r.reason)] : []));
      if (failed.length > 0) throw new Error(failed.join('; '));
    },
  });
  await runner.recover();

  const requestBuild = async (): Promise<void> => {
    if (leader) await leader.requestBuild();
    else await runner.trigger();
  };
  const alerts = new AlertPublisher({
    base,
    cmsUrl: env('CMS_URL', 'http://127.0.0.1:1337'),
    token: process.env.CMS_API_TOKEN || undefined,
    // An alert began or ended: the record notes which show now, and a build follows (pages without SSI).
    onChange: (shown) => {
      recordAlertsShown(shown, process.env, base);
      void requestBuild().catch((err: unknown) => console.error(`Build anfordern: ${message(err)}`));
    },
    // Every write of the fragment goes to every host: an alert is live on all of them in seconds.
    onWrite: () => void sync?.pushLive().catch((err: unknown) => console.error(`Eilmeldung verteilen: ${message(err)}`)),
  });

  const name = env('RUNNER_NAME', '');
  let catchUpTimer: NodeJS.Timeout | null = null;
  let statusTimer: NodeJS.Timeout | null = null;
  const localStatus = async (): Promise<ClusterStatus> => ({
    ...(await readStatus(base)),
    runner: { name: leader?.name ?? (name || 'allein'), role: leader === null ? 'allein' : leader.leading ? 'Leitung' : 'Bereitschaft' },
    leader: leader?.leading ? leader.name : null,
    hosts: sync?.state() ?? [],
  });
  const catchUp = async (): Promise<void> => {
    if (!sync) return;
    const expected = leader ? (await leader.row()).live : undefined;
    await sync.catchUp(expected);
  };
  const startLeading = async (): Promise<void> => {
    void alerts.refresh().catch((err: unknown) => console.error(`Eilmeldungen: ${message(err)}`));
    const every = Number(env('HOSTS_CATCHUP_S', '30')) * 1000;
    catchUpTimer = setInterval(() => void catchUp().catch((err: unknown) => console.error(`Hosts nachholen: ${message(err)}`)), every);
  };

  if (databaseUrl) {
    // `lead`, not `leader`: the callbacks run only after start(), on this very instance.
    const lead: BuildLeader = new BuildLeader({
      databaseUrl,
      ...(name ? { name } : {}),
      runner,
      async onLead() {
        await runner.recover();
        // The hosts serve what the last leader switched. This runner continues from there only
        // with that release in hand; otherwise it builds its own first (content is in the CMS).
        const row = await lead.row();
        const mine = await liveRelease(base);
        if (row.live !== null && row.live !== mine) {
          console.log(`Build-Leitung: die Hosts zeigen ${row.live}, hier ist ${mine ?? 'keins'} live – baue neu.`);
          await lead.requestBuild();
        } else {
          await catchUp();
        }
        await startLeading();
        statusTimer = setInterval(() => {
          void localStatus()
            .then((s) => leader?.publishStatus(s))
            .catch((err: unknown) => console.error(`Status teilen: ${message(err)}`));
        }, 2000);
      },
      onAlert: () => void alerts.refresh().catch((err: unknown) => console.error(`Eilmeldungen: ${message(err)}`)),
      onLost: (reason) => {
        // Fencing: never build or switch without the lock. The supervisor (systemd) restarts
        // this process, which then waits as standby.
        console.error(`${reason} Der Build wird abgebrochen, der Prozess beendet sich.`);
        void runner.stop().finally(() => process.exit(1));
      },
    });
    leader = lead;
    await lead.start();
  } else {
    await startLeading();
  }
  if (process.env.BUILD_ON_START === '1') await requestBuild();

  const status = async (): Promise<ClusterStatus> => {
    if (leader === null || leader.leading) return localStatus();
    // A standby shows the leader's status — editors see the running build whichever runner
    // answers — under its own name and role.
    const row = await leader.row();
    const shared = row.status as ClusterStatus | null;
    if (shared === null) return localStatus();
    return { ...shared, runner: { name: leader.name, role: 'Bereitschaft' }, leader: row.leader };
  };
  const leaderAtStart = leader;
  const server = createRunnerServer({
    runner: { trigger: requestBuild },
    base,
    secret,
    // An alert webhook at a standby reaches the leader's fragment through a notification.
    alerts: leaderAtStart ? { refresh: () => leaderAtStart.requestAlertRefresh() } : alerts,
    status,
  });
  const prune = () => void pruneAccessLogs(join(prefix, 'logs')).catch((err: unknown) => console.error(`Logs: ${message(err)}`));
  prune();
  const hourly = setInterval(prune, 3_600_000);
  await new Promise<void>((ok, fail) => server.listen(port, '127.0.0.1', ok).once('error', fail));
  console.log(
    `Build-Runner${leader ? ` ${leader.name}` : ''}: http://127.0.0.1:${port}/webhook (POST), /status, / → ${base}` +
      `${hosts ? `; Hosts: ${hosts.map((h) => h.name).join(', ')}` : ''}`,
  );
  await new Promise<void>((done) => {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      process.once(sig, () => {
        clearInterval(hourly);
        if (catchUpTimer) clearInterval(catchUpTimer);
        if (statusTimer) clearInterval(statusTimer);
        alerts.stop();
        server.close();
        void runner
          .stop()
          .then(() => leader?.stop())
          .then(done);
      });
    }
  });
}
