// First view of a page on a phone, measured as a browser loads it: Debian's Chromium (playwright-
// core, no downloaded browser) at 375×667 CSS px and device pixel ratio 2, the page served by the
// production nginx configuration (gzip, headers). Counted: the encoded bytes of every response
// body the page needs until the network is idle — HTML, CSS, JS and the pictures the browser
// chose from srcset/sizes for that screen. Pictures below the first screen that are loaded lazily
// are not requested, so they do not count. Headers are left out (they are the same for every
// page and not what editors or the design change).
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS } from '@stadtportal/publish/a11y-gate';

export interface FirstView {
  html: number;
  css: number;
  js: number;
  images: number;
  other: number;
  total: number;
  /** The largest picture's URL and bytes, for the report. */
  largestImage: { url: string; bytes: number } | null;
}

export async function openBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: [...CHROME_ARGS] });
}

export async function firstView(browser: Browser, url: string): Promise<FirstView> {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const sizes: Promise<{ type: string; url: string; bytes: number }>[] = [];
  page.on('requestfinished', (req) => {
    sizes.push(req.sizes().then((s) => ({ type: req.resourceType(), url: req.url(), bytes: s.responseBodySize })));
  });
  try {
    const res = await page.goto(url, { waitUntil: 'networkidle' });
    if (res === null || res.status() !== 200) throw new Error(`Erste Ansicht: ${url} antwortet ${res?.status() ?? 'nicht'}`);
    const all = await Promise.all(sizes);
    const sum = (types: readonly string[]) => all.filter((r) => types.includes(r.type)).reduce((n, r) => n + r.bytes, 0);
    const images = all.filter((r) => r.type === 'image').sort((a, b) => b.bytes - a.bytes);
    const html = sum(['document']);
    const css = sum(['stylesheet']);
    const js = sum(['script']);
    const img = sum(['image']);
    const total = all.reduce((n, r) => n + r.bytes, 0);
    return {
      html,
      css,
      js,
      images: img,
      other: total - html - css - js - img,
      total,
      largestImage: images[0] ? { url: images[0].url, bytes: images[0].bytes } : null,
    };
  } finally {
    await context.close();
  }
}
