/*
 * Redirect import: CSV → validated, normalised, one-hop redirect rules.
 *
 * The rules are matched the way the generated nginx configuration matches them
 * (scripts/publish/nginx.ts), and `lookupRedirect` is that matching in code, so chain collapsing
 * here and serving there can never disagree:
 *   1. exact: host + raw path + "?" + raw query, as the client sends it ($request_uri);
 *   2. else a rule without query for the same host + path, whatever the query is
 *      (old links carry tracking parameters).
 * `host` is "" for this site and the old host without `www.` for former domains (so
 * www.kulturanstalt-aschersleben.de and kulturanstalt-aschersleben.de are one). Matching ignores
 * case, as nginx's `map` does for strings: "/Programm.html" and "/programm.html" are one rule.
 * Pure module: no I/O.
 */
import { redirect as redirectSchema, type RedirectStatus } from './schemas/redirect.ts';

export interface RedirectOptions {
  /** Hosts of this site (e.g. www.aschersleben.de): full URLs on them become site paths. */
  siteHosts?: readonly string[];
}

/** One rule, normalised. */
export interface RedirectRule {
  /** "" = this site; else the former host, lower case, without `www.`. */
  host: string;
  /** Path as it appears in a request line: percent-encoded, dot segments resolved. */
  path: string;
  /** Raw query without "?"; null = matches any query (or none). */
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
          const c = text[i]!;
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
  return host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
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

/** The key nginx's map matches (case-insensitively, hence lower case here). */
export function ruleKey(r: { host: string; path: string; query: string | null }): string {
  return (r.host + r.path + (r.query === null ? '' : `?${r.query}`)).toLowerCase();
}

/**
 * The matching key of an old address ("from") as stored in the CMS, or null when it is not a
 * valid source: two spellings of one address (case, `www.`, encoding) give one key. The CSV
 * import uses it to update a stored redirect instead of adding a second one.
 */
export function redirectSourceKey(from: string, options: RedirectOptions = {}): string | null {
  const siteHosts = new Set((options.siteHosts ?? []).map(normaliseHost));
  const parsed = redirectSchema.shape.from.safeParse(from);
  if (!parsed.success) return null;
  return ruleKey(normaliseSource(parsed.data, siteHosts));
}

/** A rule's old address in the form stored in the CMS: a site path, or the full old URL. */
export function ruleSource(r: { host: string; path: string; query: string | null }): string {
  return `${r.host ? `https://${r.host}` : ''}${r.path}${r.query === null ? '' : `?${r.query}`}`;
}

/** The rules indexed the way nginx matches them. */
export class RedirectIndex {
  readonly #exact = new Map<string, RedirectRule>();
  readonly #anyQuery = new Map<string, RedirectRule>();
  constructor(rules: Iterable<RedirectRule>) {
    for (const r of rules) (r.query === null ? this.#anyQuery : this.#exact).set(ruleKey(r), r);
  }
  /** The rule nginx applies to a request for host ("" = this site), raw path and raw query. */
  lookup(host: string, path: string, query: string | null): RedirectRule | undefined {
    if (query !== null) {
      const hit = this.#exact.get(ruleKey({ host, path, query }));
      if (hit) return hit;
    }
    return this.#anyQuery.get(ruleKey({ host, path, query: null }));
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
  const errors: RedirectProblem[] = [];
  const notes: RedirectProblem[] = [];
  const byKey = new Map<string, RedirectRule>();

  for (const row of rows) {
    const parsed = redirectSchema.safeParse({ from: row.from, to: row.to, status: row.status });
    if (!parsed.success) {
      errors.push({ lines: [row.line], message: `${row.from || '(leer)'}: ${parsed.error.issues.map((i) => i.message).join('; ')}` });
      continue;
    }
    const src = normaliseSource(parsed.data.from, siteHosts);
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
  const candidates = [...byKey.values()].filter((r) => (r.status as number) !== 0);
  const legacyHosts = new Set(candidates.map((r) => r.host).filter((h) => h !== ''));

  // Self-redirects and loops: follow each rule's target through the index (as a browser would).
  const loopIndex = new RedirectIndex(candidates);
  const bad = new Set<RedirectRule>();
  const reported = new Set<string>();
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
      const cycleKey = cycle.map((r) => r.line).sort((a, b) => a - b).join(',');
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
  const rules = candidates.filter((r) => !bad.has(r));
  dedupeProblems(errors);

  // Collapse chains: every rule gets its final destination; 410 at the end makes it 410,
  // one temporary hop makes the whole redirect temporary.
  const index = new RedirectIndex(rules);
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
  return { rules: collapsed, errors, notes };
}

function dedupeProblems(list: RedirectProblem[]): void {
  const seen = new Set<string>();
  for (let i = list.length - 1; i >= 0; i--) {
    const k = list[i]!.message;
    if (seen.has(k)) list.splice(i, 1);
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
