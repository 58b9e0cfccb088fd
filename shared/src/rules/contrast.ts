/*
 * The town's colours and what they must keep readable (WCAG 2.2: 1.4.3 contrast of text ≥ 4.5:1,
 * large text ≥ 3:1; 1.4.11 non-text contrast and 2.4.13 focus appearance ≥ 3:1).
 *
 * Editors choose two colours in the CMS (primary and accent). Every other colour token of the
 * site is either fixed (paper, ink, muted: KERN UX's neutrals) or derived from those two here,
 * so this one module knows every text/background pair the site paints. The CMS refuses a colour
 * that breaks a pair at save time, the snapshot contract refuses it again, and the site writes
 * its colour tokens from `brandPalette` — one implementation for all three
 * (docs/adr/0017-design-system-kern.md). Pure functions, German messages.
 */

/** A colour as the CMS stores it: `#rrggbb` (six hex digits, no alpha: text must be opaque). */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
export const HEX_COLOUR_MESSAGE = 'Farbe im Format #RRGGBB erwartet (z. B. #1d4f91)';

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

type Rgb = readonly [number, number, number];

function rgbOf(hex: string): Rgb {
  if (!isHexColour(hex)) throw new Error(`Keine Farbe im Format #RRGGBB: ${JSON.stringify(hex)}`);
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hexOf([r, g, b]: Rgb): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Relative luminance of an sRGB colour (WCAG 2.2, definition „relative luminance“). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 to 21; symmetric. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `a` mixed with `b`; `share` of b from 0 (a) to 1 (b), in sRGB as CSS color-mix(in srgb) does. */
export function mixColours(a: string, b: string, share: number): string {
  const x = rgbOf(a);
  const y = rgbOf(b);
  return hexOf([0, 1, 2].map((i) => (x[i] ?? 0) * (1 - share) + (y[i] ?? 0) * share) as unknown as Rgb);
}

/** The two colours editors choose (Website-Einstellungen). */
export interface BrandColours {
  primaryColor: string;
  accentColor: string;
}

/** The town's colours before anyone changed them: blue and red of the coat of arms. */
export const DEFAULT_BRAND_COLOURS: BrandColours = { primaryColor: '#1d4f91', accentColor: '#b3261e' };

/**
 * Every colour token of the site. Fixed ones are KERN UX's neutrals (text default, muted);
 * the others follow the editors' two colours.
 */
export interface BrandPalette {
  /** Page background. */
  paper: string;
  /** Body text (KERN neutral-950). */
  ink: string;
  /** Secondary text: dates, captions, meta lines (KERN text-muted). */
  muted: string;
  /** Links, header and footer background, buttons. */
  primary: string;
  /** Headings, hover on links and buttons. */
  primaryDark: string;
  /** Light sections (hero panel, top tasks, highlighted boxes) behind ink, muted and primary text. */
  tint: string;
  /** Borders of cards and separators (decorative). */
  line: string;
  /** Accent lines, pictograms, the report-a-problem button, event date badges. */
  accent: string;
  /** Text on primary, primaryDark and accent backgrounds. */
  onPrimary: string;
  /** Focus ring on light backgrounds (on primary backgrounds it is `onPrimary`). */
  focus: string;
}

export function brandPalette(c: BrandColours): BrandPalette {
  return {
    paper: '#ffffff',
    ink: '#131525',
    muted: '#51577a',
    primary: c.primaryColor.toLowerCase(),
    primaryDark: mixColours(c.primaryColor, '#000000', 0.25),
    tint: mixColours(c.primaryColor, '#ffffff', 0.92),
    line: mixColours(c.primaryColor, '#ffffff', 0.6),
    accent: c.accentColor.toLowerCase(),
    onPrimary: '#ffffff',
    focus: '#131525',
  };
}

export type ColourToken = keyof BrandPalette;

/** What the pair is: running text (4.5:1), large or bold text (3:1), a focus ring or other non-text part (3:1). */
export type PairKind = 'text' | 'large' | 'focus' | 'non-text';

export const MIN_CONTRAST: Readonly<Record<PairKind, number>> = { text: 4.5, large: 3, focus: 3, 'non-text': 3 };

export interface TokenPair {
  fg: ColourToken;
  bg: ColourToken;
  kind: PairKind;
  /** Where the site paints it, in the editors' words (part of the message). */
  where: string;
}

/**
 * Every foreground/background pair of colour tokens the site's stylesheets paint, text and the
 * parts needed to use the page (focus, pictograms). Decorative lines are exempt (WCAG 1.4.11).
 * Every pair here is a brand colour against a light one or white on a brand colour, so a failing
 * pair always means: that colour is too light. A new pair in a stylesheet belongs here too.
 */
export const TOKEN_PAIRS: readonly TokenPair[] = [
  { fg: 'ink', bg: 'paper', kind: 'text', where: 'Fließtext auf Weiß' },
  { fg: 'ink', bg: 'tint', kind: 'text', where: 'Text auf hellen Flächen' },
  { fg: 'muted', bg: 'paper', kind: 'text', where: 'Datumsangaben und Hinweise auf Weiß' },
  { fg: 'muted', bg: 'tint', kind: 'text', where: 'Datumsangaben und Hinweise auf hellen Flächen' },
  { fg: 'primary', bg: 'paper', kind: 'text', where: 'Links auf Weiß' },
  { fg: 'primary', bg: 'tint', kind: 'text', where: 'Links auf hellen Flächen' },
  { fg: 'primaryDark', bg: 'paper', kind: 'text', where: 'Überschriften auf Weiß' },
  { fg: 'primaryDark', bg: 'tint', kind: 'text', where: 'Überschriften auf hellen Flächen' },
  { fg: 'onPrimary', bg: 'primary', kind: 'text', where: 'weiße Schrift in Kopf- und Fußzeile und auf Schaltflächen' },
  { fg: 'onPrimary', bg: 'primaryDark', kind: 'text', where: 'weiße Schrift auf Schaltflächen unter dem Mauszeiger' },
  { fg: 'onPrimary', bg: 'accent', kind: 'text', where: 'weiße Schrift auf der Akzentfarbe (Schaltfläche „Mängel melden“, Datumsfelder)' },
  { fg: 'accent', bg: 'paper', kind: 'large', where: 'große Ziffern in der Akzentfarbe auf Weiß (Tag einer Veranstaltung)' },
  { fg: 'accent', bg: 'paper', kind: 'non-text', where: 'Akzentlinien und Piktogramme auf Weiß' },
  { fg: 'focus', bg: 'paper', kind: 'focus', where: 'Fokusrahmen auf Weiß' },
  { fg: 'focus', bg: 'tint', kind: 'focus', where: 'Fokusrahmen auf hellen Flächen' },
  { fg: 'onPrimary', bg: 'primary', kind: 'focus', where: 'Fokusrahmen in Kopf- und Fußzeile' },
];

/** Which editor field a token follows (fixed tokens follow none). */
const FIELD_OF: Partial<Record<ColourToken, keyof BrandColours>> = {
  primary: 'primaryColor',
  primaryDark: 'primaryColor',
  tint: 'primaryColor',
  line: 'primaryColor',
  accent: 'accentColor',
};

export interface ContrastResult extends TokenPair {
  fgColour: string;
  bgColour: string;
  ratio: number;
  required: number;
  ok: boolean;
}

/** Every pair of the palette with its ratio. */
export function contrastReport(c: BrandColours): ContrastResult[] {
  const p = brandPalette(c);
  return TOKEN_PAIRS.map((pair) => {
    const ratio = contrastRatio(p[pair.fg], p[pair.bg]);
    const required = MIN_CONTRAST[pair.kind];
    return { ...pair, fgColour: p[pair.fg], bgColour: p[pair.bg], ratio, required, ok: ratio >= required };
  });
}

export const COLOUR_LABELS: Readonly<Record<keyof BrandColours, string>> = { primaryColor: 'Hauptfarbe', accentColor: 'Akzentfarbe' };

export interface ColourIssue {
  field: keyof BrandColours;
  message: string;
}

const ratioText = (r: number) => `${(Math.floor(r * 100) / 100).toLocaleString('de-DE', { maximumFractionDigits: 2 })}:1`;

/** The editor field a pair follows: every pair involves at most one of the two colours. */
export function fieldOfPair(pair: Pick<TokenPair, 'fg' | 'bg'>): keyof BrandColours | undefined {
  return FIELD_OF[pair.fg] ?? FIELD_OF[pair.bg];
}

/**
 * What is wrong with one of the two colours, in German; null when every pair it takes part in
 * holds. The pairs of one colour never involve the other, so each field is checked on its own
 * (and a malformed accent colour does not hide a primary colour that is too light).
 */
export function checkBrandColour(field: keyof BrandColours, value: string): string | null {
  if (!isHexColour(value)) return `${COLOUR_LABELS[field]}: ${HEX_COLOUR_MESSAGE}`;
  const report = contrastReport({ ...DEFAULT_BRAND_COLOURS, [field]: value }).filter((r) => fieldOfPair(r) === field);
  const failed = report.find((r) => !r.ok);
  if (failed === undefined) return null;
  return (
    `${COLOUR_LABELS[field]} ${value}: zu wenig Kontrast für ${failed.where} – ${ratioText(failed.ratio)}, ` +
    `mindestens ${ratioText(failed.required)} nötig (WCAG 2.2). Bitte einen dunkleren Farbton wählen.`
  );
}

/** What is wrong with the two colours: one message per field (its first failing pair); empty when all pairs hold. */
export function checkBrandColours(c: BrandColours): ColourIssue[] {
  return (['primaryColor', 'accentColor'] as const).flatMap((field) => {
    const message = checkBrandColour(field, c[field]);
    return message === null ? [] : [{ field, message }];
  });
}
