/*
 * The nginx configuration of a release: its compiled redirects (redirects.json) and its
 * content's CSP origins (csp.json), rendered with the installation's settings.
 *
 * Before the switch, the build step „nginx-Konfiguration“ renders the new release's
 * configuration and tests it with `nginx -t` without making it live: a release whose
 * configuration the generator or nginx refuses fails there, with the reason on the status page,
 * and the live release and configuration stay as they were. After the switch (and after a
 * rollback) the live release's configuration is written the same way — staged, tested, then
 * renamed into place — and a running nginx reloaded (cli.ts).
 */
import type { NginxOptions } from './nginx.ts';
import { checkNginxConfig, reloadNginx, writeNginxConfig } from './nginx.ts';
import { releaseCspSources } from './csp.ts';
import { releaseRedirects } from './redirects.ts';
import type { Step } from './runner.ts';

/** The step's name, as the status page shows it. */
export const NGINX_STEP = 'nginx-Konfiguration';

/** What does not depend on the release: paths, port, hosts, operator's CSP and query settings. */
export type NginxSettings = Omit<NginxOptions, 'redirects' | 'contentSources'>;

/** The full options for a release folder (missing files: no redirects, no content origins). */
export async function releaseNginxOptions(settings: NginxSettings, releaseDir: string): Promise<NginxOptions> {
  const redirects = (await releaseRedirects(releaseDir)) ?? [];
  const contentSources = (await releaseCspSources(releaseDir)) ?? undefined;
  return { ...settings, redirects, contentSources };
}

/** Build step: the new release's configuration must pass the generator and `nginx -t`. */
export function nginxConfigStep(settings: NginxSettings): Step {
  return {
    name: NGINX_STEP,
    async run({ release, log }) {
      const options = await releaseNginxOptions(settings, release.dir);
      await checkNginxConfig(options);
      log(`  nginx-Konfiguration mit ${options.redirects?.length ?? 0} Weiterleitungen geprüft (nginx -t).`);
    },
  };
}

/**
 * The live release's configuration into place (tested first), then a running nginx reloaded.
 * Returns whether an nginx was running. Throws when the configuration is refused: the live one
 * stays then, and so do its maps.
 */
export async function applyReleaseNginxConfig(settings: NginxSettings, releaseDir: string): Promise<{ confFile: string; reloaded: boolean }> {
  const confFile = await writeNginxConfig(await releaseNginxOptions(settings, releaseDir));
  return { confFile, reloaded: await reloadNginx(confFile, settings.prefix) };
}
