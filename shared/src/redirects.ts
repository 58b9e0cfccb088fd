/*
 * Redirect import: CSV → validated, normalised, one-hop redirect rules.
 *
 * The rules are matched the way the generated nginx configuration matches them
 * (scripts/publish/nginx.ts), and `RedirectIndex.lookup` is that matching in code, so chain
 * collapsing here and serving there can never disagree:
 *   1. the path as the client sends it (raw, from $request_uri), one trailing "/" removed, so
 *      "/rathaus/buergerservice" and "/rathaus/buergerservice/" are one address;
 *   2. with the *significant* query parameters (rules/query.ts: REDIRECT_QUERY_KEYS for files
 *      such as index.php, else the parameters the rules of that path name), in a fixed order,
 *      each as nginx's `$arg_<name>` reads it — other parameters, tracking parameters and their
 *      order do not matter;
 *   3. else a rule without query for the same host + path, whatever the query is.
 * `host` is "" for this site and the old host without `www.` for former domains (so
 * www.kulturanstalt-aschersleben.de and kulturanstalt-aschersleben.de are one). Matching ignores
 * ASCII case, as nginx's `map` does for strings: "/Programm.html" and "/programm.html" are one rule.
 * Pure module: no I/O.
 */
import { redirect as redirectSchema, type RedirectStatus } from './schemas/redirect.ts';
import { DEFAULT_QUERY_KEYS, PARAMETER_NAME, asciiLower, fileNameOf, isTrackingParameter, queryArgument, queryPairs, type QueryKeys } from './rules/index.ts';

export interface RedirectOptions {
  /** Hosts of this site (e.g. www.aschersleben.de): full URLs on them become site paths. */
  siteHosts?: readonly string[];
  /** Significant query parameters per file name (REDIRECT_QUERY_KEYS); default `index.php=id`. */
  queryKeys?: QueryKeys;
}

/** One rule, normalised. */
export interface RedirectRule {
  /** "" = this site; else the former host, lower case, without `www.`. */
  host: string;
  /** Path as it appears in a request line: percent-encoded, dot segments resolved. */
  path: string;
  /**
   * The significant parameters of the old address's query as `name=value` pairs (names in lower
   * case, values raw; configured order, else sorted by name), without "?"; null = matches any
   * query (or none).
   */
  query: string | null;
  /** Site path or absolute URL; null for 410. */
  to: string | null;
  status: RedirectStatus;
  /** 1-based line in the source (CSV) where the row starts; 0 when not from a file. */
  line: number;
}

export interface RedirectProblem {
  /** Source lines involved (ascending). */
  lines: number[];
  message: string;
}

export interface RedirectSet {
  /** Valid rules, chains collapsed: every target is a final destination (one hop). */
  rules: RedirectRule[];
  /** Rows that were rejected; the other rows are still usable. */
  errors: RedirectProblem[];
  /** Accepted with a change (duplicates dropped, chains collapsed). */
  notes: RedirectProblem[];
}

export interface RedirectRow {
  line: number;
  from: string;
  to: string | null;
  status: number;
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

/**
 * RFC 4180 CSV with a header naming the columns from, to, status (any order, any case).
 * Separator "," or ";" (German spreadsheet exports), taken from the header. A blank status
 * means 301, a blank `to` means none (only valid for 410).
 */
export function parseRedirectCsv(text: string): { rows: RedirectRow[]; errors: RedirectProblem[] } {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records = splitCsv(src);
  const errors: RedirectProblem[] = [];
  const rows: RedirectRow[] = [];
  const header = records.find((r) => r.fields.some((f) => f.trim() !== ''));
  if (!header) return { rows, errors: [{ lines: [], message: 'Die CSV-Datei ist leer.' }] };
  if (header.error) return { rows, errors: [{ lines: [header.line], message: header.error }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const col = (n: string) => names.indexOf(n);
  const [iFrom, iTo, iStatus] = [col('from'), col('to'), col('status')];
  if (iFrom < 0 || iTo < 0 || iStatus < 0) {
    return {
      rows,
      errors: [{ lines: [header.line], message: `Kopfzeile muss die Spalten from, to, status enthalten (gefunden: ${names.join(', ')}).` }],
    };
  }
  for (const rec of records) {
    if (rec === header || rec.fields.every((f) => f.trim() === '')) continue;
    if (rec.error) {
      errors.push({ lines: [rec.line], message: rec.error });
      continue;
    }
    if (rec.fields.length !== names.length) {
      errors.push({ lines: [rec.line], message: `${rec.fields.length} Spalten statt ${names.length}.` });
      continue;
    }
    const from = (rec.fields[iFrom] ?? '').trim();
    const to = (rec.fields[iTo] ?? '').trim();
    const statusText = (rec.fields[iStatus] ?? '').trim();
    const status = statusText === '' ? 301 : /^\d{3}$/.test(statusText) ? Number(statusText) : Number.NaN;
    rows.push({ line: rec.line, from, to: to === '' ? null : to, status });
  }
  return { rows, errors };
}

interface CsvRecord {
  line: number;
  fields: string[];
  error?: string;
}

function splitCsv(text: string): CsvRecord[] {
  // Separator from the first line: "from;to;status" exports from German spreadsheets.
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const out: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let error: string | undefined;
    for (;;) {
      if (text[i] === '"' && field === '') {
        // quoted field: "" is a quote, newlines allowed
        i++;
        let closed = false;
        while (i < text.length) {
          const c = text.charAt(i);
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        if (!closed) error = 'Anführungszeichen nicht geschlossen.';
        else if (i < text.length && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') {
          error = 'Nach einem Feld in Anführungszeichen muss ein Trennzeichen folgen.';
          while (i < text.length && text[i] !== '\n') i++;
        }
      }
      while (i < text.length && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      fields.push(field);
      field = '';
      if (text[i] === sep) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    out.push(error === undefined ? { line: start, fields } : { line: start, fields, error });
  }
  return out;
}

// ── normalisation ────────────────────────────────────────────────────────────────────────────

const BASE = 'http://redirect.invalid';

/** Lower case, no trailing dot, no `www.`: the hosts one old site answered on are one. */
export function normaliseHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** "$" would start a variable in an nginx string; %24 is the same URL. */
const noDollar = (s: string) => s.replaceAll('$', '%24');

function splitUrl(url: URL): { path: string; query: string | null } {
  const query = url.search.length > 1 ? url.search.slice(1) : null;
  return { path: noDollar(url.pathname), query: query === null ? null : noDollar(query) };
}

interface Source {
  host: string;
  path: string;
  query: string | null;
}

function normaliseSource(from: string, siteHosts: ReadonlySet<string>): Source {
  if (from.startsWith('/')) return { host: '', ...splitUrl(new URL(from, BASE)) };
  const url = new URL(from);
  const host = normaliseHost(url.hostname);
  return { host: siteHosts.has(host) ? '' : host, ...splitUrl(url) };
}

function normaliseTarget(to: string, siteHosts: ReadonlySet<string>): string {
  if (to.startsWith('/')) {
    const url = new URL(to, BASE);
    return noDollar(url.pathname + url.search + url.hash);
  }
  const url = new URL(to);
  if (siteHosts.has(normaliseHost(url.hostname))) return noDollar(url.pathname + url.search + url.hash);
  return noDollar(url.href);
}

/** The path as a map key: one trailing "/" removed (not from "/"), so both slash forms are one. */
export function pathKey(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Host + path as the maps key them (ASCII lower case, as nginx's `map` compares strings). */
export function addressKey(host: string, path: string): string {
  return baseKey(host, path);
}

function baseKey(host: string, path: string): string {
  return asciiLower(host + pathKey(path));
}

/** A rule's identity: two rules with one key answer the same requests. */
export function ruleKey(r: { host: string; path: string; query: string | null }): string {
  return baseKey(r.host, r.path) + (r.query === null ? '' : `?${asciiLower(r.query)}`);
}

export interface SignificantQuery {
  /** `name=value` pairs that identify the page, in canonical order; null = none (any query). */
  query: string | null;
  /** Parameters of the address that are left out of the comparison. */
  ignored: string[];
  /** Why the address cannot be matched (German), or null. */
  problem: string | null;
}

/**
 * The significant part of an old address's query: for a file named in `queryKeys` its listed
 * parameters (a missing one is empty, as `$arg_` reads it); on other paths every parameter but
 * tracking ones, first occurrence per name, sorted by name.
 */
export function significantQuery(path: string, query: string | null, queryKeys: QueryKeys = DEFAULT_QUERY_KEYS): SignificantQuery {
  if (query === null) return { query: null, ignored: [], problem: null };
  const pairs = queryPairs(query);
  const file = fileNameOf(pathKey(path));
  const configured = queryKeys.get(file);
  const unique = (names: string[]) => [...new Set(names)];
  if (configured !== undefined) {
    const values = configured.map((n) => queryArgument(query, n));
    const ignored = unique(pairs.map((p) => p.name).filter((n) => !configured.includes(asciiLower(n))));
    if (values.every((v) => v === '')) {
      return {
        query: null,
        ignored,
        problem: `ohne den maßgeblichen Parameter ${configured.join(', ')} (REDIRECT_QUERY_KEYS) ist die Adresse nicht von anderen ${file}-Adressen zu unterscheiden – Parameter ergänzen oder den Pfad ohne Parameter angeben.`,
      };
    }
    return { query: configured.map((n, i) => `${n}=${values[i] ?? ''}`).join('&'), ignored, problem: null };
  }
  const ignored = unique(pairs.map((p) => p.name).filter(isTrackingParameter));
  const byName = new Map<string, string>();
  for (const p of pairs) {
    if (isTrackingParameter(p.name)) continue;
    if (!PARAMETER_NAME.test(p.name)) {
      return { query: null, ignored, problem: `Parameter „${p.name}“ lässt sich nicht vergleichen: nginx liest nur Namen aus a–z, 0–9 und „_“.` };
    }
    if (p.value === null || p.value === '') {
      return { query: null, ignored, problem: `Parameter „${p.name}“ ohne Wert: er zählte wie ein fehlender – Wert angeben oder den Parameter weglassen.` };
    }
    const name = asciiLower(p.name);
    if (!byName.has(name)) byName.set(name, p.value);
  }
  if (byName.size === 0) return { query: null, ignored, problem: null };
  const sorted = [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { query: sorted.map(([n, v]) => `${n}=${v}`).join('&'), ignored, problem: null };
}

/**
 * The matching key of an old address ("from") as stored in the CMS, or null when it is not a
 * valid source: two spellings of one address (case, `www.`, encoding, trailing slash, order
 * and tracking parameters) give one key. The CSV import uses it to update a stored redirect
 * instead of adding a second one.
 */
export function redirectSourceKey(from: string, options: RedirectOptions = {}): string | null {
  const siteHosts = new Set((options.siteHosts ?? []).map(normaliseHost));
  const parsed = redirectSchema.shape.from.safeParse(from);
  if (!parsed.success) return null;
  const src = normaliseSource(parsed.data, siteHosts);
  const sig = significantQuery(src.path, src.query, options.queryKeys);
  if (sig.problem !== null) return null;
  return ruleKey({ ...src, query: sig.query });
}

/** A rule's old address in the form stored in the CMS: a site path, or the full old URL. */
export function ruleSource(r: { host: string; path: string; query: string | null }): string {
  return `${r.host ? `https://${r.host}` : ''}${r.path}${r.query === null ? '' : `?${r.query}`}`;
}

/** `name=$arg_name&…` as nginx builds it, here from a raw query: the canonical query of a request. */
export function canonicalQuery(names: readonly string[], query: string | null): string {
  return names.map((n) => `${n}=${queryArgument(query ?? '', n)}`).join('&');
}

/**
 * The rules indexed the way nginx matches them. The generator (scripts/publish/nginx.ts) writes
 * its maps from an index, so both use one `parameters` and one `matchKey`.
 */
export class RedirectIndex {
  readonly #exact = new Map<string, RedirectRule>();
  readonly #anyQuery = new Map<string, RedirectRule>();
  readonly #queryKeys: QueryKeys;
  /** Paths (host + path key) not named in queryKeys that have query rules → the names those use. */
  readonly #names = new Map<string, string[]>();

  constructor(rules: Iterable<RedirectRule>, options: Pick<RedirectOptions, 'queryKeys'> = {}) {
    this.#queryKeys = options.queryKeys ?? DEFAULT_QUERY_KEYS;
    const list = [...rules];
    const names = new Map<string, Set<string>>();
    for (const r of list) {
      const base = baseKey(r.host, r.path);
      if (r.query === null || this.#queryKeys.has(fileNameOf(base))) continue;
      const set = names.get(base) ?? new Set<string>();
      for (const p of queryPairs(r.query)) set.add(asciiLower(p.name));
      names.set(base, set);
    }
    for (const [base, set] of names) this.#names.set(base, [...set].sort());
    for (const r of list) {
      if (r.query === null) this.#anyQuery.set(baseKey(r.host, r.path), r);
      else this.#exact.set(this.matchKey(r.host, r.path, r.query) ?? ruleKey(r), r);
    }
  }

  /** The parameters that decide between this path's query rules; [] when it has none. */
  parameters(host: string, path: string): readonly string[] {
    const base = baseKey(host, path);
    return this.#queryKeys.get(fileNameOf(base)) ?? this.#names.get(base) ?? [];
  }

  /** The exact-map key of a request (raw path and query); null when the path has no query rules. */
  matchKey(host: string, path: string, query: string | null): string | null {
    const names = this.parameters(host, path);
    return names.length === 0 ? null : `${baseKey(host, path)}?${asciiLower(canonicalQuery(names, query))}`;
  }

  /** Paths not named in queryKeys whose query rules nginx must read parameters for. */
  queryPaths(): ReadonlyMap<string, readonly string[]> {
    return this.#names;
  }

  /** The rule nginx applies to a request for host ("" = this site), raw path and raw query. */
  lookup(host: string, path: string, query: string | null): RedirectRule | undefined {
    const key = this.matchKey(host, path, query);
    const hit = key === null ? undefined : this.#exact.get(key);
    return hit ?? this.#anyQuery.get(baseKey(host, path));
  }
}

/** The request a browser makes when it follows `to`; null when it leaves the known hosts. */
function requestOf(to: string, legacyHosts: ReadonlySet<string>): Source | null {
  if (to.startsWith('/')) return { host: '', ...splitUrl(new URL(to, BASE)) };
  const url = new URL(to);
  const host = normaliseHost(url.hostname);
  return legacyHosts.has(host) ? { host, ...splitUrl(url) } : null;
}

const describe = (r: RedirectRule) => `${r.host ? `https://${r.host}` : ''}${r.path}${r.query === null ? '' : `?${r.query}`}`;

// ── compile ──────────────────────────────────────────────────────────────────────────────────

/**
 * Validate rows against the contract, normalise, drop identical duplicates, reject conflicting
 * duplicates, self-redirects and loops (naming the rows), and collapse chains so every rule
 * points at its final destination: A→B, B→C becomes A→C, B→C.
 */
export function compileRedirects(rows: readonly RedirectRow[], options: RedirectOptions = {}): RedirectSet {
  const siteHosts = new Set((options.siteHosts ?? []).map(normaliseHost));
  const queryKeys = options.queryKeys ?? DEFAULT_QUERY_KEYS;
  const errors: RedirectProblem[] = [];
  const notes: RedirectProblem[] = [];
  const byKey = new Map<string, RedirectRule>();
  // Rows whose ignored parameters are the same share one note (a TYPO3 export carries cHash on
  // every row: thousands of identical notes would hide the real problems).
  const ignoredNotes = new Map<string, number[]>();

  for (const row of rows) {
    const parsed = redirectSchema.safeParse({ from: row.from, to: row.to, status: row.status });
    if (!parsed.success) {
      errors.push({ lines: [row.line], message: `${row.from || '(leer)'}: ${parsed.error.issues.map((i) => i.message).join('; ')}` });
      continue;
    }
    const raw = normaliseSource(parsed.data.from, siteHosts);
    const sig = significantQuery(raw.path, raw.query, queryKeys);
    if (sig.problem !== null) {
      errors.push({ lines: [row.line], message: `${row.from}: ${sig.problem}` });
      continue;
    }
    if (sig.ignored.length > 0) {
      const names = [...new Set(sig.ignored.map(asciiLower))].sort().join(', ');
      ignoredNotes.set(names, [...(ignoredNotes.get(names) ?? []), row.line]);
    }
    const src: Source = { ...raw, query: sig.query };
    if (src.host === '' && src.path === '/' && src.query === null) {
      errors.push({ lines: [row.line], message: 'Die Startseite „/“ ohne Parameter kann nicht umgeleitet werden (sie finge jede Anfrage an „/“ ab).' });
      continue;
    }
    const rule: RedirectRule = {
      ...src,
      to: parsed.data.to === null ? null : normaliseTarget(parsed.data.to, siteHosts),
      status: parsed.data.status,
      line: row.line,
    };
    const key = ruleKey(rule);
    const seen = byKey.get(key);
    if (seen) {
      if (seen.to === rule.to && seen.status === rule.status) {
        notes.push({ lines: [seen.line, rule.line], message: `${describe(rule)}: doppelt, die Wiederholung wird ignoriert.` });
      } else {
        errors.push({
          lines: [seen.line, rule.line],
          message: `${describe(rule)}: mehrfach mit verschiedenen Zielen (${seen.status} ${seen.to ?? '–'} / ${rule.status} ${rule.to ?? '–'}).`,
        });
        seen.status = 0 as RedirectStatus; // marks the key as conflicting; removed below
      }
      continue;
    }
    byKey.set(key, rule);
  }
  for (const [names, lines] of ignoredNotes) {
    const shown = lines.slice(0, 20);
    const more = lines.length > shown.length ? ` (und ${lines.length - shown.length} weitere Zeilen)` : '';
    notes.push({ lines: shown, message: `Parameter ${names} werden beim Vergleich ignoriert (Tracking, Cache oder nicht in REDIRECT_QUERY_KEYS)${more}.` });
  }
  let candidates = [...byKey.values()].filter((r) => (r.status as number) !== 0);
  const legacyHosts = new Set(candidates.map((r) => r.host).filter((h) => h !== ''));

  // Self-redirects and loops: follow each rule's target through the index (as a browser would).
  // Removing a rule can change which parameters a path compares (rules/query.ts), and so what
  // the rest match: check again until nothing more is removed.
  const reported = new Set<string>();
  for (;;) {
    const bad = findLoops(candidates, new RedirectIndex(candidates, { queryKeys }), legacyHosts, errors, reported);
    if (bad.size === 0) break;
    candidates = candidates.filter((r) => !bad.has(r));
  }
  const rules = candidates;
  dedupeProblems(errors);

  // Collapse chains: every rule gets its final destination; 410 at the end makes it 410,
  // one temporary hop makes the whole redirect temporary.
  const index = new RedirectIndex(rules, { queryKeys });
  const collapsed = rules.map((start) => {
    let cur = start;
    let temporary = start.status === 302;
    const hops: RedirectRule[] = [];
    for (;;) {
      const req = cur.to === null ? null : requestOf(cur.to, legacyHosts);
      const next = req ? index.lookup(req.host, req.path, req.query) : undefined;
      if (!next) break;
      hops.push(next);
      if (next.status === 302) temporary = true;
      cur = next;
    }
    if (hops.length === 0) return start;
    const status: RedirectStatus = cur.status === 410 ? 410 : temporary ? 302 : 301;
    notes.push({
      lines: [start.line, ...hops.map((h) => h.line)].sort((a, b) => a - b),
      message: `Kette zusammengefasst: ${describe(start)} → ${cur.to ?? '410'} (statt über ${hops.map(describe).join(', ')}).`,
    });
    return { ...start, to: cur.to, status };
  });
  collapsed.sort((a, b) => a.line - b.line);
  notes.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
  return { rules: collapsed, errors, notes };
}

/** Rules that can never reach a page (self-redirects, loops, rules leading into one), reported once. */
function findLoops(
  candidates: readonly RedirectRule[],
  loopIndex: RedirectIndex,
  legacyHosts: ReadonlySet<string>,
  errors: RedirectProblem[],
  reported: Set<string>,
): Set<RedirectRule> {
  const bad = new Set<RedirectRule>();
  for (const start of candidates) {
    const path: RedirectRule[] = [start];
    let cur = start;
    for (;;) {
      const req = cur.to === null ? null : requestOf(cur.to, legacyHosts);
      const next = req ? loopIndex.lookup(req.host, req.path, req.query) : undefined;
      if (!next) break;
      const at = path.indexOf(next);
      if (at < 0) {
        path.push(next);
        cur = next;
        continue;
      }
      // A cycle: every rule on the way can never reach a page, so none of them is served.
      for (const r of path) bad.add(r);
      const cycle = path.slice(at);
      const cycleKey = cycle
        .map((r) => r.line)
        .sort((a, b) => a - b)
        .join(',');
      if (!reported.has(cycleKey)) {
        reported.add(cycleKey);
        errors.push(
          cycle.length === 1
            ? { lines: [next.line], message: `${describe(next)} leitet auf sich selbst um (${next.to}).` }
            : { lines: cycle.map((r) => r.line).sort((a, b) => a - b), message: `Schleife: ${[...cycle, next].map(describe).join(' → ')}.` },
        );
      }
      if (at > 0) errors.push({ lines: [start.line], message: `${describe(start)} führt in eine Schleife (über ${describe(next)}).` });
      break;
    }
  }
  return bad;
}

function dedupeProblems(list: RedirectProblem[]): void {
  const seen = new Set<string>();
  for (let i = list.length - 1; i >= 0; i--) {
    const k = list[i]?.message;
    if (k === undefined || seen.has(k)) list.splice(i, 1);
    else seen.add(k);
  }
  list.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
}

/** CSV text → rules; errors of parsing and of compiling together, ordered by line. */
export function importRedirectsCsv(text: string, options: RedirectOptions = {}): RedirectSet {
  const parsed = parseRedirectCsv(text);
  const set = compileRedirects(parsed.rows, options);
  const errors = [...parsed.errors, ...set.errors].sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
  return { ...set, errors };
}

export function formatProblem(p: RedirectProblem): string {
  const where = p.lines.length === 0 ? '' : p.lines.length === 1 ? `Zeile ${p.lines[0]}: ` : `Zeilen ${p.lines.join(', ')}: `;
  return where + p.message;
}
