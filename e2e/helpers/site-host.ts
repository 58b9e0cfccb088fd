import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startNginx, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { freePort } from '@stadtportal/publish/free-port';

/*
 * A site host on loopback, standing for another machine: its own publish folder (releases/,
 * current, live/), its own nginx on its own port serving `current/site`, and an rsync daemon on
 * its own port through which the build runner copies releases and switches `current` — the way
 * a runner reaches a real second host (docs/OPERATIONS.md). "Down" = both stopped.
 */

export interface SiteHostProcess {
  name: string;
  dir: string;
  /** rsync destination for PUBLISH_HOSTS. */
  target: string;
  sitePort: number;
  prefix: string;
  nginxConf: string;
  /** Stop the rsync daemon (and nginx with `all`): the host is unreachable for the runner. */
  down(all?: boolean): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

async function waitForPort(port: number, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} startete nicht (Exit ${child.exitCode}).`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${what} antwortet nicht auf 127.0.0.1:${port}.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startSiteHost(root: string, name: string): Promise<SiteHostProcess> {
  const dir = join(root, name, 'publish');
  const prefix = join(root, name, 'nginx');
  await mkdir(join(dir, 'releases'), { recursive: true });
  await mkdir(join(dir, 'live'), { recursive: true });
  const sitePort = await freePort();
  const rsyncPort = await freePort();
  const conf = join(root, name, 'rsyncd.conf');
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  // munge symlinks = no: `current` must arrive as the plain relative link nginx follows.
  await writeFile(
    conf,
    [
      `pid file = ${join(root, name, 'rsyncd.pid')}`,
      'use chroot = no',
      'munge symlinks = no',
      'read only = false',
      `uid = ${uid}`,
      `gid = ${gid}`,
      '[site]',
      `  path = ${dir}`,
      '',
    ].join('\n'),
  );
  const nginxConf = await writeNginxConfig({
    prefix,
    docroot: join(dir, 'current', 'site'),
    liveDir: join(dir, 'live'),
    port: sitePort,
    siteOrigin: `http://127.0.0.1:${sitePort}`,
    workers: 1,
    ...(uid === 0 ? { user: 'root' } : {}),
  });
  let rsyncd: ChildProcess | null = null;
  let nginx: NginxProcess | null = null;
  const startRsyncd = async () => {
    const child = spawn('rsync', ['--daemon', '--no-detach', `--config=${conf}`, '--address=127.0.0.1', `--port=${rsyncPort}`], { stdio: 'ignore' });
    rsyncd = child;
    await waitForPort(rsyncPort, child, `rsync-Daemon ${name}`);
  };
  const stopRsyncd = async () => {
    const child = rsyncd;
    rsyncd = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  await startRsyncd();
  nginx = await startNginx(nginxConf, prefix, sitePort);
  return {
    name,
    dir,
    target: `rsync://127.0.0.1:${rsyncPort}/site`,
    sitePort,
    prefix,
    nginxConf,
    async down(all = false) {
      await stopRsyncd();
      if (all) {
        await nginx?.stop();
        nginx = null;
      }
    },
    async up() {
      if (!rsyncd) await startRsyncd();
      if (!nginx) nginx = await startNginx(nginxConf, prefix, sitePort);
    },
    async stop() {
      await stopRsyncd();
      await nginx?.stop();
      nginx = null;
    },
  };
}
