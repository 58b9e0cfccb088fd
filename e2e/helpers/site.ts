import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { REPO } from './paths.ts';

const run = promisify(execFile);

/** Build the Astro site from a snapshot folder into outDir, as `pnpm build` does. */
export async function buildSite(snapshotDir: string, outDir: string): Promise<{ stdout: string; stderr: string }> {
  return run('pnpm', ['exec', 'astro', 'build', '--outDir', outDir], {
    cwd: join(REPO, 'site'),
    env: { ...process.env, SNAPSHOT_DIR: snapshotDir },
    maxBuffer: 64 * 1024 * 1024,
  });
}

export async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

/** "/a/b/" for dist/a/b/index.html */
export function urlPathOf(dist: string, file: string): string {
  const rel = relative(dist, file).split('\\').join('/');
  return rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile() || s.isDirectory(),
    () => false,
  );
}

/** Does an internal URL path resolve to a file in the built site (as a static host serves it)? */
export async function resolves(dist: string, urlPath: string): Promise<boolean> {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const target = join(dist, clean);
  if (clean.endsWith('/')) return exists(join(target, 'index.html'));
  return (await stat(target).then((s) => s.isFile(), () => false)) || exists(join(target, 'index.html'));
}

export interface BrokenLink {
  page: string;
  href: string;
}

/** Every internal href/src on every page that points nowhere. */
export async function brokenInternalLinks(dist: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of await htmlFiles(dist)) {
    const { document } = parseHTML(await readFile(file, 'utf8'));
    const refs = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('img[src], script[src]')].map((el) => el.getAttribute('src') ?? ''),
    ];
    for (const ref of refs) {
      if (!ref.startsWith('/') || ref.startsWith('//')) continue;
      checked++;
      if (!(await resolves(dist, ref))) broken.push({ page: urlPathOf(dist, file), href: ref });
    }
  }
  return { checked, broken };
}
