import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { SNAPSHOT_FILE, type Snapshot } from '@stadtportal/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroOnly, BUILD_TIME, BUILD_TIMEOUT, buildOutDir, FIXTURE, type BuildResult } from './helpers/astro-build.ts';
import { keyedFileCount } from './helpers/keyed.ts';

/*
 * Astro's incremental build with our page keys (src/lib/build-cache.ts), as the build runner
 * runs it (SITE_BUILD_CACHE): after an edit, a build that copies the unchanged pages from the
 * cache must write exactly what a full build of the same snapshot writes — byte for byte, every
 * file — and it must actually skip the pages it can (else it is no faster).
 */

const temp: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `stadtportal-inc-${prefix}-`));
  temp.push(dir);
  return dir;
}
async function outDir(prefix: string): Promise<string> {
  const dir = await buildOutDir(`inc-${prefix}`);
  temp.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

/** A copy of the fixture snapshot with `edit` applied to its content. */
async function editedSnapshot(from: string, edit: (s: Snapshot) => void): Promise<string> {
  const dir = await tempDir('snap');
  await cp(from, dir, { recursive: true });
  const file = join(dir, SNAPSHOT_FILE);
  const snapshot = JSON.parse(await readFile(file, 'utf8')) as Snapshot;
  edit(snapshot);
  await writeFile(file, JSON.stringify(snapshot));
  // Media files an edit may name (the snapshot check wants every referenced file present).
  await writeFile(join(dir, 'media', 'inc-video.mp4'), 'mp4\n');
  await writeFile(join(dir, 'media', 'inc-video.vtt'), 'WEBVTT\n');
  return dir;
}

/** Every file of a build with its content. */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), await readFile(join(e.parentPath, e.name), 'latin1'));
  }
  return out;
}

/** Pages Astro copied from the cache instead of rendering them ("… (restored)" / "(cached)"). */
const copied = (r: BuildResult) =>
  r.lines.filter((l) => /\((?:restored|cached)\)\s*$/.test(l)).map((l) => l.replace(/^.*?├─\s*/, '').replace(/\s*\((?:restored|cached)\)\s*$/, ''));

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

async function expectSameFiles(actualDir: string, expectedDir: string): Promise<void> {
  const [actual, expected] = await Promise.all([filesOf(actualDir), filesOf(expectedDir)]);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differing = [...expected].filter(([f, text]) => actual.get(f) !== text).map(([f]) => f);
  expect(differing).toEqual([]);
}

describe('incremental build (SITE_BUILD_CACHE): equal to a full build, and skips what did not change', () => {
  let cache: string;
  let keyed: number;
  let pageId: string;
  let pageFile: string;
  let newsFile: string;

  const build = async (snapshot: string, prefix: string, env: NodeJS.ProcessEnv = {}): Promise<{ dir: string; result: BuildResult }> => {
    const dir = await outDir(prefix);
    const result = await astroOnly(snapshot, dir, env);
    if (result.code !== 0) throw new Error(`astro build ist fehlgeschlagen:\n${result.lines.join('\n')}`);
    return { dir, result };
  };

  beforeAll(async () => {
    cache = await tempDir('cache');
    const snapshot = JSON.parse(await readFile(join(FIXTURE, SNAPSHOT_FILE), 'utf8')) as Snapshot;
    // A leaf page (no children) and a news article: their text is shown on their own page only.
    const leaf = snapshot.pages.find((p) => !snapshot.pages.some((c) => c.parent === p.documentId) && p.parent !== null);
    const article = snapshot.news[0];
    if (!leaf || !article) throw new Error('Fixture ohne Unterseite oder Meldung');
    pageId = leaf.documentId;
    const paths = new Map<string, string>();
    const pathOf = (id: string): string => {
      const p = snapshot.pages.find((x) => x.documentId === id);
      if (!p) throw new Error(id);
      if (!paths.has(id)) paths.set(id, `${p.parent === null ? '' : pathOf(p.parent)}${p.slug}/`);
      return paths.get(id) ?? '';
    };
    pageFile = `${pathOf(leaf.documentId)}index.html`;
    newsFile = `aktuelles/${article.slug}/index.html`;
    // The first build with an empty cache renders everything and fills the cache.
    const first = await build(FIXTURE, 'erst', { SITE_BUILD_CACHE: cache });
    expect(copied(first.result)).toEqual([]);
    keyed = await keyedFileCount(snapshot, first.dir);
  }, BUILD_TIMEOUT);

  it(
    'after a text edit renders only the edited page and article, copies the rest, and writes what a full build writes',
    async () => {
      const edited = await editedSnapshot(FIXTURE, (s) => {
        const page = s.pages.find((p) => p.documentId === pageId);
        const article = s.news[0];
        if (!page || !article) throw new Error('Fixture');
        (page.body as unknown[]).push(paragraph('Neuer Absatz nur auf dieser Seite.'));
        page.updatedAt = '2026-11-25T10:00:00.000Z';
        // A video only its own page shows (OWN_FIELDS): the other pages keep their key.
        page.video = {
          title: 'Neues Video nur auf dieser Seite',
          speech: true,
          duration: 8,
          mp4: { file: 'inc-video.mp4', size: 4, mime: 'video/mp4' },
          webm: null,
          captions: { file: 'inc-video.vtt', size: 7, mime: 'text/vtt' },
          poster: { file: 'stadtmauer.png', width: 640, height: 360, mime: 'image/png' },
          transcript: null,
        };
        (article.body as unknown[]).push(paragraph('Nachtrag zur Meldung.'));
      });
      const incremental = await build(edited, 'text', { SITE_BUILD_CACHE: cache });
      const full = await build(edited, 'text-voll');
      const skipped = copied(incremental.result);
      expect(skipped).toHaveLength(keyed - 2);
      expect(skipped.map((p) => p.replace(/^\//, ''))).not.toContain(pageFile);
      expect(skipped.map((p) => p.replace(/^\//, ''))).not.toContain(newsFile);
      expect(await readFile(join(incremental.dir, pageFile), 'utf8')).toContain('Neuer Absatz nur auf dieser Seite.');
      expect(await readFile(join(incremental.dir, pageFile), 'utf8')).toContain('Neues Video nur auf dieser Seite');
      await expectSameFiles(incremental.dir, full.dir);
    },
    BUILD_TIMEOUT,
  );

  it(
    'after a title change (navigation, breadcrumbs, lists) renders every page again',
    async () => {
      const edited = await editedSnapshot(FIXTURE, (s) => {
        const page = s.pages.find((p) => p.documentId === pageId);
        if (!page) throw new Error('Fixture');
        page.title = `${page.title} (neu)`;
      });
      const incremental = await build(edited, 'titel', { SITE_BUILD_CACHE: cache });
      expect(copied(incremental.result)).toEqual([]);
      await expectSameFiles(incremental.dir, (await build(edited, 'titel-voll')).dir);
    },
    BUILD_TIMEOUT,
  );

  it(
    'renders an event page again when the build time makes it past, and nothing else that is keyed',
    async () => {
      // Two build times after every Eilmeldung of the fixture has ended (the same, empty banner);
      // between them the Christmas market ends — its category keeps other upcoming events.
      const before = '2026-12-01T12:00:00+01:00';
      const after = '2026-12-30T12:00:00+01:00';
      const snapshot = JSON.parse(await readFile(join(FIXTURE, SNAPSHOT_FILE), 'utf8')) as Snapshot;
      const market = snapshot.events.find((e) => Date.parse(e.end) > Date.parse(before) && Date.parse(e.end) < Date.parse(after));
      if (!market) throw new Error('Fixture ohne Veranstaltung, die zwischen den beiden Zeitpunkten endet');
      await build(FIXTURE, 'vorher', { SITE_BUILD_CACHE: cache, BUILD_TIME: before });
      const incremental = await build(FIXTURE, 'nachher', { SITE_BUILD_CACHE: cache, BUILD_TIME: after });
      const skipped = copied(incremental.result).map((p) => p.replace(/^\//, ''));
      expect(skipped).toHaveLength(keyed - 1);
      expect(skipped).not.toContain(`veranstaltungen/${market.slug}/index.html`);
      await expectSameFiles(incremental.dir, (await build(FIXTURE, 'nachher-voll', { BUILD_TIME: after })).dir);
    },
    BUILD_TIMEOUT,
  );

  it(
    'renders every page again when the Eilmeldungen active at build time change (the banner is on every page)',
    async () => {
      // Same snapshot as the cache's last build, but a build time after every alert has ended.
      const later = new Date(Date.parse(BUILD_TIME) + 400 * 86_400_000).toISOString();
      await build(FIXTURE, 'wieder', { SITE_BUILD_CACHE: cache });
      const unchanged = await build(FIXTURE, 'gleich', { SITE_BUILD_CACHE: cache });
      expect(copied(unchanged.result)).toHaveLength(keyed);
      const incremental = await build(FIXTURE, 'spaeter', { SITE_BUILD_CACHE: cache, BUILD_TIME: later });
      expect(copied(incremental.result)).toEqual([]);
      await expectSameFiles(incremental.dir, (await build(FIXTURE, 'spaeter-voll', { BUILD_TIME: later })).dir);
    },
    BUILD_TIMEOUT,
  );
});
