import { cp, readdir, readFile, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEDIA_DIR, SNAPSHOT_FILE, SnapshotMissingError } from '@stadtportal/shared';
import type { AstroIntegration } from 'astro';

/** URL folder of the snapshot's images, PDF documents and videos on the site (fixed by the URL scheme). */
export const MEDIA_URL_DIR = 'medien';

const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};
/** Same file-name rules as the contract's `image.file`, `document.file` and the video's files: no folders, so no path traversal. */
const FILE_NAME = /^[A-Za-z0-9_.-]+(\.(?:png|jpe?g|webp|avif|gif|pdf|mp4|webm|vtt))$/;

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/**
 * Brings the snapshot's images to `/medien/<file>`.
 *
 * Why an integration and not an endpoint (`pages/medien/[file].ts`): the files are served
 * unchanged, so copying them once after the build is O(files) file-system work, with no route per
 * image, nothing passing through the renderer and nothing for the sitemap to pick up. In `astro dev`
 * a small middleware serves the same folder, so the fixture works without a build.
 *
 * It also checks at the very start of `astro build` that a snapshot exists: the first line the
 * user sees is then the SnapshotMissingError, not a failure deep inside page generation.
 */
export function snapshotMedia(snapshotDir: string): AstroIntegration {
  const mediaDir = join(snapshotDir, MEDIA_DIR);
  return {
    name: 'stadtportal:snapshot-media',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const file = join(snapshotDir, SNAPSHOT_FILE);
        if (!(await exists(file))) {
          const err = new SnapshotMissingError(file);
          // Astro prefixes a thrown hook error with its own line; log the one sentence first.
          logger.error(err.message);
          throw err;
        }
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/${MEDIA_URL_DIR}/`, (req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
          const ext = FILE_NAME.exec(name)?.[1];
          if (!ext) {
            next();
            return;
          }
          readFile(join(mediaDir, name)).then(
            (bytes) => {
              res.setHeader('Content-Type', MIME[ext.toLowerCase()] ?? 'application/octet-stream');
              res.end(bytes);
            },
            (err: NodeJS.ErrnoException) => {
              if (err.code !== 'ENOENT') server.config.logger.error(`/${MEDIA_URL_DIR}/${name}: ${err.message}`);
              res.statusCode = err.code === 'ENOENT' ? 404 : 500;
              res.end();
            },
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A snapshot without any image has no media folder; readSnapshot has already checked
        // that every image the content references is present.
        if (!(await exists(mediaDir))) {
          logger.info(`Kein Bilderordner ${mediaDir}: keine Bilder zu kopieren.`);
          return;
        }
        const target = join(fileURLToPath(dir), MEDIA_URL_DIR);
        await cp(mediaDir, target, { recursive: true, filter: (src) => src === mediaDir || FILE_NAME.test(src.slice(mediaDir.length + 1)) });
        logger.info(`Bilder aus ${mediaDir} nach ${target} kopiert.`);
        // The image pipeline (src/lib/images.ts) imports every snapshot picture, so Vite also
        // writes each original to /_astro/<name>.<hash>.<ext>. Pages use the transformed files
        // and /medien/ as fallback, never those copies: Astro removes the ones it transformed,
        // this removes the rest (pictures no page shows).
        const assets = join(fileURLToPath(dir), '_astro');
        const originals = new Set(await readdir(mediaDir));
        let removed = 0;
        for (const name of await readdir(assets).catch(() => [] as string[])) {
          const m = /^(.+)\.[A-Za-z0-9_-]{8}(\.(?:png|jpe?g|webp|avif|gif))$/.exec(name);
          if (m && originals.has(`${m[1]}${m[2]}`)) {
            await rm(join(assets, name));
            removed++;
          }
        }
        if (removed > 0) logger.info(`${removed} ungenutzte Bildkopien aus /_astro/ entfernt.`);
      },
    },
  };
}
