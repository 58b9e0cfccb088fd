import type { Video as VideoData } from '@stadtportal/shared';
import { describe, expect, it } from 'vitest';
import { renderFragment } from '../../test/helpers/render.ts';
import Video from './Video.astro';

const DGS: VideoData = {
  title: 'Willkommen in Deutscher Gebärdensprache',
  speech: false,
  duration: 8,
  mp4: { file: 'dgs_willkommen_a1b2c3.mp4', size: 1_234_567, mime: 'video/mp4' },
  webm: { file: 'dgs_willkommen_d4e5f6.webm', size: 987_654, mime: 'video/webm' },
  captions: { file: 'dgs_willkommen_0a1b2c.vtt', size: 312, mime: 'text/vtt' },
  poster: { file: 'dgs_willkommen_vorschau_9f8e7d.png', width: 640, height: 360, mime: 'image/png' },
  transcript: 'Herzlich willkommen.\n\nSchreiben Sie uns gern.',
};

const render = (video: VideoData) => renderFragment(Video, { video });

describe('Video', () => {
  it('is the native player: controls, nothing loaded or played by itself, poster and size', async () => {
    const doc = await render(DGS);
    const video = doc.querySelector('video');
    expect(video?.hasAttribute('controls')).toBe(true);
    expect(video?.getAttribute('preload')).toBe('none');
    expect(video?.hasAttribute('autoplay')).toBe(false);
    expect(video?.hasAttribute('muted')).toBe(false);
    expect(video?.getAttribute('poster')).toBe('/medien/dgs_willkommen_vorschau_9f8e7d.png');
    expect([video?.getAttribute('width'), video?.getAttribute('height')]).toEqual(['640', '360']);
    expect(doc.querySelector('script')).toBeNull();
  });

  it('offers WebM before MP4 and the captions as the default track', async () => {
    const doc = await render(DGS);
    const sources = [...doc.querySelectorAll('video > source')].map((s) => [s.getAttribute('type'), s.getAttribute('src')]);
    expect(sources).toEqual([
      ['video/webm', '/medien/dgs_willkommen_d4e5f6.webm'],
      ['video/mp4', '/medien/dgs_willkommen_a1b2c3.mp4'],
    ]);
    const track = doc.querySelector('video > track');
    expect(track?.getAttribute('kind')).toBe('captions');
    expect(track?.getAttribute('srclang')).toBe('de');
    expect(track?.getAttribute('label')).toBe('Deutsch');
    expect(track?.getAttribute('src')).toBe('/medien/dgs_willkommen_0a1b2c.vtt');
    expect(track?.hasAttribute('default')).toBe(true);
  });

  it('names title, length, type and size beside the download link (BITV 2.0 Anlage 2)', async () => {
    const doc = await render(DGS);
    const caption = doc.querySelector('figure > figcaption');
    expect(caption?.querySelector('.video-title')?.textContent).toBe(DGS.title);
    expect(caption?.querySelector('.video-meta')?.textContent).toBe('Dauer: 0:08 Min.');
    const link = caption?.querySelector('a.video-download');
    expect(link?.getAttribute('href')).toBe('/medien/dgs_willkommen_a1b2c3.mp4');
    expect(link?.hasAttribute('download')).toBe(true);
    expect(link?.textContent).toBe('Willkommen in Deutscher Gebärdensprache herunterladen (MP4, 1,2 MB)');
  });

  it('folds the transcript under „Transkript“, one paragraph per block of text', async () => {
    const doc = await render(DGS);
    const details = doc.querySelector('details');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Transkript');
    expect([...(details?.querySelectorAll('p') ?? [])].map((p) => p.textContent)).toEqual(['Herzlich willkommen.', 'Schreiben Sie uns gern.']);
  });

  it('leaves out what is not there: no WebM, no captions, no transcript; hours as „Std.“', async () => {
    const doc = await render({ ...DGS, webm: null, captions: null, transcript: null, duration: 3725 });
    expect(doc.querySelectorAll('video > source')).toHaveLength(1);
    expect(doc.querySelector('track')).toBeNull();
    expect(doc.querySelector('details')).toBeNull();
    expect(doc.querySelector('.video-meta')?.textContent).toBe('Dauer: 1:02:05 Std.');
  });
});
