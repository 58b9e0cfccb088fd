import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { errors } from '@strapi/utils';

/*
 * What may go into the media library, decided by the file's content (docs/adr/0011-editors-desk.md).
 * The library is served from the CMS's origin and copied into the site, where a server picks the
 * Content-Type by the file's extension: an HTML or SVG file (or one renamed .pdf/.png) would run
 * its script in a visitor's — or an administrator's — browser. So the first bytes must be one of
 * the formats the site uses (the contract allows images as JPEG/PNG/WebP/AVIF/GIF, documents
 * as PDF only, shared/src/schemas/common.ts, and videos as MP4/WebM with WebVTT captions,
 * shared/src/schemas/video.ts), and the name's extension must be one of that
 * format's: neither the name nor the declared MIME type counts. Everything else — HTML, SVG, XML,
 * scripts, office files, unknown bytes — is refused with a German message naming the file.
 *
 * Strapi 5.54's own check (`plugin::upload.security`, in the upload controllers) is not enough:
 * it asks `file-type`, which recognises binary formats only, and falls back to the extension when
 * it recognises nothing — an HTML file named .pdf passes. This check runs in the upload service
 * (extensions/upload/strapi-server.ts), so every door goes through it: the dashboard, the REST
 * upload, upload from URL, replacing a file, and the seed.
 */

export interface UploadFormat {
  mime: string;
  label: string;
  extensions: readonly string[];
  /** Largest file of this format in MB, below the CMS's overall limit (UPLOAD_MAX_MB); none: only that. */
  maxMb?: number;
}

/** Videos may be large (a few minutes in sign language); images and PDFs keep the old limit. */
export const VIDEO_MAX_MB = 200;
export const CAPTIONS_MAX_MB = 1;
export const OTHER_MAX_MB = 25;

export const UPLOAD_FORMATS: readonly UploadFormat[] = [
  { mime: 'image/jpeg', label: 'JPEG', extensions: ['.jpg', '.jpeg'], maxMb: OTHER_MAX_MB },
  { mime: 'image/png', label: 'PNG', extensions: ['.png'], maxMb: OTHER_MAX_MB },
  { mime: 'image/webp', label: 'WebP', extensions: ['.webp'], maxMb: OTHER_MAX_MB },
  { mime: 'image/avif', label: 'AVIF', extensions: ['.avif'], maxMb: OTHER_MAX_MB },
  { mime: 'image/gif', label: 'GIF', extensions: ['.gif'], maxMb: OTHER_MAX_MB },
  { mime: 'application/pdf', label: 'PDF', extensions: ['.pdf'], maxMb: OTHER_MAX_MB },
  { mime: 'video/mp4', label: 'MP4-Video', extensions: ['.mp4'], maxMb: VIDEO_MAX_MB },
  { mime: 'video/webm', label: 'WebM-Video', extensions: ['.webm'], maxMb: VIDEO_MAX_MB },
  { mime: 'text/vtt', label: 'WebVTT-Untertitel', extensions: ['.vtt'], maxMb: CAPTIONS_MAX_MB },
];

const ALLOWED_TEXT = 'Erlaubt sind JPEG, PNG, WebP, AVIF, GIF, PDF, MP4- und WebM-Videos und WebVTT-Untertitel';

/** ISO-BMFF brands of MP4 video (ffmpeg writes `isom`; cameras and encoders the others). Not AVIF/HEIF, not QuickTime. */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash', 'mmp4']);

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** AVIF is an ISO-BMFF file: a `ftyp` box whose major or compatible brands name avif/avis. */
function isAvif(head: Uint8Array): boolean {
  if (head.length < 16 || ascii(head, 4, 8) !== 'ftyp') return false;
  const size = ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
  const end = Math.min(size >>> 0, head.length);
  const brands = [ascii(head, 8, 12)];
  for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(head, i, i + 4));
  return brands.includes('avif') || brands.includes('avis');
}

/** An MP4 video: a `ftyp` box at the start whose major brand is an MP4 one. */
function isMp4(head: Uint8Array): boolean {
  return head.length >= 12 && ascii(head, 4, 8) === 'ftyp' && MP4_BRANDS.has(ascii(head, 8, 12)) && !isAvif(head);
}

/** WebM: an EBML header (1A 45 DF A3) whose DocType is „webm“ (Matroska's other files are not). */
function isWebm(head: Uint8Array): boolean {
  return startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]) && ascii(head, 4, head.length).includes('webm');
}

/** WebVTT: the text starts with „WEBVTT“ (after an optional byte-order mark), then a space, tab or line end. */
function isWebVtt(head: Uint8Array): boolean {
  const from = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (ascii(head, from, from + 6) !== 'WEBVTT') return false;
  const next = head[from + 6];
  return next === undefined || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
}

/** The format of a file by its first bytes (64 are enough), or null for anything not allowed. */
export function sniffFormat(head: Uint8Array): UploadFormat | null {
  const byMime = (mime: string) => UPLOAD_FORMATS.find((f) => f.mime === mime) ?? null;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return byMime('image/jpeg');
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return byMime('image/png');
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return byMime('image/gif');
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return byMime('image/webp');
  if (isAvif(head)) return byMime('image/avif');
  // PDF readers also accept the header a little later; the site's documents start with it.
  if (ascii(head, 0, 5) === '%PDF-') return byMime('application/pdf');
  if (isMp4(head)) return byMime('video/mp4');
  if (isWebm(head)) return byMime('video/webm');
  if (isWebVtt(head)) return byMime('text/vtt');
  return null;
}

/** A file as the upload service receives it (formidable's fields; the seed sends the same). */
export interface UploadedFileInput {
  filepath?: string | null;
  originalFilename?: string | null;
  name?: string | null;
  mimetype?: string | null;
  /** Set by Strapi's controller check; the upload service stores it as the file's MIME type. */
  detectedMimeType?: string;
}

function refuse(name: string, message: string): never {
  const text = `„${name}“: ${message}`;
  throw new errors.ValidationError(text, { errors: [{ path: ['files'], message: text, name: 'ValidationError' }] });
}

async function head(filepath: string): Promise<Uint8Array> {
  const handle = await open(filepath, 'r');
  try {
    const buffer = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Refuses a file whose bytes are not an allowed format or whose extension does not fit them
 * (`storedExtension`: on replace Strapi keeps the stored file's extension, so that one counts).
 * On success the file's MIME type is set to the detected one: it is what Strapi stores and what
 * decides elsewhere (alt text) whether the file is an image.
 */
export async function checkUploadType(file: UploadedFileInput, storedExtension?: string | null): Promise<void> {
  const name = file.originalFilename ?? file.name ?? 'Datei';
  if (!file.filepath) refuse(name, 'Die Datei ist leer oder nicht lesbar.');
  const format = sniffFormat(await head(file.filepath));
  if (!format)
    refuse(
      name,
      `Der Inhalt dieser Datei ist kein erlaubtes Format (zum Beispiel HTML, SVG, XML, ein Skript oder ein Office-Dokument). ${ALLOWED_TEXT} – geprüft wird der Inhalt, nicht Name oder Dateiendung.`,
    );
  const extension = (storedExtension ?? path.extname(name)).toLowerCase();
  // No extension at all: Strapi names the stored file after the MIME type set below.
  if (extension !== '' && !format.extensions.includes(extension)) {
    refuse(
      name,
      `Der Inhalt ist ${format.label}, die Dateiendung „${extension}“ passt nicht dazu. Bitte als ${format.extensions.join(' oder ')} hochladen. ${ALLOWED_TEXT}.`,
    );
  }
  if (format.maxMb !== undefined) {
    const { size } = await stat(file.filepath);
    if (size > format.maxMb * 1024 * 1024) {
      refuse(name, `Die Datei ist ${Math.ceil(size / 1024 / 1024)} MB groß; für ${format.label} sind höchstens ${format.maxMb} MB erlaubt.`);
    }
  }
  file.mimetype = format.mime;
  file.detectedMimeType = format.mime;
}
