/*
 * Web-Mercator arithmetic for the city map (the slippy-map tile scheme OpenStreetMap and most
 * providers use: 256-pixel tiles, z/x/y). Dependency-free and pure, because the map island's
 * browser script imports it: a few hundred bytes instead of a map library.
 */

export const TILE_SIZE = 256;

export interface Point {
  x: number;
  y: number;
}

export interface LatLon {
  lat: number;
  lon: number;
}

/** Position of a coordinate in world pixels at zoom `z` (0,0 = north-west corner of the world). */
export function project(p: LatLon, z: number): Point {
  const scale = TILE_SIZE * 2 ** z;
  const sin = Math.sin((p.lat * Math.PI) / 180);
  return {
    x: ((p.lon + 180) / 360) * scale,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  };
}

/**
 * The largest zoom (≤ maxZoom) at which all points fit into width × height pixels with `pad`
 * pixels to spare on each side, and the centre of their bounding box in world pixels at it.
 */
export function fitView(points: readonly LatLon[], width: number, height: number, maxZoom: number, pad = 24): { zoom: number; center: Point } {
  if (points.length === 0) throw new Error('Karte: keine Orte');
  for (let z = maxZoom; z >= 0; z--) {
    const px = points.map((p) => project(p, z));
    const xs = px.map((p) => p.x);
    const ys = px.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (maxX - minX <= width - 2 * pad && maxY - minY <= height - 2 * pad) {
      return { zoom: z, center: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 } };
    }
  }
  const c = project(points[0] as LatLon, 0);
  return { zoom: 0, center: c };
}

export interface TilePlacement {
  z: number;
  x: number;
  y: number;
  /** Top-left corner of the tile in the viewport, in CSS pixels. */
  left: number;
  top: number;
}

/** The tiles covering a width × height viewport centred on `center` (world pixels at `zoom`). */
export function tilesFor(center: Point, zoom: number, width: number, height: number): TilePlacement[] {
  const originX = center.x - width / 2;
  const originY = center.y - height / 2;
  const n = 2 ** zoom;
  const out: TilePlacement[] = [];
  for (let ty = Math.floor(originY / TILE_SIZE); ty * TILE_SIZE < originY + height; ty++) {
    if (ty < 0 || ty >= n) continue;
    for (let tx = Math.floor(originX / TILE_SIZE); tx * TILE_SIZE < originX + width; tx++) {
      // The world repeats east–west; tiles wrap, rows do not.
      const wrapped = ((tx % n) + n) % n;
      out.push({ z: zoom, x: wrapped, y: ty, left: tx * TILE_SIZE - originX, top: ty * TILE_SIZE - originY });
    }
  }
  return out;
}

/** Where a coordinate appears in the viewport (CSS pixels from its top-left corner). */
export function pointInView(p: LatLon, center: Point, zoom: number, width: number, height: number): Point {
  const w = project(p, zoom);
  return { x: w.x - center.x + width / 2, y: w.y - center.y + height / 2 };
}

/** The URL of one tile from a `{z}/{x}/{y}` template. */
export function tileUrl(template: string, t: Pick<TilePlacement, 'z' | 'x' | 'y'>): string {
  return template.replaceAll('{z}', String(t.z)).replaceAll('{x}', String(t.x)).replaceAll('{y}', String(t.y));
}
