import type { Snapshot } from './snapshot.ts';
import { tileOrigin } from './schemas/map-tiles.ts';
import { checkTileTemplate } from './rules/index.ts';

/*
 * Third-party origins the Content-Security-Policy must allow, derived from the content: the
 * providers of the Online-Dienste (and whatever else the content embeds). Computed from the
 * snapshot at build time and written beside the release (scripts/publish/csp.ts), so the live
 * policy lists exactly the origins the live pages use — a provider removed in the CMS is gone
 * from the policy with the next release, and no page can load from an origin the CMS does not
 * name.
 */
export interface CspSources {
  /** <iframe> providers, and widget providers (their widgets frame themselves). */
  frameSrc: string[];
  /** Providers whose script widget the page loads after consent. */
  scriptSrc: string[];
  /** Widget providers talk to their own backend. */
  connectSrc: string[];
  /** Images from third parties (map tiles). */
  imgSrc: string[];
}

export const CSP_SOURCE_DIRECTIVES = {
  frameSrc: 'frame-src',
  scriptSrc: 'script-src',
  connectSrc: 'connect-src',
  imgSrc: 'img-src',
} as const satisfies Record<keyof CspSources, string>;

export function cspSourcesOf(snapshot: Pick<Snapshot, 'onlineServices'> & Partial<Pick<Snapshot, 'mapTiles'>>): CspSources {
  const sets: Record<keyof CspSources, Set<string>> = {
    frameSrc: new Set(),
    scriptSrc: new Set(),
    connectSrc: new Set(),
    imgSrc: new Set(),
  };
  for (const o of snapshot.onlineServices) {
    if (o.embedMode === 'iframe') sets.frameSrc.add(o.providerOrigin);
    if (o.embedMode === 'script') {
      sets.scriptSrc.add(o.providerOrigin);
      sets.connectSrc.add(o.providerOrigin);
      sets.frameSrc.add(o.providerOrigin);
    }
    // embedMode „link“: the page only links there — nothing for the policy.
  }
  // The city map's tiles are <img> elements from the tile provider (after consent); no fetch.
  // The template passed the snapshot's grammar; checked again because its origin widens a
  // response header, and a failure must name the field an editor can fix.
  if (snapshot.mapTiles) {
    const problem = checkTileTemplate(snapshot.mapTiles.tileUrl);
    if (problem !== null) throw new Error(`Karte (mapTiles.tileUrl) „${snapshot.mapTiles.tileUrl}“: ${problem}`);
    sets.imgSrc.add(tileOrigin(snapshot.mapTiles));
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    frameSrc: sorted(sets.frameSrc),
    scriptSrc: sorted(sets.scriptSrc),
    connectSrc: sorted(sets.connectSrc),
    imgSrc: sorted(sets.imgSrc),
  };
}
