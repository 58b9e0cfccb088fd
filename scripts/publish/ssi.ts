/*
 * SSI gate: nginx parses every HTML page for server-side include commands (`ssi on`, ADR 0007).
 * The only command a page may carry is the Eilmeldung slot (shared/src/alert-fragment.ts), once:
 *
 *   <!--# block name="eilmeldung" -->…baked alerts…<!--# endblock --><!--# include virtual="/_eilmeldung" stub="eilmeldung" -->
 *
 * Any other „<!--#“ came from content (Astro writes attribute values with „<“ as it is: a meta
 * description, an alt text) and would make nginx include or echo something into the page. The
 * contract refuses such text and the CMS refuses it at save; this gate is the last of the three
 * layers and checks what nginx will actually parse: the bytes of every built .html file.
 *
 * Every page, not only the ones that changed (changes.ts): a byte search costs about as much as
 * reading the files, and a live release built before this gate existed has not passed it.
 */
import { readFile } from 'node:fs/promises';
import { alertSlot } from '@stadtportal/shared';
import { SSI_OPENER } from '@stadtportal/shared/rules';
import { htmlFiles, urlPathOf } from '../lib/site-files.ts';

export interface SsiFinding {
  /** URL path of the page. */
  page: string;
  /** Where in the markup, as far as the surrounding bytes tell (attribute and element). */
  where: string;
  /** The command, shortened if long. */
  excerpt: string;
}

/** The slot split where the baked alerts go: the opening command, and endblock + include. */
const [SLOT_OPEN = '', SLOT_CLOSE = ''] = alertSlot('\u0000').split('\u0000');

function allOpeners(page: Buffer): number[] {
  const out: number[] = [];
  for (let i = page.indexOf(SSI_OPENER); i !== -1; i = page.indexOf(SSI_OPENER, i + 1)) out.push(i);
  return out;
}

/** The byte offsets of the one allowed slot's three commands, or none when the page has no slot. */
function slotOffsets(page: Buffer): Set<number> {
  const open = page.indexOf(SLOT_OPEN);
  if (open === -1) return new Set();
  const close = page.indexOf(SLOT_CLOSE, open + Buffer.byteLength(SLOT_OPEN));
  if (close === -1) return new Set();
  const include = close + Buffer.byteLength(SLOT_CLOSE.slice(0, SLOT_CLOSE.indexOf(SSI_OPENER, 1)));
  return new Set([open, close, include]);
}

/**
 * Where a command sits, from the markup `before` it: inside a start tag (then the attribute whose
 * value it is in) or in an element's content. A heuristic — good for the markup Astro writes, and
 * only used to point a person at the place.
 */
export function locate(before: string): string {
  const lt = before.lastIndexOf('<');
  const gt = before.lastIndexOf('>');
  if (lt > gt) {
    const tag = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(before.slice(lt))?.[1];
    const attr = /([^\s"'<>/=]+)\s*=\s*(?:"[^"]*|'[^']*|[^\s"'>]*)$/.exec(before.slice(lt))?.[1];
    if (tag !== undefined) return attr === undefined ? `im Tag <${tag}>` : `im Attribut „${attr}“ von <${tag}>`;
  }
  const starts = [...before.matchAll(/<([A-Za-z][A-Za-z0-9-]*)((?:\s[^>]*)?)>/g)];
  const last = starts.at(-1);
  if (last === undefined) return 'im Text der Seite';
  const [, name = '', attrs = ''] = last;
  // JSON-LD and other data blocks are <script> elements: their type tells which one.
  const type = name.toLowerCase() === 'script' ? /\stype="([^"]*)"/.exec(attrs)?.[1] : undefined;
  return `im Inhalt von <${name}${type === undefined ? '' : ` type="${type}"`}>`;
}

/** The command starting at `at` up to its „-->“, shortened when it does not end soon. */
function commandAt(page: Buffer, at: number): string {
  const end = page.indexOf('-->', at);
  const cut = end !== -1 && end - at <= 200 ? end + 3 : at + 80;
  // A cut inside a multi-byte character decodes to U+FFFD: drop it rather than show it.
  const text = page
    .subarray(at, cut)
    .toString('utf8')
    .replace(/\s+/g, ' ')
    .replace(/\uFFFD+$/, '');
  return cut === end + 3 ? text : `${text} …`;
}

/**
 * Every SSI command in a page (its bytes, as nginx parses them) other than the one alert slot.
 * Only bytes around a finding are decoded.
 */
export function ssiFindings(page: Buffer, path: string): SsiFinding[] {
  const allowed = slotOffsets(page);
  return allOpeners(page)
    .filter((i) => !allowed.has(i))
    .map((i) => ({
      page: path,
      where: locate(page.subarray(Math.max(0, i - 4000), i).toString('utf8')),
      excerpt: commandAt(page, i),
    }));
}

export function formatSsiFinding(f: SsiFinding): string {
  return `${f.page}: „${f.excerpt}“ ${f.where}`;
}

/** Scan every .html file below `dist`. */
export async function ssiGate(dist: string): Promise<{ pages: number; findings: SsiFinding[] }> {
  const files = await htmlFiles(dist);
  const findings: SsiFinding[] = [];
  for (const file of files) findings.push(...ssiFindings(await readFile(file), urlPathOf(dist, file)));
  return { pages: files.length, findings };
}
