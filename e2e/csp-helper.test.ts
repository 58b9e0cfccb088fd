/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS } from '@stadtportal/publish/a11y-gate';
import { startStaticServer } from '@stadtportal/publish/static-server';
import { securityHeaders } from '@stadtportal/publish/nginx';
import { recordCspViolations, serveWithHeaders, type HeaderProxy } from './helpers/csp.ts';

/*
 * The browser tests (city-map, online-services) pass when helpers/csp.ts collected no CSP
 * violation. That only means something if the collector does see one: a page behind the proxy
 * loads an image from an origin the policy does not allow, and the collector must report it —
 * and must stay quiet once the origin is in img-src.
 */

describe('CSP-Verstöße im Browser (helpers/csp.ts)', () => {
  let dir: string;
  let images: Server;
  let imageOrigin: string;
  let site: Server;
  let siteOrigin: string;
  let browser: Browser;
  const proxies: HeaderProxy[] = [];

  beforeAll(async () => {
    images = createServer((_req, res) => {
      res
        .writeHead(200, { 'content-type': 'image/png' })
        .end(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    });
    await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
    imageOrigin = `http://127.0.0.1:${(images.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'stadtportal-csp-helper-'));
    await writeFile(
      join(dir, 'index.html'),
      `<!doctype html><html lang="de"><title>Test</title><main><img src="${imageOrigin}/kachel.png" alt=""></main></html>`,
    );
    ({ server: site, url: siteOrigin } = (await startStaticServer(dir, 0)) as { server: Server; url: string });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    for (const p of proxies) await p.close();
    if (site) await new Promise<void>((resolve) => site.close(() => resolve()));
    if (images) await new Promise<void>((resolve) => images.close(() => resolve()));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function violationsWith(imgSrc: string[]): Promise<string[]> {
    const proxy = await serveWithHeaders(siteOrigin, securityHeaders({ contentSources: { frameSrc: [], scriptSrc: [], connectSrc: [], imgSrc } }));
    proxies.push(proxy);
    const context = await browser.newContext();
    const seen: string[] = [];
    await recordCspViolations(context, seen);
    try {
      const page = await context.newPage();
      await page.goto(`${proxy.origin}/`, { waitUntil: 'networkidle' });
      // The event is dispatched as a task after the blocked load: a round trip through the page lets it run.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      return seen;
    } finally {
      await context.close();
    }
  }

  it('meldet ein Bild von einer Origin, die img-src nicht erlaubt – als Ereignis und in der Konsole', async () => {
    const seen = await violationsWith([]);
    expect(seen.some((v) => v.includes(`img-src blockierte ${imageOrigin}/kachel.png`))).toBe(true);
    expect(seen.some((v) => /Content Security Policy/.test(v) && v.includes(imageOrigin))).toBe(true);
  });

  it('bleibt still, wenn die Origin in img-src steht', async () => {
    expect(await violationsWith([imageOrigin])).toEqual([]);
  });
});
