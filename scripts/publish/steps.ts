/*
 * The real build steps: the same commands an operator runs by hand, pointed at the release's
 * own folders (SNAPSHOT_DIR, SITE_DIST), so a build never writes into the live release.
 *   1. CMS erreichbar    GET <CMS_URL>/_health — a clear reason instead of a pull timeout
 *   2. Snapshot          scripts/run.sh snapshot  (zod-validated; an invalid entry keeps its version
 *                        from the live release's snapshot or is left out — quarantine.json beside
 *                        the release lists it; invalid settings fail here)
 *   3. Build             scripts/run.sh build
 *      Weiterleitungen   CMS redirects (snapshot) + REDIRECTS_CSV compiled to one-hop rules:
 *                        redirects.json beside the release, _redirects in the docroot; nginx's
 *                        maps follow after the switch (cli.ts: afterSwitch → config + reload)
 *      SSI               no server-side include command in any built page but the Eilmeldung
 *                        slot (ssi.ts): content must never become an nginx directive
 *   4. Links             every internal href/src resolves in the release
 *   5. CSP               no inline code the Content-Security-Policy would block; the content's
 *                        provider origins → csp.json beside the release (nginx after the switch)
 *      nginx-Konfiguration  (when the runner passes its nginx settings) the release's nginx
 *                        configuration — its redirects and CSP origins — rendered and tested
 *                        with `nginx -t`, not yet live: a configuration nginx would refuse fails
 *                        the release here instead of after the switch (nginx-release.ts)
 *   6. HTML-Validität    Nu HTML Checker (vnu.jar), errors only; the full report is kept in the
 *                        release as html-validity.json
 *   7. Barrierefreiheit  scripts/a11y-gate.mjs (pa11y-ci, WCAG 2 AA, sitemap URLs and unlisted pages)
 *
 * The build is incremental (Astro copies pages whose key is unchanged from BUILD_CACHE_DIR), and
 * gates 4–7 check the pages that differ from the live release — which passed them all; the first
 * build, FULL_GATES=1 and a removed page (for the links) check everything (changes.ts, ADR 0015).
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brokenInternalLinks } from '../gates/links.ts';
import { checkHtml, formatVnuError } from '../gates/vnu.ts';
import { cspGate, writeCspSources } from './csp.ts';
import { siteChanges, urlPathOfRel, type SiteChanges } from './changes.ts';
import { redirectsStep } from './redirects.ts';
import { nginxConfigStep, type NginxSettings } from './nginx-release.ts';
import { formatSsiFinding, ssiGate } from './ssi.ts';
import { writeQuarantine } from './quarantine.ts';
import type { Step, StepContext } from './runner.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface CommandOptions {
  env?: Record<string, string>;
  signal: AbortSignal;
  log?: (line: string) => void;
}

/**
 * Run a command in its own process group; on abort the whole group is terminated (SIGTERM,
 * SIGKILL after 5 s). Fails with the command's last output lines — the reason editors see.
 */
export function runCommand(cmd: string, args: readonly string[], options: CommandOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    if (options.signal.aborted) return reject(options.signal.reason instanceof Error ? options.signal.reason : new Error('abgebrochen'));
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const tail: string[] = [];
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        // eslint-disable-next-line no-control-regex -- colour codes of the shell scripts
        const clean = line.replace(/\u001b\[[0-9;]*m/g, '').trimEnd();
        if (!clean) continue;
        tail.push(clean);
        if (tail.length > 30) tail.shift();
        options.log?.(`  ${clean}`);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      const kill = (sig: NodeJS.Signals) => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, sig);
        } catch (err) {
          // ESRCH: the group is already gone — nothing left to stop.
          if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
        }
      };
      kill('SIGTERM');
      killTimer = setTimeout(() => kill('SIGKILL'), 5000);
    };
    options.signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', (err) => {
      options.signal.removeEventListener('abort', onAbort);
      reject(err);
    });
    child.on('close', (code, signal) => {
      options.signal.removeEventListener('abort', onAbort);
      clearTimeout(killTimer);
      const shown = [cmd, ...args].map((a) => a.replace(`${ROOT}/`, '')).join(' ');
      const output = tail.slice(-15).join('\n');
      if (code === 0) resolve();
      else if (signal) reject(new Error(`„${shown}“ wurde abgebrochen (Signal ${signal}).${output ? `\n${output}` : ''}`));
      else reject(new Error(`„${shown}“ endete mit Exit-Code ${code}.${output ? `\n${output}` : ''}`));
    });
  });
}

export interface RealStepOptions {
  cmsUrl?: string;
  /** Skip the accessibility gate (≈1.3 s per page) — only for local experiments. */
  skipA11y?: boolean;
  /** Check every page in every gate, not only the pages that differ from the live release (FULL_GATES=1). */
  fullGates?: boolean;
  /** Render every page, without Astro's incremental build cache (FULL_BUILD=1); also pulls everything. */
  fullBuild?: boolean;
  /** Pull all content, not only what changed since the live release's snapshot (FULL_PULL=1). */
  fullPull?: boolean;
  /** The installation's nginx settings: adds the step „nginx-Konfiguration“ after „CSP“. */
  nginx?: NginxSettings;
}

/** The build cache beside the releases: it outlives them, so the next build can copy unchanged pages. */
export const BUILD_CACHE_DIR = 'build-cache';

export function realSteps(options: RealStepOptions = {}): Step[] {
  const cmsUrl = (options.cmsUrl ?? process.env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/+$/, '');
  const fullGates = options.fullGates ?? process.env.FULL_GATES === '1';
  const fullBuild = options.fullBuild ?? process.env.FULL_BUILD === '1';
  // Read per build, not once: an operator can force the next pull without restarting the runner.
  const fullPull = () => options.fullPull ?? process.env.FULL_PULL === '1';
  // The first pull after the runner starts is a full one (docs/adr/0024): new code may normalise
  // differently, and nothing this process did vouches for the live release's pull index.
  let pulledSinceStart = false;
  // What the gates check, worked out once per release after the build (scripts/publish/changes.ts).
  const changesOf = new Map<string, Promise<SiteChanges>>();
  const changes = ({ release, live, log }: StepContext): Promise<SiteChanges> => {
    let found = changesOf.get(release.id);
    if (!found) {
      found = siteChanges(release.site, live?.site ?? null, { full: fullGates }).then((c) => {
        log(
          c.all
            ? `  Prüfumfang: alle ${c.total} Seiten (${c.reason})`
            : `  Prüfumfang: ${c.changed.length} von ${c.total} Seiten neu oder geändert, ${c.removed.length} entfernt (unveränderte Seiten sind die geprüften des Live-Release)`,
        );
        return c;
      });
      changesOf.set(release.id, found);
      // Only the running build needs it; a map that grows with every build would be a leak.
      for (const id of changesOf.keys()) if (id !== release.id) changesOf.delete(id);
    }
    return found;
  };
  const changedFiles = async (ctx: StepContext) => (await changes(ctx)).changed.map((f) => join(ctx.release.site, f));
  const steps: Step[] = [
    {
      name: 'CMS erreichbar',
      async run({ signal }: StepContext) {
        try {
          const res = await fetch(`${cmsUrl}/_health`, { signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]) });
          if (!res.ok) throw new Error(`Antwort ${res.status}`);
        } catch (err) {
          throw new Error(`CMS nicht erreichbar unter ${cmsUrl}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
        }
      },
    },
    {
      name: 'Snapshot',
      async run({ release, live, signal, log }) {
        // An entry the pull refuses keeps its version from the live release's snapshot: the
        // previous snapshot is the live one, not whatever the last (maybe failed) build pulled.
        const env = { SNAPSHOT_DIR: release.content, CMS_URL: cmsUrl, SNAPSHOT_PREVIOUS: live?.content ?? release.content };
        // Only what changed since the live release's snapshot, unless there is a reason to pull
        // everything; the pull itself may still fall back to a full one and says why.
        const why = !pulledSinceStart ? 'erster Abruf seit dem Start' : fullPull() ? 'FULL_PULL=1' : fullBuild ? 'FULL_BUILD=1' : null;
        log(why === null ? '  Abruf: nur Änderungen seit dem Live-Release' : `  Abruf: vollständig (${why})`);
        await runCommand('bash', [join(ROOT, 'scripts/run.sh'), 'snapshot'], { env: { ...env, SNAPSHOT_DELTA: why === null ? '1' : '0' }, signal, log });
        pulledSinceStart = true;
        const quarantined = await writeQuarantine(release.dir, release.content);
        const n = quarantined.length;
        if (n > 0) log(`  In Quarantäne: ${n === 1 ? '1 Problem' : `${n} Probleme`} – der Build geht weiter, die Statusseite nennt sie.`);
      },
    },
    {
      name: 'Build',
      run: ({ release, base, live, signal, log }) =>
        runCommand('bash', [join(ROOT, 'scripts/run.sh'), 'build'], {
          env: {
            SNAPSHOT_DIR: release.content,
            SITE_DIST: release.site,
            // Astro's incremental build (site/src/lib/build-cache.ts): unchanged pages are copied;
            // so are the search index's parts whose pages did not change (site/search-index.ts).
            ...(fullBuild ? {} : { SITE_BUILD_CACHE: join(base, BUILD_CACHE_DIR), ...(live ? { SEARCH_INDEX_PREVIOUS: live.site } : {}) }),
          },
          signal,
          log,
        }),
    },
    // CMS redirects + REDIRECTS_CSV → redirects.json beside the release, _redirects in its docroot.
    redirectsStep(),
    {
      name: 'SSI',
      async run({ release }) {
        const { pages, findings } = await ssiGate(release.site);
        if (findings.length > 0) {
          const shown = findings.slice(0, 20).map((f) => `  ${formatSsiFinding(f)}`);
          throw new Error(
            [
              `${findings.length} Server-Befehle („<!--#“) auf ${new Set(findings.map((f) => f.page)).size} von ${pages} Seiten, die nginx ausführen würde:`,
              ...shown,
            ].join('\n'),
          );
        }
      },
    },
    {
      name: 'Links',
      async run(ctx) {
        const { release } = ctx;
        const c = await changes(ctx);
        // A removed page can break links on unchanged pages: then every page is checked.
        const pages = c.all || c.removed.length > 0 ? undefined : await changedFiles(ctx);
        const { checked, broken } = await brokenInternalLinks(release.site, pages);
        if (broken.length > 0) {
          const shown = broken.slice(0, 20).map((b) => `  ${b.page} → ${b.href}`);
          throw new Error([`${broken.length} von ${checked} internen Links führen ins Leere:`, ...shown].join('\n'));
        }
      },
    },
    {
      name: 'CSP',
      async run(ctx) {
        const { release, log } = ctx;
        const { findings } = await cspGate(release.site, await changedFiles(ctx));
        if (findings.length > 0) {
          const shown = findings.slice(0, 20).map((f) => `  ${f.page}: ${f.what}`);
          throw new Error([`${findings.length} Stellen mit Inline-Code, den die Content-Security-Policy blockiert:`, ...shown].join('\n'));
        }
        // The providers the content embeds → csp.json beside the release (nginx after the switch).
        const sources = await writeCspSources(release.dir, release.content);
        log(`  Anbieter in frame-src: ${sources.frameSrc.join(' ') || '–'}; script-src: ${sources.scriptSrc.join(' ') || '–'}`);
      },
    },
    // Before the slow gates: a configuration nginx would refuse fails the release early.
    ...(options.nginx ? [nginxConfigStep(options.nginx)] : []),
    {
      name: 'HTML-Validität',
      async run(ctx) {
        const { release, signal } = ctx;
        const c = await changes(ctx);
        const { errors, version } = await checkHtml(release.site, { signal, ...(c.all ? {} : { files: await changedFiles(ctx) }) });
        // Kept beside the release (not in the docroot): what was checked, with which checker.
        await writeFile(join(release.dir, 'html-validity.json'), `${JSON.stringify({ checker: `vnu ${version}`, errors }, null, 2)}\n`);
        if (errors.length > 0) {
          const pages = new Set(errors.map((e) => e.page)).size;
          throw new Error(
            [`${errors.length} HTML-Fehler auf ${pages} Seiten (Nu HTML Checker ${version}):`, ...errors.slice(0, 20).map(formatVnuError)].join('\n'),
          );
        }
      },
    },
  ];
  if (!options.skipA11y) {
    steps.push({
      name: 'Barrierefreiheit',
      async run(ctx) {
        const { release, signal, log } = ctx;
        const c = await changes(ctx);
        let env: Record<string, string> = {};
        if (!c.all) {
          // The gate reads the pages to check from a file: 10 000 paths do not fit an environment variable.
          const only = join(release.dir, 'a11y-pages.json');
          await writeFile(only, JSON.stringify(c.changed.map(urlPathOfRel)));
          env = { A11Y_ONLY_FILE: only };
        }
        await runCommand(process.execPath, [join(ROOT, 'scripts/a11y-gate.mjs'), release.site], { env, signal, log });
      },
    });
  }
  return steps;
}
