/*
 * The static full-text index (Pagefind), written after `astro build` as a step of its own:
 * `pnpm --filter @stadtportal/site build` runs `astro build && node search-index.ts`.
 *
 *   node search-index.ts [dist]      (default: SITE_DIST, else ./dist)
 *   SEARCH_INDEX_PREVIOUS=<site>     a previous build (the live release): parts whose pages are
 *                                    all unchanged are copied from it instead of indexed again
 *   SEARCH_INDEX_PART_SIZE=<n>       pages per part (default PART_SIZE)
 *
 * Why not an Astro integration (build:done hook), as before: the hook runs while the Astro
 * process still holds the whole build (≈ 1 GB at 10 000 pages), and Pagefind's indexer adds its
 * own on top; as a separate step the peak is the larger of the two, not their sum.
 *
 * Why in parts: Pagefind keeps its whole index in memory (≈ 160 KB per page; 1.6 GB at 10 000
 * pages). The pages are indexed in parts of at most PART_SIZE pages, each by its own Pagefind
 * process (closed before the next starts), so memory stays bounded whatever the size of the site.
 * Part 1 is the primary bundle at /pagefind/; parts 2… are bundles at /pagefind/teil-<n>/, listed
 * in /pagefind/teile.json; the search island merges them (Pagefind's mergeIndex) before it
 * searches, so citizens search one index. A site of up to PART_SIZE pages has one part and an
 * empty list. (docs/adr/0015-search-index-in-parts.md)
 *
 * What is indexed: only elements marked `data-pagefind-body` — Base.astro puts it on <main> of
 * every content page, so header, navigation and footer do not make every page match „Impressum“,
 * and pages without it (404, the search page) are left out.
 *
 * Extra search terms (synonyms of a service, „Perso“ for „Personalausweis“): Pagefind (≥ 1.5)
 * searches metadata fields as well as body text. Content adds them with an element inside or
 * outside <main>, e.g. `<span hidden data-pagefind-meta="synonyms:Perso, Ausweis"></span>`
 * (components/SearchTerms.astro renders exactly that): found by the search, never shown, never
 * read out. A meta value is the rest of the attribute after `key:`, commas included.
 *
 * The binary comes with the npm package (`@pagefind/<platform>`); nothing is downloaded here.
 */
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { PAGEFIND_DIR, PAGEFIND_PARTS_FILE, pagefindPartDir } from './src/lib/urls.ts';

/** Pages per Pagefind process: ≈ 650 MB of indexer memory, below the ≈ 1 GB of `astro build` itself. */
export const PART_SIZE = 4000;

/**
 * Beside the bundles: what each part was made from (its files and a digest of their bytes), so
 * the next build can copy a part whose pages are all unchanged instead of indexing them again
 * (`previous`, the build runner passes the live release). Same Pagefind, same part size, same
 * files with the same bytes → the same bundle.
 */
const SOURCES_FILE = 'quellen.json';
interface Sources {
  pagefind: string;
  partSize: number;
  /** digest: null when the build was not meant to be reused (no `reusable`, no `previous`). */
  parts: { dir: string; files: string[]; digest: string | null }[];
}
// The package does not export its package.json: read it beside its entry module (lib/index.js).
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** Folders of a build that hold no pages for the index. */
const NOT_PAGES = new Set([PAGEFIND_DIR, '_astro', 'medien', 'oparl', 'marke']);

const STOCK_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexResult {
  /** HTML files offered to Pagefind. */
  files: number;
  /** Pages in the German index, over all parts (files without data-pagefind-body are skipped). */
  indexed: number;
  /** URL folders of the bundles: "/pagefind/", "/pagefind/teil-2/", … */
  bundles: string[];
  /** Parts copied unchanged from the previous build instead of indexed. */
  copied: number;
}

/** HTML files of the build, relative to `dist` with "/" separators, sorted (deterministic parts). */
export async function pageFiles(dist: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dist, { withFileTypes: true })) {
    if (entry.isDirectory() && NOT_PAGES.has(entry.name)) continue;
    if (entry.isFile()) {
      if (entry.name.endsWith('.html')) out.push(entry.name);
      continue;
    }
    if (!entry.isDirectory()) continue;
    for (const sub of await readdir(join(dist, entry.name), { withFileTypes: true, recursive: true })) {
      if (sub.isFile() && sub.name.endsWith('.html')) out.push(relative(dist, join(sub.parentPath, sub.name)).split(sep).join('/'));
    }
  }
  return out.sort();
}

/**
 * Does a part have a page that marks its content (`data-pagefind-body`)? Pagefind indexes the whole
 * <body> of every page it is given when none of them has the marker — a part made only of pages
 * kept out of the search (404, the search page, English pages, payment returns) would put their
 * header and footer into the index. Such a part is left out. Reads until the first marked page:
 * usually one file per part.
 */
async function hasMarkedPage(dist: string, files: readonly string[]): Promise<boolean> {
  for (const f of files) if ((await readFile(join(dist, f), 'utf8')).includes('data-pagefind-body')) return true;
  return false;
}

/** A piece of a part: a folder's whole subtree (glob `dir/**\/*.html`) or a single file. */
interface Unit {
  glob: string;
  files: string[];
}

/**
 * The parts: consecutive pieces of the (sorted) page list, each at most `partSize` pages, made of
 * whole folders where they fit and of the folder's files and subfolders where not. A part is
 * given to Pagefind as a short glob of its pieces (`{aktuelles/**\/*.html,rat/**\/*.html}`): a glob
 * that lists thousands of single files is refused, and copying or linking 10 000 files per build
 * costs seconds on a slow disk.
 */
export function partsOf(files: readonly string[], partSize: number): Unit[][] {
  // Our paths are slugs: letters, digits, "-", "_", "/", "." — nothing a glob would read as a pattern.
  for (const f of files) if (!/^[A-Za-z0-9_./-]+$/.test(f)) throw new Error(`Suchindex: unerwarteter Dateiname ${f}`);
  const units = (prefix: string, below: readonly string[]): Unit[] => {
    if (prefix !== '' && below.length <= partSize) return [{ glob: `${prefix}**/*.html`, files: [...below] }];
    const out: Unit[] = [];
    let i = 0;
    while (i < below.length) {
      const rest = (below[i] as string).slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        out.push({ glob: below[i] as string, files: [below[i] as string] });
        i++;
        continue;
      }
      const dir = `${prefix}${rest.slice(0, slash + 1)}`;
      let j = i;
      while (j < below.length && (below[j] as string).startsWith(dir)) j++;
      out.push(...units(dir, below.slice(i, j)));
      i = j;
    }
    return out;
  };
  // Sorted by path, the files below one folder are consecutive (strings with a common prefix form
  // an interval), so each piece is a run of the list and the parts keep the list's order.
  const parts: Unit[][] = [];
  let current: Unit[] = [];
  let size = 0;
  for (const unit of units('', files)) {
    if (size > 0 && size + unit.files.length > partSize) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(unit);
    size += unit.files.length;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

const globOf = (units: readonly Unit[]): string => (units.length === 1 ? (units[0] as Unit).glob : `{${units.map((u) => u.glob).join(',')}}`);

/** Pages in the German index of one bundle, from Pagefind's entry file (the browser reads it too). */
async function indexedPages(outputPath: string): Promise<number> {
  const entryFile = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return entry.languages?.['de']?.page_count ?? 0;
}

async function indexPart(dist: string, units: readonly Unit[], outputPath: string): Promise<number> {
  const files = units.reduce((n, u) => n + u.files.length, 0);
  try {
    // German stemming for the whole site; <html lang="de"> says the same, but a page without
    // lang must not end up in a separate, unsearched language index.
    const { index, errors } = await createIndex({ forceLanguage: 'de' });
    if (!index) throw new Error(`Pagefind: kein Index angelegt: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist, glob: globOf(units) });
    if (added.errors.length > 0) throw new Error(`Pagefind: Fehler beim Einlesen von ${dist}: ${added.errors.join('; ')}`);
    if (added.page_count !== files) {
      throw new Error(`Pagefind: ${added.page_count} statt ${files} Dateien gelesen (${outputPath})`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: Index nicht geschrieben: ${written.errors.join('; ')}`);
  } finally {
    // Each part in its own indexer process: close() ends it and gives its memory back.
    await close();
  }
  // Pagefind always writes its stock UIs too; the site has its own (the stock one fails WCAG 2
  // AA), so they are not shipped and cannot be wired in by mistake.
  for (const file of STOCK_UI_FILES) await rm(join(outputPath, file), { force: true });
  return indexedPages(outputPath);
}

/** The previous build's sources, or null when it has none we can trust (missing, other Pagefind or part size). */
async function previousSources(previous: string | undefined, partSize: number): Promise<Sources | null> {
  if (previous === undefined) return null;
  let text: string;
  try {
    text = await readFile(join(previous, PAGEFIND_DIR, SOURCES_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const sources = JSON.parse(text) as Sources;
  return sources.pagefind === PAGEFIND_VERSION && sources.partSize === partSize ? sources : null;
}

async function digestOf(dist: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(`${f}\0`)
      .update(await readFile(join(dist, f)))
      .update('\0');
  return hash.digest('hex');
}

export interface SearchIndexOptions {
  partSize?: number;
  /** A previous build of the site whose unchanged parts may be copied (the live release). */
  previous?: string | undefined;
  /** Record each part's digest so that a later build can reuse it (incremental builds). */
  reusable?: boolean;
  log?: (line: string) => void;
}

export async function buildSearchIndex(distDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const dist = resolve(distDir);
  const partSize = options.partSize ?? PART_SIZE;
  if (!Number.isInteger(partSize) || partSize < 1) throw new Error(`Suchindex: Teilgröße ${partSize} ungültig`);
  const log = options.log ?? ((line: string) => console.log(line));
  const root = join(dist, PAGEFIND_DIR);
  // A rebuild into the same folder must not keep bundles of an earlier, larger build.
  await rm(root, { recursive: true, force: true });

  const files = await pageFiles(dist);
  if (files.length === 0) throw new Error(`Suchindex: keine HTML-Dateien unter ${dist} – zuerst „astro build“.`);
  const previous = await previousSources(options.previous, partSize);
  const sources: Sources = { pagefind: PAGEFIND_VERSION, partSize, parts: [] };
  const bundles: string[] = [];
  let indexed = 0;
  let copied = 0;
  let part = 0;
  for (const units of partsOf(files, partSize)) {
    const slice = units.flatMap((u) => u.files);
    if (!(await hasMarkedPage(dist, slice))) continue;
    part++;
    const dir = pagefindPartDir(part);
    const output = join(dist, ...dir.split('/').filter(Boolean));
    // Reading every page to hash it costs seconds on a large site: only when a later build may reuse it.
    const digest = options.reusable || options.previous !== undefined ? await digestOf(dist, slice) : null;
    const before = previous?.parts[part - 1];
    if (digest !== null && before?.dir === dir && before.digest === digest) {
      // The same pages, byte for byte: the previous bundle is what indexing them would write.
      // (Part 1's folder is /pagefind/ itself: copy only its own files, not the other parts.)
      const from = join(options.previous ?? '', ...dir.split('/').filter(Boolean));
      await cp(from, output, { recursive: true, filter: (src) => part !== 1 || !/[\\/]teil-\d+$/.test(src) });
      indexed += await indexedPages(output);
      copied++;
    } else {
      indexed += await indexPart(dist, units, output);
    }
    sources.parts.push({ dir, files: slice, digest });
    bundles.push(dir);
  }
  // A build whose index is empty would ship a search that never finds anything: that fails here.
  if (indexed === 0) throw new Error(`Pagefind: keine Seite im deutschen Suchindex (${root}); fehlt data-pagefind-body?`);
  await writeFile(join(root, PAGEFIND_PARTS_FILE), `${JSON.stringify(bundles.slice(1))}\n`);
  await writeFile(join(root, SOURCES_FILE), `${JSON.stringify(sources)}\n`);
  const reused = copied > 0 ? ` (${copied} unverändert übernommen)` : '';
  log(`Suchindex: ${indexed} von ${files.length} HTML-Dateien in ${bundles.length} Teil${bundles.length === 1 ? '' : 'en'}${reused} nach ${root} geschrieben.`);
  return { files: files.length, indexed, bundles, copied };
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const dist = process.argv[2] ?? (process.env['SITE_DIST'] || 'dist');
  const partSize = process.env['SEARCH_INDEX_PART_SIZE'] ? Number(process.env['SEARCH_INDEX_PART_SIZE']) : PART_SIZE;
  try {
    // SITE_BUILD_CACHE: an incremental build (the build runner), whose next build may reuse parts.
    await buildSearchIndex(dist, { partSize, previous: process.env['SEARCH_INDEX_PREVIOUS'] || undefined, reusable: Boolean(process.env['SITE_BUILD_CACHE']) });
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
