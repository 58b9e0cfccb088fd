import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join } from 'node:path';

/*
 * Two things that keep Astro's incremental build (ADR 0015) working with the image pipeline
 * (src/lib/images.ts). Astro skips a page only when the code of every module it depends on is
 * unchanged between builds.
 *
 * 1. Where the image pipeline imports the snapshot's pictures from (the `@snapshot-media` alias,
 * src/lib/images.ts). Astro's incremental build (ADR 0015) skips a page only when the code of
 * every module it depends on is unchanged — and an imported picture's module names its absolute
 * path. The build runner gives every release its own snapshot folder, so importing from there
 * would make every page look changed on every publish. With a build cache, the pictures are
 * therefore mirrored into a folder inside it whose path never changes (same name = same file:
 * Strapi names uploads by hash; a changed size is copied again); without one, there is nothing
 * to keep stable and the snapshot's folder is used as it is.
 */

/**
 * 2. `astro:assets` (which the pipeline's getImage comes from) exports the build's output and
 *    server folders as URLs. The build runner builds every release into a folder of its own, so
 *    those exports would differ on every publish and no page would ever be skipped. They are used
 *    only by the Node adapter to find images at run time — never in a static build — so for the
 *    static build they are set to fixed values. Should Astro change those lines, the build warns,
 *    and incremental builds render every page again (slower, still correct);
 *    site/test/incremental.test.ts fails.
 */
const DIR_EXPORT = /export const (outDir|serverDir) = \/\* #__PURE__ \*\/ new URL\("[^"]*"\);/g;

/** The part of a Vite plugin used here (vite is Astro's dependency, not the site's). */
interface TransformPlugin {
  name: string;
  enforce: 'post';
  transform(this: { warn(message: string): void }, code: string, id: string): { code: string; map: null } | undefined;
}

export function stableAssetsModule(): TransformPlugin {
  return {
    name: 'stadtportal:stable-astro-assets',
    enforce: 'post',
    transform(code, id) {
      if (id !== '\0astro:assets') return undefined;
      const found = [...code.matchAll(DIR_EXPORT)].map((m) => m[1]);
      if (found.length !== 2) {
        this.warn(`astro:assets: Exporte outDir/serverDir nicht gefunden (${found.join(', ')}) – inkrementelle Builds rendern jede Seite neu`);
        return undefined;
      }
      return { code: code.replace(DIR_EXPORT, 'export const $1 = /* #__PURE__ */ new URL("file:///statischer-build/$1/");'), map: null };
    },
  };
}

const IMAGE = /\.(?:png|jpe?g|webp|avif|gif)$/i;

export async function mediaImportDir(snapshotMediaDir: string, buildCache: string | undefined): Promise<string> {
  if (!buildCache) return snapshotMediaDir;
  const mirror = join(buildCache, 'snapshot-media');
  await mkdir(mirror, { recursive: true });
  const source = (await readdir(snapshotMediaDir).catch(() => [] as string[])).filter((n) => IMAGE.test(n));
  const wanted = new Set(source);
  for (const name of await readdir(mirror)) if (!wanted.has(name)) await rm(join(mirror, name), { force: true });
  for (const name of source) {
    const [from, to] = [join(snapshotMediaDir, name), join(mirror, name)];
    const [a, b] = await Promise.all([stat(from), stat(to).catch(() => null)]);
    if (b === null || b.size !== a.size) await copyFile(from, to, constants.COPYFILE_FICLONE);
  }
  return mirror;
}
