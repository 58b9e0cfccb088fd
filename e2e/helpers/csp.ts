/// <reference lib="dom" />
// (the init script and axe run in the browser: they need the DOM types.)
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CspSources } from '@stadtportal/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { liveCspSources, writeCspSources } from '@stadtportal/publish/csp';
import { securityHeaders } from '@stadtportal/publish/nginx';
import { REPO } from './paths.ts';

/*
 * Browser tests under the production Content-Security-Policy: the policy is not written by the
 * test but produced by the code that produces it for a release — the CSP step writes csp.json from
 * the release's snapshot (scripts/publish/csp.ts), the nginx configuration reads it back from the
 * live release and turns it into the security headers (scripts/publish/nginx.ts). A small proxy
 * adds those headers in front of the static server, as nginx does in front of the files, and the
 * browser's CSP reports are collected, so a provider origin missing from the policy fails the test
 * instead of silently breaking the live site.
 */

export interface ProductionPolicy {
  /** The content's third-party origins, as csp.json of a release with this snapshot holds them. */
  sources: CspSources;
  /** Header name → value, as nginx sends them with every response (no operator CSP_FRAME_SRC). */
  headers: [string, string][];
}

/** The security headers production would serve for a release built from `snapshotDir`. */
export async function productionPolicy(snapshotDir: string): Promise<ProductionPolicy> {
  const base = await mkdtemp(join(tmpdir(), 'stadtportal-csp-'));
  try {
    // `current` stands for the switched release: the CSP step writes beside it, nginx reads from it.
    await mkdir(join(base, 'current'));
    await writeCspSources(join(base, 'current'), snapshotDir);
    const sources = await liveCspSources(base);
    if (sources === null) throw new Error(`csp.json fehlt nach dem CSP-Schritt (${base})`);
    return { sources, headers: securityHeaders({ contentSources: sources }) };
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

/** A policy as directive name → its values, in header order. */
export function cspDirectives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

// axe-core comes with pa11y (the gate's runner): the same version the gate uses.
const requireFromPa11y = createRequire(createRequire(join(REPO, 'e2e', 'package.json')).resolve('pa11y-ci/package.json'));
const AXE = createRequire(requireFromPa11y.resolve('pa11y/package.json')).resolve('axe-core/axe.min.js');
/** Where the proxy serves axe (never part of the site). */
const AXE_PATH = '/__test__/axe.min.js';

export interface HeaderProxy {
  origin: string;
  close(): Promise<void>;
}

/**
 * `upstream` (a static server's origin) with `headers` on every response. axe is served as a
 * same-origin file beside the site: the CSP blocks the inline script Playwright's
 * addScriptTag({ path }) would insert, and the tests would see that as a violation.
 */
export async function serveWithHeaders(upstream: string, headers: readonly [string, string][]): Promise<HeaderProxy> {
  const axe = await readFile(AXE);
  const server = createServer((req, res) => {
    if (req.url === AXE_PATH) {
      res.writeHead(200, { ...Object.fromEntries(headers), 'content-type': 'text/javascript; charset=utf-8' }).end(axe);
      return;
    }
    fetch(`${upstream}${req.url ?? '/'}`, { redirect: 'manual' })
      .then(async (response) => {
        const out: Record<string, string> = Object.fromEntries(headers);
        for (const [k, v] of response.headers) if (k === 'content-type' || k === 'location') out[k] = v;
        res.writeHead(response.status, out).end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

const REPORT_BINDING = '__stadtportalCspViolation';

/**
 * Collects into `sink` every CSP violation the browser reports on any page of `context`: the
 * `securitypolicyviolation` event (directive and blocked URL) and the console line Chromium writes
 * for it („… violates the following Content Security Policy directive …“) — two channels, so a
 * violation the one misses (e.g. before the init script ran) still shows.
 */
export async function recordCspViolations(context: BrowserContext, sink: string[]): Promise<void> {
  await context.exposeBinding(REPORT_BINDING, ({ frame }, text: unknown) => {
    sink.push(`${frame.url()}: ${String(text)}`);
  });
  // Runs before any page script, in every frame; a DevTools script, so the page's CSP does not apply to it.
  await context.addInitScript((binding: string) => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as Record<string, ((text: string) => Promise<void>) | undefined>)[binding];
        void report?.(`${e.effectiveDirective} blockierte ${e.blockedURI || '(inline)'} (${e.sourceFile || 'Seite'}:${e.lineNumber})`);
      },
      true,
    );
  }, REPORT_BINDING);
  context.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) sink.push(`${m.page()?.url() ?? '?'}: ${m.text()}`);
  });
}

/** axe's WCAG 2 A/AA findings on our document (not inside provider frames: they are not ours). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
      .axe;
    const result = await axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
