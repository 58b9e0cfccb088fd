import { z } from 'zod';
import { nonBlank, webUrl } from './common.ts';

/** Hosts on this machine: the only ones a tile URL may reach over plain http (tests, a local tile server). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The URL a template gives for one tile, or null when it is not a usable URL. */
function sampleTileUrl(template: string): URL | null {
  try {
    return new URL(template.replaceAll('{z}', '0').replaceAll('{x}', '0').replaceAll('{y}', '0'));
  } catch {
    return null;
  }
}

/**
 * A slippy-map tile URL template: `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. https only —
 * a map loaded over http would leak the visitor's position of interest and break the CSP —
 * except for loopback hosts, where a test or a tile server on the same machine answers.
 */
export const tileUrlTemplate = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    for (const part of ['{z}', '{x}', '{y}']) {
      if (!value.includes(part)) ctx.addIssue({ code: 'custom', message: `Platzhalter ${part} fehlt in der Kachel-Adresse` });
    }
    const url = sampleTileUrl(value);
    if (url === null) {
      ctx.addIssue({ code: 'custom', message: 'Kachel-Adresse ist keine gültige URL' });
      return;
    }
    if (url.username !== '' || url.password !== '') ctx.addIssue({ code: 'custom', message: 'Kachel-Adresse darf keine Zugangsdaten enthalten' });
    const loopback = LOOPBACK_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
      ctx.addIssue({ code: 'custom', message: 'Kachel-Adresse muss mit https:// beginnen (http nur für 127.0.0.1/localhost)' });
    }
  });

/**
 * The map's tile provider (single type „Karte“ in the CMS). Its tiles come from a third party,
 * so the site shows the map only after the visitor's consent for this origin (DSGVO), and the
 * CSP allows exactly this origin for images.
 */
export const mapTiles = z.strictObject({
  /** Name shown on the consent card („Karte von OpenStreetMap laden“). */
  providerName: nonBlank('Name des Anbieters'),
  tileUrl: tileUrlTemplate,
  /** Required by OSM's tile usage policy (and by most providers): shown on the map. */
  attribution: nonBlank('Namensnennung'),
  attributionUrl: webUrl,
  /** The provider's privacy notice, linked from the consent card. */
  privacyUrl: webUrl,
  maxZoom: z.number().int().min(1, 'Zoomstufe 1–19').max(19, 'Zoomstufe 1–19'),
});
export type MapTiles = z.infer<typeof mapTiles>;

/** The origin the browser loads tiles from (for the consent record and the CSP's img-src). */
export function tileOrigin(tiles: Pick<MapTiles, 'tileUrl'>): string {
  const url = sampleTileUrl(tiles.tileUrl);
  if (url === null) throw new Error(`Kachel-Adresse ${tiles.tileUrl} ist keine gültige URL`);
  return url.origin;
}

