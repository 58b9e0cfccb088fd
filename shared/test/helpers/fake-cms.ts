import {
  collectionPage,
  restAmtsblatt,
  restEvents,
  restLifeEvents,
  restNews,
  restNotices,
  restAlerts,
  restRedirects,
  restOnlineServices,
  restOffices,
  restOrganisations,
  restPages,
  restPagesEn,
  restServices,
  restSettings,
} from '../fixtures/rest.ts';
import { sendJson, startServer, strapiError, type TestServer } from './server.ts';

/*
 * A stand-in for Strapi's REST API over real HTTP: the endpoints of the content model,
 * paginated like Strapi (pagination[page], pagination[pageSize], capped at 100), pages in the
 * locale `?locale=` asks for (German by default, like Strapi's i18n), and /uploads.
 */

type Upload = Uint8Array | number;

export interface FakeCmsContent {
  organisations: unknown[];
  pages: unknown[];
  /** Pages in the locale „en“ (same documentIds as the German ones). */
  pagesEn: unknown[];
  news: unknown[];
  offices: unknown[];
  services: unknown[];
  lifeEvents: unknown[];
  events: unknown[];
  amtsblatt: unknown[];
  notices: unknown[];
  alerts: unknown[];
  redirects: unknown[];
  onlineServices: unknown[];
  settings: unknown;
  /** Places and publications (absent: none); the map's single type (absent or null: never saved, 404). */
  places?: unknown[];
  publications?: unknown[];
  mapSetting?: unknown;
  /** Council types by snapshot list name (absent: none). */
  council?: Partial<Record<'terms' | 'organizations' | 'persons' | 'locations' | 'meetings' | 'papers', unknown[]>>;
  /** Upload path (/uploads/…) → bytes, an HTTP status to answer with, or a function choosing per request. */
  uploads: Map<string, Upload | (() => Upload)>;
}

/** Bytes of a tiny valid PNG, so media files are real images. */
export const PNG_BYTES = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
);

/** The start of a PDF file (header and a comment with binary bytes, as PDF writers emit). */
export const PDF_BYTES = Uint8Array.from([...Buffer.from('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);

export const DEMO_IMAGES = [
  'wappen_3f2a9c1b7d.png',
  'karte_ortschaften_8d7e6f5a4b.png',
  'westdorf_1a2b3c4d5e.jpg',
  'gildefest_9f8e7d6c5b.webp',
  'lesung_2b3c4d5e6f.jpg',
] as const;
export const DEMO_PDFS = [
  'Amtsblatt_2026_11_4c5d6e7f80.pdf',
  'Amtsblatt_2026_12_5d6e7f8091.pdf',
  'Haushaltssatzung_2027_9a8b7c6d5e.pdf',
  'Zahlungsauftrag_1b2c3d4e5f.pdf',
] as const;

export function demoContent(): FakeCmsContent {
  const uploads: FakeCmsContent['uploads'] = new Map();
  // Each file's bytes end with its name, so a mixed-up download shows in the comparison.
  for (const f of DEMO_IMAGES) uploads.set(`/uploads/${f}`, Uint8Array.from([...PNG_BYTES, ...Buffer.from(f)]));
  for (const f of DEMO_PDFS) uploads.set(`/uploads/${f}`, Uint8Array.from([...PDF_BYTES, ...Buffer.from(f)]));
  return {
    organisations: restOrganisations(),
    pages: restPages(),
    pagesEn: restPagesEn(),
    news: restNews(),
    offices: restOffices(),
    services: restServices(),
    lifeEvents: restLifeEvents(),
    events: restEvents(),
    amtsblatt: restAmtsblatt(),
    notices: restNotices(),
    alerts: restAlerts(),
    redirects: restRedirects(),
    onlineServices: restOnlineServices(),
    settings: restSettings(),
    uploads,
  };
}

/**
 * What Strapi does with `filters[documentId][$in][i]` (only those documents),
 * `filters[<relation>…][documentId][$in][i]` (only those linked to them) and `fields[i]` (only
 * those attributes, plus id and documentId, which Strapi always sends): the delta pull asks so.
 */
function select(entries: unknown[], query: URLSearchParams): unknown[] | undefined {
  const keys = [...query.keys()];
  const filters = new Map<string, string[]>();
  for (const k of keys.filter((x) => x.startsWith('filters['))) {
    const m = /^filters((?:\[[A-Za-z]+\])*)\[documentId\]\[\$in\]\[\d+\]$/.exec(k);
    // Answered with 400 like an invalid filter, so a query this fake does not model fails the test.
    if (m === null || m[1] === undefined) return undefined;
    filters.set(m[1], [...(filters.get(m[1]) ?? []), query.get(k) ?? '']);
  }
  const fields = keys.filter((k) => /^fields\[\d+\]$/.test(k)).map((k) => query.get(k) ?? '');
  const chosen = entries.filter((e) =>
    [...filters].every(([path, ids]) => documentIdsAt(e, path.slice(1, -1).split('][').filter(Boolean)).some((id) => ids.includes(id))),
  );
  if (fields.length === 0) return chosen;
  const keep = new Set(['id', 'documentId', ...fields]);
  return chosen.map((e) => (isEntry(e) ? Object.fromEntries(Object.entries(e).filter(([k]) => keep.has(k))) : e));
}

function isEntry(e: unknown): e is Record<string, unknown> {
  return typeof e === 'object' && e !== null && !Array.isArray(e);
}

/** The documentIds at a path of relations and components (lists are searched item by item). */
function documentIdsAt(value: unknown, path: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => documentIdsAt(v, path));
  if (!isEntry(value)) return [];
  const [first, ...rest] = path;
  if (first === undefined) return typeof value.documentId === 'string' ? [value.documentId] : [];
  return documentIdsAt(value[first], rest);
}

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.pdf': 'application/pdf' };

export async function startFakeCms(content: FakeCmsContent): Promise<TestServer> {
  const lists: Record<string, (locale: string) => unknown[] | undefined> = {
    '/api/organisations': () => content.organisations,
    // Without `locale` Strapi answers in the default locale (de); any other locale is refused here, so a wrong query shows.
    '/api/pages': (locale) => (locale === 'de' ? content.pages : locale === 'en' ? content.pagesEn : undefined),
    '/api/news-articles': () => content.news,
    '/api/offices': () => content.offices,
    '/api/services': () => content.services,
    '/api/life-events': () => content.lifeEvents,
    '/api/events': () => content.events,
    '/api/amtsblatt-issues': () => content.amtsblatt,
    '/api/public-notices': () => content.notices,
    '/api/alerts': () => content.alerts,
    '/api/online-services': () => content.onlineServices,
    '/api/redirects': () => content.redirects,
    '/api/places': () => content.places ?? [],
    '/api/publications': () => content.publications ?? [],
    '/api/legislative-terms': () => content.council?.terms ?? [],
    '/api/council-organizations': () => content.council?.organizations ?? [],
    '/api/persons': () => content.council?.persons ?? [],
    '/api/locations': () => content.council?.locations ?? [],
    '/api/meetings': () => content.council?.meetings ?? [],
    '/api/papers': () => content.council?.papers ?? [],
  };
  return startServer((_req, res, r) => {
    const list = lists[r.path];
    if (list) {
      const entries = list(r.query.get('locale') ?? 'de');
      if (entries === undefined) {
        strapiError(res, 400, 'ValidationError', 'This locale does not exist');
        return;
      }
      const page = Number(r.query.get('pagination[page]') ?? '1');
      const pageSize = Math.min(100, Number(r.query.get('pagination[pageSize]') ?? '25'));
      const selected = select(entries, r.query);
      if (selected === undefined) strapiError(res, 400, 'ValidationError', 'Invalid filter');
      else sendJson(res, 200, collectionPage(selected, page, pageSize));
    } else if (r.path === '/api/map-setting') {
      if (content.mapSetting === undefined || content.mapSetting === null) strapiError(res, 404, 'NotFoundError', 'Not Found');
      else sendJson(res, 200, { data: content.mapSetting, meta: {} });
    } else if (r.path === '/api/site-setting') {
      if (content.settings === null) strapiError(res, 404, 'NotFoundError', 'Not Found');
      else sendJson(res, 200, { data: content.settings, meta: {} });
    } else {
      const entry = content.uploads.get(r.path);
      const file = typeof entry === 'function' ? entry() : entry;
      if (file === undefined) strapiError(res, 404, 'NotFoundError', 'Not Found');
      else if (typeof file === 'number') strapiError(res, file, 'Error', `Status ${file}`);
      else {
        const ext = r.path.slice(r.path.lastIndexOf('.'));
        res.writeHead(200, { 'content-type': MIME[ext] ?? 'application/octet-stream', 'content-length': file.byteLength });
        res.end(file);
      }
    }
  });
}
