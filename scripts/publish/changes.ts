/*
 * Which pages of a new release differ from the live one — so the gates after the build check
 * what changed, not 10 000 pages that are byte for byte the pages already live
 * (docs/adr/0015-search-index-in-parts-and-incremental-builds.md).
 *
 * Why this keeps "every page of every release is gated": the live release passed every gate
 * (links, CSP, HTML validity, accessibility) before it went live. A page of the new release whose
 * bytes equal the live page's is the same document; its stylesheet and scripts are the same too,
 * since their file names carry a hash of their content (a changed stylesheet renames the file,
 * which changes every page that loads it). So its results are the live page's results, and only
 * new or changed pages need checking. Two things do reach unchanged pages:
 *   - a removed page: links to it from unchanged pages break → the link check covers every page
 *     whenever a page was removed;
 *   - no live release (first build), an unreadable one, or FULL_GATES=1 → everything is checked.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface SiteChanges {
  /** Every HTML file of the new site counts as changed (first build, FULL_GATES, no live site). */
  all: boolean;
  /** Why everything is checked (for the log), or null. */
  reason: string | null;
  /** HTML files (relative paths, "/" separators) that are new or differ from the live site. */
  changed: string[];
  /** HTML files of the live site that the new one no longer has. */
  removed: string[];
  /** HTML files of the new site. */
  total: number;
}

async function htmlFilesRel(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.html')) out.push(relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  }
  return out.sort();
}

const digest = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

async function exists(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

export async function siteChanges(site: string, liveSite: string | null, options: { full?: boolean } = {}): Promise<SiteChanges> {
  const files = await htmlFilesRel(site);
  const everything = (reason: string): SiteChanges => ({ all: true, reason, changed: files, removed: [], total: files.length });
  if (options.full) return everything('FULL_GATES=1');
  if (liveSite === null || !(await exists(liveSite))) return everything('kein Live-Release zum Vergleich');
  const live = new Set(await htmlFilesRel(liveSite));
  const differs = async (f: string): Promise<boolean> => {
    if (!live.has(f)) return true;
    const [a, b] = await Promise.all([stat(join(site, f)), stat(join(liveSite, f))]);
    if (a.size !== b.size) return true;
    const [x, y] = await Promise.all([digest(join(site, f)), digest(join(liveSite, f))]);
    return x !== y;
  };
  const changed: string[] = [];
  // Several files at a time: on a slow disk, reading 2 × 10 000 files one by one takes seconds.
  for (let i = 0; i < files.length; i += 32) {
    const batch = files.slice(i, i + 32);
    const flags = await Promise.all(batch.map(differs));
    changed.push(...batch.filter((_, j) => flags[j]));
  }
  const present = new Set(files);
  const removed = [...live].filter((f) => !present.has(f));
  return { all: false, reason: null, changed, removed, total: files.length };
}

/** "a/b/index.html" → "/a/b/", "404.html" → "/404.html" (as the gate and the link check name pages). */
export function urlPathOfRel(rel: string): string {
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}
