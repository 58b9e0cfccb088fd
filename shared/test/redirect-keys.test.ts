import { describe, expect, it } from 'vitest';
import { compileRedirects, redirectSourceKey, ruleSource } from '../src/redirects.ts';

describe('redirectSourceKey / ruleSource (CSV import into the CMS)', () => {
  const options = { siteHosts: ['www.aschersleben.de'] };

  it('gives one key to the spellings nginx treats as one address', () => {
    const key = redirectSourceKey('https://www.Kulturanstalt-Aschersleben.de/Programm.html', options);
    expect(key).toBe('kulturanstalt-aschersleben.de/programm.html');
    expect(redirectSourceKey('https://kulturanstalt-aschersleben.de/programm.html', options)).toBe(key);
    // A full URL on the site's own host is the site path.
    expect(redirectSourceKey('https://www.aschersleben.de/index.php?id=7', options)).toBe(redirectSourceKey('/index.php?id=7', options));
  });

  it('is null for what the contract refuses', () => {
    expect(redirectSourceKey('javascript:alert(1)', options)).toBeNull();
    expect(redirectSourceKey('/mit leerzeichen', options)).toBeNull();
  });

  it('writes a compiled rule back in the form the CMS stores, with the same key', () => {
    const { rules } = compileRedirects(
      [
        { line: 2, from: 'https://WWW.feuerwehr-aschersleben.de/einsatz.php?id=3', to: '/leben-in-aschersleben/feuerwehr/', status: 301 },
        { line: 3, from: '/alte seite', to: '/x/', status: 301 },
        { line: 4, from: '/Über-uns/', to: null, status: 410 },
      ],
      options,
    );
    expect(rules.map(ruleSource)).toEqual(['https://feuerwehr-aschersleben.de/einsatz.php?id=3', '/%C3%9Cber-uns/']);
    expect(redirectSourceKey(ruleSource(rules[0]!), options)).toBe(redirectSourceKey('https://WWW.feuerwehr-aschersleben.de/einsatz.php?id=3', options));
    expect(redirectSourceKey(ruleSource(rules[1]!), options)).toBe(redirectSourceKey('/Über-uns/', options));
  });
});
