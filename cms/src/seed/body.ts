import type { SeedBlock, SeedImage } from './types';
import type { SeedMedia, UploadedFile } from './media';

/**
 * The `image` object of a Strapi blocks image node: the fields the admin's blocks editor copies
 * from the media library (content-manager BlocksInput/Blocks/Image, IMAGE_SCHEMA_FIELDS) and
 * that the blocks validator requires (timestamps as strings).
 */
export interface BlockImage {
  name: string;
  alternativeText: string;
  url: string;
  caption: string | null;
  width: number;
  height: number;
  formats: Record<string, unknown> | null;
  hash: string;
  ext: string;
  mime: string;
  size: number;
  previewUrl: string | null;
  provider: string;
  provider_metadata: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
}

export type StrapiBlock = Exclude<SeedBlock, { type: 'seed-image' }> | { type: 'image'; image: BlockImage; children: [{ type: 'text'; text: '' }] };

const isoString = (value: Date | string | number): string =>
  value instanceof Date ? value.toISOString() : typeof value === 'number' ? new Date(value).toISOString() : value;

/**
 * The block keeps its own alt text (the one written for this place in the text), so one picture
 * can be described differently where it is used differently.
 */
export function blockImage(file: UploadedFile, alt: string): BlockImage {
  if (file.width === null || file.height === null) {
    throw new Error(`Seed: Datei ${file.name} hat keine Bildmaße – ist sie ein Bild?`);
  }
  return {
    name: file.name,
    alternativeText: alt,
    // Kept relative (/uploads/…) as stored by the local provider: the CMS's public URL differs
    // between demo and production, and the snapshot pull resolves it against its CMS_URL.
    url: file.url,
    caption: file.caption,
    width: file.width,
    height: file.height,
    formats: file.formats,
    hash: file.hash,
    ext: file.ext,
    mime: file.mime,
    size: file.size,
    previewUrl: file.previewUrl,
    provider: file.provider,
    provider_metadata: file.provider_metadata,
    createdAt: isoString(file.createdAt),
    updatedAt: isoString(file.updatedAt),
  };
}

/** Seed blocks → Strapi blocks: `seed-image` becomes a real image block on an uploaded file. */
export async function toStrapiBlocks(blocks: SeedBlock[], media: SeedMedia): Promise<StrapiBlock[]> {
  const result: StrapiBlock[] = [];
  for (const block of blocks) {
    if (block.type === 'seed-image') {
      result.push(await imageBlock(block.image, media));
    } else {
      result.push(block);
    }
  }
  return result;
}

async function imageBlock(image: SeedImage, media: SeedMedia): Promise<StrapiBlock> {
  const file = await media.file(image);
  return { type: 'image', image: blockImage(file, image.alt), children: [{ type: 'text', text: '' }] };
}
