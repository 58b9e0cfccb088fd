/*
 * The query of an old address, as nginx reads it. Old links in the wild carry the page's own
 * parameters in any order plus parameters that never identify a page: tracking (utm_*,
 * fbclid, gclid …) and TYPO3's cache controls (cHash, no_cache). A redirect matches on the
 * *significant* parameters only:
 *
 *   - for files the operator names (REDIRECT_QUERY_KEYS, default `index.php=id`: TYPO3's page
 *     id), exactly the listed parameters — everything else in the query is ignored;
 *   - on any other path, the parameters its redirects name, minus tracking parameters.
 *
 * nginx cannot sort or filter a query, but it can read one parameter: `$arg_<name>` is the
 * value of the first `name=` pair (name compared without ASCII case), raw, "" when absent.
 * `queryArgument` is that lookup in code, so the generated maps (scripts/publish/nginx.ts) and
 * the pure mirror (shared/src/redirects.ts) build the same canonical key. Only names nginx can
 * write as a variable (`a–z`, `0–9`, `_`) can be significant.
 */

/** Parameters that never identify a page: analytics and ad click ids, TYPO3's cache controls. */
export const TRACKING_PARAMETERS: readonly string[] = [
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'chash',
  'no_cache',
];

/** ASCII-only lower case: nginx lowers bytes A–Z and nothing else (JS would turn "K" into "k"). */
export function asciiLower(value: string): string {
  return value.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) | 0x20));
}

export function isTrackingParameter(name: string): boolean {
  const n = asciiLower(name);
  return n.startsWith('utm_') || TRACKING_PARAMETERS.includes(n);
}

/** A name nginx can read as `$arg_<name>`. */
export const PARAMETER_NAME = /^[A-Za-z0-9_]+$/;

/** One `name=value` pair of a raw query; `value` null when the pair has no "=". */
export interface QueryPair {
  name: string;
  value: string | null;
}

/** The pairs of a raw query ("a=1&b&c=2"), empty pairs left out; nothing is decoded. */
export function queryPairs(query: string): QueryPair[] {
  return query
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? { name: p, value: null } : { name: p.slice(0, eq), value: p.slice(eq + 1) };
    });
}

/** nginx's `$arg_<name>`: the raw value of the first `name=` pair, ASCII case ignored; "" if none. */
export function queryArgument(query: string, name: string): string {
  const n = asciiLower(name);
  for (const pair of queryPairs(query)) {
    if (pair.value !== null && asciiLower(pair.name) === n) return pair.value;
  }
  return '';
}

/** File name (lower case) → its significant parameters (lower case), in the configured order. */
export type QueryKeys = ReadonlyMap<string, readonly string[]>;

export const DEFAULT_QUERY_KEYS_TEXT = 'index.php=id';

const FILE_NAME = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;

/**
 * REDIRECT_QUERY_KEYS: entries `<file name>=<parameter>[,<parameter>…]`, separated by spaces,
 * e.g. `index.php=id seite.php=id,L`. Strict, because the names become nginx map regexes and
 * variables: a file name of a–z, 0–9, "_", "-" and dots; parameters of a–z, 0–9 and "_", no
 * tracking parameter. `problem` is a German message naming the variable, or null.
 */
export function parseQueryKeys(text: string): { keys: QueryKeys; problem: string | null } {
  const keys = new Map<string, string[]>();
  const fail = (message: string) => ({ keys: new Map<string, string[]>(), problem: `REDIRECT_QUERY_KEYS: ${message}` });
  for (const entry of text.trim().split(/\s+/).filter(Boolean)) {
    const eq = entry.indexOf('=');
    if (eq < 0) return fail(`„${entry}“: Datei=Parameter erwartet (z. B. index.php=id).`);
    const file = asciiLower(entry.slice(0, eq));
    const names = entry.slice(eq + 1).split(',');
    if (!FILE_NAME.test(file)) return fail(`„${file}“ ist kein Dateiname (a–z, 0–9, „_“, „-“, Punkte).`);
    if (keys.has(file)) return fail(`${file} ist doppelt angegeben.`);
    for (const name of names) {
      if (!PARAMETER_NAME.test(name)) return fail(`${file}: Parameter „${name}“ – nur a–z, 0–9 und „_“.`);
      if (isTrackingParameter(name)) return fail(`${file}: „${name}“ ist ein Tracking-Parameter und wird immer ignoriert.`);
    }
    const lower = names.map(asciiLower);
    if (new Set(lower).size !== lower.length) return fail(`${file}: ein Parameter ist doppelt angegeben.`);
    keys.set(file, lower);
  }
  return { keys, problem: null };
}

export const DEFAULT_QUERY_KEYS: QueryKeys = parseQueryKeys(DEFAULT_QUERY_KEYS_TEXT).keys;

/** The file name of a path (after its last "/"), lower case: what REDIRECT_QUERY_KEYS names. */
export function fileNameOf(path: string): string {
  return asciiLower(path.slice(path.lastIndexOf('/') + 1));
}
