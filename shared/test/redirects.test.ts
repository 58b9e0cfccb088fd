import { describe, expect, it } from 'vitest';
import { RedirectIndex, compileRedirects, formatProblem, importRedirectsCsv, parseRedirectCsv } from '../src/redirects.ts';
import { redirect } from '../src/schemas/redirect.ts';

const SITE = { siteHosts: ['www.aschersleben.de'] };

describe('redirect schema', () => {
  it('accepts site paths with query, full old URLs and 410 without target', () => {
    expect(redirect.safeParse({ from: '/index.php?id=42', to: '/rathaus/', status: 301 }).success).toBe(true);
    expect(redirect.safeParse({ from: 'https://www.kulturanstalt-aschersleben.de/programm.html', to: '/veranstaltungen/', status: 301 }).success).toBe(true);
    expect(redirect.safeParse({ from: '/alt/', to: null, status: 410 }).success).toBe(true);
    expect(redirect.safeParse({ from: '/alt/', to: 'https://example.org/x', status: 302 }).success).toBe(true);
  });

  it('refuses unsafe or malformed addresses and status/target mismatches', () => {
    const bad = [
      { from: '//evil.example/x', to: '/a/', status: 301 },
      { from: 'javascript:alert(1)', to: '/a/', status: 301 },
      { from: '/a b', to: '/a/', status: 301 },
      { from: '/a#frag', to: '/b/', status: 301 },
      { from: '/a', to: '//evil.example/', status: 301 },
      { from: '/a', to: 'ftp://example.org/', status: 301 },
      { from: '/a', to: '/b/', status: 410 },
      { from: '/a', to: null, status: 301 },
      { from: '/a', to: '/b/', status: 307 },
    ];
    for (const r of bad) expect(redirect.safeParse(r).success, JSON.stringify(r)).toBe(false);
  });
});

describe('CSV parsing', () => {
  it('reads quoted fields, CRLF, BOM, semicolons and reports bad rows by line', () => {
    const csv = '\uFEFFfrom,to,status\r\n"/a,b",/x/,301\r\n\r\n/c,"/d ""quoted""",302\r\n/e,/f/\r\n"/g,/h/,301\n/after,/z/,301\n';
    const { rows, errors } = parseRedirectCsv(csv);
    expect(rows[0]).toEqual({ line: 2, from: '/a,b', to: '/x/', status: 301 });
    expect(rows[1]).toEqual({ line: 4, from: '/c', to: '/d "quoted"', status: 302 });
    expect(errors.map((e) => e.lines[0])).toEqual([5, 6]);
    const semi = parseRedirectCsv('status;from;to\n410;/weg/;\n');
    expect(semi.rows).toEqual([{ line: 2, from: '/weg/', to: null, status: 410 }]);
  });

  it('needs the three columns', () => {
    const { errors } = parseRedirectCsv('von,nach\n/a,/b\n');
    expect(errors[0]?.message).toMatch(/from, to, status/);
    expect(parseRedirectCsv('').errors).toHaveLength(1);
  });
});

describe('compileRedirects', () => {
  it('normalises hosts, www., site hosts, percent-encoding and blank status', () => {
    const set = importRedirectsCsv(
      [
        'from,to,status',
        'https://WWW.Kulturanstalt-Aschersleben.de/programm.html,/veranstaltungen/,',
        'http://www.aschersleben.de/index.php?id=42,https://www.aschersleben.de/rathaus/,301',
        '/Bürgerbüro/,/rathaus-und-buergerservice/,301',
        '/gone/,,410',
      ].join('\n'),
      SITE,
    );
    expect(set.errors).toEqual([]);
    expect(set.rules.map((r) => [r.host, r.path, r.query, r.to, r.status, r.line])).toEqual([
      ['kulturanstalt-aschersleben.de', '/programm.html', null, '/veranstaltungen/', 301, 2],
      ['', '/index.php', 'id=42', '/rathaus/', 301, 3],
      ['', '/B%C3%BCrgerb%C3%BCro/', null, '/rathaus-und-buergerservice/', 301, 4],
      ['', '/gone/', null, null, 410, 5],
    ]);
  });

  it('matches exact query first, then the path with any query', () => {
    const { rules } = importRedirectsCsv('from,to,status\n/index.php?id=42,/a/,301\n/index.php,/b/,301\n');
    const index = new RedirectIndex(rules);
    expect(index.lookup('', '/index.php', 'id=42')?.to).toBe('/a/');
    expect(index.lookup('', '/index.php', 'id=7')?.to).toBe('/b/');
    expect(index.lookup('', '/index.php', null)?.to).toBe('/b/');
    expect(index.lookup('', '/other', null)).toBeUndefined();
  });

  it('collapses chains to one hop, across former domains, keeping 410 and 302', () => {
    const set = importRedirectsCsv(
      [
        'from,to,status',
        '/a/,/b/,301', // 2
        '/b/,/c/,301', // 3
        '/c/,https://example.org/final,301', // 4
        'https://kreativwerkstatt-aschersleben.de/,https://www.kreativwerkstatt-aschersleben.de/start.html,301', // 5
        'https://kreativwerkstatt-aschersleben.de/start.html,/einrichtungen/kreativwerkstatt/,301', // 6
        '/tmp/,/t2/,302', // 7
        '/t2/,/t3/,301', // 8
        '/old/,/older/,301', // 9
        '/older/,,410', // 10
      ].join('\n'),
    );
    expect(set.errors).toEqual([]);
    const to = Object.fromEntries(set.rules.map((r) => [r.host + r.path, [r.to, r.status]]));
    expect(to['/a/']).toEqual(['https://example.org/final', 301]);
    expect(to['/b/']).toEqual(['https://example.org/final', 301]);
    expect(to['/c/']).toEqual(['https://example.org/final', 301]);
    expect(to['kreativwerkstatt-aschersleben.de/']).toEqual(['/einrichtungen/kreativwerkstatt/', 301]);
    expect(to['/tmp/']).toEqual(['/t3/', 302]);
    expect(to['/old/']).toEqual([null, 410]);
    expect(set.notes.some((n) => n.lines.join() === '2,3,4')).toBe(true);
  });

  it('rejects self-redirects, loops (naming the rows) and rules leading into loops; keeps the rest', () => {
    const set = importRedirectsCsv(
      [
        'from,to,status',
        '/self/,/self/,301', // 2
        '/x/,/y/,301', // 3
        '/y/,/z/,301', // 4
        '/z/,/x/,301', // 5
        '/into/,/x/,301', // 6
        '/fine/,/ok/,301', // 7
        '/q,/q?page=2,301', // 8: path rule matches its own target's path
      ].join('\n'),
    );
    const text = set.errors.map(formatProblem);
    expect(text).toContainEqual(expect.stringMatching(/^Zeile 2: \/self\/ leitet auf sich selbst um/));
    expect(text).toContainEqual(expect.stringMatching(/^Zeilen 3, 4, 5: Schleife: /));
    expect(text).toContainEqual(expect.stringMatching(/^Zeile 6: \/into\/ führt in eine Schleife/));
    expect(text).toContainEqual(expect.stringMatching(/^Zeile 8: \/q leitet auf sich selbst um/));
    expect(set.rules.map((r) => r.path)).toEqual(['/fine/']);
  });

  it('rejects duplicates with different targets, drops identical ones, refuses "/"', () => {
    const set = importRedirectsCsv('from,to,status\n/a/,/b/,301\n/a/,/c/,301\n/d/,/e/,301\n/d/,/e/,301\n/,/x/,301\n/?id=1,/x/,301\n');
    expect(set.errors.map(formatProblem)).toEqual([
      expect.stringMatching(/^Zeilen 2, 3: \/a\/: mehrfach mit verschiedenen Zielen/),
      expect.stringMatching(/^Zeile 6: Die Startseite/),
    ]);
    expect(set.rules.map((r) => `${r.path}${r.query ? `?${r.query}` : ''}`)).toEqual(['/d/', '/?id=1']);
    expect(set.notes.map((n) => n.lines)).toContainEqual([4, 5]);
  });

  it('treats paths case-insensitively, as nginx map does', () => {
    const set = importRedirectsCsv('from,to,status\n/Programm.HTML,/a/,301\n/programm.html,/b/,301\n/Kontakt,/c/,301\n');
    expect(set.errors.map((e) => e.lines)).toEqual([[2, 3]]);
    expect(new RedirectIndex(set.rules).lookup('', '/KONTAKT', null)?.to).toBe('/c/');
  });

  it('reports invalid rows with their line and still compiles the others', () => {
    const set = importRedirectsCsv('from,to,status\n/ok/,/a/,301\nftp://x/,/a/,301\n/b/,/c/,307\n/d/,/e/,abc\n');
    expect(set.errors.map((e) => e.lines[0])).toEqual([3, 4, 5]);
    expect(set.rules).toHaveLength(1);
  });

  it('handles thousands of rows with long chains quickly', () => {
    const lines = ['from,to,status'];
    for (let i = 0; i < 5000; i++) lines.push(`/index.php?id=${i},/seite-${i}/,301`);
    for (let i = 0; i < 200; i++) lines.push(`/seite-${i}/,/seite-${i + 1}/,301`);
    const started = performance.now();
    const set = importRedirectsCsv(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(set.errors).toEqual([]);
    expect(set.rules).toHaveLength(5200);
    expect(set.rules.find((r) => r.query === 'id=0')?.to).toBe('/seite-200/');
    expect(compileRedirects([]).rules).toEqual([]);
  });
});
