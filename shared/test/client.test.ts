import { inspect } from 'node:util';
import { parse } from 'qs';
import { afterEach, describe, expect, it } from 'vitest';
import { CmsRequestError, createCmsClient, encodeQuery, mapLimit, parseRetryAfter, type StrapiQuery } from '../src/client.ts';
import { PULL_QUERIES } from '../src/pull.ts';
import { collectionPage } from './fixtures/rest.ts';
import { sendJson, startServer, strapiError, type Handler, type TestServer } from './helpers/server.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

/** A sleep that does not wait but remembers what it was asked to wait. */
function fakeSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, documentId: `doc${i + 1}`, title: `Eintrag ${i + 1}` }));

/** Paginates like Strapi: pagination[page], pagination[pageSize] capped at 100. */
function paginated(list: unknown[]): Handler {
  return (_req, res, r) => {
    const page = Number(r.query.get('pagination[page]'));
    const size = Math.min(100, Number(r.query.get('pagination[pageSize]')));
    sendJson(res, 200, collectionPage(list, page, size));
  };
}

async function failure(p: Promise<unknown>): Promise<CmsRequestError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CmsRequestError);
  return err as CmsRequestError;
}

describe('encodeQuery', () => {
  // Strapi's query middleware (@strapi/core middlewares/query.js) parses with these settings.
  const strapiParse = (s: string) => parse(s, { strictNullHandling: true, arrayLimit: 100, depth: 20 });

  it('encodes the pull queries so that Strapi reads back the same structure', () => {
    for (const query of Object.values(PULL_QUERIES)) {
      const stringified = JSON.parse(JSON.stringify(query, (_k, v: unknown) => (typeof v === 'boolean' ? String(v) : v))) as unknown;
      expect(strapiParse(encodeQuery(query))).toEqual(stringified);
    }
  });

  it('writes bracket notation with encoded values', () => {
    const q: StrapiQuery = { populate: { logo: { populate: ['media'] } }, filters: { title: { $eq: 'A & B = C' } }, pagination: { page: 2 } };
    expect(encodeQuery(q)).toBe('populate[logo][populate][0]=media&filters[title][$eq]=A%20%26%20B%20%3D%20C&pagination[page]=2');
    expect(strapiParse(encodeQuery(q))).toEqual({
      populate: { logo: { populate: ['media'] } },
      filters: { title: { $eq: 'A & B = C' } },
      pagination: { page: '2' },
    });
  });
});

describe('findAll', () => {
  it('pages past 100 entries: 250 entries in 3 requests, all in order', async () => {
    const s = await serve(paginated(entries(250)));
    const client = createCmsClient({ baseUrl: s.url, pageSize: 500 });
    const got = await client.findAll('pages', { status: 'published', populate: { image: { populate: { media: true } } } });
    expect(got.map((e) => e.id)).toEqual(entries(250).map((e) => e.id));
    expect(s.requests).toHaveLength(3);
    expect(s.requests.map((r) => r.query.get('pagination[page]')).sort()).toEqual(['1', '2', '3']);
    // Asked for 500, but Strapi's maxLimit is 100: the client must not rely on a bigger page.
    expect(new Set(s.requests.map((r) => r.query.get('pagination[pageSize]')))).toEqual(new Set(['100']));
    for (const r of s.requests) {
      expect(r.path).toBe('/api/pages');
      expect(r.query.get('status')).toBe('published');
      expect(r.query.get('populate[image][populate][media]')).toBe('true');
    }
  });

  it('returns an empty list for an empty collection with one request', async () => {
    const s = await serve(paginated([]));
    const client = createCmsClient({ baseUrl: s.url });
    expect(await client.findAll('news-articles')).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });

  it('fetches the remaining pages in parallel, at most `concurrency` at once', async () => {
    let running = 0;
    let most = 0;
    const list = entries(10);
    const s = await serve((_req, res, r) => {
      running++;
      most = Math.max(most, running);
      setTimeout(() => {
        running--;
        paginated(list)(_req, res, r);
      }, 40);
    });
    const client = createCmsClient({ baseUrl: s.url, pageSize: 1, concurrency: 3 });
    const got = await client.findAll('pages');
    expect(got.map((e) => e.id)).toEqual(list.map((e) => e.id));
    expect(s.requests).toHaveLength(10);
    expect(most).toBe(3);
  });

  it('refuses a result that changed between page requests', async () => {
    const list = entries(150);
    const s = await serve((_req, res, r) => {
      // An entry is published while the client reads page 2.
      if (r.query.get('pagination[page]') === '2') list.push({ id: 999, documentId: 'new', title: 'Neu' });
      paginated(list)(_req, res, r);
    });
    const client = createCmsClient({ baseUrl: s.url });
    await expect(client.findAll('pages')).rejects.toThrow(/während des Abrufs geändert/);
  });
});

describe('retries', () => {
  it('retries a 503 with growing, jittered backoff, then succeeds', async () => {
    let n = 0;
    const s = await serve((req, res, r) => {
      if (++n <= 2) strapiError(res, 503, 'ServiceUnavailableError', 'Wartung');
      else paginated(entries(3))(req, res, r);
    });
    const { delays, sleep } = fakeSleep();
    const client = createCmsClient({ baseUrl: s.url, sleep });
    const got = await client.findAll('pages');
    expect(got).toHaveLength(3);
    expect(s.requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
    const [first, second] = delays as [number, number];
    expect(first).toBeGreaterThanOrEqual(125);
    expect(first).toBeLessThanOrEqual(250);
    expect(second).toBeGreaterThanOrEqual(250);
    expect(second).toBeLessThanOrEqual(500);
  });

  it.each([429, 502, 504])('retries HTTP %i', async (status) => {
    let n = 0;
    const s = await serve((req, res, r) => {
      if (++n === 1) strapiError(res, status, 'Error', 'vorübergehend');
      else paginated(entries(1))(req, res, r);
    });
    const { delays, sleep } = fakeSleep();
    await createCmsClient({ baseUrl: s.url, sleep }).findAll('pages');
    expect(s.requests).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    let n = 0;
    const s = await serve((req, res, r) => {
      n++;
      if (n === 1) strapiError(res, 429, 'RateLimitError', 'Zu viele Anfragen', { 'retry-after': '3' });
      else if (n === 2) strapiError(res, 503, 'ServiceUnavailableError', 'Neustart', { 'retry-after': new Date(Date.now() + 20_000).toUTCString() });
      else paginated(entries(1))(req, res, r);
    });
    const { delays, sleep } = fakeSleep();
    await createCmsClient({ baseUrl: s.url, sleep }).findAll('pages');
    expect(delays[0]).toBe(3000);
    // An HTTP date has one-second resolution and the clock moves on: about 20 s.
    expect(delays[1]).toBeGreaterThan(18_000);
    expect(delays[1]).toBeLessThanOrEqual(20_000);
  });

  it('gives up at once when Retry-After asks for more than a minute', async () => {
    const s = await serve((_req, res) => strapiError(res, 503, 'ServiceUnavailableError', 'Wartung', { 'retry-after': '3600' }));
    const { delays, sleep } = fakeSleep();
    const err = await failure(createCmsClient({ baseUrl: s.url, sleep }).findAll('pages'));
    expect(err.message).toMatch(/3600 s Pause/);
    expect(err.attempts).toBe(1);
    expect(delays).toEqual([]);
  });

  it('fails after retries + 1 attempts and reports them', async () => {
    const s = await serve((_req, res) => strapiError(res, 502, 'BadGatewayError', 'Bad Gateway'));
    const { delays, sleep } = fakeSleep();
    const err = await failure(createCmsClient({ baseUrl: s.url, sleep, retries: 2 }).findAll('organisations'));
    expect(s.requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(err.status).toBe(502);
    expect(err.attempts).toBe(3);
    expect(err.message).toContain(`${s.url}/api/organisations?pagination[page]=1&pagination[pageSize]=100`);
    expect(err.message).toMatch(/HTTP 502, 3 Versuche/);
  });

  it.each([400, 401, 403, 404, 500])('does not retry HTTP %i and names URL and status', async (status) => {
    const s = await serve((_req, res) => strapiError(res, status, 'Error', `Grund ${status}`));
    const { delays, sleep } = fakeSleep();
    const err = await failure(createCmsClient({ baseUrl: s.url, sleep }).findAll('pages', { populate: { image: true } }));
    expect(s.requests).toHaveLength(1);
    expect(delays).toEqual([]);
    expect(err.status).toBe(status);
    expect(err.attempts).toBe(1);
    expect(err.method).toBe('GET');
    expect(err.url).toBe(`${s.url}/api/pages?populate[image]=true&pagination[page]=1&pagination[pageSize]=100`);
    expect(err.message).toContain(err.url);
    expect(err.message).toContain(`HTTP ${status}`);
    expect(err.message).toContain(`Grund ${status}`);
  });

  it('retries a connection reset by the server', async () => {
    let n = 0;
    const s = await serve((req, res, r) => {
      if (++n === 1) req.socket.destroy();
      else paginated(entries(2))(req, res, r);
    });
    const { delays, sleep } = fakeSleep();
    expect(await createCmsClient({ baseUrl: s.url, sleep }).findAll('pages')).toHaveLength(2);
    expect(s.requests).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it('retries a refused connection (CMS restarting) and then reports it', async () => {
    const s = await startServer(() => undefined);
    const url = s.url;
    await s.close();
    const { delays, sleep } = fakeSleep();
    const err = await failure(createCmsClient({ baseUrl: url, sleep, retries: 2 }).findAll('pages'));
    expect(err.code).toBe('ECONNREFUSED');
    expect(err.status).toBeNull();
    expect(err.attempts).toBe(3);
    expect(delays).toHaveLength(2);
  });
});

describe('timeouts', () => {
  it('times out a hanging response on each attempt and fails after retries + 1', async () => {
    const s = await serve(() => undefined);
    const { delays, sleep } = fakeSleep();
    const started = Date.now();
    const err = await failure(createCmsClient({ baseUrl: s.url, sleep, timeoutMs: 100, retries: 2 }).findAll('pages'));
    expect(s.requests).toHaveLength(3);
    expect(err.code).toBe('ETIMEDOUT');
    expect(err.attempts).toBe(3);
    expect(delays).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('times out a body that trickles in too slowly', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":[');
      // …and never finishes, while sending a byte now and then to keep the socket busy.
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    const { sleep } = fakeSleep();
    const err = await failure(createCmsClient({ baseUrl: s.url, sleep, timeoutMs: 200, retries: 0 }).findAll('pages'));
    expect(err.code).toBe('ETIMEDOUT');
    expect(err.attempts).toBe(1);
  });
});

describe('response envelope', () => {
  it.each([
    ['without meta', { data: [] }, /meta/],
    ['without pagination', { data: [], meta: {} }, /meta\.pagination/],
    ['with data not a list', { data: { id: 1 }, meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 } } }, /data/],
    ['with pageCount as text', { data: [], meta: { pagination: { page: 1, pageSize: 100, pageCount: '1', total: 0 } } }, /pageCount/],
  ])('refuses a response %s, naming the URL', async (_name, body, pattern) => {
    const s = await serve((_req, res) => sendJson(res, 200, body));
    const client = createCmsClient({ baseUrl: s.url });
    const err = await client.findAll('pages').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err?.message).toMatch(pattern);
    expect(err?.message).toContain(`CMS-Antwort von ${s.url}/api/pages?pagination[page]=1&pagination[pageSize]=100`);
  });

  it('refuses a body that is not JSON, naming the URL', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>Proxy-Fehler</html>');
    });
    await expect(createCmsClient({ baseUrl: s.url }).findSingle('site-setting')).rejects.toThrow(`CMS-Antwort von ${s.url}/api/site-setting ist kein JSON`);
  });
});

describe('findSingle', () => {
  it('returns the data of a single type', async () => {
    const s = await serve((_req, res) => sendJson(res, 200, { data: { id: 1, documentId: 'x', siteName: 'Aschersleben' }, meta: {} }));
    const got = await createCmsClient({ baseUrl: s.url }).findSingle('site-setting', { populate: { social: true } });
    expect(got).toEqual({ id: 1, documentId: 'x', siteName: 'Aschersleben' });
    expect(s.requests[0]?.url).toBe('/api/site-setting?populate[social]=true');
  });

  it('explains a 404: the single type was never saved', async () => {
    const s = await serve((_req, res) => strapiError(res, 404, 'NotFoundError', 'Not Found'));
    const err = await failure(createCmsClient({ baseUrl: s.url }).findSingle('site-setting'));
    expect(err.status).toBe(404);
    expect(err.message).toMatch(/„site-setting“ ist im CMS noch nicht angelegt/);
    expect(s.requests).toHaveLength(1);
  });

  it('treats data: null like a missing single type', async () => {
    const s = await serve((_req, res) => sendJson(res, 200, { data: null, meta: {} }));
    await expect(createCmsClient({ baseUrl: s.url }).findSingle('site-setting')).rejects.toThrow(/noch nicht angelegt/);
  });

  it('refuses API names that would leave /api/', async () => {
    const client = createCmsClient({ baseUrl: 'http://127.0.0.1:9' });
    await expect(client.findSingle('../admin')).rejects.toThrow(/Ungültiger API-Name/);
  });
});

describe('token', () => {
  const token = 'geheimes-token-0123456789abcdef';

  it('is sent as Bearer header and appears in no error, not even in its inspected form', async () => {
    const s = await serve((_req, res) => strapiError(res, 403, 'ForbiddenError', 'Forbidden'));
    const err = await failure(createCmsClient({ baseUrl: s.url, token }).findAll('pages'));
    expect(s.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
    expect(err.message).not.toContain(token);
    expect(inspect(err, { depth: 20, showHidden: true })).not.toContain(token);
    expect(JSON.stringify(err)).not.toContain(token);
  });

  it('is not sent without a token, nor to another host serving media', async () => {
    const media = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from('PNG'));
    });
    const cms = await serve((_req, res) => sendJson(res, 200, collectionPage([], 1, 100)));
    await createCmsClient({ baseUrl: cms.url }).findAll('pages');
    expect(cms.requests[0]?.headers.authorization).toBeUndefined();

    const client = createCmsClient({ baseUrl: cms.url, token });
    await client.download(`${media.url}/bild.png`);
    expect(media.requests[0]?.headers.authorization).toBeUndefined();
    await client.download('/uploads/bild.png');
    expect(cms.requests[1]?.path).toBe('/uploads/bild.png');
    expect(cms.requests[1]?.headers.authorization).toBe(`Bearer ${token}`);
  });
});

describe('download', () => {
  it('resolves /uploads/… against the CMS and returns the bytes', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([1, 2, 3, 4]));
    });
    const bytes = await createCmsClient({ baseUrl: `${s.url}/` }).download('/uploads/wappen_1.png');
    expect([...bytes]).toEqual([1, 2, 3, 4]);
    expect(s.requests[0]?.path).toBe('/uploads/wappen_1.png');
  });

  it.each(['file:///etc/passwd', 'data:image/png;base64,AAAA', 'ftp://example.org/a.png', '//evil.example/a.png', 'uploads/a.png'])(
    'refuses %s',
    async (url) => {
      await expect(createCmsClient({ baseUrl: 'http://127.0.0.1:9' }).download(url)).rejects.toThrow(/Mediendatei/);
    },
  );
});

describe('parseRetryAfter', () => {
  it('reads seconds and dates, and nothing else', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('2026-10-21T07:27:00Z'))).toBe(60_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('2026-10-21T08:00:00Z'))).toBe(0);
    expect(parseRetryAfter('bald')).toBeNull();
    expect(parseRetryAfter(undefined)).toBeNull();
  });
});

describe('mapLimit', () => {
  const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('keeps the order and never runs more than the limit', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimit([50, 10, 30, 20, 5, 15], 2, async (ms, i) => {
      running++;
      most = Math.max(most, running);
      await tick(ms);
      running--;
      return i * 10;
    });
    expect(out).toEqual([0, 10, 20, 30, 40, 50]);
    expect(most).toBe(2);
  });

  it('starts nothing new after a failure and rejects once the running ones are done', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const p = mapLimit([0, 1, 2, 3, 4, 5], 2, async (i) => {
      started.push(i);
      if (i === 1) throw new Error('Nummer 1 kaputt');
      await tick(30);
      finished.push(i);
      return i;
    });
    await expect(p).rejects.toThrow('Nummer 1 kaputt');
    expect(started).toEqual([0, 1]);
    // Item 0 was running when 1 failed: it finished before the caller saw the error.
    expect(finished).toEqual([0]);
  });
});
