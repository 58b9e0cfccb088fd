import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/*
 * The pages of a built site as files and as URL paths: used by the release gates
 * (scripts/publish/, scripts/gates/) and by the tests (e2e/helpers/site.ts re-exports them).
 */

/** Every .html file below `dir`, sorted. */
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
