import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { oparlListPage, parseOparlObject } from '@stadtportal/shared';
import { Ajv, type ValidateFunction } from 'ajv';

/*
 * A client's walk through the static OParl API: start at the System object, follow every URL of
 * every object and list page (next pages included), and check on the way
 *  - that every URL of the site resolves (OParl files, web pages, PDFs): no dangling reference,
 *  - that each file is what its URL says (id / links.self),
 *  - each object and list page against our contract (shared/src/schemas/oparl.ts) and, where the
 *    official JSON schemas are present, against them — embedded objects too (the official schemas
 *    do not descend into them: their "schema": "File.json" is no JSON Schema keyword).
 */

/** The repository's root (this file is site/test/helpers/). */
const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/**
 * The OParl 1.1 reference (schema/, spec/, examples/): `../shared/standards/oparl-1.1` beside the
 * repository, where CI provides it — a clone elsewhere usually lacks it, so the tests check
 * against it when present and never depend on it. OPARL_SCHEMA_DIR names another copy of that folder.
 */
export const OPARL_REFERENCE = process.env.OPARL_SCHEMA_DIR
  ? resolve(process.env.OPARL_SCHEMA_DIR)
  : resolve(REPO_ROOT, '..', 'shared', 'standards', 'oparl-1.1');

export interface Resolver {
  /** The parsed JSON behind an OParl URL, or undefined when there is no such file. */
  json(url: string): unknown;
  /** Whether a non-OParl URL of the site (page, PDF) exists. */
  exists(url: string): boolean;
}

export interface WalkResult {
  /** OParl URLs fetched (without fragment). */
  visited: Set<string>;
  /** Objects by type name (standalone files and embedded ones). */
  types: Map<string, number>;
  problems: string[];
}

/** Folders already reported missing: one line per folder and test file, not one per call. */
const reportedMissing = new Set<string>();

/** Official schemas by type name, compiled with Ajv; undefined (said in one line) where the folder is absent. */
export function officialValidators(dir = join(OPARL_REFERENCE, 'schema')): Map<string, ValidateFunction> | undefined {
  if (!existsSync(dir)) {
    if (!reportedMissing.has(dir)) {
      reportedMissing.add(dir);
      console.info(
        `OParl: Prüfung gegen die offiziellen JSON-Schemas übersprungen – Ordner ${dir} fehlt (die eigenen zod-Schemas prüfen trotzdem jedes Objekt).`,
      );
    }
    return undefined;
  }
  // The schemas escape ':' and '/' in patterns (invalid in unicode mode) and carry keywords of
  // their own (references, cardinality, schema): hence unicodeRegExp false and strict false.
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
  ajv.addFormat('url', (s: string) => /^https?:\/\//.test(s) && URL.canParse(s));
  ajv.addFormat('date', (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)));
  const out = new Map<string, ValidateFunction>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const schema: unknown = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    out.set(f.replace(/\.json$/, ''), ajv.compile(schema as object));
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function* stringsIn(v: unknown): Generator<string> {
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* stringsIn(x);
  else if (isRecord(v)) for (const x of Object.values(v)) yield* stringsIn(x);
}

function* oparlObjectsIn(v: unknown, path: string): Generator<[Record<string, unknown>, string]> {
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) yield* oparlObjectsIn(x, `${path}.${i}`);
  } else if (isRecord(v)) {
    // Any OParl version: an object with a wrong version's type must be reported, not skipped.
    if (typeof v.type === 'string' && v.type.startsWith('https://schema.oparl.org/')) yield [v, path];
    for (const [k, x] of Object.entries(v)) yield* oparlObjectsIn(x, path ? `${path}.${k}` : k);
  }
}

export function walkOparl(systemUrl: string, site: string, resolve: Resolver, official: Map<string, ValidateFunction> | undefined): WalkResult {
  const base = new URL('/oparl/v1.1/', site).href;
  const visited = new Set<string>();
  const checkedOther = new Set<string>();
  const types = new Map<string, number>();
  const problems: string[] = [];
  const queue: [string, string][] = [[systemUrl, '(Einstieg)']];
  while (queue.length > 0) {
    const [raw, from] = queue.shift() as [string, string];
    const url = raw.split('#')[0] ?? raw;
    if (!url.startsWith(base)) {
      if (!checkedOther.has(url)) {
        checkedOther.add(url);
        if (!resolve.exists(url)) problems.push(`${url} (verlinkt in ${from}) gibt es nicht`);
      }
      continue;
    }
    if (visited.has(url)) continue;
    visited.add(url);
    const value = resolve.json(url);
    if (value === undefined) {
      problems.push(`${url} (verlinkt in ${from}) gibt es nicht`);
      continue;
    }
    if (!isRecord(value)) {
      problems.push(`${url}: kein JSON-Objekt`);
      continue;
    }
    if ('data' in value) {
      const list = oparlListPage.safeParse(value);
      if (!list.success) problems.push(...list.error.issues.map((i) => `${url} ${i.path.join('.')}: ${i.message}`));
      if (isRecord(value.links) && value.links.self !== url) problems.push(`${url}: links.self ist ${String(value.links.self)}`);
    } else if (value.id !== url) {
      problems.push(`${url}: id ist ${String(value.id)}`);
    }
    for (const [obj, path] of oparlObjectsIn(value, '')) {
      const { type, issues } = parseOparlObject(obj);
      types.set(type, (types.get(type) ?? 0) + 1);
      problems.push(...issues.map((i) => `${url} ${path || '(Objekt)'}: ${i}`));
      const validate = official?.get(type);
      if (official && !validate) problems.push(`${url} ${path}: kein offizielles Schema für ${type}`);
      if (validate && !validate(obj)) {
        problems.push(...(validate.errors ?? []).map((e) => `${url} ${path} [offizielles Schema ${type}] ${e.instancePath} ${e.message ?? ''}`));
      }
    }
    for (const s of stringsIn(value)) {
      if (s.startsWith(site)) queue.push([s, url]);
    }
  }
  return { visited, types, problems };
}

/** A built site's files behind its URLs, as a static host serves them (a path ending in / → its index.html). */
export function distResolver(dist: string): Resolver {
  const fileOf = (url: string) => {
    const path = decodeURIComponent(new URL(url).pathname);
    return join(dist, path.endsWith('/') ? `${path}index.html` : path);
  };
  const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  return {
    json: (url) => {
      const file = fileOf(url);
      return isFile(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
    },
    exists: (url) => isFile(fileOf(url)),
  };
}

export interface BuiltWalk extends WalkResult {
  /** Every file below oparl/v1.1/ of the build, relative to it ("oparl/v1.1/system.json"). */
  files: string[];
  /** Those files no URL of the walk led to. */
  unreached: string[];
}

/**
 * The client's walk over a built site (`dist`, built with SITE_URL `site`) from its system.json,
 * with the official schemas where present; `files`/`unreached` show whether it reached everything.
 */
export function walkBuiltOparl(dist: string, site: string): BuiltWalk {
  const walk = walkOparl(new URL('/oparl/v1.1/system.json', site).href, site, distResolver(dist), officialValidators());
  const root = join(dist, 'oparl', 'v1.1');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
  const reached = new Set([...walk.visited].map((u) => decodeURIComponent(new URL(u).pathname).slice(1)));
  return { ...walk, files, unreached: files.filter((f) => !reached.has(f)) };
}
