/*
 * CSP gate: the Content-Security-Policy (scripts/publish/nginx.ts) allows no inline code —
 * no inline <script> (JSON data such as JSON-LD is not executed and is fine), no <style>
 * element, no style="" or on…="" attribute, no javascript: URL. A release that has any of
 * them would be broken by the policy in browsers, so it never goes live: the gate names page
 * and element. (Hashing inline code into the policy would tie the nginx configuration to one
 * release; keeping the site free of inline code keeps the policy static.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cspSourcesOf, type CspSources } from '@stadtportal/shared';
import { readSnapshot } from '@stadtportal/shared/snapshot';
import { parseHTML } from 'linkedom';
import { htmlFiles, urlPathOf } from '../lib/site-files.ts';

export interface InlineFinding {
  page: string;
  what: string;
}

/** Script types the browser does not execute (data blocks). */
const DATA_TYPES = /^(?:application\/(?:ld\+)?json|application\/geo\+json|text\/plain)$/i;

export function inlineFindings(html: string, page: string): InlineFinding[] {
  const { document } = parseHTML(html);
  const out: InlineFinding[] = [];
  for (const s of document.querySelectorAll('script')) {
    const type = (s.getAttribute('type') ?? '').trim();
    if (!s.hasAttribute('src') && !DATA_TYPES.test(type)) out.push({ page, what: `Inline-<script>${type ? ` type="${type}"` : ''}` });
  }
  for (const _ of document.querySelectorAll('style')) out.push({ page, what: 'Inline-<style>' });
  for (const el of document.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (lower === 'style') out.push({ page, what: `style-Attribut an <${el.localName}>` });
      else if (lower.startsWith('on')) out.push({ page, what: `${lower}-Attribut an <${el.localName}>` });
      else if ((lower === 'href' || lower === 'src' || lower === 'action') && /^\s*javascript:/i.test(el.getAttribute(name) ?? '')) {
        out.push({ page, what: `javascript:-URL in ${lower} an <${el.localName}>` });
      }
    }
  }
  return out;
}

/** Inline code on every page, or on the given pages (absolute paths of HTML files below `dist`). */
export async function cspGate(dist: string, pages?: readonly string[]): Promise<{ pages: number; findings: InlineFinding[] }> {
  const files = pages ?? (await htmlFiles(dist));
  const findings: InlineFinding[] = [];
  for (const file of files) findings.push(...inlineFindings(await readFile(file, 'utf8'), urlPathOf(dist, file)));
  return { pages: files.length, findings };
}

/*
 * The other half of the policy: the third-party origins the content embeds (Online-Dienste), taken
 * from the release's snapshot and written beside the release. After the switch, the nginx
 * configuration is regenerated from the live release's file (cli.ts), so the policy always lists
 * exactly the providers the live pages load from.
 */
export const CSP_SOURCES_FILE = 'csp.json';

export async function writeCspSources(releaseDir: string, contentDir: string): Promise<CspSources> {
  const sources = cspSourcesOf(await readSnapshot(contentDir));
  await writeFile(join(releaseDir, CSP_SOURCES_FILE), `${JSON.stringify(sources, null, 2)}\n`);
  return sources;
}

/** The content origins of a release folder (its csp.json); null when it has none. */
export async function releaseCspSources(releaseDir: string): Promise<CspSources | null> {
  const file = join(releaseDir, CSP_SOURCES_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const parsed: unknown = JSON.parse(text);
  // The origins themselves are checked where they become a header (nginx.ts); here the shape.
  const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file}: Objekt mit Origin-Listen erwartet.`);
  const o = parsed as Record<string, unknown>;
  const out: CspSources = { frameSrc: [], scriptSrc: [], connectSrc: [], imgSrc: [] };
  for (const key of ['frameSrc', 'scriptSrc', 'connectSrc', 'imgSrc'] as const) {
    const v = o[key] ?? [];
    if (!isList(v)) throw new Error(`${file}: ${key} muss eine Liste von Origins sein.`);
    out[key] = v;
  }
  return out;
}

/** The live release's content origins; null before the first release that wrote them. */
export async function liveCspSources(base: string): Promise<CspSources | null> {
  return releaseCspSources(join(base, 'current'));
}
