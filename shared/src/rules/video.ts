/*
 * The video block's rules (issue 17, „Video ohne Drittanbieter“): what each file field of a
 * video may hold and when captions are required. One module for the contract
 * (shared/src/schemas/video.ts), the CMS's save-time check and the upload check's limits.
 * A video with spoken language needs captions (WCAG 1.2.2); a video only in German Sign Language
 * (DGS) has nothing to caption, so there they are optional.
 */

/** The file fields of a video and the MIME types each may hold. */
export const VIDEO_FILE_TYPES = {
  mp4: { mimes: ['video/mp4'], label: 'MP4-Video (H.264)' },
  webm: { mimes: ['video/webm'], label: 'WebM-Video' },
  captions: { mimes: ['text/vtt'], label: 'Untertitel (WebVTT, .vtt)' },
  poster: { mimes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'], label: 'Vorschaubild (JPEG, PNG, WebP oder AVIF)' },
} as const;
export type VideoFileField = keyof typeof VIDEO_FILE_TYPES;

export const VIDEO_CAPTIONS_REQUIRED_MESSAGE =
  'Untertitel (WebVTT-Datei) sind Pflicht, wenn im Video gesprochen wird. Nur ein Video allein in Gebärdensprache darf ohne Untertitel erscheinen.';

/** Longest video the site accepts: 2 hours, in seconds. */
export const VIDEO_MAX_DURATION = 7200;

/** The message when a file of the wrong type sits in a video's field, or null when it fits. */
export function videoFileProblem(field: VideoFileField, mime: string | null | undefined): string | null {
  const allowed = VIDEO_FILE_TYPES[field];
  if (typeof mime === 'string' && (allowed.mimes as readonly string[]).includes(mime)) return null;
  return `Hier ist nur ${allowed.label} erlaubt${typeof mime === 'string' && mime !== '' ? `, nicht ${mime}` : ''}.`;
}

/** The message when a video with speech lacks captions, or null. */
export function videoCaptionsProblem(speech: unknown, hasCaptions: boolean): string | null {
  return speech !== false && !hasCaptions ? VIDEO_CAPTIONS_REQUIRED_MESSAGE : null;
}
