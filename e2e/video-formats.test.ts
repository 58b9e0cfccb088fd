import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** What the test uses of cms/src/editorial/upload-type.ts and cms/src/seed/video.ts. */
interface UploadTypeModule {
  sniffFormat(head: Uint8Array): { mime: string; maxMb?: number } | null;
}
interface SeedVideoModule {
  webVtt(cues: readonly { from: number; to: number; text: string }[]): string;
}
// Loaded by a path the type checker does not follow (the CMS is a CommonJS package; see seed-pdf.test.ts).
const UPLOAD_TYPE = new URL('../cms/src/editorial/upload-type.ts', import.meta.url).href;
const SEED_VIDEO = new URL('../cms/src/seed/video.ts', import.meta.url).href;
const { sniffFormat } = (await import(UPLOAD_TYPE)) as UploadTypeModule;
const { webVtt } = (await import(SEED_VIDEO)) as SeedVideoModule;

/*
 * The media library's video formats (issue 17; the CMS has no test runner of its own): MP4, WebM
 * and WebVTT recognised by their first bytes — files made here by ffmpeg, as the seed makes them —
 * and what only looks like them refused. The seed's WebVTT writer.
 */

const run = promisify(execFile);
let dir: string;
const head = async (file: string) => new Uint8Array((await readFile(join(dir, file))).subarray(0, 64));
const text = (s: string) => new TextEncoder().encode(s);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'video-formats-'));
  const ff = (args: string[]) =>
    run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=160x90:rate=10:duration=1', ...args]);
  await ff(['-c:v', 'libx264', '-pix_fmt', 'yuv420p', join(dir, 'a.mp4')]);
  await ff(['-c:v', 'libvpx-vp9', '-deadline', 'realtime', join(dir, 'a.webm')]);
  await ff(['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-f', 'matroska', join(dir, 'a.mkv')]);
  await ff(['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-f', 'mov', join(dir, 'a.mov')]);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('sniffFormat: videos and captions', () => {
  it('recognises ffmpeg’s MP4 and WebM, each with the video limit', async () => {
    expect(sniffFormat(await head('a.mp4'))).toMatchObject({ mime: 'video/mp4', maxMb: 200 });
    expect(sniffFormat(await head('a.webm'))).toMatchObject({ mime: 'video/webm', maxMb: 200 });
  });

  it('refuses other containers: Matroska that is not WebM, QuickTime', async () => {
    expect(sniffFormat(await head('a.mkv'))).toBeNull();
    expect(sniffFormat(await head('a.mov'))).toBeNull();
  });

  it('takes WebVTT with or without a byte-order mark, with the captions limit', () => {
    expect(sniffFormat(text('WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n'))).toMatchObject({ mime: 'text/vtt', maxMb: 1 });
    expect(sniffFormat(text('\uFEFFWEBVTT - Untertitel\n'))).toMatchObject({ mime: 'text/vtt' });
    expect(sniffFormat(text('WEBVTT'))).toMatchObject({ mime: 'text/vtt' });
  });

  it('refuses what only starts like WebVTT, and HTML', () => {
    expect(sniffFormat(text('WEBVTTX\n'))).toBeNull();
    expect(sniffFormat(text('<!doctype html><title>WEBVTT</title>'))).toBeNull();
    expect(sniffFormat(text('1\n00:00:00,000 --> 00:00:01,000\nSRT, nicht WebVTT\n'))).toBeNull();
  });

  it('still tells AVIF (also an ftyp box) from MP4', () => {
    const avif = new Uint8Array([0, 0, 0, 0x1c, ...text('ftypavif'), 0, 0, 0, 0, ...text('avifmif1miaf')]);
    expect(sniffFormat(avif)).toMatchObject({ mime: 'image/avif' });
  });
});

describe('webVtt (the seed’s captions)', () => {
  it('writes a WebVTT file with numbered cues and exact times', () => {
    expect(
      webVtt([
        { from: 0, to: 2.5, text: 'Herzlich willkommen.' },
        { from: 2.5, to: 3725.25, text: 'Bis bald.' },
      ]),
    ).toBe('WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\nHerzlich willkommen.\n\n2\n00:00:02.500 --> 01:02:05.250\nBis bald.\n');
  });
});
