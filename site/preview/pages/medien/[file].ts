import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { APIRoute } from 'astro';
import { draftMediaSource, liveSnapshot } from '../../lib/draft.ts';
import { plainResponse } from '../../lib/respond.ts';

/*
 * /medien/<file> on the preview server: the live snapshot's files, and the new files (images,
 * documents, videos and their captions) of drafts previewed in this process (fetched from the CMS,
 * which serves its uploads publicly anyway).
 * Nothing else: an unknown name is 404, so this is no open proxy.
 */

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
/** The contract's file-name rule: no folders, so no path traversal. */
const FILE_NAME = /^[A-Za-z0-9_.-]+\.(?:png|jpe?g|webp|avif|gif|pdf|mp4|webm|vtt)$/;

export const GET: APIRoute = async ({ params }) => {
  const file = params.file ?? '';
  if (!FILE_NAME.test(file)) return plainResponse(404, 'Nicht gefunden.');
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const { mediaDir } = await liveSnapshot();
  try {
    const bytes = await readFile(join(mediaDir, file));
    return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': type } });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const source = draftMediaSource(file);
  if (source === undefined) return plainResponse(404, 'Nicht gefunden.');
  const res = await fetch(source);
  if (!res.ok) return plainResponse(502, `Die Datei ist im CMS nicht abrufbar (${res.status}).`);
  return new Response(res.body, { headers: { 'Content-Type': type } });
};
