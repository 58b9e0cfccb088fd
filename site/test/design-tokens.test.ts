import { readFile } from 'node:fs/promises';
import { readSnapshot } from '@stadtportal/shared';
import { checkBrandColours, contrastReport, MIN_CONTRAST, TOKEN_PAIRS } from '@stadtportal/shared/rules';
import { describe, expect, it } from 'vitest';
import { brandCss, pruneCustomProperties } from '../integrations/design-tokens.ts';
import { FIXTURE } from './helpers/astro-build.ts';

/*
 * The design tokens (docs/adr/0017-design-system-kern.md): the colours the CMS holds keep every
 * text/background pair readable, a colour that would not stops the build, and the stylesheets
 * read only tokens that exist.
 */

const styles = (name: string) => readFile(new URL(`../src/styles/${name}`, import.meta.url), 'utf8');

describe('the town palette from the site settings', () => {
  it('holds every text/background pair with the fixture’s colours: text ≥ 4.5:1, large text and focus ≥ 3:1', async () => {
    const { settings } = await readSnapshot(FIXTURE);
    const report = contrastReport(settings);
    expect(report.map((r) => r.kind).sort()).toEqual(TOKEN_PAIRS.map((p) => p.kind).sort());
    for (const r of report) {
      expect(r.ratio, `${r.fg} (${r.fgColour}) auf ${r.bg} (${r.bgColour}): ${r.where}`).toBeGreaterThanOrEqual(MIN_CONTRAST[r.kind]);
    }
    expect(report.filter((r) => r.kind === 'text').every((r) => r.required === 4.5)).toBe(true);
    expect(report.filter((r) => r.kind === 'large' || r.kind === 'focus').every((r) => r.required === 3)).toBe(true);
  });

  it('fails the build on a setting that would break a pair, with the CMS’s German message', () => {
    expect(() => brandCss({ primaryColor: '#6fa8dc', accentColor: '#b3261e' })).toThrow(
      /^Website-Einstellungen: Hauptfarbe #6fa8dc: zu wenig Kontrast für Links auf Weiß/,
    );
    expect(() => brandCss({ primaryColor: '#1d4f91', accentColor: '#ff9900' })).toThrow(
      /Akzentfarbe #ff9900: zu wenig Kontrast für weiße Schrift auf der Akzentfarbe/,
    );
    expect(checkBrandColours({ primaryColor: '#1d4f91', accentColor: '#b3261e' })).toEqual([]);
  });

  it('writes every palette token, and the stylesheets read no --brand-* token that is not written', async () => {
    const css = brandCss({ primaryColor: '#1d4f91', accentColor: '#b3261e' });
    const written = new Set([...css.matchAll(/(--brand-[a-z-]+):/g)].map((m) => m[1]));
    expect(written.size).toBe(10);
    for (const file of ['tokens.scss', 'global.css', 'kern-components.scss']) {
      for (const m of (await styles(file)).matchAll(/var\((--brand-[a-z-]+)/g)) expect(written.has(m[1]), `${file}: ${m[1]}`).toBe(true);
    }
  });

  it('paints colours only through tokens: no literal colour in the site’s own stylesheets', async () => {
    for (const file of ['tokens.scss', 'global.css']) {
      const text = (await styles(file)).replace(/\/\*[\s\S]*?\*\//g, '');
      expect(text.match(/#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(/g), file).toBeNull();
    }
  });
});

describe('pruning unused custom properties after the build', () => {
  it('keeps what a var() reaches, also through other properties and across stylesheets; drops the rest and rules left empty', () => {
    const [a, b] = pruneCustomProperties([
      ':root{--used:1px;--chain:var(--used);--unused:red;--also-unused:var(--unused)}@media (min-width:48em){:root{--unused:blue}}',
      '.x{margin:var(--chain)}.y{--local:2px;padding:var(--local)}',
    ]);
    expect(a).toBe(':root{--used:1px;--chain:var(--used);}');
    expect(b).toBe('.x{margin:var(--chain)}.y{--local:2px;padding:var(--local)}');
  });

  it('does not mistake selectors or values for declarations', () => {
    const css = '.kern-icon--easy-language{mask:url("data:image/svg+xml,a;b")}:root{--x:"a;b}"}.z{content:var(--x)}';
    expect(pruneCustomProperties([css])).toEqual([css]);
  });
});
