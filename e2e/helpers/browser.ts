/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: they need the DOM types.)
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROME_ARGS } from '@stadtportal/publish/a11y-gate';
import { startStaticServer } from '@stadtportal/publish/static-server';
import { REPO } from './paths.ts';
import { htmlFiles, urlPathOf } from './site.ts';

/*
 * What the browser tests of the search share: the site built from the fixture snapshot with
 * `pnpm build` (Pagefind indexes it in the same step), served as a static host would, Debian's
 * Chromium, and keyboard helpers that report where the focus went.
 */

const run = promisify(execFile);
export const FIXTURE = join(REPO, 'site', 'test', 'fixtures', 'snapshot');

export interface ServedSite {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the fixture site into `dir` (what an operator runs: `pnpm build`), serves it, starts Chromium. */
export async function buildAndServeFixture(dir: string, snapshot: string = FIXTURE): Promise<ServedSite> {
  await rm(dir, { recursive: true, force: true });
  await run('bash', ['scripts/run.sh', 'build'], {
    cwd: REPO,
    env: { ...process.env, SNAPSHOT_DIR: snapshot, SITE_DIST: dir },
    maxBuffer: 64 * 1024 * 1024,
  });
  const { server, url: origin } = (await startStaticServer(dir, 0)) as { server: Server; url: string };
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** URL paths of the built pages whose <main> contains `text`. */
export async function pagesContaining(dir: string, text: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await htmlFiles(dir)) {
    const { document } = parseHTML(await readFile(file, 'utf8'));
    if (document.querySelector('main')?.textContent?.includes(text)) found.push(urlPathOf(dir, file));
  }
  return found;
}

export interface Focused {
  tag: string;
  id: string;
  href: string | null;
  inHeader: boolean;
  text: string;
}

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return { tag: el.tagName, id: el.id, href: el.getAttribute('href'), inHeader: el.closest('header') !== null, text: el.textContent?.trim() ?? '' };
  });
}

/** Presses Tab until `done` holds for the focused element; returns the elements passed on the way. */
export async function tabUntil(page: Page, done: (f: Focused | null) => boolean, max: number): Promise<(Focused | null)[]> {
  const path: (Focused | null)[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(f);
    if (done(f)) return path;
  }
  throw new Error(`Nach ${max}× Tab nicht erreicht; Weg: ${JSON.stringify(path)}`);
}

// axe-core comes with pa11y (the gate's runner): the browser tests use the version the gate uses.
const requireFromPa11y = createRequire(createRequire(join(REPO, 'e2e', 'package.json')).resolve('pa11y-ci/package.json'));
export const AXE = createRequire(requireFromPa11y.resolve('pa11y/package.json')).resolve('axe-core/axe.min.js');

/**
 * axe over the page as it is rendered now (WCAG 2 A/AA up to 2.2). Under a CSP the context needs
 * `bypassCSP` to inject it. `within`: only the elements matching this selector and their
 * descendants (axe's `include` context) — for our own parts of a page someone else renders.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document | { include: string[][] }, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const context = selector === null ? document : { include: [[selector]] };
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, within ?? null);
}

/** One page in a browser context of its own (viewport, JavaScript, forced colours …), closed afterwards whatever happens. */
export async function inContext<T>(browser: Browser, options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  try {
    return await use(page);
  } finally {
    await context.close();
  }
}
