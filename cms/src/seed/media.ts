import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';
import type { SeedImage } from './types';

/** An upload-plugin file row (plugin::upload.file), as far as the seed needs it. */
export interface UploadedFile {
  id: number;
  name: string;
  alternativeText: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  formats: Record<string, unknown> | null;
  hash: string;
  ext: string;
  mime: string;
  size: number;
  url: string;
  previewUrl: string | null;
  provider: string;
  provider_metadata: Record<string, unknown> | null;
  createdAt: Date | string | number;
  updatedAt: Date | string | number;
}

/** The part of the upload plugin's service we call (Strapi 5.54: `upload({ data, files })`). */
interface UploadService {
  upload(
    input: {
      data: { fileInfo: { name: string; alternativeText: string; caption: string | null } };
      files: { filepath: string; originalFilename: string; mimetype: string; size: number };
    },
    opts?: { user?: { id: number } },
  ): Promise<UploadedFile[]>;
}

/** A document the seed generated (a PDF): the file name visitors see, and its bytes. */
export interface SeedDocument {
  name: string;
  bytes: Uint8Array;
}

// Vector illustrations become 2× bitmaps: sharp draws SVGs at 72 dpi, so 144 dpi doubles them
// for high-density screens; the upload plugin then derives its smaller responsive formats.
const DENSITY = 144;

/**
 * Turns seed illustrations (SVG in cms/seed-assets/) into media-library files. A file whose name
 * is already in the library is reused, so re-running the seed uploads nothing twice.
 */
export class SeedMedia {
  private readonly cache = new Map<string, Promise<UploadedFile>>();
  uploaded = 0;
  reused = 0;
  private readonly documentCache = new Map<string, Promise<UploadedFile>>();
  private readonly generatedCache = new Map<string, Promise<UploadedFile>>();
  documentsUploaded = 0;
  documentsReused = 0;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly assetsDir: string,
  ) {}

  file(image: SeedImage): Promise<UploadedFile> {
    const cached = this.cache.get(image.file);
    if (cached) return cached;
    const pending = this.ensure(image);
    this.cache.set(image.file, pending);
    return pending;
  }

  /**
   * A generated PDF as a media-library file. Reused when the library already holds this name
   * with the same content: the SHA-256 of the bytes is kept in the file's caption (Strapi's own
   * `hash` column is name + random suffix, not the content). Changed content is uploaded as a new
   * file, so the entry that points to it counts as changed, and an unchanged one as unchanged.
   */
  document(doc: SeedDocument): Promise<UploadedFile> {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*\.pdf$/.test(doc.name)) {
      throw new Error(`Seed: Dokumentname „${doc.name}“ muss auf .pdf enden und darf nur A–Z, a–z, 0–9, _ . - enthalten`);
    }
    const sha = createHash('sha256').update(doc.bytes).digest('hex');
    const key = `${doc.name} ${sha}`;
    const cached = this.documentCache.get(key);
    if (cached) return cached;
    const pending = this.ensureDocument(doc, `Demo-Dokument, SHA-256 ${sha}`);
    this.documentCache.set(key, pending);
    return pending;
  }

  private async ensureDocument(doc: SeedDocument, caption: string): Promise<UploadedFile> {
    const existing: UploadedFile | null = await this.strapi.db
      .query('plugin::upload.file')
      .findOne({ where: { name: doc.name, caption }, orderBy: { id: 'asc' } });
    if (existing) {
      this.documentsReused += 1;
      return existing;
    }
    const uploaded = await this.uploadBytes(doc.bytes, { name: doc.name, alternativeText: '', caption }, 'application/pdf');
    this.documentsUploaded += 1;
    return uploaded;
  }

  /**
   * A file the seed makes itself (the demo video, its captions and poster: ./video.ts) as a
   * media-library file. Made only when the library does not hold it yet (by name and the
   * caption that marks it as the seed's), so a re-run neither runs ffmpeg nor uploads again.
   */
  generated(name: string, mime: string, alternativeText: string, make: () => Promise<Uint8Array>): Promise<UploadedFile> {
    const cached = this.generatedCache.get(name);
    if (cached) return cached;
    const pending = (async () => {
      const caption = 'Demo-Datei des Seeds';
      const existing: UploadedFile | null = await this.strapi.db.query('plugin::upload.file').findOne({ where: { name, caption }, orderBy: { id: 'asc' } });
      if (existing) {
        this.reused += 1;
        return existing;
      }
      const uploaded = await this.uploadBytes(await make(), { name, alternativeText, caption }, mime);
      this.uploaded += 1;
      return uploaded;
    })();
    this.generatedCache.set(name, pending);
    return pending;
  }

  private async ensure(image: SeedImage): Promise<UploadedFile> {
    if (!/^[a-z0-9][a-z0-9-]*\.svg$/.test(image.file)) {
      throw new Error(`Seed: Bilddatei „${image.file}“ muss eine SVG-Datei in cms/seed-assets/ sein (z. B. rathaus.svg).`);
    }
    const name = `${path.basename(image.file, '.svg')}.png`;
    const existing: UploadedFile | null = await this.strapi.db.query('plugin::upload.file').findOne({ where: { name }, orderBy: { id: 'asc' } });
    if (existing) {
      this.reused += 1;
      return existing;
    }
    const uploaded = await this.upload(image, name);
    this.uploaded += 1;
    return uploaded;
  }

  private async upload(image: SeedImage, name: string): Promise<UploadedFile> {
    const source = path.join(this.assetsDir, image.file);
    let svg: Buffer;
    try {
      svg = await readFile(source);
    } catch (error) {
      throw new Error(`Seed: Bilddatei ${source} nicht lesbar`, { cause: error });
    }
    const png = await sharp(svg, { density: DENSITY })
      .png()
      .toBuffer()
      .catch((error: unknown) => {
        throw new Error(`Seed: ${source} lässt sich nicht in PNG umwandeln`, { cause: error });
      });

    return this.uploadBytes(png, { name, alternativeText: image.alt, caption: null }, 'image/png');
  }

  /** Writes the bytes to a temp file (the upload service reads from disk) and uploads them. */
  private async uploadBytes(
    bytes: Uint8Array,
    fileInfo: { name: string; alternativeText: string; caption: string | null },
    mimetype: string,
  ): Promise<UploadedFile> {
    const { name } = fileInfo;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'stadtportal-seed-'));
    try {
      const filepath = path.join(dir, name);
      await writeFile(filepath, bytes);
      const { size } = await stat(filepath);
      const service = this.strapi.plugin('upload').service('upload') as UploadService;
      const [file] = await service.upload({
        data: { fileInfo },
        files: { filepath, originalFilename: name, mimetype, size },
      });
      if (!file) throw new Error(`Seed: Upload von ${name} lieferte keine Datei zurück`);
      return file;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
