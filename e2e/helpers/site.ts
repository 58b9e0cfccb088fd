import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

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

/**
 * Every internal href/src that points nowhere — on every page, or on the given pages (absolute
 * paths of HTML files below `dist`; the targets are still looked up in the whole site).
 */
export async function brokenInternalLinks(dist: string, pages?: readonly string[]): Promise<{ checked: number; broken: BrokenLink[] }> {
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of pages ?? (await htmlFiles(dist))) {
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
