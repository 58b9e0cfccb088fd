// The release gate „Links“ (gates/links.ts) on a small site written here: what counts as an
// internal link, how a target resolves as a static host serves it, and that a broken one is
// named with its page — the gate must be able to fail.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenInternalLinks, resolves } from '../gates/links.ts';
import { htmlFiles, urlPathOf } from '../lib/site-files.ts';

let dist: string;

async function put(rel: string, body: string): Promise<void> {
  const file = join(dist, rel);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, body);
}

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'links-gate-'));
  await put(
    'index.html',
    `<!doctype html><title>Start</title><link rel="stylesheet" href="/_astro/site.css">
     <a href="/aemter/">Ämter</a> <a href="/aemter">ohne Schrägstrich</a> <a href="/aemter/?q=1#oben">mit Anfrage</a>
     <a href="https://example.org/x">extern</a> <a href="//cdn.example.org/y">protokollrelativ</a>
     <a href="mailto:rathaus@example.org">Post</a> <a href="#inhalt">Sprung</a>`,
  );
  await put('aemter/index.html', `<!doctype html><title>Ämter</title><img src="/bilder/fehlt.png" alt=""> <a href="/gibt-es-nicht/">weg</a>`);
  await put('_astro/site.css', 'body{}');
  await put('notiz.txt', 'keine Seite');
});

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('site files', () => {
  it('lists the HTML pages, sorted, and names them by URL path', async () => {
    const files = await htmlFiles(dist);
    expect(files).toEqual([join(dist, 'aemter/index.html'), join(dist, 'index.html')]);
    expect(files.map((f) => urlPathOf(dist, f))).toEqual(['/aemter/', '/']);
  });
});

describe('links gate', () => {
  it('resolves folders, files and paths without the closing slash as a static host does', async () => {
    expect(await resolves(dist, '/')).toBe(true);
    expect(await resolves(dist, '/aemter')).toBe(true);
    expect(await resolves(dist, '/aemter/?q=1#oben')).toBe(true);
    expect(await resolves(dist, '/_astro/site.css')).toBe(true);
    expect(await resolves(dist, '/_astro/site.css/')).toBe(false);
    expect(await resolves(dist, '/gibt-es-nicht/')).toBe(false);
  });

  it('checks only internal links and names each broken one with its page', async () => {
    const { checked, broken } = await brokenInternalLinks(dist);
    // Start: stylesheet + three links to /aemter; Ämter: the dead link and the image (per page,
    // href targets before src targets).
    expect(checked).toBe(6);
    expect(broken).toEqual([
      { page: '/aemter/', href: '/gibt-es-nicht/' },
      { page: '/aemter/', href: '/bilder/fehlt.png' },
    ]);
  });

  it('checks only the given pages, looking their targets up in the whole site', async () => {
    const { checked, broken } = await brokenInternalLinks(dist, [join(dist, 'index.html')]);
    expect(checked).toBe(4);
    expect(broken).toEqual([]);
  });
});
