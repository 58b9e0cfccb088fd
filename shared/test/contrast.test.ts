import { describe, expect, it } from 'vitest';
import {
  brandPalette,
  checkBrandColours,
  contrastRatio,
  contrastReport,
  fieldOfPair,
  DEFAULT_BRAND_COLOURS,
  isHexColour,
  MIN_CONTRAST,
  mixColours,
  relativeLuminance,
  TOKEN_PAIRS,
} from '../src/rules/index.ts';

describe('contrast (WCAG 2.2 formula)', () => {
  it('gives 21:1 for black on white, 1:1 for a colour on itself, and is symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4f91', '#1d4f91')).toBe(1);
    expect(contrastRatio('#1d4f91', '#ffffff')).toBe(contrastRatio('#ffffff', '#1d4f91'));
  });

  it('matches published reference values', () => {
    // WebAIM contrast checker: #767676 on white is the lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
  });

  it('mixes in sRGB like color-mix(in srgb)', () => {
    expect(mixColours('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColours('#1d4f91', '#ffffff', 0)).toBe('#1d4f91');
    expect(mixColours('#1d4f91', '#ffffff', 1)).toBe('#ffffff');
  });

  it('accepts only #rrggbb', () => {
    expect(isHexColour('#1d4f91')).toBe(true);
    expect(isHexColour('#1D4F91')).toBe(true);
    for (const bad of ['1d4f91', '#1d4f9', '#1d4f9100', 'blue', '#gggggg', ' #1d4f91']) expect(isHexColour(bad), bad).toBe(false);
    expect(() => contrastRatio('blue', '#ffffff')).toThrow(/#RRGGBB/);
  });
});

describe('the town palette', () => {
  it('holds every pair with the default colours (blue and red of the coat of arms)', () => {
    const report = contrastReport(DEFAULT_BRAND_COLOURS);
    expect(report).toHaveLength(TOKEN_PAIRS.length);
    for (const r of report) expect(r.ratio, `${r.fg} auf ${r.bg} (${r.where})`).toBeGreaterThanOrEqual(MIN_CONTRAST[r.kind]);
    expect(checkBrandColours(DEFAULT_BRAND_COLOURS)).toEqual([]);
  });

  it('ties every pair to at most one of the two colours, so each can be checked on its own', () => {
    for (const pair of TOKEN_PAIRS) {
      const fields = new Set([fieldOfPair({ fg: pair.fg, bg: pair.fg }), fieldOfPair({ fg: pair.bg, bg: pair.bg })].filter((f) => f !== undefined));
      expect(fields.size, `${pair.fg} auf ${pair.bg}`).toBeLessThanOrEqual(1);
    }
  });

  it('covers text, large text and focus, each with its own minimum', () => {
    expect(new Set(TOKEN_PAIRS.map((p) => p.kind))).toEqual(new Set(['text', 'large', 'focus', 'non-text']));
    expect(MIN_CONTRAST).toEqual({ text: 4.5, large: 3, focus: 3, 'non-text': 3 });
  });

  it('derives tint, dark shade and line from the primary colour', () => {
    const p = brandPalette({ primaryColor: '#1D4F91', accentColor: '#B3261E' });
    expect(p.primary).toBe('#1d4f91');
    expect(p.accent).toBe('#b3261e');
    expect(relativeLuminance(p.primaryDark)).toBeLessThan(relativeLuminance(p.primary));
    expect(relativeLuminance(p.tint)).toBeGreaterThan(0.8);
  });

  it('refuses a light blue as primary colour, naming the field, the use, the ratio and the minimum in German', () => {
    const issues = checkBrandColours({ primaryColor: '#7fb2e5', accentColor: '#b3261e' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('primaryColor');
    expect(issues[0]?.message).toMatch(/^Hauptfarbe #7fb2e5: zu wenig Kontrast für Links auf Weiß – 2,\d+:1, mindestens 4,5:1 nötig/);
    expect(issues[0]?.message).toMatch(/dunkleren Farbton/);
  });

  it('refuses a yellow accent (white text on it, pictograms on white)', () => {
    const issues = checkBrandColours({ primaryColor: '#1d4f91', accentColor: '#f2c500' });
    expect(issues.map((i) => i.field)).toEqual(['accentColor']);
    expect(issues[0]?.message).toMatch(/^Akzentfarbe #f2c500: zu wenig Kontrast für weiße Schrift auf der Akzentfarbe/);
  });

  it('reports both fields at once, and a malformed value as such', () => {
    expect(checkBrandColours({ primaryColor: '#eeeeee', accentColor: '#ffff00' }).map((i) => i.field)).toEqual(['primaryColor', 'accentColor']);
    expect(checkBrandColours({ primaryColor: 'blau', accentColor: '#b3261e' })).toEqual([
      { field: 'primaryColor', message: 'Hauptfarbe: Farbe im Format #RRGGBB erwartet (z. B. #1d4f91)' },
    ]);
  });

  it('draws the line between a dark grey (accepted) and a mid grey (refused)', () => {
    const ok = checkBrandColours({ primaryColor: '#5a5a5a', accentColor: '#b3261e' });
    expect(ok).toEqual([]);
    expect(checkBrandColours({ primaryColor: '#808080', accentColor: '#b3261e' })).toHaveLength(1);
  });
});
