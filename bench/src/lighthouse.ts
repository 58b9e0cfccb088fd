// Lighthouse (12.2.3, the CLI of this package's pinned dependency) in Debian's Chromium, on pages
// served by the real nginx configuration of scripts/publish (gzip, security headers, SSI),
// one page after the other. Default Lighthouse settings: mobile form factor, simulated throttling.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { CHROME_ARGS } from '@stadtportal/publish/a11y-gate';
import { startNginx, writeNginxConfig, type NginxProcess } from '@stadtportal/publish/nginx';
import { freePort } from '@stadtportal/publish/free-port';
import { SITE_URL } from './build.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

export interface Served {
  origin: string;
  stop(): Promise<void>;
}

/** Serve a built site through nginx with the production configuration (bench only, loopback). */
export async function serveWithNginx(dist: string, work: string): Promise<Served> {
  const prefix = join(work, 'nginx');
  const live = join(work, 'live');
  await mkdir(prefix, { recursive: true });
  await mkdir(live, { recursive: true });
  const port = await freePort();
  const conf = await writeNginxConfig({
    prefix,
    docroot: dist,
    liveDir: live,
    port,
    siteOrigin: SITE_URL,
    workers: 1,
    ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
  });
  const nginx: NginxProcess = await startNginx(conf, prefix, port);
  return { origin: `http://127.0.0.1:${port}`, stop: () => nginx.stop() };
}

/**
 * One Lighthouse run; a run that Lighthouse itself could not record (its „Runtime error“, e.g.
 * NO_NAVSTART when the loaded machine stalls Chromium) is repeated, up to three attempts.
 */
export async function lighthouse(url: string, outFile: string, lighthouseBin: string): Promise<Scores> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url, outFile, lighthouseBin);
    } catch (err) {
      if (attempt >= 3 || !(err instanceof Error) || !err.message.includes('Runtime error')) throw err;
    }
  }
}

async function lighthouseOnce(url: string, outFile: string, lighthouseBin: string): Promise<Scores> {
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [
        lighthouseBin,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${outFile}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-path=${chrome}`,
        `--chrome-flags=${CHROME_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
      (err, _stdout, stderr) => (err ? reject(new Error(`Lighthouse ${url}: ${err.message}\n${stderr.slice(-2000)}`)) : resolve()),
    );
  });
  const report = JSON.parse(await readFile(outFile, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
  };
  const scores = {} as Scores;
  for (const c of CATEGORIES) {
    const s = report.categories[c]?.score;
    if (s === null || s === undefined) throw new Error(`Lighthouse ${url}: keine Bewertung für ${c}`);
    scores[c] = Math.round(s * 100);
  }
  return scores;
}

/** The audits that cost points: what to fix when a score is below 100. */
export async function failedAudits(outFile: string): Promise<string[]> {
  const report = JSON.parse(await readFile(outFile, 'utf8')) as {
    audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
  };
  return Object.entries(report.audits)
    .filter(([, a]) => (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric') && a.score !== null && a.score < 0.9)
    .map(([id]) => id);
}
