import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brandPalette, checkBrandColours, DEFAULT_BRAND_COLOURS, type BrandColours, type BrandPalette } from '@stadtportal/shared/rules';
import { SNAPSHOT_FILE } from '@stadtportal/shared';
import type { AstroIntegration } from 'astro';

/*
 * The design tokens' two build-time parts (docs/adr/0017-design-system-kern.md):
 *
 * 1. The town's colours come from the CMS (Website-Einstellungen → snapshot). A virtual
 *    stylesheet, `virtual:stadtportal/brand.css`, turns them into the palette's custom properties
 *    (`--brand-*`, shared/src/rules/contrast.ts `brandPalette`), bundled into the one site
 *    stylesheet: no inline style (the CSP forbids it), no extra request. A colour that breaks a
 *    contrast pair stops the build with the CMS's German message.
 * 2. KERN UX's token files define some 400 custom properties; the site uses a few dozen. After
 *    the build, every custom property that no `var()` in any of the site's stylesheets reaches
 *    (directly or through another property) is removed from them, so only used tokens ship.
 */

export const BRAND_CSS_ID = 'virtual:stadtportal/brand.css';
const RESOLVED_ID = `\0${BRAND_CSS_ID}`;

const CSS_NAME: Record<keyof BrandPalette, string> = {
  paper: '--brand-paper',
  ink: '--brand-ink',
  muted: '--brand-muted',
  primary: '--brand-primary',
  primaryDark: '--brand-primary-dark',
  tint: '--brand-tint',
  line: '--brand-line',
  accent: '--brand-accent',
  onPrimary: '--brand-on-primary',
  focus: '--brand-focus',
};

/** The palette as one `:root` rule. */
export function brandCss(colours: BrandColours): string {
  const problems = checkBrandColours(colours);
  if (problems.length > 0) throw new Error(`Website-Einstellungen: ${problems.map((p) => p.message).join(' ')}`);
  const palette = brandPalette(colours);
  const decls = (Object.keys(CSS_NAME) as (keyof BrandPalette)[]).map((k) => `${CSS_NAME[k]}:${palette[k]}`);
  return `:root{${decls.join(';')}}\n`;
}

async function coloursFrom(snapshotDir: string, withoutSnapshot: 'fail' | 'defaults'): Promise<BrandColours> {
  let text: string;
  try {
    text = await readFile(join(snapshotDir, SNAPSHOT_FILE), 'utf8');
  } catch (err) {
    if (withoutSnapshot === 'defaults' && (err as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULT_BRAND_COLOURS;
    throw err;
  }
  const raw: unknown = JSON.parse(text);
  const settings = typeof raw === 'object' && raw !== null && 'settings' in raw ? (raw.settings as Partial<BrandColours> | null) : null;
  // Presence only: the snapshot's own validation (readSnapshot) reports a missing field with its name.
  return { primaryColor: String(settings?.primaryColor ?? ''), accentColor: String(settings?.accentColor ?? '') };
}

/** Custom property declarations in a stylesheet: name, start and end (incl. the `;`) of each. */
function declarations(css: string): { name: string; start: number; end: number; value: string }[] {
  const out: { name: string; start: number; end: number; value: string }[] = [];
  const re = /(^|[{;\s])(--[A-Za-z0-9_-]+)\s*:/g;
  for (let m = re.exec(css); m !== null; m = re.exec(css)) {
    const start = m.index + (m[1]?.length ?? 0);
    let i = re.lastIndex;
    let depth = 0;
    let quote: string | null = null;
    for (; i < css.length; i++) {
      const c = css[i];
      if (quote !== null) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (depth === 0 && (c === ';' || c === '}')) break;
    }
    const end = css[i] === ';' ? i + 1 : i;
    out.push({ name: m[2] ?? '', start, end, value: css.slice(re.lastIndex, i) });
    re.lastIndex = i;
  }
  return out;
}

const referencesIn = (text: string) => [...text.matchAll(/var\(\s*(--[A-Za-z0-9_-]+)/g)].map((m) => m[1] ?? '');

/**
 * The stylesheets without the custom properties nobody uses. A property is used when a `var()`
 * outside any custom property declaration names it, or a used property's value does.
 */
export function pruneCustomProperties(sheets: readonly string[]): string[] {
  const decls = sheets.map(declarations);
  const valuesOf = new Map<string, string[]>();
  for (const list of decls) for (const d of list) valuesOf.set(d.name, [...(valuesOf.get(d.name) ?? []), d.value]);
  const used = new Set<string>();
  const queue: string[] = [];
  sheets.forEach((css, i) => {
    let rest = css;
    for (const d of [...(decls[i] ?? [])].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
    queue.push(...referencesIn(rest));
  });
  while (queue.length > 0) {
    const name = queue.pop() ?? '';
    if (used.has(name)) continue;
    used.add(name);
    for (const value of valuesOf.get(name) ?? []) queue.push(...referencesIn(value));
  }
  return sheets.map((css, i) => {
    let out = css;
    for (const d of [...(decls[i] ?? [])].reverse()) if (!used.has(d.name)) out = out.slice(0, d.start) + out.slice(d.end);
    // Rules left empty (e.g. a media query that only set tokens) go too.
    let before: string;
    do {
      before = out;
      out = out.replace(/(^|[{}])[^{}@;]+\{;*\}/g, '$1').replace(/@media[^{]*\{\}/g, '');
    } while (out !== before);
    return out;
  });
}

/**
 * `withoutSnapshot: 'defaults'` is for the draft preview server, which is built before any
 * snapshot exists and reads the live one at run time: it then paints the default town colours.
 * The public build always has a snapshot and fails without one.
 */
export function designTokens(snapshotDir: string, withoutSnapshot: 'fail' | 'defaults' = 'fail'): AstroIntegration {
  return {
    name: 'stadtportal:design-tokens',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'stadtportal:brand-css',
                resolveId: (id: string) => (id === BRAND_CSS_ID ? RESOLVED_ID : undefined),
                load: async (id: string) => (id === RESOLVED_ID ? brandCss(await coloursFrom(snapshotDir, withoutSnapshot)) : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const assets = join(fileURLToPath(dir), '_astro');
        const names = (await readdir(assets).catch(() => [] as string[])).filter((n) => n.endsWith('.css'));
        const sheets = await Promise.all(names.map((n) => readFile(join(assets, n), 'utf8')));
        const pruned = pruneCustomProperties(sheets);
        let saved = 0;
        await Promise.all(
          names.map(async (n, i) => {
            const before = sheets[i] ?? '';
            const after = pruned[i] ?? '';
            if (after === before) return;
            saved += before.length - after.length;
            await writeFile(join(assets, n), after);
          }),
        );
        logger.info(`Ungenutzte Design-Tokens entfernt: ${saved} Bytes aus ${names.length} Stylesheets.`);
      },
    },
  };
}
