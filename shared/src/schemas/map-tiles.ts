import { z } from 'zod';
import { nonBlank, webUrl } from './common.ts';
import { checkTileTemplate, sampleTileUrl } from '../rules/index.ts';

/**
 * A slippy-map tile URL template: `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. https only —
 * a map loaded over http would leak the visitor's position of interest and break the CSP —
 * except for loopback hosts, where a test or a tile server on the same machine answers. The
 * grammar is shared/src/rules/tile.ts (the CMS checks it at save).
 */
export const tileUrlTemplate = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = checkTileTemplate(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
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
