import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkOnlineService,
  checkRedirect,
  checkTileTemplate,
  findSsiCommand,
  isHostName,
  isHttpUrl,
  isProviderOrigin,
  isRedirectSource,
  isRedirectTarget,
  isSitePath,
  isSlug,
  toAsciiHost,
} from '../src/rules/index.ts';

// The characters nginx, a shell or a URL parser give a meaning (TOOLS/issue: `new URL().hostname`
// accepts all of `~ ; { } " ' $ * ( ) !`).
const METACHARACTERS = [
  '~',
  ';',
  '{',
  '}',
  '"',
  "'",
  '$',
  '*',
  '(',
  ')',
  '!',
  '\\',
  '#',
  ' ',
  '\t',
  '\n',
  '%',
  '^',
  '|',
  '`',
  '<',
  '>',
  '&',
  '+',
  '=',
  ',',
  '[',
  ']',
  '@',
  ':',
  '/',
  '?',
];

describe('host names', () => {
  it('accepts lower-case names of two or more labels, punycode included', () => {
    for (const h of ['aschersleben.de', 'www.kulturanstalt-aschersleben.de', 'a.b', 'xn--mller-kva.de', '1und1.de']) expect(isHostName(h), h).toBe(true);
  });

  it('refuses every metacharacter, case, single labels, empty labels and long labels', () => {
    for (const c of METACHARACTERS) {
      expect(isHostName(`alt${c}.example`), JSON.stringify(c)).toBe(false);
      expect(isHostName(`alt.example${c}evil`), JSON.stringify(c)).toBe(false);
    }
    for (const h of ['~.*', 'localhost', 'Aschersleben.de', 'a..b', '.a.b', 'a.b.', '-a.b', 'a-.b', `${'a'.repeat(64)}.de`, 'müller.de', '']) {
      expect(isHostName(h), h).toBe(false);
    }
  });

  it('turns what an editor types into the grammar, or refuses it', () => {
    expect(toAsciiHost(' Müller.DE. ')).toBe('xn--mller-kva.de');
    expect(toAsciiHost('WWW.Aschersleben.de')).toBe('www.aschersleben.de');
    for (const h of ['~.*', 'alt.example;evil', 'a b.de', 'evil.example/x', 'x.de:80', '*.de']) expect(toAsciiHost(h), h).toBeNull();
  });
});

describe('site paths', () => {
  it('accepts paths, queries, fragments where allowed, and letters of any script', () => {
    for (const p of ['/', '/rathaus/buergerservice/', '/index.php?id=198', '/Bürgerbüro/', '/a/%20b/', '/suche/?q=a+b&x=1'])
      expect(isSitePath(p), p).toBe(true);
    expect(isSitePath('/seite/#kontakt', { fragment: true })).toBe(true);
    expect(isSitePath('/seite/#kontakt')).toBe(false);
  });

  it('refuses everything a browser resolves to another host', () => {
    for (const p of [
      '//evil.example/',
      '/.//evil.example/',
      '/%2e//x',
      '/%2E//x',
      '/./\\x',
      '/\\evil.example',
      '/..//evil.example',
      '/a/../..//evil.example/',
      '/%2e%2e//x',
    ]) {
      expect(isSitePath(p, { fragment: true }), p).toBe(false);
    }
  });

  it('refuses spaces, control characters, bad escapes and characters outside URLs', () => {
    for (const p of ['/a b/', '/a\tb', '/a\nb', '/a%zz', '/a"b', '/a<b', '/a`b', '/a{b}', '/a|b', 'relative/', ''])
      expect(isSitePath(p), JSON.stringify(p)).toBe(false);
  });
});

describe('http(s) URLs and origins', () => {
  it('accepts http(s) on hosts of the grammar; loopback only when asked', () => {
    expect(isHttpUrl('https://www.aschersleben.de/rathaus/?a=1#x')).toBe(true);
    expect(isHttpUrl('http://kulturanstalt-aschersleben.de/programm.html')).toBe(true);
    expect(isHttpUrl('http://127.0.0.1:8080/')).toBe(false);
    expect(isHttpUrl('http://127.0.0.1:8080/', { loopback: true })).toBe(true);
    expect(isHttpUrl('http://tiles.example.org/', { httpsOnly: true })).toBe(false);
  });

  it('refuses other schemes, credentials, hosts outside the grammar and protocol-relative forms', () => {
    for (const u of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example/',
      'https://user:pw@a.de/',
      'https://~.*/',
      'https://alt.example;evil/x',
      'https://a.de\\@evil.example/',
      'https:/evil.example',
      'https://evil',
      'ftp://a.de/',
      ' https://a.de/',
    ]) {
      expect(isHttpUrl(u), u).toBe(false);
    }
  });

  it('provider origins are scheme, host and port only', () => {
    expect(isProviderOrigin('https://formulare.sachsen-anhalt.de')).toBe(true);
    expect(isProviderOrigin('https://termine.aschersleben.de:8443')).toBe(true);
    expect(isProviderOrigin('http://127.0.0.1:4100')).toBe(true);
    for (const o of [
      'http://formulare.sachsen-anhalt.de',
      'https://a.de/',
      'https://a.de/x',
      "https://a.de'",
      'https://a.de;',
      'https://*.a.de',
      'https://a.de:0',
      'https://a.de:65536',
      "'self'",
      'https://a.de https://b.de',
    ]) {
      expect(isProviderOrigin(o), o).toBe(false);
    }
  });
});

describe('redirects', () => {
  it('refuses the hostile sources and targets of the issue', () => {
    expect(isRedirectSource('https://~.*/')).toBe(false);
    expect(isRedirectSource('https://alt.example;evil/x')).toBe(false);
    for (const t of ['/.//evil.example/', '/%2e//x', '/./\\x', '//evil.example/']) expect(isRedirectTarget(t), t).toBe(false);
    expect(checkRedirect({ from: 'https://~.*/', to: 'https://evil.example/phish', status: 301 })?.field).toBe('from');
    expect(checkRedirect({ from: '/alt/', to: '/.//evil.example/', status: 301 })?.field).toBe('to');
  });

  it('accepts the old addresses of the town and an explicit external target', () => {
    expect(checkRedirect({ from: '/cms/index.php?id=198', to: '/ortschaften/', status: 301 })).toBeNull();
    expect(
      checkRedirect({ from: 'https://www.kulturanstalt-aschersleben.de/programm.html', to: 'https://www.aschersleben.de/kultur/', status: 302 }),
    ).toBeNull();
    expect(checkRedirect({ from: '/alt/', to: null, status: 410 })).toBeNull();
    expect(checkRedirect({ from: '/alt/', to: '/neu/', status: 410 })?.field).toBe('to');
    expect(checkRedirect({ from: '/', to: '/neu/', status: 301 })?.field).toBe('from');
  });
});

describe('tile templates and online services', () => {
  it('tile templates: https on a host of the grammar, exactly {z} {x} {y}', () => {
    expect(checkTileTemplate('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBeNull();
    expect(checkTileTemplate('http://127.0.0.1:9000/{z}/{x}/{y}.png')).toBeNull();
    for (const t of [
      'https://tiles.example;evil/{z}/{x}/{y}.png',
      'https://{s}.tile.example.org/{z}/{x}/{y}.png',
      'http://tile.example.org/{z}/{x}/{y}.png',
      'https://tile.example.org/{z}/{x}.png',
    ]) {
      expect(checkTileTemplate(t), t).not.toBeNull();
    }
  });

  it('online services: the provider origin and every address on it', () => {
    const ok = {
      kind: 'form',
      providerOrigin: 'https://formulare.sachsen-anhalt.de',
      embedMode: 'iframe',
      startUrl: 'https://formulare.sachsen-anhalt.de/start?amt={amt}',
      scriptUrl: null,
      fallbackUrl: 'https://formulare.sachsen-anhalt.de/',
    };
    expect(checkOnlineService(ok)).toBeNull();
    expect(checkOnlineService({ ...ok, providerOrigin: "https://evil.example 'unsafe-inline'" })?.field).toBe('providerOrigin');
    expect(checkOnlineService({ ...ok, startUrl: 'https://evil.example/x' })?.field).toBe('startUrl');
    expect(checkOnlineService({ ...ok, embedMode: 'script', scriptUrl: 'https://evil.example/w.js' })?.field).toBe('scriptUrl');
    expect(checkOnlineService(ok, { allowedOrigins: ['https://termine.aschersleben.de'] })?.field).toBe('providerOrigin');
    expect(
      checkOnlineService(
        { ...ok, providerOrigin: 'http://127.0.0.1:4100', startUrl: 'http://127.0.0.1:4100/', fallbackUrl: 'http://127.0.0.1:4100/' },
        { production: true },
      )?.field,
    ).toBe('providerOrigin');
  });
});

describe('slugs and SSI commands', () => {
  it('slugs', () => {
    expect(isSlug('ortschaften')).toBe(true);
    for (const s of ['Ortschaften', 'a--b', '-a', 'a_b', 'a.b', 'a~b', 'ä']) expect(isSlug(s), s).toBe(false);
  });

  it('names the path of an SSI command anywhere in an entry', () => {
    const entry = { title: 'Sommerfest', body: [{ type: 'paragraph', children: [{ type: 'text', text: "<!--# include virtual='/x.ics' -->" }] }] };
    expect(findSsiCommand(entry)).toEqual(['body', 0, 'children', 0, 'text']);
    expect(findSsiCommand({ title: '<!-- ein Kommentar -->', n: 1, ok: null })).toBeNull();
  });
});

/*
 * "A rule exists once": the slug and host grammars appear as regular expressions only in
 * shared/src/rules/. A copy elsewhere in production code (cms/src, scripts, site/src, site/preview)
 * fails here, naming the file.
 */
describe('no second copy of the rules', () => {
  const ROOT = join(import.meta.dirname, '..', '..');
  const COPIES = [/\[a-z0-9\]\+\(\?:-\[a-z0-9\]\+\)\*/, /\[a-z0-9-\]\+\(\?:\\\\?\.\[a-z0-9-\]\+\)/];
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
      if (statSync(path).isDirectory()) return files(path);
      return /\.(?:ts|tsx|mts|mjs|astro)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
    });

  it('finds the slug and host patterns nowhere but shared/src/rules', () => {
    const found: string[] = [];
    for (const dir of ['cms/src', 'cms/config', 'scripts', 'site/src', 'site/preview', 'shared/src']) {
      for (const file of files(join(ROOT, dir))) {
        if (file.includes(join('shared', 'src', 'rules'))) continue;
        const text = readFileSync(file, 'utf8');
        if (COPIES.some((re) => re.test(text))) found.push(relative(ROOT, file));
      }
    }
    expect(found).toEqual([]);
  });
});
