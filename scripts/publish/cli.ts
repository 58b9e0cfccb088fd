/*
 * Publishing commands (Node 24 runs this TypeScript directly):
 *   node scripts/publish/cli.ts status     live release, running build, last failure (JSON)
 *   node scripts/publish/cli.ts rollback   switch back to the previous release, no rebuild
 *   node scripts/publish/cli.ts config     write var/nginx/conf/{nginx,redirects}.conf and
 *                                          var/nginx/_redirects; print the redirect report; nginx -t
 *   node scripts/publish/cli.ts nginx      config, then run nginx in the foreground (Ctrl+C stops)
 *   node scripts/publish/cli.ts runner     the build runner (webhooks → build → gates → switch)
 *   node scripts/publish/cli.ts reload     config, reload a running nginx, prune its old access
 *                                          logs (a site host's command after a switch, hosts.ts)
 * Environment (defaults in .env.example): PUBLISH_DIR, NGINX_PREFIX, SITE_PORT, SITE_URL,
 * SITE_HOSTS, CSP_FRAME_SRC, FEEDBACK_UPSTREAMS, REDIRECTS_CSV, WEBHOOK_SECRET, RUNNER_PORT, CMS_URL, RELEASES_KEEP,
 * BUILD_ON_START (1: the runner builds once at start-up, as `pnpm start` does).
 * Several machines (docs/OPERATIONS.md): PUBLISH_DATABASE_URL (one build leader among several
 * runners, leader.ts), RUNNER_NAME, PUBLISH_HOSTS (the site hosts, hosts.ts), HOSTS_CATCHUP_S,
 * PUBLISH_SKIP_STEPS (tests only: gates left out, by name).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatProblem, importRedirectsCsv, type RedirectRule } from '@stadtportal/shared/redirects';
import { pruneAccessLogs } from './logs.ts';
import { netlifyRedirects, startNginx, writeNginxConfig } from './nginx.ts';
import { applyReleaseNginxConfig, type NginxSettings } from './nginx-release.ts';
import { liveRedirects, queryKeysFromEnv } from './redirects.ts';
import { liveCspSources } from './csp.ts';
import { readStatus, rollback } from './releases.ts';
import { AlertPublisher, liveDir } from './alerts.ts';
import { BuildRunner, createRunnerServer } from './runner.ts';
import { ROOT, realSteps } from './steps.ts';
import { startCluster } from './cluster.ts';
import { editorDoorFromEnv } from './editors.ts';
import { passedGates, recordAlertsShown, recordEventFromEnv } from './record.ts';

const env = (name: string, fallback: string) => process.env[name] || fallback;
const BASE = resolve(env('PUBLISH_DIR', join(ROOT, 'var/publish')));
const PREFIX = resolve(env('NGINX_PREFIX', join(ROOT, 'var/nginx')));
const SITE_PORT = Number(env('SITE_PORT', '4321'));
const SITE_URL = env('SITE_URL', `http://127.0.0.1:${SITE_PORT}`);
const list = (name: string) =>
  env(name, '')
    .split(/[\s,]+/)
    .filter(Boolean);

/** The installation's nginx settings; each release adds its redirects and content origins. */
function nginxSettings(): NginxSettings {
  return {
    prefix: PREFIX,
    docroot: join(BASE, 'current', 'site'),
    liveDir: liveDir(BASE),
    port: SITE_PORT,
    serverNames: list('SITE_HOSTS'),
    siteOrigin: SITE_URL,
    frameSrc: list('CSP_FRAME_SRC'),
    redirectQueryKeys: queryKeysFromEnv(),
    https: SITE_URL.startsWith('https:'),
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
    // EDITOR_HOST set: the editors' door beside the site (editors.ts); else nothing. Part of the
    // settings so that a release's regenerated configuration keeps it.
    extraServers: editorDoorFromEnv(),
    // The CMS instances that receive the citizens' feedback (host:port); none → 503 page.
    feedbackUpstreams: list('FEEDBACK_UPSTREAMS'),
  };
}

async function redirects(): Promise<RedirectRule[]> {
  // The live release's compiled rules (CMS + CSV, written by its build: redirects.ts) …
  const live = await liveRedirects(BASE);
  if (live !== null) {
    console.log(`Umleitungen: ${live.length} aus dem Live-Release (CMS und REDIRECTS_CSV).`);
    return live;
  }
  // … else, before the first build, the CSV alone.
  const file = process.env.REDIRECTS_CSV;
  if (!file) return [];
  const set = importRedirectsCsv(await readFile(file, 'utf8'), {
    siteHosts: [new URL(SITE_URL).hostname, ...list('SITE_HOSTS')],
    queryKeys: queryKeysFromEnv(),
  });
  for (const n of set.notes) console.log(`Hinweis: ${formatProblem(n)}`);
  for (const e of set.errors) console.error(`Abgelehnt: ${formatProblem(e)}`);
  console.log(`Umleitungen: ${set.rules.length} gültig, ${set.errors.length} abgelehnt (${file}).`);
  return set.rules;
}

/** Write the configuration — staged and tested with nginx -t, the live one replaced only then. */
async function config(): Promise<string> {
  const rules = await redirects();
  const confFile = await writeNginxConfig({ ...nginxSettings(), contentSources: (await liveCspSources(BASE)) ?? undefined, redirects: rules });
  await writeFile(join(PREFIX, '_redirects'), netlifyRedirects(rules, SITE_URL));
  console.log(`nginx-Konfiguration geprüft (nginx -t) und geschrieben: ${confFile}`);
  return confFile;
}

/** Regenerate the configuration from the live release (tested first) and reload a running nginx. */
async function applyLiveRedirects(): Promise<void> {
  const { reloaded } = await applyReleaseNginxConfig(nginxSettings(), join(BASE, 'current'));
  if (reloaded) console.log('nginx neu geladen: Weiterleitungen des Live-Release aktiv.');
}

async function main(cmd: string | undefined): Promise<void> {
  switch (cmd) {
    case 'status':
      console.log(JSON.stringify(await readStatus(BASE), null, 2));
      return;
    case 'rollback': {
      const { from, to } = await rollback(BASE);
      console.log(`Zurückgerollt: live ist jetzt ${to} (vorher ${from}).`);
      // The redirects of the release that is live again. The rollback itself has happened: a
      // missing or failing nginx is reported, not turned into a failed rollback.
      await applyLiveRedirects().catch((err: unknown) =>
        console.error(`Weiterleitungen nicht neu geladen: ${err instanceof Error ? err.message : String(err)}`),
      );
      await recordEventFromEnv({ action: 'rollback', release: to, from }, process.env, BASE).catch((err: unknown) =>
        console.error(`Rollback NICHT im Veröffentlichungsprotokoll vermerkt: ${err instanceof Error ? err.message : String(err)}`),
      );
      return;
    }
    case 'config':
      await config();
      return;
    case 'nginx': {
      const nginx = await startNginx(await config(), PREFIX, SITE_PORT);
      console.log(`nginx läuft: http://127.0.0.1:${SITE_PORT}/ (Docroot ${join(BASE, 'current', 'site')})`);
      await new Promise<void>((done) => {
        for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void nginx.stop().then(done));
      });
      return;
    }
    case 'reload':
      // A site host after a switch (hosts.ts runs it): the live release's redirect maps, and
      // the 7-day log retention of the privacy page for this host's nginx.
      await applyLiveRedirects();
      await pruneAccessLogs(join(PREFIX, 'logs'));
      return;
    case 'runner': {
      if (process.env.PUBLISH_DATABASE_URL || process.env.PUBLISH_HOSTS) {
        // Several runners and/or several site hosts: cluster.ts wires the same parts differently.
        await startCluster({ base: BASE, prefix: PREFIX, applyLiveRedirects });
        return;
      }
      const secret = process.env.WEBHOOK_SECRET ?? '';
      const port = Number(env('RUNNER_PORT', '4322'));
      // The step „nginx-Konfiguration“ tests the new release's configuration before the switch.
      const steps = realSteps({ nginx: nginxSettings() });
      const runner = new BuildRunner({
        base: BASE,
        steps,
        keep: Number(env('RELEASES_KEEP', '5')),
        // nginx reads its redirect maps only on (re)load: new release → new maps. And the
        // publication record learns which release went live with which gates — each whatever the
        // other does; the runner logs what failed.
        afterSwitch: async (release) => {
          const results = await Promise.allSettled([
            applyLiveRedirects(),
            recordEventFromEnv({ action: 'release-live', release: release.id, gates: passedGates(steps.map((s) => s.name)) }, process.env, BASE),
          ]);
          const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
          if (failed.length > 0) throw new Error(failed.join('; '));
        },
      });
      await runner.recover();
      // `pnpm start`: one build at start-up — content may have changed while no runner listened.
      if (process.env.BUILD_ON_START === '1') void runner.trigger();
      // Eilmeldungen: the live fragment, refreshed now, on alert webhooks and at every start/end.
      const alerts = new AlertPublisher({
        base: BASE,
        cmsUrl: env('CMS_URL', 'http://127.0.0.1:1337'),
        token: process.env.CMS_API_TOKEN || undefined,
        // An alert began or ended: rebuild, so pages baked for hosts without SSI agree; and the
        // publication record notes which alerts the site shows now.
        onChange: (shown) => {
          recordAlertsShown(shown, process.env, BASE);
          void runner.trigger();
        },
      });
      // Not awaited: a CMS that is down must not keep the webhook endpoint from starting.
      void alerts.refresh().catch((err: unknown) => console.error(`Eilmeldungen: ${String(err)}`));
      const server = createRunnerServer({ runner, base: BASE, secret, alerts });
      const prune = () => void pruneAccessLogs(join(PREFIX, 'logs')).catch((err: unknown) => console.error(`Logs: ${String(err)}`));
      prune();
      const hourly = setInterval(prune, 3_600_000);
      await new Promise<void>((ok, fail) => server.listen(port, '127.0.0.1', ok).once('error', fail));
      console.log(`Build-Runner: http://127.0.0.1:${port}/webhook (POST), /status (GET), / (Statusseite) → ${BASE}`);
      await new Promise<void>((done) => {
        for (const sig of ['SIGINT', 'SIGTERM'] as const) {
          process.once(sig, () => {
            clearInterval(hourly);
            alerts.stop();
            server.close();
            void runner.stop().then(done);
          });
        }
      });
      return;
    }
    default:
      throw new Error(`Unbekannter Befehl „${cmd ?? ''}“ (status, rollback, config, nginx, reload, runner).`);
  }
}

try {
  await main(process.argv[2]);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
