import { collectionPage, restNews, restOffices, restOrganisations, restPages, restSettings } from '../fixtures/rest.ts';
import { sendJson, startServer, strapiError, type TestServer } from './server.ts';

/*
 * A stand-in for Strapi's REST API over real HTTP: the four endpoints of the content model,
 * paginated like Strapi (pagination[page], pagination[pageSize], capped at 100), and /uploads.
 */

type Upload = Uint8Array | number;

export interface FakeCmsContent {
  organisations: unknown[];
  pages: unknown[];
  news: unknown[];
  offices: unknown[];
  settings: unknown;
  /** Upload path (/uploads/…) → bytes, an HTTP status to answer with, or a function choosing per request. */
  uploads: Map<string, Upload | (() => Upload)>;
}

/** Bytes of a tiny valid PNG, so media files are real images. */
export const PNG_BYTES = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
);

export function demoContent(): FakeCmsContent {
  const uploads: FakeCmsContent['uploads'] = new Map();
  for (const f of ['wappen_3f2a9c1b7d.png', 'karte_ortschaften_8d7e6f5a4b.png', 'westdorf_1a2b3c4d5e.jpg', 'gildefest_9f8e7d6c5b.webp']) {
    uploads.set(`/uploads/${f}`, Uint8Array.from([...PNG_BYTES, ...Buffer.from(f)]));
  }
  return { organisations: restOrganisations(), pages: restPages(), news: restNews(), offices: restOffices(), settings: restSettings(), uploads };
}

export async function startFakeCms(content: FakeCmsContent): Promise<TestServer> {
  const lists: Record<string, () => unknown[]> = {
    '/api/organisations': () => content.organisations,
    '/api/pages': () => content.pages,
    '/api/news-articles': () => content.news,
    '/api/offices': () => content.offices,
  };
  return startServer((_req, res, r) => {
    const list = lists[r.path];
    if (list) {
      const page = Number(r.query.get('pagination[page]') ?? '1');
      const pageSize = Math.min(100, Number(r.query.get('pagination[pageSize]') ?? '25'));
      sendJson(res, 200, collectionPage(list(), page, pageSize));
    } else if (r.path === '/api/site-setting') {
      if (content.settings === null) strapiError(res, 404, 'NotFoundError', 'Not Found');
      else sendJson(res, 200, { data: content.settings, meta: {} });
    } else {
      const entry = content.uploads.get(r.path);
      const file = typeof entry === 'function' ? entry() : entry;
      if (file === undefined) strapiError(res, 404, 'NotFoundError', 'Not Found');
      else if (typeof file === 'number') strapiError(res, file, 'Error', `Status ${file}`);
      else {
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': file.byteLength });
        res.end(file);
      }
    }
  });
}
