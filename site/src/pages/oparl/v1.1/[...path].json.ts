import type { APIRoute, GetStaticPaths } from 'astro';
import { councilIndex } from '../../../lib/council.ts';
import { sharedCacheKey } from '../../../lib/build-cache.ts';
import { loadContent } from '../../../lib/content.ts';
import { buildTime } from '../../../lib/events.ts';
import { buildOparl, checkOparl } from '../../../lib/oparl.ts';

/*
 * The static OParl 1.1 API: one JSON file per object and list page below /oparl/v1.1/ (entry
 * point: system.json). An endpoint, not a page: Astro writes the files as they are, the sitemap
 * (pages only) and so the accessibility gate never see them. nginx serves .json as
 * application/json. docs/adr/0010-council-information-and-oparl.md
 */
export const getStaticPaths = (async () => {
  const content = await loadContent();
  const { council } = content;
  if (council.organizations.length === 0) return [];
  const site = import.meta.env.SITE;
  if (!site) throw new Error('oparl/v1.1: `site` fehlt in der Astro-Konfiguration (SITE_URL) – OParl verlangt absolute URLs');
  const town = content.organisations.find((o) => o.kind === 'stadtverwaltung');
  if (!town) throw new Error('oparl/v1.1: Keine Organisation der Art „Stadtverwaltung“ im Snapshot – sie ist die OParl-Körperschaft (Body)');
  const files = buildOparl({ index: councilIndex(council), town, siteName: content.settings.siteName, site: new URL(site) });
  checkOparl(files);
  // The objects, not their text: Astro keeps every path's props until the build ends, and list
  // pages share their objects with the object files; serialising up front held every file's
  // text at once (≈ 500 MB at 10 000 documents) and made the garbage collector run constantly.
  // Incremental build (the runner): the API is made of shared content only (lib/build-cache.ts).
  const key = content.cacheKeys(buildTime());
  return [...files].map(([rel, value]) => ({
    params: { path: rel.replace(/\.json$/, '') },
    props: { value },
    ...key((d) => sharedCacheKey(d, rel)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ value: Record<string, unknown> }> = ({ props }) =>
  // Compact: machines read it (OParl clients), and a 10 000-document API is a fifth smaller.
  new Response(`${JSON.stringify(props.value)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
