// Full build: the Astro site from a snapshot beside Hugo building the same content, one after
// the other in the same run (the ratio is the figure; absolute times on a shared machine wander).
import { existsSync, realpathSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { measure, type Measured } from './measure.ts';

export const BUILD_TIME = '2026-11-25T12:00:00+01:00';
export const SITE_URL = 'https://www.aschersleben.example';

export async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

export interface SiteBuild extends Measured {
  html: number;
  renderSeconds: number | null;
  /** `astro build` alone and the search index step after it (site/search-index.ts). */
  astro: Measured;
  index: Measured;
}

/**
 * The site build as `pnpm build` runs it: `astro build`, then the search index in its own process.
 * Time is the sum of both; peak memory the larger of the two (they run one after the other).
 */
export async function astroBuild(root: string, snapshotDir: string, outDir: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<SiteBuild> {
  const siteDir = join(root, 'site');
  const astroBin = join(dirname(createRequire(join(siteDir, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
  // As the build runner and the site tests build: production mode, fixed build time, no colours.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SNAPSHOT_DIR: snapshotDir,
    SITE_URL,
    BUILD_TIME,
    NO_COLOR: '1',
    CI: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  };
  // The heap cap of site/package.json's build script (SITE_BUILD_HEAP_MB, default 1024): V8 otherwise
  // lets garbage pile up to 1.5 GB on a machine with plenty of memory.
  const heap = `--max-old-space-size=${process.env.SITE_BUILD_HEAP_MB ?? '1024'}`;
  const astro = await measure(process.execPath, [heap, astroBin, 'build', '--outDir', outDir], { cwd: siteDir, env });
  if (astro.code !== 0) throw new Error(`astro build fehlgeschlagen (Code ${astro.code}):\n${astro.output.slice(-4000)}`);
  const index = await measure(process.execPath, [join(siteDir, 'search-index.ts'), outDir], { cwd: siteDir, env });
  if (index.code !== 0) throw new Error(`Suchindex fehlgeschlagen (Code ${index.code}):\n${index.output.slice(-4000)}`);
  return {
    seconds: astro.seconds + index.seconds,
    peakMB: Math.max(astro.peakMB, index.peakMB),
    code: 0,
    output: `${astro.output}\n${index.output}`,
    html: await countHtml(outDir),
    renderSeconds: renderSeconds(astro.output),
    astro,
    index,
  };
}

/** Seconds Astro reports for rendering the pages („generating static routes … Completed in 18.71s.“). */
export function renderSeconds(output: string): number | null {
  // „18.71s“, „850ms“ or, over a minute, „1m 5s“.
  const m = /generating static routes[\s\S]*?Completed in (?:(\d+)m\s*)?([\d.]+)(m?s)\./.exec(output);
  if (!m) return null;
  return Number(m[1] ?? 0) * 60 + (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
}

/** The Pagefind binary the site's build uses (npm package @pagefind/<platform>), for indexing Hugo's output the same way. */
export function pagefindBin(root: string): string {
  // pnpm puts the platform package beside pagefind (…/.pnpm/pagefind@x/node_modules/@pagefind/<platform>);
  // neither package exports its package.json, so resolve through the folder layout.
  const pagefindDir = realpathSync(join(root, 'site/node_modules/pagefind'));
  const bin = join(dirname(pagefindDir), '@pagefind', `${process.platform}-${process.arch}`, 'bin', 'pagefind_extended');
  if (!existsSync(bin)) throw new Error(`Pagefind-Programm nicht gefunden: ${bin}`);
  return bin;
}

/** Pagefind over Hugo's output, as the site's integration does (German, only data-pagefind-body). */
export async function pagefindIndex(root: string, siteDir: string): Promise<Measured> {
  const m = await measure(pagefindBin(root), ['--site', siteDir, '--force-language', 'de', '--output-subdir', 'pagefind'], { cwd: siteDir });
  if (m.code !== 0) throw new Error(`pagefind fehlgeschlagen (Code ${m.code}):\n${m.output.slice(-4000)}`);
  return m;
}

export async function hugoBuild(hugoDir: string, outDir: string): Promise<Measured & { html: number }> {
  const bin = process.env.HUGO_BIN ?? '/usr/bin/hugo';
  const m = await measure(bin, ['--quiet', '--cleanDestinationDir', '-d', outDir], { cwd: hugoDir });
  if (m.code !== 0) throw new Error(`hugo fehlgeschlagen (Code ${m.code}):\n${m.output.slice(-4000)}`);
  return { ...m, html: await countHtml(outDir) };
}
