import { describe, expect, it } from 'vitest';
import { formatDuration } from '../src/format.ts';
import { VIDEO_CAPTIONS_REQUIRED_MESSAGE, videoCaptionsProblem, videoFileProblem } from '../src/rules/index.ts';
import { page } from '../src/schemas/page.ts';
import { video, type Video } from '../src/schemas/video.ts';
import { ID } from './fixtures/contract.ts';
import * as contract from './fixtures/contract.ts';
import { restContent, restMedia } from './fixtures/rest.ts';
import { normalizeContent } from './helpers/normalize-content.ts';
import { BASE, entry, normalizeIssues } from './helpers/issues.ts';

/* The video block (issue 17): contract, normaliser, rules and the duration's format. */

const DGS: Video = {
  title: 'Willkommen in Deutscher Gebärdensprache',
  speech: false,
  duration: 8,
  mp4: { file: 'dgs_a1b2c3.mp4', size: 349_115, mime: 'video/mp4' },
  webm: null,
  captions: null,
  poster: { file: 'dgs_vorschau_d4e5f6.png', width: 640, height: 360, mime: 'image/png' },
  transcript: null,
};

const issuesOf = (value: unknown) => {
  const r = video.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('video contract', () => {
  it('takes a DGS-only video without captions, WebM or transcript', () => {
    expect(issuesOf(DGS)).toEqual([]);
  });

  it('requires captions when the video has speech, naming the field', () => {
    expect(issuesOf({ ...DGS, speech: true })).toEqual([`captions: ${VIDEO_CAPTIONS_REQUIRED_MESSAGE}`]);
    expect(issuesOf({ ...DGS, speech: true, captions: { file: 'dgs_0a1b2c.vtt', size: 300, mime: 'text/vtt' } })).toEqual([]);
  });

  it('refuses files of the wrong type in each field', () => {
    expect(issuesOf({ ...DGS, mp4: { file: 'dgs_a1b2c3.pdf', size: 10, mime: 'application/pdf' } })).toEqual([
      'mp4.file: Dateiname eines MP4-Videos (.mp4) erwartet',
      'mp4.mime: Nur MP4-Videos (H.264) sind hier erlaubt',
    ]);
    expect(issuesOf({ ...DGS, webm: { file: 'x.mp4', size: 10, mime: 'video/mp4' } })).toHaveLength(2);
    expect(issuesOf({ ...DGS, captions: { file: 'x.srt', size: 10, mime: 'text/plain' } })).toHaveLength(2);
    expect(issuesOf({ ...DGS, poster: { ...DGS.poster, file: 'x.svg', mime: 'image/svg+xml' } })).toHaveLength(2);
  });

  it('requires a duration in whole seconds and a title', () => {
    expect(issuesOf({ ...DGS, duration: 0 })).toEqual(['duration: Dauer des Videos (in Sekunden) fehlt']);
    expect(issuesOf({ ...DGS, duration: 1.5 })).toEqual(['duration: Dauer in ganzen Sekunden']);
    expect(issuesOf({ ...DGS, title: ' ' })).toEqual(['title: Titel des Videos darf nicht leer sein']);
  });

  it('reads a page of an older snapshot (no video field) as a page without video', () => {
    const { video: _, ...older } = contract.pages[0] as (typeof contract.pages)[number];
    expect(page.parse(older).video).toBeNull();
  });
});

describe('video rules (shared with the CMS)', () => {
  it('names the allowed type of a field', () => {
    expect(videoFileProblem('mp4', 'video/mp4')).toBeNull();
    expect(videoFileProblem('captions', 'text/vtt')).toBeNull();
    expect(videoFileProblem('captions', 'application/pdf')).toBe('Hier ist nur Untertitel (WebVTT, .vtt) erlaubt, nicht application/pdf.');
    expect(videoFileProblem('poster', undefined)).toBe('Hier ist nur Vorschaubild (JPEG, PNG, WebP oder AVIF) erlaubt.');
  });

  it('asks for captions unless the video is marked as without speech', () => {
    expect(videoCaptionsProblem(true, false)).toBe(VIDEO_CAPTIONS_REQUIRED_MESSAGE);
    expect(videoCaptionsProblem(undefined, false)).toBe(VIDEO_CAPTIONS_REQUIRED_MESSAGE);
    expect(videoCaptionsProblem(false, false)).toBeNull();
    expect(videoCaptionsProblem(true, true)).toBeNull();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [8, '0:08'],
    [754, '12:34'],
    [3725, '1:02:05'],
  ])('%i s → %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));

  it('refuses what is not a whole number of seconds', () => {
    expect(() => formatDuration(1.5)).toThrow(RangeError);
    expect(() => formatDuration(-1)).toThrow(RangeError);
  });
});

/** The Strapi shape of a shared.video component. */
function restVideo(speech: boolean, withCaptions: boolean): Record<string, unknown> {
  return {
    id: 901,
    title: 'Willkommen in Deutscher Gebärdensprache',
    speech,
    duration: 8,
    transcript: 'Herzlich willkommen.',
    mp4: { ...restMedia('dgs_willkommen_a1b2c3', '.mp4', 'video/mp4', 0, 0), width: null, height: null, formats: null, size: 349.12 },
    webm: { ...restMedia('dgs_willkommen_d4e5f6', '.webm', 'video/webm', 0, 0), width: null, height: null, formats: null, size: 374.36 },
    captions: withCaptions ? { ...restMedia('dgs_willkommen_0a1b2c', '.vtt', 'text/vtt', 0, 0), width: null, height: null, formats: null, size: 0.31 } : null,
    poster: restMedia('dgs_vorschau_9f8e7d', '.png', 'image/png', 640, 360),
  };
}

describe('normalising a page with a video', () => {
  it('turns the component into the contract: sizes in bytes, files registered for download', () => {
    const input = restContent();
    entry(input.pages, ID.gebaerdensprache).video = restVideo(false, true);
    const out = normalizeContent(input, { baseUrl: BASE });
    const dgs = out.pages.find((p) => p.documentId === ID.gebaerdensprache);
    expect(dgs?.video).toEqual({
      title: 'Willkommen in Deutscher Gebärdensprache',
      speech: false,
      duration: 8,
      mp4: { file: 'dgs_willkommen_a1b2c3.mp4', size: 349_120, mime: 'video/mp4' },
      webm: { file: 'dgs_willkommen_d4e5f6.webm', size: 374_360, mime: 'video/webm' },
      captions: { file: 'dgs_willkommen_0a1b2c.vtt', size: 310, mime: 'text/vtt' },
      poster: { file: 'dgs_vorschau_9f8e7d.png', width: 640, height: 360, mime: 'image/png' },
      transcript: 'Herzlich willkommen.',
    });
    for (const file of ['dgs_willkommen_a1b2c3.mp4', 'dgs_willkommen_d4e5f6.webm', 'dgs_willkommen_0a1b2c.vtt', 'dgs_vorschau_9f8e7d.png']) {
      expect(out.media.get(file)).toBe(`${BASE}/uploads/${file}`);
    }
  });

  it('refuses a video with speech but no captions, naming the field (the pull quarantines the page)', () => {
    const input = restContent();
    entry(input.pages, ID.gebaerdensprache).video = restVideo(true, false);
    const issues = normalizeIssues(input);
    expect(issues.map((i) => `${i.type} ${i.documentId} ${i.field}: ${i.message}`)).toEqual([
      `page ${ID.gebaerdensprache} video.captions: ${VIDEO_CAPTIONS_REQUIRED_MESSAGE}`,
    ]);
  });

  it('reports a deleted MP4 file instead of reading it as no video', () => {
    const input = restContent();
    entry(input.pages, ID.gebaerdensprache).video = { ...restVideo(false, false), mp4: null };
    expect(normalizeIssues(input).map((i) => i.field)).toEqual(['video.mp4']);
  });
});
