// Redirect rows as a hostile editor or an old link in the wild writes them: hosts and targets
// that would become nginx syntax or another host are refused with their line; old TYPO3
// addresses match on their significant query parameters in any order, without tracking
// parameters, with or without the trailing slash — the pure mirror of the nginx maps.
import { describe, expect, it } from 'vitest';
import { RedirectIndex, formatProblem, importRedirectsCsv, redirectSourceKey } from '../src/redirects.ts';
import { DEFAULT_QUERY_KEYS, isTrackingParameter, parseQueryKeys, queryArgument } from '../src/rules/index.ts';

const SITE = { siteHosts: ['www.aschersleben.de'] };
const csv = (...rows: string[]) => ['from,to,status', ...rows].join('\n');

describe('hostile old hosts and targets (CSV import)', () => {
  it('refuses hosts outside the grammar and targets that resolve to another host, naming the line', () => {
    const set = importRedirectsCsv(
      csv(
        'https://~.*/,https://evil.example/phish,301', // 2: regex as host
        'https://alt.example;evil/x,/rathaus/,301', // 3: ";" ends an nginx directive
        'https://alt.example{/x,/rathaus/,301', // 4
        'https://"alt.example/x,/rathaus/,301', // 5
        '/a/,/.//evil.example/,301', // 6: dot segment → //evil.example/
        '/b/,/%2e//x,301', // 7: encoded dot segment
        '"/c/","/./\\x",301', // 8: backslash
        '/d/,//evil.example/,301', // 9: protocol-relative
        '/e/,/ok/,301', // 10: the one valid row
      ),
      SITE,
    );
    expect(set.errors.map((e) => e.lines[0])).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    for (const e of set.errors) expect(formatProblem(e)).toMatch(/^Zeile \d+: .*(Alte Adresse|Ziel):/);
    expect(set.rules.map((r) => [r.host, r.path, r.to])).toEqual([['', '/e/', '/ok/']]);
  });
});

describe('query parameters of old links (REDIRECT_QUERY_KEYS)', () => {
  it('reads a parameter the way nginx’s $arg_<name> does', () => {
    expect(queryArgument('a=1&id=2', 'id')).toBe('2');
    expect(queryArgument('xid=1&id=2', 'id')).toBe('2');
    expect(queryArgument('ID=3', 'id')).toBe('3');
    expect(queryArgument('id', 'id')).toBe(''); // no "=": nginx does not see it
    expect(queryArgument('id=1&id=2', 'id')).toBe('1'); // the first one
    expect(queryArgument('id=a=b&c', 'id')).toBe('a=b');
    expect(queryArgument('c=id=5', 'id')).toBe('');
    expect(queryArgument('\u212Ad=1', 'kd')).toBe(''); // the Kelvin sign is no "k" to nginx
  });

  it('knows tracking parameters and parses the configuration strictly', () => {
    for (const n of ['utm_source', 'UTM_Campaign', 'fbclid', 'gclid', 'cHash', 'no_cache', 'msclkid']) expect(isTrackingParameter(n), n).toBe(true);
    expect(isTrackingParameter('id')).toBe(false);
    expect(DEFAULT_QUERY_KEYS.get('index.php')).toEqual(['id']);
    const ok = parseQueryKeys('index.php=id,L  seite.php=page');
    expect(ok.problem).toBeNull();
    expect([...ok.keys]).toEqual([
      ['index.php', ['id', 'l']],
      ['seite.php', ['page']],
    ]);
    for (const bad of ['index.php=$id', 'index.php=utm_source', '../x=id', 'index.php=', 'index.php', 'index.php=id;evil', '~.*=id', 'a.php=id a.php=x']) {
      expect(parseQueryKeys(bad).problem, bad).toMatch(/REDIRECT_QUERY_KEYS/);
    }
  });

  const rows = csv(
    '/index.php?id=12,/rathaus-verwaltung/buergerservice/,301', // 2
    '/cms/index.php?L=0&id=198&cHash=abc,/ortschaften/,301', // 3
    '/rathaus/buergerservice/,/rathaus-verwaltung/buergerservice/,301', // 4
    '/suche.php?seite=2&begriff=abc,/suche/,301', // 5
    '/presse.html?utm_source=newsletter,/aktuelles/,301', // 6
    '/index.php,/,301', // 7: any other index.php address
  );

  it('matches index.php on id alone, in any order, without tracking parameters', () => {
    const set = importRedirectsCsv(rows, SITE);
    expect(set.errors).toEqual([]);
    expect(set.rules.map((r) => [r.path, r.query])).toEqual([
      ['/index.php', 'id=12'],
      ['/cms/index.php', 'id=198'],
      ['/rathaus/buergerservice/', null],
      ['/suche.php', 'begriff=abc&seite=2'],
      ['/presse.html', null],
      ['/index.php', null],
    ]);
    expect(set.notes.map(formatProblem)).toContainEqual(expect.stringMatching(/^Zeile 6: .*utm_source.*ignoriert/));
    const index = new RedirectIndex(set.rules);
    const to = (path: string, query: string | null) => index.lookup('', path, query)?.to ?? null;
    const service = '/rathaus-verwaltung/buergerservice/';
    expect(to('/index.php', 'id=12')).toBe(service);
    expect(to('/index.php', 'L=0&id=12')).toBe(service);
    expect(to('/index.php', 'id=12&utm_source=x&utm_medium=y')).toBe(service);
    expect(to('/index.php', 'cHash=0a1b&no_cache=1&id=12&fbclid=z')).toBe(service);
    expect(to('/index.php', 'ID=12')).toBe(service);
    expect(to('/index.php', 'id=13')).toBe('/');
    expect(to('/index.php', 'xid=12')).toBe('/');
    expect(to('/index.php', null)).toBe('/');
    expect(to('/cms/index.php', 'id=198')).toBe('/ortschaften/');
    expect(to('/cms/index.php', 'id=198&L=1')).toBe('/ortschaften/');
    expect(to('/cms/index.php', 'id=199')).toBeNull();
    // both slash forms, any case, any query
    expect(to('/rathaus/buergerservice', null)).toBe(service);
    expect(to('/RATHAUS/Buergerservice/', 'utm_medium=x')).toBe(service);
    expect(to('/rathaus/buergerservice//', null)).toBeNull();
    // other paths: the parameters the rules name, in any order, others ignored
    expect(to('/suche.php', 'seite=2&begriff=abc&fbclid=1')).toBe('/suche/');
    expect(to('/suche.php', 'begriff=abc&seite=2&extra=1')).toBe('/suche/');
    expect(to('/suche.php', 'begriff=abc')).toBeNull();
    expect(to('/presse.html', 'utm_source=other')).toBe('/aktuelles/');
  });

  it('gives one source key to the spellings that match alike (the import updates instead of adding)', () => {
    expect(redirectSourceKey('/index.php?L=0&id=12&cHash=x', SITE)).toBe(redirectSourceKey('/index.php?id=12', SITE));
    expect(redirectSourceKey('/rathaus/buergerservice', SITE)).toBe(redirectSourceKey('/rathaus/buergerservice/', SITE));
    expect(redirectSourceKey('/suche.php?b=1&a=2', SITE)).toBe(redirectSourceKey('/suche.php?a=2&b=1&utm_source=x', SITE));
  });

  it('refuses rows whose query cannot be matched, and slash-form duplicates that disagree', () => {
    const set = importRedirectsCsv(
      csv(
        '/index.php?L=1,/en/,301', // 2: no id
        '/kontakt.php?print,/kontakt/,301', // 3: parameter without value
        '/news.php?tx_news[id]=5,/aktuelles/,301', // 4: name nginx cannot read
        '/a,/x/,301', // 5
        '/a/,/y/,301', // 6: same address as line 5
        '/b,/b/,301', // 7: the target is the source
      ),
      SITE,
    );
    const text = set.errors.map(formatProblem);
    expect(text).toEqual([
      expect.stringMatching(/^Zeile 2: .*maßgebliche.*id/),
      expect.stringMatching(/^Zeile 3: .*print.*ohne Wert/),
      expect.stringMatching(/^Zeile 4: .*tx_news\[id\]/),
      expect.stringMatching(/^Zeilen 5, 6: .*mehrfach/),
      expect.stringMatching(/^Zeile 7: \/b leitet auf sich selbst um/),
    ]);
    expect(set.rules).toEqual([]);
  });

  it('distinguishes what the operator configures as significant (e.g. the TYPO3 language L)', () => {
    const queryKeys = parseQueryKeys('index.php=id,L').keys;
    const set = importRedirectsCsv(csv('/index.php?id=5&L=1,/en/rathaus/,301', '/index.php?L=0&id=5,/rathaus/,301', '/index.php?id=5,/rathaus/,301'), {
      ...SITE,
      queryKeys,
    });
    expect(set.errors.map(formatProblem)).toEqual([]);
    const index = new RedirectIndex(set.rules, { queryKeys });
    expect(index.lookup('', '/index.php', 'l=1&id=5&utm_source=a')?.to).toBe('/en/rathaus/');
    expect(index.lookup('', '/index.php', 'id=5&L=0')?.to).toBe('/rathaus/');
    expect(index.lookup('', '/index.php', 'id=5')?.to).toBe('/rathaus/');
    expect(index.lookup('', '/index.php', 'id=5&L=2')).toBeUndefined();
  });
});
