import { z } from 'zod';
import { mediaFileOf, rawMedia, report, reportZod, type Entry } from './helpers.ts';

/*
 * The `shared.video` component (issue 17) → contract video. Its files are registered for
 * download like images; Strapi's size in kB becomes bytes. Whether the files fit their fields
 * and whether captions are there when the video has speech is the contract's check
 * (schemas/video.ts), so a snapshot that breaks it is quarantined with the field named.
 */

const rawFile = rawMedia.extend({ mime: z.unknown(), size: z.unknown(), width: z.unknown(), height: z.unknown() });
const rawVideo = z.looseObject({
  title: z.unknown(),
  speech: z.unknown(),
  duration: z.unknown(),
  transcript: z.unknown(),
  // null: not set; absent: not populated (reported, not read as „no file“).
  mp4: rawFile.nullable(),
  webm: rawFile.nullable(),
  captions: rawFile.nullable(),
  poster: rawFile.nullable(),
});

const bytes = (kb: unknown) => (typeof kb === 'number' ? Math.round(kb * 1000) : kb);

/** Optional `shared.video` component: absent or null means no video. */
export function videoComponent(e: Entry, field: string, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  const parsed = rawVideo.safeParse(raw);
  if (!parsed.success) {
    reportZod(e, field, parsed.error, raw);
    return null;
  }
  const r = parsed.data;
  const file = (name: 'mp4' | 'webm' | 'captions', media: z.infer<typeof rawFile> | null) =>
    media === null ? null : { file: mediaFileOf(e, `${field}.${name}`, media), size: bytes(media.size), mime: media.mime };
  if (r.mp4 === null) report(e, `${field}.mp4`, 'MP4-Datei des Videos fehlt (in der Medienbibliothek gelöscht?)');
  if (r.poster === null) report(e, `${field}.poster`, 'Vorschaubild des Videos fehlt (in der Medienbibliothek gelöscht?)');
  return {
    title: r.title,
    speech: r.speech,
    duration: r.duration,
    mp4: file('mp4', r.mp4),
    webm: file('webm', r.webm),
    captions: file('captions', r.captions),
    poster:
      r.poster === null ? null : { file: mediaFileOf(e, `${field}.poster`, r.poster), width: r.poster.width, height: r.poster.height, mime: r.poster.mime },
    transcript: typeof r.transcript === 'string' && r.transcript.trim() === '' ? null : (r.transcript ?? null),
  };
}
