// Page weight: gzip bytes (level 9, as nginx's gzip_static would serve precompressed files; the
// live nginx compresses at its configured level, so real transfers are a little larger) of a
// page's HTML plus the stylesheets and scripts it loads on first view: <link rel=stylesheet>,
// <script src>, <link rel=modulepreload> and the static imports of those modules. Lazily loaded
// files (Pagefind's index, fetched when someone searches) are not counted. Images are not
// counted here (they are content, not page chrome); first-view.ts measures a phone's first
// screen with its pictures in the browser.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  html: number;
  css: number;
  js: number;
  total: number;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`), relative to it. */
function staticImports(code: string, from: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'();]*?from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/')) out.push(new URL(spec, `http://x${from}`).pathname);
  }
  return out;
}

export async function pageWeight(dist: string, path: string): Promise<Weight> {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = await readFile(file);
  const text = html.toString('utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  for (const m of text.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(m[0], 'rel');
    const href = attr(m[0], 'href');
    if (!href?.startsWith('/')) continue;
    if (rel === 'stylesheet') css.add(href);
    if (rel === 'modulepreload') js.add(href);
  }
  for (const m of text.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(m[0], 'src');
    if (src?.startsWith('/')) js.add(src);
  }
  let jsBytes = 0;
  const queue = [...js];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const src = queue.shift() as string;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = await readFile(join(dist, src));
    jsBytes += gz(code);
    queue.push(...staticImports(code.toString('utf8'), src));
  }
  let cssBytes = 0;
  for (const href of css) cssBytes += gz(await readFile(join(dist, href)));
  const h = gz(html);
  return { html: h, css: cssBytes, js: jsBytes, total: h + cssBytes + jsBytes };
}
