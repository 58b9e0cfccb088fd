import { errors } from '@strapi/utils';

/*
 * No image without alternative text (BITV 2.0 / WCAG 1.1.1; docs/adr/0011-editors-desk.md).
 * Checked in the upload service itself, so every way in is covered — the dashboard's upload
 * dialog and „Details bearbeiten“, the REST upload, replacing a file — and *before* the file is
 * written, so a refused upload leaves nothing behind. The 400 ValidationError's message is what
 * the dashboard shows in its notification. Documents (PDF, office files) need none: the link
 * text describes them.
 */

export const ALT_TEXT_MESSAGE =
  'Alternativtext fehlt: Bitte beschreiben Sie kurz, was das Bild zeigt (Pflicht nach BITV 2.0). Für rein dekorative Bilder „dekorativ“ eintragen.';

const IMAGE_EXTENSIONS = /\.(png|jpe?g|webp|gif|avif|svg|tiff?|bmp|heic)$/i;

export interface IncomingFile {
  mimetype?: string | null;
  type?: string | null;
  originalFilename?: string | null;
  name?: string | null;
}

export interface FileInfo {
  name?: string | null;
  alternativeText?: string | null;
}

export function isImage(file: {
  mime?: string | null;
  mimetype?: string | null;
  type?: string | null;
  name?: string | null;
  originalFilename?: string | null;
  ext?: string | null;
}): boolean {
  const mime = file.mime ?? file.mimetype ?? file.type ?? '';
  if (mime.startsWith('image/')) return true;
  const name = file.originalFilename ?? file.name ?? file.ext ?? '';
  return IMAGE_EXTENSIONS.test(name);
}

export const hasAltText = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

function refuse(fileName: string | null | undefined): never {
  const message = fileName ? `${fileName}: ${ALT_TEXT_MESSAGE}` : ALT_TEXT_MESSAGE;
  throw new errors.ValidationError(message, {
    errors: [{ path: ['fileInfo', 'alternativeText'], message: ALT_TEXT_MESSAGE, name: 'ValidationError' }],
  });
}

/** fileInfo as the service receives it: one object, an array (several files), or JSON text. */
function infoList(fileInfo: unknown): FileInfo[] {
  const parsed = typeof fileInfo === 'string' ? (JSON.parse(fileInfo) as unknown) : fileInfo;
  if (Array.isArray(parsed)) return parsed as FileInfo[];
  return parsed && typeof parsed === 'object' ? [parsed as FileInfo] : [];
}

/** Upload of new files: each image needs its fileInfo.alternativeText (same index as the file). */
export function checkUpload(files: IncomingFile | IncomingFile[], fileInfo: unknown): void {
  const list = Array.isArray(files) ? files : [files];
  const infos = infoList(fileInfo);
  list.forEach((file, i) => {
    if (isImage(file) && !hasAltText(infos[i]?.alternativeText)) refuse(file.originalFilename ?? file.name);
  });
}

/**
 * Changing a file's details: the result must have alt text. A value left out (null/undefined)
 * keeps the stored one, as Strapi's updateFileInfo does.
 */
export function checkUpdate(
  stored: { mime?: string | null; name?: string | null; ext?: string | null; alternativeText?: string | null },
  info: FileInfo,
): void {
  if (!isImage(stored)) return;
  const next = info.alternativeText ?? stored.alternativeText;
  if (!hasAltText(next)) refuse(stored.name);
}
