import { z } from 'zod';
import { CmsRequestError, type CmsClient } from '../client.ts';
import { CMS_CONTENT_TYPES } from '../rules/content-types.ts';
import { mapTiles, type MapTiles } from '../schemas/map-tiles.ts';
import { begin, check, reportZod, type NormalizeRun } from './helpers.ts';

/* Die Karte (single type api::map-setting.map-setting): the map's tile provider → contract. */

export const MAP_TILES_TYPE = 'map-setting';

/** A single type without draft & publish: flat fields only. */
export const MAP_TILES_QUERY = {} as const;

/** The map's settings, or null when the single type was never saved (no map). */
export async function fetchMapTiles(client: CmsClient): Promise<unknown> {
  let tiles: unknown = null;
  try {
    tiles = await client.findSingle(CMS_CONTENT_TYPES['map-setting'].api, MAP_TILES_QUERY);
  } catch (err) {
    // A single type nobody has saved yet answers 404 (or data: null): that means „no map
    // configured“, and the site shows the list of places without a map. Every other failure
    // (network, 5xx, a refused permission) stops the pull as usual.
    if (!(err instanceof CmsRequestError) || (err.status !== 404 && err.status !== 200)) throw err;
  }
  return tiles;
}

export function normalizeMapTiles(run: NormalizeRun, raw: unknown): MapTiles | null | undefined {
  if (raw === null) return null;
  const e = begin(run, MAP_TILES_TYPE, raw, '–');
  const r = z.looseObject({}).safeParse(raw);
  if (!r.success) {
    reportZod(e, '', r.error, raw);
    return undefined;
  }
  return check(e, mapTiles, {
    providerName: r.data.providerName,
    tileUrl: r.data.tileUrl,
    attribution: r.data.attribution,
    attributionUrl: r.data.attributionUrl,
    privacyUrl: r.data.privacyUrl,
    maxZoom: r.data.maxZoom,
  });
}
