import { parseHttpUrl } from './url.ts';

/*
 * A slippy-map tile URL template: `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. Its origin
 * goes into the CSP's img-src and the consent record, so the template must be an https URL on a
 * host of the grammar, with exactly the placeholders {z}, {x}, {y} (and {s}… nothing else).
 * http only for loopback hosts (a tile server in the tests).
 */

export const TILE_PLACEHOLDERS = ['z', 'x', 'y'] as const;

/** The URL of one sample tile, or null when the template is no allowed tile address. */
export function sampleTileUrl(template: string): URL | null {
  const names = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
  if (names.some((n) => !(TILE_PLACEHOLDERS as readonly (string | undefined)[]).includes(n))) return null;
  const filled = template.replaceAll('{z}', '0').replaceAll('{x}', '0').replaceAll('{y}', '0');
  if (/[{}]/.test(filled)) return null;
  return parseHttpUrl(filled, { httpsOnly: true, loopback: true });
}

/** The problem of a tile template, or null. */
export function checkTileTemplate(template: string): string | null {
  for (const p of TILE_PLACEHOLDERS) if (!template.includes(`{${p}}`)) return `Platzhalter {${p}} fehlt in der Kachel-Adresse`;
  if (sampleTileUrl(template) === null) {
    return 'Kachel-Adresse: https-Adresse mit gültigem Domainnamen und nur den Platzhaltern {z}, {x}, {y} erwartet (http nur für 127.0.0.1/localhost).';
  }
  return null;
}
