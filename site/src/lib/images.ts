import type { Image } from '@stadtportal/shared';
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { mediaPath } from './urls.ts';

/*
 * Every content picture through Astro's image pipeline (sharp): the snapshot's media files are
 * imported as modules (the `@snapshot-media` alias points at `<snapshot>/media`, astro.config.mjs),
 * so Vite names each by its content hash and Astro transforms it once per size and format, cached
 * between builds in its cache folder under that hash (the runner's SITE_BUILD_CACHE): a picture
 * that did not change is never encoded again. AVIF and WebP in widths up to the original's, with
 * `sizes` from the place the picture is shown; the <img> keeps the original under /medien/ as the
 * fallback for browsers with neither format, and its width/height reserve the space.
 *
 * A file that is not in the snapshot the build was made from (a new image of a draft in the
 * preview server) or an animated GIF is shown as it is.
 */

const MEDIA = import.meta.glob<ImageMetadata>('@snapshot-media/*.{png,jpg,jpeg,webp,avif}', { import: 'default' });
const byFile = new Map(Object.entries(MEDIA).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1), load]));

/** Widths offered (px); each picture gets those up to its own width, plus its own width. */
export const WIDTHS = [320, 480, 640, 800, 960, 1280, 1600, 1920] as const;

export function widthsFor(original: number): number[] {
  const below = WIDTHS.filter((w) => w < original);
  return original <= Math.max(...WIDTHS) ? [...below, original] : [...below];
}

export interface PictureSource {
  type: 'image/avif' | 'image/webp';
  srcset: string;
}

export interface ResponsivePicture {
  sources: PictureSource[];
  /** The original file (fallback src). */
  src: string;
  width: number;
  height: number;
}

export async function responsivePicture(image: Image, sizes: string): Promise<ResponsivePicture> {
  const src = mediaPath(image.file);
  const load = byFile.get(image.file);
  if (load === undefined || image.mime === 'image/gif') return { sources: [], src, width: image.width, height: image.height };
  const meta = await load();
  const widths = widthsFor(meta.width);
  const sources = await Promise.all(
    (['avif', 'webp'] as const).map(async (format): Promise<PictureSource> => {
      const result = await getImage({ src: meta, format, widths, sizes, quality: format === 'avif' ? 55 : 70 });
      return { type: `image/${format}`, srcset: result.srcSet.attribute };
    }),
  );
  return { sources, src, width: image.width, height: image.height };
}

/** The width of a picture shared on social networks (OpenGraph recommends 1200 px). */
export const SOCIAL_WIDTH = 1200;

/**
 * A picture for link previews (og:image): a JPEG at most 1200 px wide from the pipeline, the
 * original where the pipeline does not have the file. Path and size; the caller makes it absolute.
 */
export async function socialPicture(image: Image): Promise<{ src: string; width: number; height: number }> {
  const load = byFile.get(image.file);
  if (load === undefined || image.mime === 'image/gif') return { src: mediaPath(image.file), width: image.width, height: image.height };
  const meta = await load();
  const width = Math.min(SOCIAL_WIDTH, meta.width);
  const height = Math.round((meta.height * width) / meta.width);
  const result = await getImage({ src: meta, format: 'jpeg', width, quality: 75 });
  return { src: result.src, width, height };
}
