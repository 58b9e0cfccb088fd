/*
 * The release gate „Links“: every internal href/src of a built page must point at a file of the
 * site, as a static host serves it. Used by the release step (publish/steps.ts) and by the tests
 * over the fixture site (e2e/platform.test.ts), so both judge links the same way.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { htmlFiles, urlPathOf } from '../lib/site-files.ts';

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
  return (
    (await stat(target).then(
      (s) => s.isFile(),
      () => false,
    )) || exists(join(target, 'index.html'))
  );
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
