import { spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// eslint-disable-next-line no-control-regex -- the terminal's colour codes (ESC [ … m), stripped from Astro's output
const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;

/*
 * The real build in a child process, as `pnpm build` runs it: `astro build`, then the search
 * index (search-index.ts). A clean environment: vitest's NODE_ENV=test would give a development
 * build; CI=1 keeps Astro from asking questions, NO_COLOR keeps the lines comparable.
 */

export const SITE_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE = fileURLToPath(new URL('../fixtures/snapshot/', import.meta.url));
export const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
export const SITE_URL = 'https://www.aschersleben.example';
/** „Now“ of the fixture build (Wednesday, 25 November 2026, noon in Berlin); see src/lib/events.ts. */
export const BUILD_TIME = '2026-11-25T12:00:00+01:00';
export const BUILD_TIMEOUT = 180_000;

export interface BuildResult {
  code: number | null;
  /** stdout and stderr interleaved as they arrived, without colour codes. */
  lines: string[];
}

/** One build step (`node <args>`) in the site folder with the snapshot and fixed build time. */
export function runBuildStep(snapshotDir: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SNAPSHOT_DIR: snapshotDir,
    SITE_URL,
    // Events are split into upcoming and archive at build time: fixed, so the fixture's split is stable.
    BUILD_TIME,
    NO_COLOR: '1',
    CI: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: SITE_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = output
        .replace(ANSI_COLOUR, '')
        .split('\n')
        .filter((l) => l.trim() !== '');
      resolve({ code, lines });
    });
  });
}

/** `astro build` alone. */
export function astroOnly(snapshotDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return runBuildStep(snapshotDir, [ASTRO_BIN, 'build', '--outDir', outDir], env);
}

/** `astro build`, then the search index — what `pnpm build` runs. */
export async function siteBuild(snapshotDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  const built = await astroOnly(snapshotDir, outDir, env);
  if (built.code !== 0) return built;
  const indexed = await runBuildStep(snapshotDir, [join(SITE_DIR, 'search-index.ts'), outDir], env);
  return { code: indexed.code, lines: [...built.lines, ...indexed.lines] };
}

/**
 * An output folder inside the site folder, on purpose: Astro keeps its prerender chunks in the
 * output folder only when that is below the working directory, else in the shared
 * site/.astro/.prerender, where a build of another test file running at the same time deletes
 * them mid-build. (.astro/ is git-ignored.)
 */
export async function buildOutDir(prefix: string): Promise<string> {
  const parent = join(SITE_DIR, '.astro', 'test-builds');
  await mkdir(parent, { recursive: true });
  return mkdtemp(join(parent, `${prefix}-`));
}
