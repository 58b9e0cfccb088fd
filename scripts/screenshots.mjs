// Screenshots of the home page for the README: a phone (375 × 667, the first screen) and a
// desktop (1280 × 800, the whole page), from a built site, in Debian's Chromium (no browser
// download). Writes docs/screenshots/startseite-telefon.png and startseite-desktop.png.
//
// Usage: node scripts/screenshots.mjs [site-dir]   (default: SITE_DIST or site/dist)
//   e.g. with the demo town: scripts/dev/cms-snapshot.sh /tmp/demo && SNAPSHOT_DIR=/tmp/demo pnpm build
//        && node scripts/screenshots.mjs   (the README's pictures are of the demo town)
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { CHROME_ARGS } from './a11y-gate.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const site = resolve(process.argv[2] ?? (process.env.SITE_DIST || join(ROOT, 'site', 'dist')));
const out = join(ROOT, 'docs', 'screenshots');
const SHOTS = [
  { file: 'startseite-telefon.png', viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, fullPage: false },
  { file: 'startseite-desktop.png', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, fullPage: true },
];

await mkdir(out, { recursive: true });
const { server, url } = await startStaticServer(site, 0);
/* global document -- the callbacks of page.evaluate run in the browser */
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: shot.deviceScaleFactor, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`Startseite nicht erreichbar (${response?.status()}): ist ${site} eine gebaute Website?`);
    // Lazy pictures further down: load them before a full-page shot.
    if (shot.fullPage) await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((img) => img.setAttribute('loading', 'eager')));
    await page.waitForLoadState('networkidle');
    // A palette PNG: the README's pictures stay small in the repository.
    const png = await page.screenshot({ fullPage: shot.fullPage });
    await sharp(png).png({ palette: true, compressionLevel: 9 }).toFile(join(out, shot.file));
    console.log(`${join('docs', 'screenshots', shot.file)} (${shot.viewport.width} × ${shot.viewport.height})`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
