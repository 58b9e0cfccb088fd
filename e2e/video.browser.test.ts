/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Video } from '@stadtportal/shared';
import { checkHtml, formatVnuError } from '@stadtportal/publish/gates/vnu';
import { buildAndServeFixture, FIXTURE, focused, type ServedSite, inContext, axeViolations } from './helpers/browser.ts';
import { REPO } from './helpers/paths.ts';

/*
 * The video block of issue 17 („Video ohne Drittanbieter“) in Debian's Chromium: the site built
 * from a copy of the fixture snapshot in which the Gebärdensprache page and the home page carry a
 * short clip made here with ffmpeg (MP4 H.264 and WebM VP9, a poster, WebVTT captions; never
 * committed). The player is the browser's own, with captions, a download link naming type, size
 * and length, no script on the page, axe without findings, valid HTML, reachable by keyboard.
 */

const run = promisify(execFile);
const SITE = join(REPO, 'var', 'test', 'video-site');
const DGS_PAGE = '/gebaerdensprache/';
const SECONDS = 4;

const FILES = { mp4: 'dgs_demo_a1b2c3d4.mp4', webm: 'dgs_demo_e5f6a7b8.webm', vtt: 'dgs_demo_c9d0e1f2.vtt', poster: 'dgs_demo_vorschau_a3b4c5d6.png' };
const VTT = `WEBVTT

1
00:00:00.000 --> 00:00:02.000
Herzlich willkommen auf der Website der Stadt.

2
00:00:02.000 --> 00:00:04.000
Schreiben Sie uns gern eine E-Mail.
`;

async function ffmpeg(args: readonly string[]): Promise<void> {
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
}

/** The fixture snapshot with the clip on the Gebärdensprache page and as the home page's DGS video. */
async function snapshotWithVideo(): Promise<{ dir: string; video: Video }> {
  const dir = await mkdtemp(join(tmpdir(), 'video-snapshot-'));
  await cp(FIXTURE, dir, { recursive: true });
  const media = (f: string) => join(dir, 'media', f);
  const pattern = `testsrc2=size=320x180:rate=25:duration=${SECONDS}`;
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    pattern,
    '-c:v',
    'libx264',
    '-profile:v',
    'baseline',
    '-pix_fmt',
    'yuv420p',
    '-movflags',
    '+faststart',
    '-an',
    media(FILES.mp4),
  ]);
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    pattern,
    '-c:v',
    'libvpx-vp9',
    '-b:v',
    '0',
    '-crf',
    '50',
    '-deadline',
    'realtime',
    '-cpu-used',
    '8',
    '-an',
    media(FILES.webm),
  ]);
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=320x180', '-frames:v', '1', media(FILES.poster)]);
  await writeFile(media(FILES.vtt), VTT);
  const size = async (f: string) => (await stat(media(f))).size;
  const video: Video = {
    title: 'Willkommen in Deutscher Gebärdensprache',
    speech: false,
    duration: SECONDS,
    mp4: { file: FILES.mp4, size: await size(FILES.mp4), mime: 'video/mp4' },
    webm: { file: FILES.webm, size: await size(FILES.webm), mime: 'video/webm' },
    captions: { file: FILES.vtt, size: await size(FILES.vtt), mime: 'text/vtt' },
    poster: { file: FILES.poster, width: 320, height: 180, mime: 'image/png' },
    transcript: 'Herzlich willkommen auf der Website der Stadt.\n\nSchreiben Sie uns gern eine E-Mail.',
  };
  const file = join(dir, 'snapshot.json');
  const snapshot = JSON.parse(await readFile(file, 'utf8')) as {
    pages: { documentId: string; video?: Video | null }[];
    settings: { legalPages: { gebaerdensprache: string }; dgsVideo?: Video | null };
  };
  const page = snapshot.pages.find((p) => p.documentId === snapshot.settings.legalPages.gebaerdensprache);
  if (!page) throw new Error('Testdaten: die Gebärdensprache-Seite fehlt');
  page.video = video;
  snapshot.settings.dgsVideo = video;
  await writeFile(file, JSON.stringify(snapshot, null, 2));
  return { dir, video };
}

let site: ServedSite;
let snapshotDir: string;
let video: Video;

beforeAll(async () => {
  ({ dir: snapshotDir, video } = await snapshotWithVideo());
  site = await buildAndServeFixture(SITE, snapshotDir);
}, 600_000);

afterAll(async () => {
  await site?.close();
  if (snapshotDir) await rm(snapshotDir, { recursive: true, force: true });
});

const withPage = <T>(use: (page: Page) => Promise<T>): Promise<T> => inContext(site.browser, {}, use);

const htmlOf = (path: string) => readFile(join(SITE, path, 'index.html'), 'utf8');

describe('the Gebärdensprache page with its video', () => {
  it('has the native player with WebM, MP4, the captions track and the poster; nothing plays or loads by itself', async () => {
    const { document } = parseHTML(await htmlOf(DGS_PAGE));
    const player = document.querySelector('main video');
    expect(player).not.toBeNull();
    expect(player?.hasAttribute('controls')).toBe(true);
    expect(player?.hasAttribute('autoplay')).toBe(false);
    expect(player?.getAttribute('preload')).toBe('none');
    expect(player?.getAttribute('poster')).toBe(`/medien/${FILES.poster}`);
    expect([...document.querySelectorAll('main video > source')].map((s) => s.getAttribute('src'))).toEqual([`/medien/${FILES.webm}`, `/medien/${FILES.mp4}`]);
    const track = document.querySelector('main video > track');
    expect([track?.getAttribute('kind'), track?.getAttribute('srclang'), track?.getAttribute('label'), track?.getAttribute('src')]).toEqual([
      'captions',
      'de',
      'Deutsch',
      `/medien/${FILES.vtt}`,
    ]);
  });

  it('shows length and a download link with type and size (BITV 2.0 Anlage 2)', async () => {
    const { document } = parseHTML(await htmlOf(DGS_PAGE));
    expect(document.querySelector('main .video-meta')?.textContent).toBe('Dauer: 0:04 Min.');
    const link = document.querySelector('main a.video-download');
    expect(link?.getAttribute('href')).toBe(`/medien/${FILES.mp4}`);
    expect(link?.textContent).toMatch(/^Willkommen in Deutscher Gebärdensprache herunterladen \(MP4, \d+(,\d)? kB\)$/);
    expect(document.querySelector('main details > summary')?.textContent).toBe('Transkript');
  });

  it('has no JavaScript: no <script> element on the page', async () => {
    for (const path of [DGS_PAGE, '/']) {
      const { document } = parseHTML(await htmlOf(path));
      expect(document.querySelectorAll('script').length, path).toBe(0);
    }
  });

  it('serves the video, its captions and the poster from the site itself', async () => {
    for (const [file, type] of [
      [FILES.mp4, 'video/mp4'],
      [FILES.webm, 'video/webm'],
      [FILES.vtt, 'text/vtt'],
      [FILES.poster, 'image/png'],
    ] as const) {
      const res = await fetch(`${site.origin}/medien/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type'), file).toMatch(new RegExp(`^${type}`));
      expect((await res.arrayBuffer()).byteLength, file).toBeGreaterThan(0);
    }
  });

  it('loads the captions in Chromium and shows the native controls; axe finds nothing', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}${DGS_PAGE}`);
      const state = await page.evaluate(async () => {
        const v = document.querySelector('main video') as HTMLVideoElement;
        const track = v.querySelector('track') as HTMLTrackElement;
        // preload="none": the browser loads nothing before play; the captions track is loaded when
        // it is showing (default), its cues arrive with the media element's load.
        v.load();
        await new Promise<void>((resolve) => {
          if (track.readyState === 2) resolve();
          else track.addEventListener('load', () => resolve(), { once: true });
          setTimeout(resolve, 10_000);
        });
        return { paused: v.paused, controls: v.controls, mode: v.textTracks[0]?.mode, cues: track.track.cues?.length ?? 0, trackState: track.readyState };
      });
      expect(state).toEqual({ paused: true, controls: true, mode: 'showing', cues: 2, trackState: 2 });
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('plays the MP4 in Chromium and reports its length as the page says', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}${DGS_PAGE}`);
      const duration = await page.evaluate(async () => {
        const v = document.querySelector('main video') as HTMLVideoElement;
        v.preload = 'metadata';
        v.load();
        await new Promise<void>((resolve, reject) => {
          v.addEventListener('loadedmetadata', () => resolve(), { once: true });
          v.addEventListener('error', () => reject(new Error(`Video: Fehler ${v.error?.code}`)), { once: true });
        });
        return v.duration;
      });
      expect(Math.round(duration)).toBe(video.duration);
    });
  });

  it('is reached with the keyboard: Tab moves the focus onto the player (native controls)', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.origin}${DGS_PAGE}`);
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = (await focused(page))?.tag === 'VIDEO';
      }
      expect(reached).toBe(true);
      // Space on the focused player starts it; no autoplay before that.
      await page.keyboard.press('Space');
      await page.waitForFunction(() => !(document.querySelector('main video') as HTMLVideoElement).paused, null, { timeout: 10_000 });
    });
  });
});

describe('the home page with its DGS video', () => {
  it('shows the video in its section with the link to the Gebärdensprache page; axe finds nothing', async () => {
    const { document } = parseHTML(await htmlOf('/'));
    const section = document.querySelector('section[aria-labelledby="gebaerdensprache"]');
    expect(section?.querySelector('h2')?.textContent).toBe('In Deutscher Gebärdensprache');
    expect(section?.querySelector('video track')?.getAttribute('kind')).toBe('captions');
    expect(section?.querySelector(':scope > p > a')?.getAttribute('href')).toBe(DGS_PAGE);
    await withPage(async (page) => {
      await page.goto(`${site.origin}/`);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('HTML validity', () => {
  it('the two pages with a video are valid HTML (Nu HTML Checker)', async () => {
    const result = await checkHtml(SITE, { files: [join(SITE, 'index.html'), join(SITE, 'gebaerdensprache', 'index.html')] });
    expect(result.errors.map(formatVnuError)).toEqual([]);
  });
});
