// The video of issue 17 in a real Strapi (SQLite, seeded, one boot for the file): the seed makes
// the demo clip with ffmpeg and puts it on the Gebärdensprache page and the home page; the pull
// copies MP4, WebM, captions and poster into the snapshot; the media library takes MP4, WebM and
// WebVTT by their bytes, within their size limits; saving a video with speech but no captions,
// or with a file of the wrong type in a field, is refused with a German message naming the field.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient } from '@stadtportal/shared/client';
import { pullSnapshot } from '@stadtportal/shared/pull';
import { readSnapshot, type Snapshot } from '@stadtportal/shared';
import { cm, type ErrorBody } from './helpers/admin-api.ts';
import { startStrapi, type StrapiInstance } from './helpers/strapi.ts';

const PAGE = 'api::page.page';
const STAMP = Date.now().toString(36);

let strapi: StrapiInstance;
let token = '';
let snapshotDir = '';
let snapshot: Snapshot;

beforeAll(async () => {
  strapi = await startStrapi('sqlite');
  token = await strapi.adminToken();
  snapshotDir = await mkdtemp(join(tmpdir(), 'video-cms-snapshot-'));
  await pullSnapshot({ client: createCmsClient({ baseUrl: strapi.url }), dir: snapshotDir, source: 'test:video-cms' });
  snapshot = await readSnapshot(snapshotDir);
}, 600_000);

afterAll(async () => {
  await strapi?.stop();
  if (snapshotDir) await rm(snapshotDir, { recursive: true, force: true });
});

const admin = (method: string, path: string, body?: unknown) =>
  fetch(`${strapi.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function upload(name: string, type: string, bytes: Uint8Array, fileInfo?: Record<string, unknown>): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  if (fileInfo) form.append('fileInfo', JSON.stringify(fileInfo));
  return fetch(`${strapi.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
}

async function refusal(res: Response): Promise<string> {
  const text = await res.text();
  expect(res.status, text).toBe(400);
  return (JSON.parse(text) as ErrorBody).error.message;
}

const dgsPage = () => {
  const page = snapshot.pages.find((p) => p.documentId === snapshot.settings.legalPages.gebaerdensprache);
  if (!page) throw new Error('Gebärdensprache-Seite fehlt im Snapshot');
  return page;
};

describe('the seeded demo video in the snapshot', () => {
  it('is on the Gebärdensprache page: DGS only, with captions, WebM, poster, transcript and its length', () => {
    const video = dgsPage().video;
    expect(video).not.toBeNull();
    expect(video?.speech).toBe(false);
    expect(video?.duration).toBe(8);
    expect(video?.mp4.mime).toBe('video/mp4');
    expect(video?.webm?.mime).toBe('video/webm');
    expect(video?.captions?.mime).toBe('text/vtt');
    expect(video?.poster.mime).toBe('image/png');
    expect(video?.transcript).toMatch(/^Herzlich willkommen/);
  });

  it("is the home page's DGS video too (the same files)", () => {
    expect(snapshot.settings.dgsVideo?.mp4.file).toBe(dgsPage().video?.mp4.file);
  });

  it('has its files in the snapshot: an H.264 MP4, a WebM, WebVTT captions; sizes as the library says', async () => {
    const video = dgsPage().video;
    if (!video) throw new Error('kein Video');
    const media = (f: string) => readFile(join(snapshotDir, 'media', f));
    const mp4 = await media(video.mp4.file);
    expect(mp4.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(mp4.includes(Buffer.from('avc1'))).toBe(true);
    // Strapi keeps the size in kB with two decimals: exact to ±5 bytes.
    expect(Math.abs(mp4.length - video.mp4.size)).toBeLessThanOrEqual(5);
    const webm = await media(video.webm?.file ?? '');
    expect([...webm.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    const vtt = (await media(video.captions?.file ?? '')).toString('utf8');
    expect(vtt.startsWith('WEBVTT\n')).toBe(true);
    expect(vtt).toMatch(/00:00:00\.000 --> 00:00:02\.500\nHerzlich willkommen/);
  });
});

describe('the media library and videos', () => {
  it('takes a WebVTT file as text/vtt', async () => {
    const res = await upload(`untertitel-${STAMP}.vtt`, 'text/vtt', new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n'));
    expect(res.status, await res.clone().text()).toBe(201);
    expect(((await res.json()) as { mime: string }[])[0]?.mime).toBe('text/vtt');
  });

  it('refuses an HTML file named .mp4 or .vtt, naming the file and the allowed formats', async () => {
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>\n');
    for (const name of [`film-${STAMP}.mp4`, `untertitel-${STAMP}-2.vtt`]) {
      const message = await refusal(await upload(name, 'video/mp4', html));
      expect(message).toContain(`„${name}“`);
      expect(message).toMatch(/MP4- und WebM-Videos und WebVTT-Untertitel/);
    }
  });

  it('refuses captions larger than 1 MB', async () => {
    const big = new TextEncoder().encode(`WEBVTT\n\n${'00:00.000 --> 00:01.000\nText\n\n'.repeat(40_000)}`);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const message = await refusal(await upload(`gross-${STAMP}.vtt`, 'text/vtt', big));
    expect(message).toMatch(/höchstens 1 MB/);
  });
});

describe('saving a page with a video', () => {
  /** The seeded clip's library ids, by the file names the seed gave them. */
  async function fileId(name: string): Promise<number> {
    const res = await admin('GET', `/upload/files?filters[name][$eq]=${encodeURIComponent(name)}`);
    const files = ((await res.json()) as { results: { id: number }[] }).results;
    const id = files[0]?.id;
    if (id === undefined) throw new Error(`${name} fehlt in der Medienbibliothek`);
    return id;
  }

  async function newPage(slug: string, video: Record<string, unknown>): Promise<Response> {
    const org = await fetch(`${strapi.url}/api/organisations?filters[slug][$eq]=stadt-aschersleben`);
    const organisation = ((await org.json()) as { data: { documentId: string }[] }).data[0]?.documentId ?? '';
    return admin('POST', cm(PAGE, '?locale=de'), {
      title: `Video ${slug}`,
      slug,
      summary: 'Kurz',
      seoDescription: 'Beschreibung',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Inhalt' }] }],
      organisation: { connect: [{ documentId: organisation }] },
      video,
    });
  }

  const clip = async () => ({
    title: 'Ein Video',
    duration: 8,
    mp4: await fileId('dgs-willkommen.mp4'),
    poster: await fileId('dgs-willkommen-vorschau.png'),
    captions: null,
  });

  it('refuses a video with speech and no captions, naming the field', async () => {
    const message = await refusal(await newPage(`video-sprache-${STAMP}`, { ...(await clip()), speech: true }));
    expect(message).toMatch(/^Video \(unter dem Inhalt\): „Untertitel \(WebVTT, \.vtt\)“: Untertitel \(WebVTT-Datei\) sind Pflicht/);
  });

  it('refuses a picture in the MP4 field', async () => {
    const c = await clip();
    const message = await refusal(await newPage(`video-bild-${STAMP}`, { ...c, speech: false, mp4: c.poster }));
    expect(message).toMatch(/„Video als MP4 \(H\.264\)“: Hier ist nur MP4-Video \(H\.264\) erlaubt, nicht image\/png/);
  });

  it('saves a DGS-only video without captions', async () => {
    const res = await newPage(`video-dgs-${STAMP}`, { ...(await clip()), speech: false });
    expect([200, 201], await res.clone().text()).toContain(res.status);
  });
});
