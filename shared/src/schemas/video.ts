import { z } from 'zod';
import { VIDEO_MAX_DURATION, videoCaptionsProblem } from '../rules/index.ts';
import { nonBlank } from './common.ts';

/*
 * A self-hosted video (issue 17): no third-party player, the files are copied into the snapshot's
 * media folder like images and documents and served by the site. MP4 (H.264) for every browser,
 * WebM as the smaller alternative, WebVTT captions, a poster image. Size and duration are shown
 * with the download link (BITV 2.0 Anlage 2); the duration is entered in the CMS (the site build
 * reads no video files), sizes in bytes come from the media library.
 */

const fileOf = (extension: RegExp, what: string) => z.string().regex(extension, `Dateiname ${what} erwartet`);
const size = z.number().int().positive('Dateigröße fehlt');

export const videoFile = z.strictObject({
  file: fileOf(/^[A-Za-z0-9_.-]+\.mp4$/, 'eines MP4-Videos (.mp4)'),
  size,
  mime: z.literal('video/mp4', { error: 'Nur MP4-Videos (H.264) sind hier erlaubt' }),
});
export const webmFile = z.strictObject({
  file: fileOf(/^[A-Za-z0-9_.-]+\.webm$/, 'eines WebM-Videos (.webm)'),
  size,
  mime: z.literal('video/webm', { error: 'Nur WebM-Videos sind hier erlaubt' }),
});
export const captionsFile = z.strictObject({
  file: fileOf(/^[A-Za-z0-9_.-]+\.vtt$/, 'einer WebVTT-Datei (.vtt)'),
  size,
  mime: z.literal('text/vtt', { error: 'Nur WebVTT-Untertitel (.vtt) sind hier erlaubt' }),
});
/** The still shown before the video plays; its size gives the player's aspect ratio. No alt: the title names the video. */
export const posterImage = z.strictObject({
  file: fileOf(/^[A-Za-z0-9_.-]+\.(?:jpe?g|png|webp|avif)$/, 'eines Bildes (JPEG, PNG, WebP, AVIF)'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/avif'], { error: 'Vorschaubild: nur JPEG, PNG, WebP oder AVIF' }),
});

export const video = z
  .strictObject({
    title: nonBlank('Titel des Videos').max(150, 'Titel des Videos: höchstens 150 Zeichen'),
    /** Spoken language in the video: then captions are required. false: only sign language (DGS). */
    speech: z.boolean(),
    /** Length in whole seconds. */
    duration: z
      .number({ error: 'Dauer des Videos (in Sekunden) fehlt' })
      .int('Dauer in ganzen Sekunden')
      .positive('Dauer des Videos (in Sekunden) fehlt')
      .max(VIDEO_MAX_DURATION, `Höchstens ${VIDEO_MAX_DURATION} Sekunden`),
    mp4: videoFile,
    webm: webmFile.nullable(),
    captions: captionsFile.nullable(),
    poster: posterImage,
    /** The text version of what is said and signed; null: none. */
    transcript: z.string().trim().min(1).nullable(),
  })
  .superRefine((v, ctx) => {
    const problem = videoCaptionsProblem(v.speech, v.captions !== null);
    if (problem !== null) ctx.addIssue({ code: 'custom', path: ['captions'], message: problem });
  });
export type Video = z.infer<typeof video>;
