// A minimal static file server for a built site: used by `pnpm serve` and by the accessibility
// gate, so both look at exactly the files a static host would serve (directory index, the
// site's own 404 page with status 404, correct content types). Binds to 127.0.0.1 only.
//
// Usage: node static-server.mjs <root> [port]   (port 0 = any free port; prints the URL)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null; // no escaping the root
  const st = await stat(full).catch(() => null);
  if (st?.isFile()) return full;
  if (st?.isDirectory()) {
    const index = join(full, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

export function startStaticServer(rootDir, port = 0) {
  const root = resolve(rootDir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    // A directory without trailing slash: redirect, as static hosts do.
    const st = await stat(join(root, decodeURIComponent(url.pathname))).catch(() => null);
    if (st?.isDirectory() && !url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = await fileFor(root, url.pathname);
    const status = file ? 200 : 404;
    const body = file ?? (await fileFor(root, '/404.html'));
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden');
      return;
    }
    res.writeHead(status, { 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      resolvePromise({ server, url: `http://127.0.0.1:${addr.port}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [root, port] = process.argv.slice(2);
  if (!root) {
    console.error('Aufruf: node static-server.mjs <verzeichnis> [port]');
    process.exit(2);
  }
  const { url } = await startStaticServer(root, Number(port ?? 4321));
  console.log(`Website wird ausgeliefert: ${url}/  (Beenden mit Strg+C)`);
}
