import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { SeedMedia } from './media';
import type { SeedVideo, SeedCue } from './types';

/*
 * The demo video (issue 17) is made at seed time with ffmpeg (Debian's, ensured by
 * scripts/lib/env.sh), so no video lives in git: a test pattern of a few seconds as MP4 (H.264
 * baseline, plays everywhere) and WebM (VP9), a poster frame as PNG, and the WebVTT captions
 * written here from the cues of the content. No sound: the demo stands for a video in German
 * Sign Language. Each file is made only when the media library does not hold it yet.
 */

const run = promisify(execFile);
const WIDTH = 640;
const HEIGHT = 360;

async function ffmpeg(args: readonly string[]): Promise<void> {
  try {
    await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { timeout: 120_000 });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? 'Seed: ffmpeg fehlt – es erzeugt das Demo-Video (scripts/lib/env.sh installiert es: ensure_ffmpeg).'
        : `Seed: ffmpeg konnte das Demo-Video nicht erzeugen: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** One file made by ffmpeg in a temp folder: the test pattern for `seconds`, encoded by `codec`. */
async function render(file: string, seconds: number, codec: readonly string[]): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'stadtportal-video-'));
  try {
    const out = path.join(dir, file);
    const source = `testsrc2=size=${WIDTH}x${HEIGHT}:rate=25${seconds > 0 ? `:duration=${seconds}` : ''}`;
    // bitexact and no metadata: the same input gives the same bytes.
    await ffmpeg(['-f', 'lavfi', '-i', source, ...codec, '-an', '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', out]);
    return new Uint8Array(await readFile(out));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const H264 = [
  '-c:v',
  'libx264',
  '-profile:v',
  'baseline',
  '-level',
  '3.0',
  '-pix_fmt',
  'yuv420p',
  '-preset',
  'veryfast',
  '-crf',
  '32',
  '-movflags',
  '+faststart',
];
const VP9 = ['-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '50', '-deadline', 'realtime', '-cpu-used', '8'];

const timestamp = (s: number): string => {
  const ms = Math.round(s * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/** A WebVTT file from cues (exported for tests). */
export function webVtt(cues: readonly SeedCue[]): string {
  return `WEBVTT\n\n${cues.map((c, i) => `${i + 1}\n${timestamp(c.from)} --> ${timestamp(c.to)}\n${c.text}\n`).join('\n')}`;
}

/** The `shared.video` component's data for a seed video; its files are made and uploaded once. */
export async function videoData(media: SeedMedia, video: SeedVideo): Promise<Record<string, unknown>> {
  const { name, seconds } = video;
  const [mp4, webm, poster, captions] = await Promise.all([
    media.generated(`${name}.mp4`, 'video/mp4', '', () => render(`${name}.mp4`, seconds, H264)),
    media.generated(`${name}.webm`, 'video/webm', '', () => render(`${name}.webm`, seconds, VP9)),
    media.generated(`${name}-vorschau.png`, 'image/png', video.posterAlt, () => render(`${name}.png`, 0, ['-frames:v', '1'])),
    video.cues.length > 0 ? media.generated(`${name}.vtt`, 'text/vtt', '', async () => new TextEncoder().encode(webVtt(video.cues))) : null,
  ]);
  return {
    title: video.title,
    speech: video.speech,
    duration: seconds,
    transcript: video.transcript,
    mp4: mp4.id,
    webm: webm.id,
    captions: captions?.id ?? null,
    poster: poster.id,
  };
}
